//! Page helpers for the end-to-end tests: scripts, clicks and typing as a
//! user does them, headings and the address, the readiness meter, the "Steps"
//! navigation, a field's findings, keyboard shortcuts, and a snapshot of what
//! the page shows (to compare before and after an undo or a reload).
//!
//! Include it next to the harness, under these names (it polls with
//! `crate::harness::eventually`):
//!
//! ```ignore
//! #[path = "common/browser.rs"]
//! mod harness;
//! #[path = "common/page.rs"]
//! mod page;
//! ```
// Each test file uses a part of it.
#![allow(dead_code)]

use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::harness::eventually;

/// Runs a script without arguments and returns its value.
pub async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Runs a script with arguments (`arguments[0]` …) and returns its value.
pub async fn js_with(c: &Client, script: &str, args: Vec<Value>) -> Value {
    c.execute(script, args)
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Clicks the element matched by `css` after scrolling it to the middle of
/// the window, clear of the sticky header (as a user would see it).
pub async fn click_css(c: &Client, css: &str) {
    js_with(
        c,
        "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({ block: 'center' }); return true",
        vec![json!(css)],
    )
    .await;
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("no {css}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Clicks the element with this id (see [`click_css`]).
pub async fn click(c: &Client, id: &str) {
    click_css(c, &format!("[id='{id}']")).await;
}

/// Replaces a text field's content as a user does: the field that had the
/// focus loses it first (which ends its undo step), then Ctrl+A and the new
/// text, in one WebDriver command, so that the whole replacement is typed
/// well within the page's one-second merge window: one undo step.
pub async fn set_text(c: &Client, id: &str, text: &str) {
    js(
        c,
        "if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur(); return true",
    )
    .await;
    js_with(
        c,
        "const e = document.getElementById(arguments[0]); if (e) e.scrollIntoView({ block: 'center' }); return true",
        vec![json!(id)],
    )
    .await;
    let el = c
        .find(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("no #{id}"));
    let keys = format!("{}a{}{text}", Key::Control, Key::Null);
    el.send_keys(&keys)
        .await
        .unwrap_or_else(|e| panic!("type into #{id}: {e}"));
}

/// Chooses the option with this value in a `<select>`.
pub async fn choose(c: &Client, id: &str, value: &str) {
    js_with(
        c,
        "const e = document.getElementById(arguments[0]); if (e) e.scrollIntoView({ block: 'center' }); return true",
        vec![json!(id)],
    )
    .await;
    c.find(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("no #{id}"))
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choose {value:?} in #{id}: {e}"));
}

/// The `value` property of a control ("" when it has none).
pub async fn value_of(c: &Client, id: &str) -> String {
    c.find(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("no #{id}"))
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default()
}

/// Whether a checkbox or radio button is checked.
pub async fn is_checked(c: &Client, id: &str) -> bool {
    js_with(
        c,
        "const e = document.getElementById(arguments[0]); return !!(e && e.checked)",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

/// Whether the element exists and is shown (not in a `hidden` container).
pub async fn is_displayed(c: &Client, id: &str) -> bool {
    match c.find(Locator::Id(id)).await {
        Ok(el) => el.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

/// Whether the first element matched by `css` is displayed.
pub async fn is_displayed_css(c: &Client, css: &str) -> bool {
    match c.find(Locator::Css(css)).await {
        Ok(el) => el.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

/// The text of the first element matched by `css`, "" when there is none.
pub async fn text_of(c: &Client, css: &str) -> String {
    js_with(
        c,
        "const e = document.querySelector(arguments[0]); return e ? e.textContent : ''",
        vec![json!(css)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Waits until the step's heading (the first `h2` of `main`) says `text`.
pub async fn wait_heading(c: &Client, text: &str) {
    eventually(&format!("the heading {text:?}"), || async {
        let h = c
            .find(Locator::Css("main h2"))
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        (h == text).then_some(())
    })
    .await;
}

/// The address fragment, with its `#`.
pub async fn hash(c: &Client) -> String {
    js(c, "return location.hash")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The readiness meter's `aria-valuenow` and `aria-valuetext`.
pub async fn meter(c: &Client) -> (String, String) {
    let v = js(
        c,
        "const m = document.querySelector('[role=progressbar]');
         return m ? [m.getAttribute('aria-valuenow'), m.getAttribute('aria-valuetext')] : ['', '']",
    )
    .await;
    let s = |i: usize| v[i].as_str().unwrap_or_default().to_owned();
    (s(0), s(1))
}

/// A step's entry in the "Steps" navigation: its state (the icon's text
/// alternative), its counts ("" when it shows none) and its `aria-current`.
pub async fn nav_entry(c: &Client, fragment: &str) -> (String, String, Option<String>) {
    let v = js_with(
        c,
        "const a = document.querySelector(`nav a[href='#${arguments[0]}']`);
         if (!a) return null;
         const icon = a.querySelector('[role=img]');
         const counts = a.querySelector('.nav-counts');
         return [icon ? icon.getAttribute('aria-label') : '', counts ? counts.textContent : '',
                 a.getAttribute('aria-current')]",
        vec![json!(fragment)],
    )
    .await;
    assert!(!v.is_null(), "no link to #{fragment} in the navigation");
    (
        v[0].as_str().unwrap_or_default().to_owned(),
        v[1].as_str().unwrap_or_default().to_owned(),
        v[2].as_str().map(String::from),
    )
}

/// What a field says about its findings.
#[derive(Debug)]
pub struct FieldFindings {
    /// `aria-invalid`.
    pub invalid: String,
    /// The texts of the `role="alert"` elements its `aria-describedby` names.
    pub described: Vec<String>,
    /// True when each described message sits in the field's own `.field`
    /// container (next to the field).
    pub next_to_field: bool,
    /// The text of its `<id>-msg` element, described or not.
    pub messages: String,
}

pub async fn field_findings(c: &Client, id: &str) -> Option<FieldFindings> {
    let v = js_with(
        c,
        "const el = document.getElementById(arguments[0]);
         if (!el) return null;
         const box = el.closest('.field');
         const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(x => x);
         const msgs = ids.map(i => document.getElementById(i))
            .filter(m => m && m.getAttribute('role') === 'alert');
         const own = document.getElementById(arguments[0] + '-msg');
         return { invalid: el.getAttribute('aria-invalid') || '',
                  described: msgs.map(m => m.textContent),
                  near: msgs.every(m => box && box.contains(m)),
                  messages: own ? own.textContent : '' }",
        vec![json!(id)],
    )
    .await;
    if v.is_null() {
        return None;
    }
    Some(FieldFindings {
        invalid: v["invalid"].as_str().unwrap_or_default().to_owned(),
        described: v["described"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m.as_str().map(String::from))
            .collect(),
        next_to_field: v["near"].as_bool().unwrap_or(false),
        messages: v["messages"].as_str().unwrap_or_default().to_owned(),
    })
}

/// Presses a key with modifiers (such as Ctrl+Shift+Z) wherever the focus is.
pub async fn press(c: &Client, modifiers: &[Key], key: char) {
    let mut keys = KeyActions::new("keyboard".into());
    for m in modifiers {
        keys = keys.then(KeyAction::Down {
            value: char::from(*m),
        });
    }
    keys = keys
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    for m in modifiers.iter().rev() {
        keys = keys.then(KeyAction::Up {
            value: char::from(*m),
        });
    }
    c.perform_actions(keys).await.expect("key actions");
    c.release_actions().await.expect("release keys");
}

/// What the page shows, to compare before and after an undo or a reload:
/// every control of `main` (id, value or checked, hidden or not, and for a
/// `<select>` the option that carries the `selected` attribute), the
/// invalid fields, the meter, every entry of the navigation, and the text of
/// `main` (messages, derived records, decisions).
pub async fn snapshot(c: &Client) -> Value {
    js(
        c,
        "const main = document.querySelector('main');
         const m = document.querySelector('[role=progressbar]');
         if (!main || !m) return null;
         const controls = Array.from(main.querySelectorAll('input, select, textarea'))
           .filter(e => e.id && e.type !== 'file')
           .map(e => [e.id, (e.type === 'checkbox' || e.type === 'radio') ? String(e.checked) : e.value,
                      !!e.closest('[hidden]'),
                      e.tagName === 'SELECT'
                        ? (e.querySelector('option[selected]') || { value: null }).value : null]);
         const nav = Array.from(document.querySelectorAll('nav a')).map(a => {
           const icon = a.querySelector('[role=img]');
           const counts = a.querySelector('.nav-counts');
           return [a.getAttribute('href'), icon ? icon.getAttribute('aria-label') : '',
                   counts ? counts.textContent : ''];
         });
         return { controls,
                  invalid: Array.from(document.querySelectorAll('[aria-invalid=true]')).map(e => e.id),
                  meter: [m.getAttribute('aria-valuenow'), m.getAttribute('aria-valuetext')],
                  nav, text: main.innerText }",
    )
    .await
}

/// Polls [`snapshot`] until it equals `expected`, for at most 10 seconds;
/// then fails showing what differs.
pub async fn wait_snapshot(c: &Client, what: &str, expected: &Value) {
    let mut last = Value::Null;
    for _ in 0..200 {
        last = snapshot(c).await;
        if &last == expected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{what}: the page differs\n{}",
        snapshot_diff(expected, &last)
    );
}

/// A snapshot that stays the same over two reads (the page has settled).
pub async fn settled_snapshot(c: &Client) -> Value {
    eventually("the page settles", || async {
        let a = snapshot(c).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let b = snapshot(c).await;
        (a == b).then_some(b)
    })
    .await
}

/// The parts of two snapshots that differ, for a failure message.
pub fn snapshot_diff(expected: &Value, actual: &Value) -> String {
    let mut out = String::new();
    for key in ["controls", "invalid", "meter", "nav", "text"] {
        if expected[key] != actual[key] {
            out.push_str(&format!(
                "  {key}:\n    expected {}\n    actual   {}\n",
                expected[key], actual[key]
            ));
        }
    }
    out
}

/// Fails if the page reported a panic or a Content-Security-Policy violation.
pub async fn assert_no_panic_or_csp_violation(c: &Client) {
    let v = js(
        c,
        "return [document.documentElement.getAttribute('data-panics'),
                 document.documentElement.getAttribute('data-csp-violations')]",
    )
    .await;
    assert_eq!(v[0].as_str(), Some("0"), "a panic happened");
    assert_eq!(v[1].as_str(), Some("0"), "CSP violations were reported");
}

/// WebDriver's "Get Computed Label": the accessible name the browser
/// computes for an element (what a screen reader reads out).
#[derive(Debug)]
struct ComputedLabel(String);

impl fantoccini::wd::WebDriverCompatibleCommand for ComputedLabel {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/element/{}/computedlabel",
            session_id.unwrap_or_default(),
            self.0
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::GET, None)
    }
}

/// The accessible name of the element with this id, as Chromium computes it.
pub async fn accessible_name(c: &Client, id: &str) -> String {
    let e = c
        .find(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("no #{id}"));
    let v = c
        .issue_cmd(ComputedLabel(e.element_id().to_string()))
        .await
        .unwrap_or_else(|err| panic!("the accessible name of #{id}: {err}"));
    v.as_str().unwrap_or_default().to_owned()
}

/// The open plan's id: the address's `?plan=` (the page always names it).
pub async fn open_plan_id(c: &Client) -> String {
    eventually("the address names the plan", || async {
        js(c, "return new URLSearchParams(location.search).get('plan')")
            .await
            .as_str()
            .map(str::to_owned)
    })
    .await
}

/// A record in the page's IndexedDB store `records`: the open plan's when
/// `suffix` is empty, else `<id><suffix>` (`.backup.1` …).
pub async fn stored_record(c: &Client, suffix: &str) -> Option<String> {
    let id = open_plan_id(c).await;
    idb_get(c, "records", &format!("{id}{suffix}")).await
}

/// A value of the page's IndexedDB database (`None` when absent).
pub async fn idb_get(c: &Client, store: &str, key: &str) -> Option<String> {
    c.execute_async(
        "const [store, key, done] = arguments;
         const r = indexedDB.open('enrollready');
         r.onerror = () => done(null);
         r.onsuccess = () => {
           const db = r.result;
           if (!db.objectStoreNames.contains(store)) { db.close(); done(null); return; }
           const g = db.transaction(store).objectStore(store).get(key);
           g.onsuccess = () => { db.close(); done(g.result === undefined ? null : g.result); };
           g.onerror = () => { db.close(); done(null); };
         };",
        vec![json!(store), json!(key)],
    )
    .await
    .unwrap_or_else(|e| panic!("IndexedDB read: {e}"))
    .as_str()
    .map(str::to_owned)
}

/// Every key of a store of the page's IndexedDB database.
pub async fn idb_keys(c: &Client, store: &str) -> Vec<String> {
    c.execute_async(
        "const [store, done] = arguments;
         const r = indexedDB.open('enrollready');
         r.onerror = () => done([]);
         r.onsuccess = () => {
           const db = r.result;
           if (!db.objectStoreNames.contains(store)) { db.close(); done([]); return; }
           const g = db.transaction(store).objectStore(store).getAllKeys();
           g.onsuccess = () => { db.close(); done(g.result); };
           g.onerror = () => { db.close(); done([]); };
         };",
        vec![json!(store)],
    )
    .await
    .unwrap_or_else(|e| panic!("IndexedDB keys: {e}"))
    .as_array()
    .into_iter()
    .flatten()
    .filter_map(|v| v.as_str().map(str::to_owned))
    .collect()
}

/// ChromeDriver's Chrome DevTools Protocol passthrough.
#[derive(Debug)]
struct Cdp(Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Runs a Chrome DevTools Protocol command through ChromeDriver and returns
/// its result.
pub async fn cdp(c: &Client, cmd: &str, params: Value) -> Value {
    c.issue_cmd(Cdp(json!({ "cmd": cmd, "params": params })))
        .await
        .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
}

/// Runs `source` in every page this browser opens from now on, before the
/// page's own scripts (to simulate a browser that refuses a storage).
pub async fn before_each_page(c: &Client, source: &str) {
    cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": source }),
    )
    .await;
}

/// Writes a record of the open plan in the page's IndexedDB store `records`
/// (`<id><suffix>`), as another version of the page might have left it.
pub async fn put_record(c: &Client, suffix: &str, value: &str) {
    let id = open_plan_id(c).await;
    let ok = c
        .execute_async(
            "const [key, value, done] = arguments;
             const r = indexedDB.open('enrollready');
             r.onerror = () => done(false);
             r.onsuccess = () => {
               const db = r.result;
               const tx = db.transaction('records', 'readwrite');
               tx.objectStore('records').put(value, key);
               tx.oncomplete = () => { db.close(); done(true); };
               tx.onerror = () => { db.close(); done(false); };
             };",
            vec![json!(format!("{id}{suffix}")), json!(value)],
        )
        .await
        .unwrap_or_else(|e| panic!("IndexedDB write: {e}"));
    assert_eq!(ok, json!(true), "IndexedDB write");
}

/// Makes IndexedDB refuse every write of this page from now on, as a full
/// disk does (`QuotaExceededError`); [`allow_writes`] undoes it.
pub async fn refuse_writes(c: &Client) {
    js(
        c,
        "window.__put = window.__put || IDBObjectStore.prototype.put;
         IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };
         return true",
    )
    .await;
}

pub async fn allow_writes(c: &Client) {
    js(
        c,
        "if (window.__put) IDBObjectStore.prototype.put = window.__put; return true",
    )
    .await;
}

/// Shows `#fragment`: within the page when it is open (no reload, so the
/// undo history stays), else by loading it.
pub async fn go(c: &Client, base: &str, fragment: &str) {
    let within = js_with(
        c,
        "if (location.href.startsWith(arguments[0])) { location.hash = arguments[1]; return true; } return false;",
        vec![json!(format!("{base}/")), json!(format!("#{fragment}"))],
    )
    .await;
    if within != json!(true) {
        c.goto(&format!("{base}/#{fragment}")).await.expect("goto");
    }
}
