//! End-to-end tests: the release build in `dist/`, served on 127.0.0.1 by a
//! tiny static server, driven in Debian's Chromium through ChromeDriver.
//!
//! Needs `trunk build --release` first (the test script does it) and
//! `/usr/bin/chromedriver` (or `CHROMEDRIVER`). `ENROLLREADY_DIST` overrides
//! the folder served.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/browser.rs"]
mod harness;
#[path = "common/page.rs"]
mod page;

use harness::{browser, dist_dir, eventually, serve, tempdir, Server, ONE_BROWSER};

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::json;

/// Opens the page at step 4 (the Company Portal), where most journeys start.
async fn open(c: &Client, base: &str) {
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_mounted(c).await;
}

/// Reloads the page and waits until the app has mounted again.
async fn reload(c: &Client) {
    c.refresh().await.expect("reload");
    wait_mounted(c).await;
}

async fn wait_mounted(c: &Client) {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("company_name"))
        .await
        .expect("the app mounts");
}

/// Chooses a language in the menu and waits until the labels follow.
async fn choose_language(c: &Client, code: &str, company_name_label: &str) {
    c.find(Locator::Id("language"))
        .await
        .expect("language menu")
        .select_by_value(code)
        .await
        .expect("choose language");
    eventually("the labels follow the language", || async {
        (label_of(c, "company_name").await == company_name_label).then_some(())
    })
    .await;
}

async fn invalid_ids(c: &Client) -> BTreeSet<String> {
    let v = c
        .execute(
            "return Array.from(document.querySelectorAll('[aria-invalid=\"true\"]')).map(e => e.id)",
            vec![],
        )
        .await
        .expect("query");
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(String::from))
        .collect()
}

async fn value_of(c: &Client, id: &str) -> String {
    c.find(Locator::Id(id))
        .await
        .expect(id)
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default()
}

async fn label_of(c: &Client, id: &str) -> String {
    c.find(Locator::Css(&format!("label[for='{id}']")))
        .await
        .expect("label")
        .text()
        .await
        .expect("text")
}

async fn type_into(c: &Client, id: &str, text: &str) {
    let el = c.find(Locator::Id(id)).await.expect(id);
    el.clear().await.expect("clear");
    el.send_keys(text).await.expect("type");
}

/// Checks that nothing came from another origin and no CSP violation happened.
async fn assert_same_origin_and_no_csp_violation(c: &Client, server: &Server) {
    let report = c
        .execute(
            "return { origin: location.origin,
                      resources: performance.getEntriesByType('resource').map(e => e.name),
                      violations: document.documentElement.getAttribute('data-csp-violations'),
                      panics: document.documentElement.getAttribute('data-panics') }",
            vec![],
        )
        .await
        .expect("report");
    let origin = report["origin"].as_str().unwrap_or_default();
    assert_eq!(origin, server.base);
    for r in report["resources"].as_array().into_iter().flatten() {
        let url = r.as_str().unwrap_or_default();
        assert!(
            url.starts_with(&format!("{origin}/")) || url.starts_with("data:"),
            "loaded from another origin: {url}"
        );
    }
    assert_eq!(
        report["violations"].as_str(),
        Some("0"),
        "CSP violations were reported"
    );
    assert_eq!(report["panics"].as_str(), Some("0"), "a panic happened");
    assert!(!server.requests.lock().unwrap().is_empty());
}

