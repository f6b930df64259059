//! The only code that touches the browser: storage, language preferences, the
//! clock, files and the document. Every call that can fail returns a
//! `Result`; nothing here panics on a browser refusal.

use wasm_bindgen::JsCast;

/// Why a browser call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlatformError {
    /// Storage is full (quota exceeded).
    StorageFull,
    /// Storage is disabled or missing (private mode, policy, sandbox).
    StorageUnavailable,
    /// A file could not be read.
    FileRead,
}

/// Starts the page: watches for CSP violations, then mounts the app.
pub fn start() {
    watch_csp_violations();
    leptos::mount::mount_to_body(crate::ui::App);
}

/// Counts Content-Security-Policy violations on `<html data-csp-violations>`,
/// so that tests (and curious users) can see that none happened.
pub fn watch_csp_violations() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc.document_element() else {
        return;
    };
    let _ = root.set_attribute("data-csp-violations", "0");
    let target = root.clone();
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_ev| {
        let n: u32 = target
            .get_attribute("data-csp-violations")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let _ = target.set_attribute("data-csp-violations", &(n + 1).to_string());
    });
    let _ = doc
        .add_event_listener_with_callback("securitypolicyviolation", cb.as_ref().unchecked_ref());
    cb.forget();
}

pub mod storage {
    //! `localStorage`, with its failures as values.
    use super::PlatformError;
    use wasm_bindgen::JsCast;

    fn local() -> Result<web_sys::Storage, PlatformError> {
        web_sys::window()
            .ok_or(PlatformError::StorageUnavailable)?
            .local_storage()
            .map_err(|_| PlatformError::StorageUnavailable)?
            .ok_or(PlatformError::StorageUnavailable)
    }

    pub fn get(key: &str) -> Result<Option<String>, PlatformError> {
        local()?
            .get_item(key)
            .map_err(|_| PlatformError::StorageUnavailable)
    }

    pub fn set(key: &str, value: &str) -> Result<(), PlatformError> {
        local()?.set_item(key, value).map_err(|e| {
            let quota = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22);
            if quota {
                PlatformError::StorageFull
            } else {
                PlatformError::StorageUnavailable
            }
        })
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// Sets `<html lang>`.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Now, as an RFC 3339 UTC time stamp. The only clock read of the app.
pub fn now_rfc3339() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    // "2026-11-26T12:00:00.000Z" -> "2026-11-26T12:00:00Z"
    match iso.split_once('.') {
        Some((head, _)) => format!("{head}Z"),
        None => iso,
    }
}

/// Today's date in the browser's time zone.
pub fn today() -> crate::domain::Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    crate::domain::Date::new(y, m, d)
        .unwrap_or_else(|| crate::domain::Date::from_days_since_epoch(0))
}

/// Reads a file the user picked.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, PlatformError> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| PlatformError::FileRead)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}
