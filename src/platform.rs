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
    // The open plan is read from IndexedDB before the page is drawn.
    wasm_bindgen_futures::spawn_local(async {
        let backend = desk::boot().await;
        // A stored plan is read before the page is drawn: its reader is a
        // chunk of its own (`platform::codec`), fetched now if need be.
        if backend.has_plan() {
            let _ = codec::load().await;
        }
        leptos::mount::mount_to_body(move || {
            leptos::prelude::view! { <crate::ui::App backend=backend/> }
        });
        codec::warm();
    });
    register_service_worker();
}

/// Registers the service worker (`sw.js`) so that the page works offline
/// after one visit. Only in release builds, and not under `scripts/serve.sh`
/// (its build marks the page "off"): while developing, a worker would hide
/// new builds. A browser without workers (or an insecure
/// address) simply goes without; a failed registration is only logged.
fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(w) = web_sys::window() else {
        return;
    };
    // scripts/serve.sh builds with the marker "off" (see scripts/csp_hash.py).
    let on = w
        .document()
        .and_then(|d| {
            d.query_selector("meta[name=enrollready-service-worker]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .is_some_and(|c| c == "on");
    if !on {
        return;
    }
    let nav = w.navigator();
    if !js_sys::Reflect::has(&nav, &wasm_bindgen::JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
    {
        return;
    }
    let registration = nav.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(registration)
            .await
            .is_err()
        {
            web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(
                "Enrollready: the service worker could not be registered; the page works, but not offline.",
            ));
        }
    });
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
        let _ = target.set_attribute("data-csp-violations", &n.saturating_add(1).to_string());
    });
    let _ = doc
        .add_event_listener_with_callback("securitypolicyviolation", cb.as_ref().unchecked_ref());
    cb.forget();
}

pub mod codec;
pub mod desk;

pub mod storage {
    //! `localStorage`, with its failures as values.
    use super::PlatformError;
    use crate::autosave::StoreError;
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
            let quota = e.dyn_ref::<web_sys::DomException>().is_some_and(|d| {
                d.name() == "QuotaExceededError"
                    || d.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                    || d.code() == 22
                    || d.code() == 1014
            });
            if quota {
                PlatformError::StorageFull
            } else {
                PlatformError::StorageUnavailable
            }
        })
    }

    pub fn remove(key: &str) -> Result<(), PlatformError> {
        local()?
            .remove_item(key)
            .map_err(|_| PlatformError::StorageUnavailable)
    }

    fn store_error(e: PlatformError) -> StoreError {
        match e {
            PlatformError::StorageFull => StoreError::Full,
            _ => StoreError::Unavailable,
        }
    }

    /// `localStorage` as the autosave policy's store.
    pub struct Local;

    impl crate::autosave::Store for Local {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            get(key).map_err(store_error)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
            set(key, value).map_err(store_error)
        }
        fn remove(&mut self, key: &str) -> Result<(), StoreError> {
            remove(key).map_err(store_error)
        }
    }

    /// Calls `f` with the new value whenever another tab changes `key` (or
    /// clears the storage, with `None`). Lives as long as the page.
    pub fn on_change(key: &'static str, f: impl Fn(Option<String>) + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let cb = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
            move |ev: web_sys::StorageEvent| match ev.key() {
                Some(k) if k == key => f(ev.new_value()),
                None => f(None),
                Some(_) => {}
            },
        );
        let _ = window.add_event_listener_with_callback("storage", cb.as_ref().unchecked_ref());
        cb.forget();
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

/// The file input of a `change` event and the file picked in it, if any.
/// Its value is cleared, so that the same file can be picked again.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// A file's size in bytes, known without reading it.
pub fn file_size(file: &web_sys::File) -> u64 {
    let size = file.size();
    if size.is_finite() && size > 0.0 {
        // f64 holds every file size a browser can report exactly.
        size as u64
    } else {
        0
    }
}

/// Reads at most the first `max` bytes of a file the user picked: a file over
/// a limit is judged from its size and its header, never read whole.
pub async fn read_file_head(file: &web_sys::File, max: u64) -> Result<Vec<u8>, PlatformError> {
    let blob: &web_sys::Blob = file;
    let part = if file_size(file) > max {
        blob.slice_with_f64_and_f64(0.0, max as f64)
            .map_err(|_| PlatformError::FileRead)?
    } else {
        blob.clone()
    };
    let buf = wasm_bindgen_futures::JsFuture::from(part.array_buffer())
        .await
        .map_err(|_| PlatformError::FileRead)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, text: &str, media_type: &str) -> Result<(), PlatformError> {
    download_part(
        file_name,
        &wasm_bindgen::JsValue::from_str(text),
        media_type,
    )
}