/// The values typed into the text fields: (id, value, valid?).
const FILL: &[(&str, &str, bool)] = &[
    ("company_name", "Contoso Nederland", true),
    ("it_contact_name", "Helpdesk ICT", true),
    // No phone format is documented: an odd number is only a warning.
    ("it_phone", "call +31 20 123", true),
    ("it_email", "it@contoso", false),
    ("additional_info", "Bereikbaar ma-vr 8-17 uur", true),
    // http:// is only a warning (not documented as refused).
    (
        "privacy_statement_url",
        "http://www.contoso.com/privacy",
        true,
    ),
    ("support_website_url", "https://support.contoso.com", true),
    ("website_name", "IT Servicedesk", true),
    ("theme_color", "#1e6f5c", true),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fill_validate_upload_reload_and_switch_language() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    open(c, &server.base).await;
    // The source's step 4 (its logo limits and the "Include logo" option).
    harness::use_classic_rules(c).await;
    open(c, &server.base).await;
    assert_eq!(label_of(c, "company_name").await, "Company name");
    assert_eq!(label_of(c, "language").await, "Language");

    for (id, value, _) in FILL {
        type_into(c, id, value).await;
    }
    // Logos: turn the option on, then a valid and an oversized file.
    c.find(Locator::Id("include_logo"))
        .await
        .expect("checkbox")
        .click()
        .await
        .expect("click");
    let images = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images");
    let valid = images.join("logo-400x100.png");
    let oversized = images.join("logo-800x200.jpg");
    let white = c
        .find(Locator::Id("logo_white_background"))
        .await
        .expect("white logo input");
    white
        .send_keys(&valid.display().to_string())
        .await
        .expect("upload valid");
    let theme = c
        .find(Locator::Id("logo_theme_background"))
        .await
        .expect("theme logo input");
    theme
        .send_keys(&oversized.display().to_string())
        .await
        .expect("upload oversized");
    let open_bg = c
        .find(Locator::Id("app_background"))
        .await
        .expect("background");
    open_bg
        .select_by_value("white")
        .await
        .expect("choose white");

    let expected: BTreeSet<String> = FILL
        .iter()
        .filter(|(_, _, ok)| !ok)
        .map(|(id, _, _)| id.to_string())
        .chain(["logo_theme_background".to_string()])
        .collect();
    let found = eventually("exactly the invalid fields are flagged", || async {
        let ids = invalid_ids(c).await;
        (ids == expected).then_some(ids)
    })
    .await;
    assert_eq!(found, expected);
    let msg = c
        .find(Locator::Id("logo_theme_background-msg"))
        .await
        .expect("msg")
        .text()
        .await
        .expect("text");
    assert!(msg.contains("800 × 200"), "{msg}");
    // Each invalid field points at its message.
    for id in &expected {
        let el = c.find(Locator::Id(id)).await.expect(id);
        let described = el
            .attr("aria-describedby")
            .await
            .expect("attr")
            .unwrap_or_default();
        assert!(
            described.split(' ').any(|d| d == format!("{id}-msg")),
            "{id}: {described}"
        );
    }
    // The preview shows the name and the website name. Its header is in the
    // theme colour whatever the app background (which affects only the app),
    // so it shows the theme-background logo: too large here, so no logo.
    let title = eventually("the preview shows the name", || async {
        let t = c
            .find(Locator::Id("preview-company-name"))
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        (t == "Contoso Nederland").then_some(t)
    })
    .await;
    assert_eq!(title, "Contoso Nederland");
    assert!(c
        .find(Locator::Css("#portal-preview img.portal-logo"))
        .await
        .is_err());

    // Reload: everything comes back from storage.
    reload(c).await;
    for (id, value, _) in FILL {
        assert_eq!(value_of(c, id).await, *value, "{id} after reload");
    }
    let checked = c
        .find(Locator::Id("include_logo"))
        .await
        .expect("checkbox")
        .prop("checked")
        .await
        .expect("checked");
    assert_eq!(checked.as_deref(), Some("true"));
    let summary = c
        .find(Locator::Id("logo_white_background-summary"))
        .await
        .expect("summary")
        .text()
        .await
        .expect("text");
    assert!(
        summary.contains("logo-400x100.png") && summary.contains("400 × 100"),
        "{summary}"
    );
    let summary = c
        .find(Locator::Id("logo_theme_background-summary"))
        .await
        .expect("summary")
        .text()
        .await
        .expect("text");
    assert!(summary.contains("logo-800x200.jpg"), "{summary}");
    assert_eq!(value_of(c, "app_background").await, "white");
    assert_eq!(
        invalid_ids(c).await,
        expected,
        "the same fields are invalid after reload"
    );

    // Dutch and back.
    choose_language(c, "nl", "Bedrijfsnaam").await;
    assert_eq!(label_of(c, "language").await, "Taal");
    assert_eq!(
        label_of(c, "privacy_statement_url").await,
        "URL van privacyverklaring van bedrijf"
    );
    let lang = c
        .execute("return document.documentElement.lang", vec![])
        .await
        .expect("lang");
    assert_eq!(lang.as_str(), Some("nl"));
    reload(c).await;
    assert_eq!(
        label_of(c, "company_name").await,
        "Bedrijfsnaam",
        "the language choice is remembered"
    );
    choose_language(c, "en", "Company name").await;

    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_language_follows_the_browser_and_storage_failure_is_survivable() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let b = browser("nl-NL").await;
    let c = &b.client;
    open(c, &server.base).await;
    // A new plan follows today's rules: the Dutch console's word.
    assert_eq!(
        label_of(c, "company_name").await,
        "Organisatienaam",
        "a Dutch browser starts in Dutch"
    );
    assert_eq!(
        c.execute("return document.documentElement.lang", vec![])
            .await
            .expect("lang")
            .as_str(),
        Some("nl")
    );

    // Storage starts refusing writes (a full quota): the page says so and keeps working.
    page::refuse_writes(c).await;
    type_into(c, "company_name", &"x".repeat(41)).await;
    let notice = eventually("the storage notice", || async {
        let t = c
            .find(Locator::Id("notices"))
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        (!t.is_empty()).then_some(t)
    })
    .await;
    assert!(
        notice.contains("kunnen niet in deze browser worden opgeslagen") && notice.contains("vol"),
        "{notice}"
    );
    let msg = c
        .find(Locator::Id("company_name-msg"))
        .await
        .expect("msg")
        .text()
        .await
        .expect("text");
    assert!(
        msg.contains("Maximaal 40 tekens"),
        "validation still runs: {msg}"
    );
    assert_eq!(
        value_of(c, "company_name").await.len(),
        41,
        "nothing typed is lost"
    );

    // A corrupt saved plan is kept as a backup and reported, never a crash.
    // First let the debounced save of the typing above run (it fails, storage
    // being full); otherwise the page would flush it when it unloads, and
    // rightly overwrite the corrupt record written below.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    page::allow_writes(c).await;
    page::put_record(c, "", "{ not json").await;
    reload(c).await;
    let notice = c
        .find(Locator::Id("notices"))
        .await
        .expect("notices")
        .text()
        .await
        .expect("text");
    assert!(notice.contains("reservekopie"), "{notice}");
    let backup = eventually("the backup", || async {
        page::stored_record(c, ".backup.1").await
    })
    .await;
    assert_eq!(backup, "{ not json");

    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

/// The open plan's record (`PLAN`) or one of its backups
/// (`enrollready.plan.backup.<n>`), as kept in IndexedDB.
async fn storage_item(c: &Client, key: &str) -> Option<String> {
    page::stored_record(c, &suffix(key)).await
}

async fn set_storage_item(c: &Client, key: &str, value: &str) {
    page::put_record(c, &suffix(key), value).await;
}

/// Autosave's key as the open plan's key suffix in IndexedDB.
fn suffix(key: &str) -> String {
    key.strip_prefix(PLAN).unwrap_or(key).to_owned()
}

async fn notices_text(c: &Client) -> String {
    c.find(Locator::Id("notices"))
        .await
        .expect("notices")
        .text()
        .await
        .expect("text")
}

async fn is_displayed(c: &Client, id: &str) -> bool {
    match c.find(Locator::Id(id)).await {
        Ok(el) => el.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

const PLAN: &str = "enrollready.plan";
const NEWER_RECORD: &str = r#"{"format":"enrollready-plan","schema_version":2,"plan":{"company_portal":{"company_name":"Future Corp"},"x_section":{"a":1}}}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_records_are_untouched_and_backups_survive_further_failures() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    open(c, &server.base).await;

    // A record from a newer version: kept, backed up, and untouched 2 s later.
    set_storage_item(c, PLAN, NEWER_RECORD).await;
    reload(c).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(storage_item(c, PLAN).await.as_deref(), Some(NEWER_RECORD));
    assert_eq!(
        storage_item(c, "enrollready.plan.backup.1")
            .await
            .as_deref(),
        Some(NEWER_RECORD)
    );
    let notice = notices_text(c).await;
    assert!(notice.contains("backup 1"), "{notice}");
    assert!(is_displayed(c, "download-unreadable").await);
    assert!(
        !is_displayed(c, "discard-unreadable").await,
        "nothing blocks: a backup exists"
    );

    // A second, different failure: its own slot; the first backup survives.
    set_storage_item(c, PLAN, "{ damaged").await;
    reload(c).await;
    assert_eq!(
        storage_item(c, "enrollready.plan.backup.1")
            .await
            .as_deref(),
        Some(NEWER_RECORD)
    );
    assert_eq!(
        storage_item(c, "enrollready.plan.backup.2")
            .await
            .as_deref(),
        Some("{ damaged")
    );
    assert!(notices_text(c).await.contains("backup 2"));

    // Three backups exist: a fourth record stays where it is, and the page
    // does not save over it until the user discards (or downloads) it.
    set_storage_item(c, "enrollready.plan.backup.3", "{ third").await;
    set_storage_item(c, PLAN, "{ fourth").await;
    reload(c).await;
    let notice = notices_text(c).await;
    assert!(notice.contains("No backup copy could be made"), "{notice}");
    assert!(is_displayed(c, "discard-unreadable").await);
    type_into(c, "company_name", "Contoso").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(storage_item(c, PLAN).await.as_deref(), Some("{ fourth"));
    c.find(Locator::Id("discard-unreadable"))
        .await
        .expect("discard")
        .click()
        .await
        .expect("click");
    let saved = eventually("the plan is saved once discarded", || async {
        storage_item(c, PLAN)
            .await
            .filter(|v| v.contains("Contoso"))
    })
    .await;
    assert!(saved.starts_with('{'));
    for (n, raw) in [(1, NEWER_RECORD), (2, "{ damaged"), (3, "{ third")] {
        assert_eq!(
            storage_item(c, &format!("enrollready.plan.backup.{n}"))
                .await
                .as_deref(),
            Some(raw),
            "backup {n} is never overwritten"
        );
    }
    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_tabs_keep_both_edits() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    open(c, &server.base).await;
    let first = c.window().await.expect("window");
    type_into(c, "company_name", "Alpha Corp").await;
    eventually("tab one saved", || async {
        storage_item(c, PLAN)
            .await
            .filter(|v| v.contains("Alpha Corp"))
    })
    .await;

    // Tab two opens the same plan and adds a contact.
    let second = c.new_window(true).await.expect("new tab").handle;
    c.switch_to_window(second.clone()).await.expect("switch");
    open(c, &server.base).await;
    assert_eq!(value_of(c, "company_name").await, "Alpha Corp");
    type_into(c, "it_contact_name", "Jan").await;
    eventually("tab two saved", || async {
        storage_item(c, PLAN)
            .await
            .filter(|v| v.contains("\"Jan\""))
    })
    .await;

    // Tab one had no unsaved edit: it adopts tab two's change.
    c.switch_to_window(first.clone()).await.expect("switch");
    eventually("tab one adopts the other tab's change", || async {
        (value_of(c, "it_contact_name").await == "Jan").then_some(())
    })
    .await;
    assert_eq!(value_of(c, "company_name").await, "Alpha Corp");

    // Now tab one has an edit it cannot save yet (storage refuses), and tab
    // two changes the plan: tab one asks instead of overwriting.
    page::refuse_writes(c).await;
    type_into(c, "website_name", "Servicedesk").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    c.switch_to_window(second.clone()).await.expect("switch");
    type_into(c, "additional_info", "Open 8-17").await;
    eventually("tab two saved again", || async {
        storage_item(c, PLAN)
            .await
            .filter(|v| v.contains("Open 8-17"))
    })
    .await;
    c.switch_to_window(first.clone()).await.expect("switch");
    eventually("tab one shows the conflict", || async {
        is_displayed(c, "conflict-notice").await.then_some(())
    })
    .await;
    assert!(
        storage_item(c, PLAN)
            .await
            .unwrap_or_default()
            .contains("Open 8-17"),
        "tab one did not overwrite tab two"
    );
    page::allow_writes(c).await;
    c.find(Locator::Id("keep-mine"))
        .await
        .expect("keep mine")
        .click()
        .await
        .expect("click");
    let saved = eventually("keep mine writes tab one's plan", || async {
        storage_item(c, PLAN)
            .await
            .filter(|v| v.contains("Servicedesk"))
    })
    .await;
    assert!(
        saved.contains("Alpha Corp") && saved.contains("\"Jan\""),
        "{saved}"
    );
    assert!(!is_displayed(c, "conflict-notice").await);
    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_sparse_logo_is_refused_quickly_and_typing_still_works() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let dir = tempdir::Dir::new("huge");
    let path = dir.0.join("huge.png");
    // 2.5 GiB, sparse: cheap to make, and far more than a wasm page can hold.
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(2_684_354_560).expect("set_len");
    drop(f);
    let b = browser("en-US").await;
    let c = &b.client;
    open(c, &server.base).await;
    // The source's step 4 ("Include logo", 400 × 100 pixels).
    harness::use_classic_rules(c).await;
    open(c, &server.base).await;
    c.find(Locator::Id("include_logo"))
        .await
        .expect("checkbox")
        .click()
        .await
        .expect("click");
    let started = std::time::Instant::now();
    c.find(Locator::Id("logo_white_background"))
        .await
        .expect("logo input")
        .send_keys(&path.display().to_string())
        .await
        .expect("pick");
    let msg = eventually("the size is reported", || async {
        let t = c
            .find(Locator::Id("logo_white_background-msg"))
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        t.contains("2,684,354,560").then_some(t)
    })
    .await;
    eprintln!("huge logo refused in {:?}: {msg}", started.elapsed());
    assert!(invalid_ids(c).await.contains("logo_white_background"));
    type_into(c, "company_name", "Still typing").await;
    assert_eq!(value_of(c, "company_name").await, "Still typing");
    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

/// A sample of the hostile-input corpus (tests/corpus/e2e-sample.json), put
/// into the page's fields as a paste would: each is flagged exactly when the
/// core finds a blocker, is kept exactly as entered, and nothing is injected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_corpus_sample_in_the_page() {
    let _one = ONE_BROWSER.lock().await;
    let sample: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/e2e-sample.json"),
        )
        .expect("sample"),
    )
    .expect("sample json");
    assert!(sample.len() >= 20);
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    open(c, &server.base).await;
    // The corpus holds the source's rules (the company name's characters).
    harness::use_classic_rules(c).await;
    open(c, &server.base).await;
    for case in &sample {
        let id = case["field_id"].as_str().expect("field_id");
        let input = case["input"].as_str().expect("input");
        let invalid = case["invalid"].as_bool().expect("invalid");
        c.execute(
            "const el = document.getElementById(arguments[0]); el.value = arguments[1];
             el.dispatchEvent(new Event('input', { bubbles: true })); return true",
            vec![json!(id), json!(input)],
        )
        .await
        .expect("paste");
        eventually(&format!("{id} = {input:?} flagged {invalid}"), || async {
            let flagged = invalid_ids(c).await.contains(id);
            (flagged == invalid).then_some(())
        })
        .await;
        assert_eq!(value_of(c, id).await, input, "kept as entered");
        if id == "company_name" && !input.trim().is_empty() {
            let title = c
                .execute(
                    "return document.getElementById('preview-company-name').textContent",
                    vec![],
                )
                .await
                .expect("title");
            assert_eq!(title.as_str(), Some(input.trim()), "shown as text");
        }
    }
    let injected = c
        .execute(
            "return document.querySelectorAll('body script, body img:not(.portal-logo):not(.logo-thumb), body iframe').length",
            vec![],
        )
        .await
        .expect("query");
    assert_eq!(injected.as_u64(), Some(0), "no element came from input");
    reload(c).await;
    let last = sample.last().expect("a case");
    let last_id = last["field_id"].as_str().unwrap_or_default();
    assert_eq!(
        value_of(c, last_id).await,
        last["input"].as_str().unwrap_or_default(),
        "restored exactly after reload"
    );
    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

async fn text_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("no {css}"))
        .text()
        .await
        .expect("text")
}

