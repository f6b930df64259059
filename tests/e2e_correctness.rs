//! End-to-end checks of the correctness issue (issue 12), in Chromium: deep
//! nesting on every way in (a picked file, a dropped file, a share link, the
//! saved record), "Move down" and "Move up" by keyboard, the meter moving
//! with the work done, logo images written only when their logo changes, the
//! DNS propagation note, undo after an import bringing the old envelope
//! back, and the PNG icons of the manifest.
//!
//! Needs `trunk build --release` first (the test script does it) and
//! ChromeDriver, as `tests/e2e.rs`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/browser.rs"]
mod harness;
#[path = "common/page.rs"]
mod page;

use std::path::PathBuf;
use std::time::Duration;

use base64::Engine as _;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use harness::{browser, dist_dir, eventually, serve, ONE_BROWSER};
use page::{
    accessible_name, assert_no_panic_or_csp_violation, choose, click, js, js_with, meter, set_text,
    value_of, wait_heading,
};
use serde_json::json;

const PLAN_KEY: &str = "enrollready.plan";
const HEAD: &str = r#""format":"enrollready-plan","schema_version":1"#;

fn nested(depth: usize) -> String {
    let mut s = "[".repeat(depth);
    s.push_str(&"]".repeat(depth));
    s
}

/// The deep files: (name, text), 10^5 and 10^6 levels, at the top level, in
/// a head field, in a known member, in an unknown member and in a string
/// member.
fn deep_files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for depth in [100_000, 1_000_000] {
        let deep = nested(depth);
        for (place, text) in [
            ("top", deep.clone()),
            (
                "schema-version",
                format!(r#"{{"format":"enrollready-plan","schema_version":{deep}}}"#),
            ),
            (
                "known",
                format!(r#"{{{HEAD},"plan":{{"company_portal":{{"company_name":{deep}}}}}}}"#),
            ),
            ("unknown", format!(r#"{{{HEAD},"x":{deep}}}"#)),
            ("string-member", format!(r#"{{{HEAD},"ruleset":{deep}}}"#)),
        ] {
            out.push((format!("deep-{place}-{depth}.json"), text));
        }
    }
    out
}

/// The open plan's saved record (in IndexedDB).
async fn stored(c: &Client) -> Option<String> {
    page::stored_record(c, "").await
}

async fn incoming_error(c: &Client, what: &str) -> String {
    eventually(&format!("the alert ({what})"), || async {
        let t = js(
            c,
            "const e = document.getElementById('incoming-error');
             return e && e.closest('[role=alert]') ? e.textContent : ''",
        )
        .await;
        t.as_str().filter(|t| !t.is_empty()).map(str::to_owned)
    })
    .await
}

/// The page still answers: typing in a field shows at once.
async fn still_answers(c: &Client, base: &str, what: &str) {
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    set_text(c, "it_contact_name", what).await;
    assert_eq!(value_of(c, "it_contact_name").await, what);
    assert_no_panic_or_csp_violation(c).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_nesting_is_refused_with_a_message_on_every_way_in() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    set_text(c, "company_name", "Mine").await;
    let before = eventually("the plan is saved", || async {
        stored(c).await.filter(|s| s.contains("Mine"))
    })
    .await;
    let dir = std::env::temp_dir().join(format!("enrollready-deep-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    for (name, text) in deep_files() {
        // A picked file.
        c.goto(&format!("{base}/#overview")).await.expect("goto");
        wait_heading(c, "Overview").await;
        let path = dir.join(&name);
        std::fs::write(&path, &text).unwrap();
        c.find(Locator::Id("import-json"))
            .await
            .expect("Import JSON")
            .send_keys(path.to_str().unwrap())
            .await
            .expect("pick the file");
        let msg = incoming_error(c, &name).await;
        assert!(
            msg.contains("nested too deeply") && msg.contains(&name),
            "{name}: {msg}"
        );
        assert_eq!(stored(c).await.as_deref(), Some(before.as_str()), "{name}");
        assert_no_panic_or_csp_violation(c).await;
        c.refresh().await.expect("reload");
        wait_heading(c, "Overview").await;
    }

    // A dropped file (the two placements that crashed first).
    for (name, text) in deep_files()
        .into_iter()
        .filter(|(n, _)| n.contains("schema-version") || n.contains("known"))
    {
        js_with(
            c,
            "const dt = new DataTransfer();
             dt.items.add(new File([arguments[0]], arguments[1], { type: 'application/json' }));
             const main = document.querySelector('main');
             main.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
             main.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
             return true",
            vec![json!(text), json!(name)],
        )
        .await;
        let msg = incoming_error(c, &name).await;
        assert!(msg.contains("nested too deeply"), "dropped {name}: {msg}");
        assert_eq!(stored(c).await.as_deref(), Some(before.as_str()));
        c.refresh().await.expect("reload");
        wait_heading(c, "Overview").await;
    }

    // A share link (zlib deflate and base64url, as the page writes them).
    for (name, text) in deep_files()
        .into_iter()
        .filter(|(n, _)| n.contains("schema-version") || n.contains("unknown"))
    {
        let deflated = miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), 9);
        let data = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated);
        c.goto(&format!("{base}/#plan={data}")).await.expect("goto");
        let msg = incoming_error(c, &name).await;
        assert!(msg.contains("nested too deeply"), "link {name}: {msg}");
        assert_eq!(stored(c).await.as_deref(), Some(before.as_str()));
        assert_no_panic_or_csp_violation(c).await;
        c.refresh().await.expect("reload");
        wait_heading(c, "Overview").await;
    }
    still_answers(c, base, "After the links").await;

    // The saved record: reported, kept as a backup, and the page works.
    let (_, deep) = deep_files()
        .into_iter()
        .find(|(n, _)| n == "deep-schema-version-1000000.json")
        .unwrap();
    js_with(
        c,
        "localStorage.setItem(arguments[0], arguments[1]); return true",
        vec![json!(PLAN_KEY), json!(deep)],
    )
    .await;
    c.refresh().await.expect("reload");
    let notice = eventually("the unreadable notice", || async {
        let t = js(
            c,
            "const e = document.getElementById('unreadable-notice');
             return e && e.closest('[role=alert]') ? e.textContent : ''",
        )
        .await;
        t.as_str().filter(|t| !t.is_empty()).map(str::to_owned)
    })
    .await;
    assert!(notice.contains("nested too deeply"), "{notice}");
    still_answers(c, base, "After the record").await;
    std::fs::remove_dir_all(&dir).ok();
    b.client.close().await.expect("close");
}

/// The ids of the entries' name fields, in order, and their values.
async fn names(c: &Client, prefix: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for i in 1..=n {
        out.push(value_of(c, &format!("{prefix}-{i}")).await);
    }
    out
}

async fn active_id(c: &Client) -> String {
    js(
        c,
        "return document.activeElement ? document.activeElement.id : ''",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Focuses a button and presses a key on it, as a keyboard user does.
async fn press_on(c: &Client, id: &str, key: Key) {
    js_with(
        c,
        "const e = document.getElementById(arguments[0]); e.scrollIntoView({ block: 'center' }); e.focus(); return document.activeElement === e",
        vec![json!(id)],
    )
    .await;
    assert_eq!(active_id(c).await, id, "{id} takes the focus");
    c.active_element()
        .await
        .expect("the focused element")
        .send_keys(&char::from(key).to_string())
        .await
        .expect("a key");
}

async fn is_disabled(c: &Client, id: &str) -> bool {
    js_with(
        c,
        "return document.getElementById(arguments[0]).disabled",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_move_down_and_up_by_keyboard_in_both_lists() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    for (fragment, heading, add, key, name_prefix, values) in [
        (
            "step-1",
            "Step 1: Enable connections",
            "add-domain",
            "domain",
            "domain-name",
            ["a.example.com", "b.example.com", "c.example.com"],
        ),
        (
            "step-3",
            "Step 3: Create groups",
            "add-group",
            "group",
            "group-name",
            ["Sales", "Finance", "Support"],
        ),
    ] {
        c.goto(&format!("{base}/#{fragment}")).await.expect("goto");
        wait_heading(c, heading).await;
        for (i, v) in values.iter().enumerate() {
            click(c, add).await;
            set_text(c, &format!("{name_prefix}-{}", i + 1), v).await;
        }
        assert_eq!(names(c, name_prefix, 3).await, values);
        // The accessible names: the label, then the entry's name; nothing else.
        for (i, v) in values.iter().enumerate() {
            let n = i + 1;
            assert_eq!(
                accessible_name(c, &format!("{key}-down-{n}")).await,
                format!("Move down {v}")
            );
            assert_eq!(
                accessible_name(c, &format!("{key}-up-{n}")).await,
                format!("Move up {v}")
            );
        }
        assert!(!is_disabled(c, &format!("{key}-down-1")).await);
        assert!(!is_disabled(c, &format!("{key}-down-2")).await);
        assert!(is_disabled(c, &format!("{key}-down-3")).await, "the last");
        assert!(is_disabled(c, &format!("{key}-up-1")).await, "the first");

        // Enter on "Move down" of the first: it becomes the second, and the
        // focus follows it.
        press_on(c, &format!("{key}-down-1"), Key::Enter).await;
        let [a, b2, c3] = values;
        eventually("moved down", || async {
            (names(c, name_prefix, 3).await == [b2, a, c3]).then_some(())
        })
        .await;
        eventually("the focus follows", || async {
            (active_id(c).await == format!("{key}-down-2")).then_some(())
        })
        .await;
        // Again (Space): now the last; its "Move down" is disabled, so the
        // focus is on its "Move up".
        c.active_element()
            .await
            .unwrap()
            .send_keys(" ")
            .await
            .unwrap();
        eventually("moved to the end", || async {
            (names(c, name_prefix, 3).await == [b2, c3, a]).then_some(())
        })
        .await;
        eventually("the focus on Move up", || async {
            (active_id(c).await == format!("{key}-up-3")).then_some(())
        })
        .await;
        assert_eq!(
            accessible_name(c, &format!("{key}-up-3")).await,
            format!("Move up {a}")
        );
        // Enter twice on "Move up": back to the top, focus on its "Move down".
        c.active_element()
            .await
            .unwrap()
            .send_keys(&char::from(Key::Enter).to_string())
            .await
            .unwrap();
        eventually("moved up", || async {
            (active_id(c).await == format!("{key}-up-2")).then_some(())
        })
        .await;
        c.active_element()
            .await
            .unwrap()
            .send_keys(&char::from(Key::Enter).to_string())
            .await
            .unwrap();
        eventually("moved to the top", || async {
            (names(c, name_prefix, 3).await == [a, b2, c3]).then_some(())
        })
        .await;
        eventually("the focus on Move down", || async {
            (active_id(c).await == format!("{key}-down-1")).then_some(())
        })
        .await;
        // No button of the page reads out source code.
        let leaked = js(
            c,
            "return [...document.querySelectorAll('button')].map(b => b.textContent)
                 .filter(t => /move \\||=>|\\.get\\(\\)|on *: *click/.test(t))",
        )
        .await;
        assert_eq!(leaked, json!([]), "{leaked}");
    }
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

async fn percent(c: &Client) -> u32 {
    meter(c).await.0.parse().expect("aria-valuenow")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_meter_moves_with_every_useful_edit() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    assert_eq!(meter(c).await, ("0".into(), "0% — not started".into()));
    let mut last = 0;
    for (id, value) in [
        ("company_name", "Contoso"),
        ("it_contact_name", "Helpdesk"),
        ("it_email", "it@contoso.com"),
        ("support_website_url", "https://contoso.com/it"),
    ] {
        set_text(c, id, value).await;
        let now = eventually(&format!("the meter moves ({id})"), || async {
            let p = percent(c).await;
            (p > last).then_some(p)
        })
        .await;
        last = now;
    }
    let (_, text) = meter(c).await;
    assert!(text.ends_with("— in progress"), "{text}");
    // A step 7 item marked Done moves it as well (a new plan follows
    // today's rules: their first next step, T7-01).
    c.goto(&format!("{base}/#step-7")).await.expect("goto");
    wait_heading(c, "Step 7: Next steps").await;
    choose(c, "item-T7-01-status", "done").await;
    eventually("the meter moves (T7-01)", || async {
        (percent(c).await > last).then_some(())
    })
    .await;
    assert!(percent(c).await < 100);
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logo_images_are_written_only_when_their_logo_changes() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    // The source's step 4 (its "Include logo" option).
    harness::use_classic_rules(c).await;
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    set_text(c, "company_name", "Contoso").await;
    click(c, "include_logo").await;
    let images = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images");
    for (input, file) in [
        ("logo_white_background", "logo-400x100.png"),
        ("logo_theme_background", "logo-400x100.jpg"),
    ] {
        c.find(Locator::Id(input))
            .await
            .expect("logo input")
            .send_keys(&images.join(file).display().to_string())
            .await
            .expect("upload");
    }
    eventually(
        "three logo images (two thumbnails, the preview)",
        || async {
            let n = js(
                c,
                "return document.querySelectorAll('img[src^=\"data:\"]').length",
            )
            .await;
            (n == json!(3)).then_some(())
        },
    )
    .await;
    // Count every write of an image's source, and every image added.
    js(
        c,
        "window.__srcWrites = 0;
         const setAttr = Element.prototype.setAttribute;
         Element.prototype.setAttribute = function (name, value) {
           if (this.tagName === 'IMG' && name === 'src') window.__srcWrites++;
           return setAttr.call(this, name, value);
         };
         const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
         Object.defineProperty(HTMLImageElement.prototype, 'src', {
           get() { return src.get.call(this); },
           set(v) { window.__srcWrites++; src.set.call(this, v); },
         });
         new MutationObserver(records => {
           for (const r of records) {
             if (r.type === 'attributes' && r.target.tagName === 'IMG') window.__srcWrites++;
             for (const n of r.addedNodes || []) {
               if (n.nodeType === 1 && (n.tagName === 'IMG' || n.querySelector('img'))) window.__srcWrites++;
             }
           }
         }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
         return true",
    )
    .await;
    click(c, "it_contact_name").await;
    c.find(Locator::Id("it_contact_name"))
        .await
        .expect("field")
        .send_keys("Helpdesk Contoso")
        .await
        .expect("type");
    set_text(c, "theme_color", "#0078d4").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(value_of(c, "it_contact_name").await, "Helpdesk Contoso");
    assert_eq!(
        js(c, "return window.__srcWrites").await,
        json!(0),
        "typing wrote no image source"
    );
    // Replacing a logo writes its images again.
    c.find(Locator::Id("logo_white_background"))
        .await
        .unwrap()
        .send_keys(&images.join("logo-120x40.png").display().to_string())
        .await
        .unwrap();
    eventually("the new logo is shown", || async {
        let n = js(c, "return window.__srcWrites")
            .await
            .as_u64()
            .unwrap_or(0);
        (n > 0).then_some(())
    })
    .await;
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dns_records_say_how_long_propagation_takes_in_both_languages() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    let shown = || async {
        js(
            c,
            "const p = document.getElementById('dns-propagation');
             return p && !p.hidden ? p.textContent : ''",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    };
    assert_eq!(shown().await, "", "no records, no note");
    click(c, "add-domain").await;
    set_text(c, "domain-name-1", "contoso.com").await;
    click(c, "domain-upn-suffix-1").await;
    let en = eventually("the note", || async {
        Some(shown().await).filter(|t| !t.is_empty())
    })
    .await;
    assert!(en.contains("up to 72 hours"), "{en}");
    // It sits with the table.
    let beside = js(
        c,
        "return document.getElementById('dns-propagation').closest('section') === document.getElementById('dns-records').closest('section')",
    )
    .await;
    assert_eq!(beside, json!(true));
    choose(c, "language", "nl").await;
    let nl = eventually("de melding", || async {
        Some(shown().await).filter(|t| t.contains("uur"))
    })
    .await;
    assert!(nl.contains("tot 72 uur"), "{nl}");
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undo_after_an_import_brings_the_old_files_envelope_back() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    let file = |company: &str, member: &str| {
        format!(
            r#"{{{HEAD},"ruleset":"intune-classic-2017","{member}":{{"kept":true}},"plan":{{"company_portal":{{"company_name":"{company}"}}}}}}"#
        )
    };
    // The stored plan came from a file with an unknown member of its own.
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    js_with(
        c,
        "localStorage.setItem(arguments[0], arguments[1]); return true",
        vec![json!(PLAN_KEY), json!(file("Mine", "x-mine"))],
    )
    .await;
    c.goto(&format!("{base}/#overview")).await.expect("goto");
    c.refresh().await.expect("reload");
    wait_heading(c, "Overview").await;
    let dir = std::env::temp_dir().join(format!("enrollready-undo-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("theirs.json");
    std::fs::write(&path, file("Theirs", "x-theirs")).unwrap();
    c.find(Locator::Id("import-json"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    eventually("the question", || async {
        let q = js(c, "return !!document.getElementById('replace-plan')").await;
        (q == json!(true)).then_some(())
    })
    .await;
    click(c, "replace-plan").await;
    let saved = eventually("their plan is saved", || async {
        stored(c).await.filter(|s| s.contains("Theirs"))
    })
    .await;
    assert!(
        saved.contains("x-theirs") && !saved.contains("x-mine"),
        "{saved}"
    );
    click(c, "undo").await;
    let saved = eventually("my plan is saved again", || async {
        stored(c).await.filter(|s| s.contains("Mine"))
    })
    .await;
    assert!(
        saved.contains("x-mine") && !saved.contains("x-theirs"),
        "the old envelope is back: {saved}"
    );
    click(c, "redo").await;
    let saved = eventually("their plan again", || async {
        stored(c).await.filter(|s| s.contains("Theirs"))
    })
    .await;
    assert!(
        saved.contains("x-theirs") && !saved.contains("x-mine"),
        "{saved}"
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

/// The PNG's width and height from its IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let n = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (n(16), n(20))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_manifest_and_the_page_name_png_icons_that_are_served() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    let fetch_base64 = |url: String| async move {
        js_with(
            c,
            "return fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
               .then(b => { let s = ''; for (const x of new Uint8Array(b)) s += String.fromCharCode(x); return btoa(s); })",
            vec![json!(url)],
        )
        .await
    };
    let manifest = js(
        c,
        "return fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())",
    )
    .await;
    let icons = manifest["icons"].as_array().expect("icons").clone();
    let mut pngs = Vec::new();
    for icon in &icons {
        if icon["type"] != json!("image/png") {
            continue;
        }
        let src = icon["src"].as_str().unwrap();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(
                fetch_base64(format!("{base}/{src}"))
                    .await
                    .as_str()
                    .unwrap(),
            )
            .unwrap();
        let (w, h) = png_size(&bytes);
        assert_eq!(icon["sizes"].as_str().unwrap(), format!("{w}x{h}"), "{src}");
        pngs.push((w, icon["purpose"].as_str().unwrap_or("any").to_owned()));
    }
    for (size, purpose) in [(192, "any"), (512, "any"), (512, "maskable")] {
        assert!(
            pngs.contains(&(size, purpose.to_owned())),
            "{size} {purpose}: {pngs:?}"
        );
    }
    let touch = js(
        c,
        "return document.querySelector('link[rel=apple-touch-icon]').href",
    )
    .await;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(
            fetch_base64(touch.as_str().unwrap().to_owned())
                .await
                .as_str()
                .unwrap(),
        )
        .unwrap();
    assert_eq!(png_size(&bytes), (180, 180));
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compare_with_a_picked_file_shows_what_changed_step_by_step() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    let full = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1/full.json"),
    )
    .unwrap();
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    js_with(
        c,
        "localStorage.setItem(arguments[0], arguments[1]); return true",
        vec![json!(PLAN_KEY), json!(full)],
    )
    .await;
    c.goto(&format!("{base}/#overview")).await.expect("goto");
    c.refresh().await.expect("reload");
    wait_heading(c, "Overview").await;
    let before = stored(c).await;
    // The client's version: another contact name, one domain fewer.
    let theirs = full.replace("Helpdesk ICT", "Servicedesk");
    let dir = std::env::temp_dir().join(format!("enrollready-compare-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("client-version.json");
    std::fs::write(&path, theirs).unwrap();
    assert_eq!(
        accessible_name(c, "compare-json-button").await,
        "Compare with a file"
    );
    c.find(Locator::Id("compare-json"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    wait_heading(c, "Compare").await;
    let intro = js(
        c,
        "return document.querySelector('.compare .intro').textContent",
    )
    .await;
    assert!(
        intro.as_str().unwrap().contains("client-version.json"),
        "{intro}"
    );
    let rows = js(
        c,
        "return [...document.querySelectorAll('.compare-table tbody tr')].map(r => [...r.cells].map(c => c.textContent))",
    )
    .await;
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .any(|r| *r == json!(["IT department contact name", "Helpdesk ICT", "Servicedesk"])),
        "{rows}"
    );
    let steps = js(
        c,
        "return [...document.querySelectorAll('.compare h3')].map(h => h.textContent)",
    )
    .await;
    assert_eq!(steps, json!(["Step 4: Configure the Company Portal"]));
    assert!(
        !page::is_displayed(c, "compare-moved").await,
        "same rules: nothing to say"
    );
    // The client's version on today's rules: both are compared under them,
    // and the page says so.
    let today = dir.join("client-2026.json");
    std::fs::write(
        &today,
        full.replace("Helpdesk ICT", "Servicedesk").replace(
            "\"ruleset\": \"intune-classic-2017\"",
            "\"ruleset\": \"intune-2026\"",
        ),
    )
    .unwrap();
    assert!(std::fs::read_to_string(&today)
        .unwrap()
        .contains("intune-2026"));
    c.goto(&format!("{base}/#overview")).await.expect("goto");
    wait_heading(c, "Overview").await;
    c.find(Locator::Id("compare-json"))
        .await
        .unwrap()
        .send_keys(today.to_str().unwrap())
        .await
        .unwrap();
    eventually("the note on the rules", || async {
        let t = js(
            c,
            "const e = document.getElementById('compare-moved'); return e ? e.textContent : ''",
        )
        .await;
        t.as_str()
            .unwrap_or_default()
            .contains("both were compared as if moved to today's Microsoft Intune admin center")
            .then_some(())
    })
    .await;
    let rows = js(
        c,
        "return [...document.querySelectorAll('.compare-table tbody tr')].map(r => [...r.cells].slice(1).map(c => c.textContent))",
    )
    .await;
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .any(|r| *r == json!(["Helpdesk ICT", "Servicedesk"])),
        "{rows}"
    );
    // Nothing of the open plan changed.
    assert_eq!(stored(c).await, before);
    // In Dutch.
    choose(c, "language", "nl").await;
    wait_heading(c, "Vergelijken").await;
    let intro = js(
        c,
        "return document.querySelector('.compare .intro').textContent",
    )
    .await;
    assert!(
        intro.as_str().unwrap().starts_with("Dit plan vergeleken"),
        "{intro}"
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}