/// Offers `bytes` as a download named `file_name`.
pub fn download_bytes(
    file_name: &str,
    bytes: &[u8],
    media_type: &str,
) -> Result<(), PlatformError> {
    download_part(
        file_name,
        &js_sys::Uint8Array::from(bytes).into(),
        media_type,
    )
}

fn download_part(
    file_name: &str,
    part: &wasm_bindgen::JsValue,
    media_type: &str,
) -> Result<(), PlatformError> {
    let fail = |_| PlatformError::FileRead;
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(PlatformError::FileRead)?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| PlatformError::FileRead)?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoked later, not at once: some browsers start reading the file after
    // the click has returned.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    Ok(())
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
}

/// Remembers when the plan was last saved (local time, "14:05"), from an
/// RFC 3339 time stamp, for the panic alert.
pub fn mark_saved(rfc3339: &str) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    let (h, m) = (d.get_hours(), d.get_minutes());
    if let Some(r) = root() {
        let _ = r.set_attribute("data-last-saved", &format!("{h:02}:{m:02}"));
    }
}

/// Installs the panic hook: the panic goes to the console, `<html
/// data-panics>` counts it, and a translated alert says when the plan was last
/// saved. Written with plain DOM calls: the UI may be gone.
pub fn install_panic_hook() {
    if let Some(r) = root() {
        if r.get_attribute("data-panics").is_none() {
            let _ = r.set_attribute("data-panics", "0");
        }
    }
    std::panic::set_hook(Box::new(|info| {
        // The message and its place in the source (what
        // console_error_panic_hook logged, without its JS stack trace: that
        // crate cost the page more than this line).
        web_sys::console::error_1(&info.to_string().into());
        report_panic();
    }));
}

/// Counts a panic and shows the alert (also called by the component tests).
pub fn report_panic() {
    let Some(r) = root() else {
        return;
    };
    let n: u32 = r
        .get_attribute("data-panics")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let _ = r.set_attribute("data-panics", &n.saturating_add(1).to_string());
    let locale = r
        .get_attribute("lang")
        .and_then(|l| crate::i18n::Locale::from_tag(&l))
        .unwrap_or_default();
    let last = r.get_attribute("data-last-saved");
    let text = crate::i18n::notices::panic_message(locale, last.as_deref());
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let el = match doc.get_element_by_id("panic-alert") {
        Some(el) => el,
        None => {
            let Ok(el) = doc.create_element("div") else {
                return;
            };
            el.set_id("panic-alert");
            let _ = el.set_attribute("role", "alert");
            let _ = el.set_attribute("class", "notice notice-blocker panic-alert");
            if let Some(body) = doc.body() {
                let _ = body.prepend_with_node_1(&el);
            }
            el
        }
    };
    el.set_text_content(Some(&text));
}

/// Milliseconds since the epoch (for the undo history's merge window).
/// Resolves after `ms` milliseconds.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub fn now_ms() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

/// The address fragment without its `#`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Sets the address fragment (a new history entry, so Back returns).
pub fn set_location_hash(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// Sets `<html data-theme>` (`system`, `light` or `dark`).
pub fn set_document_theme(key: &str) {
    if let Some(r) = root() {
        let _ = r.set_attribute("data-theme", key);
    }
}

/// True when the focus is in a field where the browser's own text undo
/// answers Ctrl+Z.
pub fn text_field_has_focus() -> bool {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => !matches!(
            el.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "file" | "button")
        ),
        _ => false,
    }
}

/// Opens the file picker of the file input with this id (for a button that
/// stands in for the browser's bare "Choose file" control).
pub fn open_picker(id: &str) {
    if let Some(input) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        input.click();
    }
}

/// Moves the focus to the element with this id, after the page has drawn it.
/// A part fetched on first use (`ui::split`) is drawn later: until the
/// element is there, it tries again at each frame, for at most ten seconds,
/// and gives up as soon as another move of the focus is asked for.
pub fn focus_soon(id: String) {
    thread_local! {
        static LATEST: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let ask = LATEST.with(|l| {
        let n = l.get().wrapping_add(1);
        l.set(n);
        n
    });
    fn attempt(id: String, ask: u32, frames_left: u32) {
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            if LATEST.with(std::cell::Cell::get) != ask {
                return;
            }
            match web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                Some(el) => {
                    let _ = el.focus();
                    el.scroll_into_view_with_bool(false);
                }
                None if frames_left > 0 => attempt(id, ask, frames_left.saturating_sub(1)),
                None => {}
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(cb.unchecked_ref());
        }
    }
    attempt(id, ask, 600);
}