/// Clicks an element after scrolling it to the middle of the window, clear
/// of the sticky header (as a user would see it).
async fn click(c: &Client, id: &str) {
    c.execute(
        "const e = document.getElementById(arguments[0]); if (e) e.scrollIntoView({ block: 'center' }); return true",
        vec![json!(id)],
    )
    .await
    .expect("scroll");
    c.find(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("no #{id}"))
        .click()
        .await
        .expect("click");
}

async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script")
}

async fn wait_heading(c: &Client, text: &str) {
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

/// The builder: every step has its address, the navigation and the meter
/// follow the plan, lists are edited from the keyboard's buttons, derived DNS
/// records appear, undo and redo work, Back returns, a reload restores, and
/// the overview links to the field concerned.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn builder_steps_navigation_undo_and_reload() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{}/", server.base)).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    // The source's rules (the MDM authority is a choice there).
    harness::use_classic_rules(c).await;
    c.goto(&format!("{}/#step-1", server.base))
        .await
        .expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    let nav = js(
        c,
        "return document.querySelector('nav').getAttribute('aria-label')",
    )
    .await;
    assert_eq!(nav.as_str(), Some("Steps"));
    let meter = js(
        c,
        "const m = document.querySelector('[role=progressbar]');
         return [document.getElementById(m.getAttribute('aria-labelledby')).textContent,
                 m.getAttribute('aria-valuenow'), m.getAttribute('aria-valuetext')]",
    )
    .await;
    assert_eq!(meter[0].as_str(), Some("Overall readiness"));
    let before = meter[2].as_str().unwrap_or_default().to_owned();
    assert!(before.contains("% — "), "{before}");

    // A domain, used as UPN suffix: its DNS records appear.
    click(c, "add-domain").await;
    eventually("the new domain has the focus", || async {
        let id = js(c, "return document.activeElement.id").await;
        (id.as_str() == Some("domain-name-1")).then_some(())
    })
    .await;
    type_into(c, "domain-name-1", "contoso.com").await;
    click(c, "domain-upn-suffix-1").await;
    let table = eventually("the DNS records", || async {
        let t = text_of(c, "#dns-records tbody").await;
        t.contains("EnterpriseEnrollment.contoso.com").then_some(t)
    })
    .await;
    assert!(
        table.contains("EnterpriseEnrollment-s.manage.microsoft.com"),
        "{table}"
    );
    assert!(table.contains("3600"), "{table}");
    let zone = text_of(c, "#zone-file").await;
    assert!(
        zone.contains("EnterpriseEnrollment.contoso.com. 3600 IN CNAME EnterpriseEnrollment-s.manage.microsoft.com."),
        "{zone}"
    );
    let after = js(
        c,
        "return document.querySelector('[role=progressbar]').getAttribute('aria-valuetext')",
    )
    .await;
    assert_ne!(after.as_str(), Some(before.as_str()), "the meter moved");

    // Undo and redo the tick.
    click(c, "undo").await;
    eventually("undo unticks", || async {
        let v = js(
            c,
            "return document.getElementById('domain-upn-suffix-1').checked",
        )
        .await;
        (v.as_bool() == Some(false)).then_some(())
    })
    .await;
    click(c, "redo").await;
    eventually("redo ticks again", || async {
        let v = js(
            c,
            "return document.getElementById('domain-upn-suffix-1').checked",
        )
        .await;
        (v.as_bool() == Some(true)).then_some(())
    })
    .await;

    // Step 2 by its link; Back returns to step 1.
    c.find(Locator::Css("nav a[href='#step-2']"))
        .await
        .expect("link")
        .click()
        .await
        .expect("click");
    wait_heading(c, "Step 2: Set MDM authority").await;
    assert_eq!(
        js(c, "return location.hash").await.as_str(),
        Some("#step-2")
    );
    click(c, "mdm-authority-intune").await;
    c.back().await.expect("back");
    wait_heading(c, "Step 1: Enable connections").await;

    // Step 6: the APNs certificate shows its days left.
    c.goto(&format!("{}/#step-6", server.base))
        .await
        .expect("goto");
    wait_heading(c, "Step 6: Enable enrollment").await;
    click(c, "platform-ios-mac").await;
    js(
        c,
        "const d = new Date(); d.setDate(d.getDate() + 12);
         const v = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
         const el = document.getElementById('apns-expiry'); el.value = v;
         el.dispatchEvent(new Event('input', { bubbles: true })); return v",
    )
    .await;
    let msg = eventually("the expiry state", || async {
        let t = text_of(c, "#apns-expiry-msg").await;
        t.contains("Expires in 12 days.").then_some(t)
    })
    .await;
    assert!(msg.contains("Expires in 12 days."));
    let described = js(
        c,
        "return document.getElementById('apns-expiry').getAttribute('aria-describedby')",
    )
    .await;
    assert_eq!(described.as_str(), Some("apns-expiry-msg"));

    // Reload: the step and everything entered come back.
    reload_any(c).await;
    wait_heading(c, "Step 6: Enable enrollment").await;
    c.goto(&format!("{}/#step-1", server.base))
        .await
        .expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    assert_eq!(value_of(c, "domain-name-1").await, "contoso.com");

    // The overview links to the field concerned.
    c.find(Locator::Id("overview-link"))
        .await
        .expect("overview link")
        .click()
        .await
        .expect("click");
    wait_heading(c, "Overview").await;
    let first = c
        .find(Locator::Css(".findings a"))
        .await
        .expect("a finding link");
    first.click().await.expect("click");
    let focused = eventually("the focus moves to the field", || async {
        let id = js(c, "return document.activeElement.id").await;
        let id = id.as_str()?.to_owned();
        (!id.is_empty() && id != "overview").then_some(id)
    })
    .await;
    eprintln!("overview link focused #{focused}");

    // Dutch headings.
    c.goto(&format!("{}/#step-1", server.base))
        .await
        .expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    c.find(Locator::Id("language"))
        .await
        .expect("language")
        .select_by_value("nl")
        .await
        .expect("nl");
    wait_heading(c, "Stap 1: Verbindingen inschakelen").await;
    c.find(Locator::Id("language"))
        .await
        .expect("language")
        .select_by_value("en")
        .await
        .expect("en");

    // Removing the domain moves the focus to "Add domain"; undo brings it back.
    click(c, "domain-remove-1").await;
    eventually("the focus goes to Add domain", || async {
        let id = js(c, "return document.activeElement.id").await;
        (id.as_str() == Some("add-domain")).then_some(())
    })
    .await;
    click(c, "undo").await;
    eventually("undo restores the domain", || async {
        (c.find(Locator::Id("domain-name-1")).await.is_ok()).then_some(())
    })
    .await;
    assert_eq!(value_of(c, "domain-name-1").await, "contoso.com");
    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

/// axe-core (npm, injected here) on every step, the overview, the report, the
/// preview of a move to other rules, the Plans list and Compare (with the 2017
/// plan), in both languages, light and dark,
/// with the full golden plan of each ruleset loaded (today's has no
/// recovery path).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_no_violation_on_any_step_in_both_languages_and_themes() {
    let _one = ONE_BROWSER.lock().await;
    let axe = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"),
    )
    .expect("node_modules/axe-core (scripts/setup.sh installs it)");
    let fixture = |name: &str| {
        std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/export/v1")
                .join(name),
        )
        .expect("fixture")
    };
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{}/", server.base)).await.expect("goto");
    let mut report = Vec::new();
    for (plan, fragments) in [
        (
            "full.json",
            &[
                "step-1",
                "step-2",
                "step-3",
                "step-4",
                "step-5",
                "step-6",
                "step-7",
                "recovery",
                "overview",
                "report",
                "move-rules",
                "plans",
                "compare",
            ][..],
        ),
        (
            "intune-2026-full.json",
            &[
                "step-1",
                "step-2",
                "step-3",
                "step-4",
                "step-5",
                "step-6",
                "step-7",
                "overview",
                "report",
                "move-rules",
            ][..],
        ),
    ] {
        set_storage_item(c, PLAN, &fixture(plan)).await;
        for (lang, theme) in [
            ("en", "light"),
            ("nl", "dark"),
            ("en", "dark"),
            ("nl", "light"),
        ] {
            set_storage_item(c, "enrollready.locale", lang).await;
            set_storage_item(c, "enrollready.theme", theme).await;
            for &fragment in fragments {
                c.goto(&format!("{}/#{fragment}", server.base))
                    .await
                    .expect("goto");
                c.refresh().await.expect("reload");
                c.wait()
                    .at_most(Duration::from_secs(20))
                    .for_element(Locator::Css("main h2"))
                    .await
                    .expect("mounted");
                // Parts fetched on first use (ui::split) are drawn too.
                eventually("the page's parts are drawn", || async {
                    (js(c, "return !document.querySelector('main .loading')").await == json!(true))
                        .then_some(())
                })
                .await;
                let has_axe = js(c, "return typeof window.axe").await;
                if has_axe.as_str() != Some("object") {
                    c.execute(&format!("{axe}\nreturn true"), vec![])
                        .await
                        .expect("inject axe");
                }
                let violations = c
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     axe.run(document, { resultTypes: ['violations'] })
                        .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                        .catch(e => done(['axe failed: ' + e]));",
                    vec![],
                )
                .await
                .expect("axe");
                for v in violations.as_array().into_iter().flatten() {
                    report.push(format!(
                        "{plan}/{lang}/{theme}/#{fragment}: {}",
                        v.as_str().unwrap_or_default()
                    ));
                }
            }
        }
    }
    assert!(report.is_empty(), "axe violations:\n{}", report.join("\n"));
    assert_same_origin_and_no_csp_violation_except_tests(c, &server).await;
    b.client.close().await.expect("close");
}