/// Puts text into the clipboard. `false` when the clipboard is unavailable
/// (the text stays selectable on the page).
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let nav = w.navigator();
    // Absent outside secure contexts (http on another host than localhost):
    // calling it would throw.
    let present = js_sys::Reflect::get(&nav, &wasm_bindgen::JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    // The write can still be refused (no permission, page not focused).
    wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Share links: the browser's own deflate (`CompressionStream`), so the page
/// carries no compressor. The zlib format ("deflate", not "deflate-raw"):
/// six bytes more, and its Adler-32 check makes the browser refuse a link
/// whose data was changed, which raw deflate often reads as another plan
/// (tests/share.rs measures it). web-sys has these types only behind its
/// unstable-API flag, so they are bound here.
pub mod share {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use crate::format::share::ShareError;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(extends = js_sys::Object)]
        type CompressionStream;
        #[wasm_bindgen(constructor, catch)]
        fn new(format: &str) -> Result<CompressionStream, JsValue>;
        #[wasm_bindgen(extends = js_sys::Object)]
        type DecompressionStream;
        #[wasm_bindgen(constructor, catch)]
        fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    }

    /// Why a stream stopped.
    enum Stop {
        Failed,
        Over,
    }

    /// Runs `bytes` through a transform stream, reading at most `max` bytes
    /// of its output (a bomb is cut off there, not expanded).
    async fn pipe(bytes: &[u8], transform: &JsValue, max: u64) -> Result<Vec<u8>, Stop> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| Stop::Failed)?;
        let out = blob.stream().pipe_through(transform.unchecked_ref());
        let reader: web_sys::ReadableStreamDefaultReader = out.get_reader().unchecked_into();
        let mut data = Vec::new();
        loop {
            let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
                .await
                .map_err(|_| Stop::Failed)?;
            let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
                .ok()
                .and_then(|d| d.as_bool())
                .unwrap_or(true);
            if done {
                return Ok(data);
            }
            let value: js_sys::Uint8Array =
                js_sys::Reflect::get(&chunk, &JsValue::from_str("value"))
                    .map_err(|_| Stop::Failed)?
                    .unchecked_into();
            if (data.len() as u64).saturating_add(u64::from(value.length())) > max {
                let _ = reader.cancel();
                return Err(Stop::Over);
            }
            data.extend(value.to_vec());
        }
    }

    /// zlib deflate of `bytes`; `None` where the browser cannot.
    pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
        let stream = CompressionStream::new("deflate").ok()?;
        pipe(bytes, &stream, u64::MAX).await.ok()
    }

    /// Inflates zlib data (checking its Adler-32), refusing output over `max`
    /// bytes.
    pub async fn inflate(bytes: &[u8], max: u64) -> Result<Vec<u8>, ShareError> {
        let stream = DecompressionStream::new("deflate").map_err(|_| ShareError::Damaged)?;
        pipe(bytes, &stream, max).await.map_err(|s| match s {
            Stop::Failed => ShareError::Damaged,
            Stop::Over => ShareError::TooLarge { max },
        })
    }
}

/// The page's address without its fragment.
pub fn address_without_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The page's address without its query and fragment: the base of a share
/// link (which must not name the sender's plan).
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Replaces the fragment without a new history entry (a share link is read
/// once; a reload must not read it again).
pub fn replace_fragment(fragment: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let url = format!("{}#{fragment}", address_without_fragment());
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The first file of a drop, if any, unless it is dropped on a file input
/// of its own (a logo, the IMEI file): that input takes it.
pub fn dropped_file(ev: &web_sys::DragEvent) -> Option<web_sys::File> {
    if on_own_file_input(ev) {
        return None;
    }
    ev.data_transfer()
        .and_then(|d| d.files())
        .and_then(|f| f.get(0))
}

/// True when the drag is over a file input other than "Import JSON".
fn on_own_file_input(ev: &web_sys::DragEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.type_() == "file" && i.id() != "import-json")
}

/// True when a drag carries files (not text) to the page, not to a file
/// input of its own.
pub fn drags_files(ev: &web_sys::DragEvent) -> bool {
    !on_own_file_input(ev)
        && ev.data_transfer().is_some_and(|d| {
            d.types()
                .includes(&wasm_bindgen::JsValue::from_str("Files"), 0)
        })
}

/// Sets the page's generated `@page` rule (the printed report's running
/// header and footer) through the CSSOM, replacing the one set before: the
/// policy allows no inline styles. The first style sheet is the page's own.
pub fn set_page_rule(rule: &str) {
    let Some(sheet) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.style_sheets().get(0))
        .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
    else {
        return;
    };
    if let Ok(rules) = sheet.css_rules() {
        // Only the rule set here is an @page rule with margin boxes.
        let mut i = rules.length();
        while i > 0 {
            i -= 1;
            if rules.item(i).is_some_and(|r| {
                r.type_() == web_sys::CssRule::PAGE_RULE && r.css_text().contains("@top-left")
            }) {
                let _ = sheet.delete_rule(i);
            }
        }
        let _ = sheet.insert_rule_with_index(rule, rules.length());
    }
}

/// Opens the browser's print dialog once the page has drawn.
pub fn print() {
    let cb = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 100);
    }
}