/// Like [`assert_same_origin_and_no_csp_violation`] for a page into which the
/// test injected axe: panics must still be 0.
async fn assert_same_origin_and_no_csp_violation_except_tests(c: &Client, _server: &Server) {
    let panics = js(
        c,
        "return document.documentElement.getAttribute('data-panics')",
    )
    .await;
    assert_eq!(panics.as_str(), Some("0"));
}

/// At 360 px wide no step scrolls sideways, and the readiness meter stays in
/// view; with the full golden plan loaded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_step_fits_360_pixels_without_horizontal_scrolling() {
    let _one = ONE_BROWSER.lock().await;
    let full = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1/full.json"),
    )
    .expect("fixture");
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    c.set_window_size(360, 800).await.expect("resize");
    c.goto(&format!("{}/", server.base)).await.expect("goto");
    set_storage_item(c, PLAN, &full).await;
    let mut wide = Vec::new();
    for fragment in [
        "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "recovery",
        "overview", "report",
    ] {
        c.goto(&format!("{}/#{fragment}", server.base))
            .await
            .expect("goto");
        c.refresh().await.expect("reload");
        c.wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("main h2"))
            .await
            .expect("mounted");
        let sizes = js(
            c,
            "window.scrollTo(0, document.body.scrollHeight);
             const m = document.querySelector('[role=progressbar]').getBoundingClientRect();
             const o = document.getElementById('overview-link').getBoundingClientRect();
             const bar = getComputedStyle(document.querySelector('.top')).position === 'sticky'
                 ? document.querySelector('.top') : document.querySelector('.sticky-bar');
             const h = bar.getBoundingClientRect();
             return [document.documentElement.scrollWidth, document.documentElement.clientWidth,
                     m.top >= 0 && m.bottom <= window.innerHeight,
                     o.top >= 0 && o.bottom <= window.innerHeight && o.width > 0,
                     h.height / window.innerHeight]",
        )
        .await;
        assert_eq!(
            sizes[3].as_bool(),
            Some(true),
            "#{fragment}: the Overview link is in view"
        );
        let share = sizes[4].as_f64().unwrap_or(1.0);
        assert!(
            share <= 0.3,
            "#{fragment}: the sticky header takes {:.0}% of the screen",
            share * 100.0
        );
        let (scroll, client) = (sizes[0].as_u64(), sizes[1].as_u64());
        if scroll > client {
            let culprits = js(
                c,
                "const w = document.documentElement.clientWidth;
                 return Array.from(document.querySelectorAll('body *'))
                   .filter(e => e.getBoundingClientRect().right > w + 1)
                   .filter(e => !Array.from(e.children).some(k => k.getBoundingClientRect().right > w + 1))
                   .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);",
            )
            .await;
            wide.push(format!("#{fragment}: {scroll:?} > {client:?} {culprits}"));
        }
        assert_eq!(
            sizes[2].as_bool(),
            Some(true),
            "#{fragment}: the meter is in view"
        );
    }
    assert!(wide.is_empty(), "scrolls sideways at 360 px: {wide:?}");
    b.client.close().await.expect("close");
}

/// The wrong-authority path to a support request: the decision with its
/// reasons, checklist B's items as tick boxes named by their text, then the
/// support request once every item is done and confirmed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recovery_leads_to_a_support_request() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    // The recovery path belongs to the 2017 rules.
    c.goto(&format!("{}/", server.base)).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    harness::use_classic_rules(c).await;
    c.goto(&format!("{}/#recovery", server.base))
        .await
        .expect("goto");
    wait_heading(c, "Wrong MDM authority?").await;
    for (id, value) in [
        ("current-authority", "configuration_manager"),
        ("intended-authority", "intune"),
    ] {
        c.find(Locator::Id(id))
            .await
            .expect(id)
            .select_by_value(value)
            .await
            .expect("choose");
    }
    type_into(c, "configmgr-version", "2012 R2").await;
    type_into(c, "tenant-id", "contoso.onmicrosoft.com").await;
    let decision = eventually("the decision", || async {
        let t = text_of(c, ".decision").await;
        t.contains("Microsoft Support").then_some(t)
    })
    .await;
    assert!(decision.contains("2012"), "{decision}");
    // How long the reset takes is said at once, before any item is ticked
    // (issue 12, point 6).
    assert!(
        decision.contains("up to three business days, but usually happens within a day"),
        "{decision}"
    );
    let ticks = eventually("checklist B's tick boxes", || async {
        let ids = js(
            c,
            "return Array.from(document.querySelectorAll('input[type=checkbox][id^=item-RST-B][id$=-done]')).map(e => e.id)",
        )
        .await;
        let ids: Vec<String> = ids
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        (!ids.is_empty()).then_some(ids)
    })
    .await;
    assert_eq!(ticks.len(), 9, "checklist B has nine items: {ticks:?}");
    let first_label = label_of(c, &ticks[0]).await;
    assert!(
        first_label.len() > 20,
        "named by the item's text: {first_label}"
    );
    assert!(c.find(Locator::Id("support-request")).await.is_err());
    for id in &ticks {
        click(c, id).await;
    }
    click(c, "reset-checklists-done").await;
    let request = eventually("the support request", || async {
        let v = value_of(c, "support-request").await;
        (!v.is_empty()).then_some(v)
    })
    .await;
    assert!(request.contains("contoso.onmicrosoft.com"), "{request}");
    assert!(
        request.contains("Reset MDM authority from Configuration Manager to Intune"),
        "{request}"
    );
    // How long the reset takes is for the admin: in the decision, not in the
    // message to Microsoft Support.
    assert!(!request.contains("three business days"), "{request}");
    assert!(
        text_of(c, ".decision")
            .await
            .contains("three business days"),
        "the decision says how long the reset takes"
    );
    let readonly = js(
        c,
        "return document.getElementById('support-request').readOnly",
    )
    .await;
    assert_eq!(readonly.as_bool(), Some(true));
    assert!(c.find(Locator::Id("copy-support-request")).await.is_ok());
    assert_same_origin_and_no_csp_violation(c, &server).await;
    b.client.close().await.expect("close");
}

async fn reload_any(c: &Client) {
    c.refresh().await.expect("reload");
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("main h2"))
        .await
        .expect("the app mounts");
}

#[test]
fn oversized_fixture_really_is_oversized() {
    // Guards the e2e upload above: the "oversized" logo must break the limits.
    let logo = enrollready::domain::Logo::from_bytes("x.jpg", &common::fixture("logo-800x200.jpg"));
    assert_eq!((logo.width, logo.height), (Some(800), Some(200)));
}
