//! End-to-end journeys of handing a plan on (issue 7), in Chromium: share
//! links (made in one browser, opened in a fresh profile; tampered, cut and
//! oversized links refused) and importing plan files (a good one replaces
//! local work only after the question, and can be undone; each kind of bad
//! file changes neither the page nor the stored plan).
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

use fantoccini::{Client, Locator};
use harness::{browser, dist_dir, eventually, serve, ONE_BROWSER};
use page::{click, hash, js, js_with, value_of, wait_heading};
use serde_json::json;

const PLAN_KEY: &str = "enrollready.plan";

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}

/// The open plan's saved record (in IndexedDB).
async fn stored(c: &Client) -> Option<String> {
    page::stored_record(c, "").await
}

/// Opens the page with this plan stored (as if the user had made it).
async fn open_with(c: &Client, base: &str, plan_json: &str, fragment: &str) {
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    js_with(
        c,
        "localStorage.setItem(arguments[0], arguments[1]); return true",
        vec![json!(PLAN_KEY), json!(plan_json)],
    )
    .await;
    c.goto(&format!("{base}/#{fragment}")).await.expect("goto");
    c.refresh().await.expect("reload");
}

async fn company_name(c: &Client, base: &str) -> String {
    // Within the page (the address names the open plan): no reload, so the
    // undo history stays.
    let _ = base;
    js(c, "location.hash = '#step-4'; return true").await;
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    value_of(c, "company_name").await
}

async fn alert_text(c: &Client, what: &str) -> String {
    eventually(&format!("the alert ({what})"), || async {
        let t = js(
            c,
            "const e = document.getElementById('incoming-error'); return e ? e.textContent : ''",
        )
        .await;
        t.as_str().filter(|t| !t.is_empty()).map(str::to_owned)
    })
    .await
}

async fn in_alert_region(c: &Client, id: &str) -> bool {
    js_with(
        c,
        "const e = document.getElementById(arguments[0]); return !!(e && e.closest('[role=alert]'))",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

/// Waits for the question before a plan replaces local work.
async fn wait_question(c: &Client) {
    eventually("the question", || async {
        in_alert_region(c, "replace-plan").await.then_some(())
    })
    .await;
}

/// The link in the "Share link" field, once it is there.
async fn shown_share_link(c: &Client) -> String {
    eventually("the share link", || async {
        let v = value_of(c, "share-link").await;
        (!v.is_empty()).then_some(v)
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_share_link_carries_the_plan_to_a_fresh_browser_and_bad_links_change_nothing() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;

    // The sender: the full plan, a link from the overview.
    let link = {
        let b = browser("en-US").await;
        let c = &b.client;
        open_with(c, base, &fixture("full.json"), "overview").await;
        wait_heading(c, "Overview").await;
        assert!(
            js(
                c,
                "return document.getElementById('share-link-note').textContent"
            )
            .await
            .as_str()
            .unwrap_or_default()
            .contains("Logos are not included"),
            "the page says logos stay out of links"
        );
        click(c, "copy-share-link").await;
        let link = shown_share_link(c).await;
        assert!(link.starts_with(&format!("{base}/#plan=")), "{link}");
        let data = link.split("#plan=").nth(1).unwrap_or_default();
        assert!(
            data.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "base64url without padding: {data}"
        );
        eprintln!(
            "share link of full.json: {} characters after '#'",
            link.len() - link.find('#').unwrap() - 1
        );
        b.client.close().await.expect("close");
        link
    };

    // The recipient: a fresh profile, no local work, so no question.
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&link).await.expect("open the link");
    wait_heading(c, "Overview").await;
    assert_eq!(hash(c).await, "#overview", "the link is read once");
    let stored_plan = eventually("the plan is saved", || async { stored(c).await }).await;
    assert!(
        stored_plan.contains("Contoso Nederland"),
        "{stored_plan:.200}"
    );
    assert_eq!(company_name(c, base).await, "Contoso Nederland");
    assert_eq!(value_of(c, "it_email").await, "helpdesk@contoso.nl");
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    assert_eq!(value_of(c, "domain-name-1").await, "contoso.nl");
    // The logos' content stayed out: the page asks for them again.
    c.goto(&format!("{base}/#overview")).await.expect("goto");
    wait_heading(c, "Overview").await;
    let overview = js(c, "return document.querySelector('main').textContent").await;
    assert!(
        overview.as_str().unwrap_or_default().contains("logo"),
        "{overview}"
    );

    // Now with local work: the link asks first; "Keep my plan" keeps it.
    let before = stored(c).await;
    let data = link.split("#plan=").nth(1).unwrap_or_default().to_owned();
    c.goto(&format!("{base}/#plan={data}")).await.expect("goto");
    wait_question(c).await;
    click(c, "keep-plan").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(stored(c).await, before, "keeping changes nothing");

    // Bad links: a role="alert" message each, and nothing changes.
    // Cut at a whole base64 group, so the deflate data itself is cut short.
    let cut = &data[..(data.len() / 2) & !3];
    let mut tampered = data.clone().into_bytes();
    let mid = tampered.len() / 3;
    tampered[mid] = if tampered[mid] == b'A' { b'z' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    // 6 MiB of spaces, zlib deflate (made with miniz_oxide, as the page would
    // receive it): a small link that would expand past the 5 MiB limit.
    let bomb = {
        use base64::Engine as _;
        let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 6 * 1024 * 1024], 6);
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
    };
    for (what, fragment, expected) in [
        ("cut", format!("plan={cut}"), "damaged or cut off"),
        (
            "tampered",
            format!("plan={tampered}"),
            "Nothing was changed",
        ),
        (
            "not base64",
            "plan=ab$cd".to_owned(),
            "characters that a share link cannot have",
        ),
        ("empty", "plan=".to_owned(), "holds no plan"),
        ("oversized", format!("plan={bomb}"), "more than any plan"),
    ] {
        c.goto(&format!("{base}/#{fragment}")).await.expect("goto");
        let text = alert_text(c, what).await;
        assert!(text.contains(expected), "{what}: {text}");
        assert!(in_alert_region(c, "incoming-error").await, "{what}");
        assert_eq!(
            stored(c).await,
            before,
            "{what}: the stored plan is unchanged"
        );
        assert_eq!(hash(c).await, "#overview", "{what}");
        // Clear the message for the next link.
        c.refresh().await.expect("reload");
        wait_heading(c, "Overview").await;
    }
    assert_eq!(company_name(c, base).await, "Contoso Nederland");
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn importing_a_file_asks_before_replacing_and_bad_files_change_nothing() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_with(c, base, &fixture("step3-groups.json"), "overview").await;
    wait_heading(c, "Overview").await;
    let before = stored(c).await.expect("a stored plan");
    let page_now = || async {
        js(
            c,
            "return document.querySelector('main').textContent + '|' +
                    document.querySelector('[role=progressbar]').getAttribute('aria-valuetext')",
        )
        .await
    };
    let page_before = page_now().await;

    let dir = std::env::temp_dir().join(format!("enrollready-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let pick = |path: PathBuf| async move {
        c.find(Locator::Id("import-json"))
            .await
            .expect("Import JSON")
            .send_keys(path.to_str().unwrap())
            .await
            .expect("pick the file");
    };

    // Each kind of bad file: a translated alert, nothing changed.
    let newer = r#"{"format": "enrollready-plan", "schema_version": 9}"#.to_owned();
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let wrong_type =
        r#"{"format": "enrollready-plan", "schema_version": 1, "plan": {"groups": {"groups": "x"}}}"#
            .to_owned();
    let mut big = fixture("minimal.json").into_bytes();
    big.resize(5_242_881, b' ');
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            fixture("minimal.json")
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    for (name, bytes, expected) in [
        ("not-json.json", b"this is not json".to_vec(), "line 1"),
        (
            "other.json",
            br#"{"hello": "world"}"#.to_vec(),
            "not an Enrollready plan",
        ),
        ("newer.json", newer.into_bytes(), "9"),
        ("deep.json", deep.into_bytes(), "nested too deeply"),
        ("wrong-type.json", wrong_type.into_bytes(), "line"),
        ("big.json", big, "5,242,880"),
    ] {
        pick(write(name, &bytes)).await;
        let text = alert_text(c, name).await;
        assert!(text.contains(name), "{name}: {text}");
        assert!(text.contains(expected), "{name}: {text}");
        assert!(in_alert_region(c, "incoming-error").await, "{name}");
        assert_eq!(stored(c).await.as_deref(), Some(before.as_str()), "{name}");
        assert_eq!(
            page_now().await,
            page_before,
            "{name}: the page is unchanged"
        );
        c.refresh().await.expect("reload");
        wait_heading(c, "Overview").await;
    }

    // A UTF-16 file is read; with local work, the page asks first.
    pick(write("utf16.json", &utf16)).await;
    wait_question(c).await;
    let question = js(
        c,
        "return document.getElementById('replace-notice').textContent",
    )
    .await;
    assert!(
        question.as_str().unwrap_or_default().contains("utf16.json"),
        "{question}"
    );
    click(c, "keep-plan").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(stored(c).await.as_deref(), Some(before.as_str()));

    // A good file with a byte-order mark replaces the plan after "Replace",
    // and Undo brings the old plan back.
    let mut with_bom = vec![0xEF, 0xBB, 0xBF];
    with_bom.extend(fixture("full.json").into_bytes());
    pick(write("full-bom.json", &with_bom)).await;
    wait_question(c).await;
    click(c, "replace-plan").await;
    eventually("the new plan is saved", || async {
        stored(c)
            .await
            .filter(|s| s.contains("Contoso Nederland"))
            .map(|_| ())
    })
    .await;
    assert_eq!(company_name(c, base).await, "Contoso Nederland");
    click(c, "undo").await;
    eventually("undo brings the old plan back", || async {
        (value_of(c, "company_name").await != "Contoso Nederland").then_some(())
    })
    .await;
    c.goto(&format!("{base}/#step-3")).await.expect("goto");
    wait_heading(c, "Step 3: Create groups").await;
    let old_group = js(c, "return document.getElementById('group-name-1').value").await;
    assert!(
        before.contains(old_group.as_str().unwrap_or("\u{0}")),
        "the old groups are back: {old_group}"
    );
    std::fs::remove_dir_all(&dir).ok();
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_the_page_opens_and_works_without_the_server() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    // The worker installs, caches every file and takes control.
    let controlled = c
        .execute_async(
            "const done = arguments[0];
             navigator.serviceWorker.ready.then(() => {
               if (navigator.serviceWorker.controller) { done(true); return; }
               navigator.serviceWorker.addEventListener('controllerchange', () => done(true));
             });",
            vec![],
        )
        .await
        .expect("the service worker");
    assert_eq!(controlled, json!(true));
    let manifest = js(
        c,
        "return document.querySelector('link[rel=manifest]').href",
    )
    .await;
    assert!(
        manifest
            .as_str()
            .unwrap_or_default()
            .ends_with("/manifest.webmanifest"),
        "{manifest}"
    );
    page::set_text(c, "company_name", "Offline BV").await;
    tokio::time::sleep(Duration::from_millis(600)).await;

    server.stop();
    let refused = js(
        c,
        "return fetch('/index.html?network-check', { cache: 'no-store' }).then(() => 'served', () => 'refused')",
    )
    .await;
    assert_eq!(refused, json!("refused"), "the server is really gone");
    c.refresh().await.expect("reload offline");
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    assert_eq!(value_of(c, "company_name").await, "Offline BV");
    // And it works: another step, an edit, its finding.
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    click(c, "add-domain").await;
    page::set_text(c, "domain-name-1", "contoso").await;
    eventually("a finding while offline", || async {
        page::field_findings(c, "domain-name-1")
            .await
            .filter(|f| f.invalid == "true" && !f.messages.is_empty())
            .map(|_| ())
    })
    .await;
    page::assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

/// Captures what the page offers for download (name and text) instead of
/// saving it: the page downloads through an `<a download>` click.
/// (The blob is kept from `URL.createObjectURL`: the page's policy does not
/// let a script fetch `blob:` addresses.)
const CAPTURE_DOWNLOADS: &str = "
window.__downloads = [];
const create = URL.createObjectURL;
URL.createObjectURL = (blob) => { window.__blob = blob; return create(blob); };
HTMLAnchorElement.prototype.click = function () {
  const name = this.download;
  window.__blob.arrayBuffer().then(b => window.__downloads.push(
    [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(b))]));
};
return true";

async fn next_download(c: &Client, n: usize) -> (String, String) {
    eventually("the download", || async {
        let v = js_with(
            c,
            "return window.__downloads.length > arguments[0] ? window.__downloads[arguments[0]] : null",
            vec![json!(n)],
        )
        .await;
        v.as_array().map(|a| {
            (
                a[0].as_str().unwrap_or_default().to_owned(),
                a[1].as_str().unwrap_or_default().to_owned(),
            )
        })
    })
    .await
}

fn normalise_exported_at(json: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).expect("JSON");
    v["exported_at"] = json!("normalised");
    serde_json::to_string_pretty(&v).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_then_import_gives_the_same_plan_and_the_reports_download() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_with(c, base, &fixture("full.json"), "overview").await;
    wait_heading(c, "Overview").await;
    js(c, CAPTURE_DOWNLOADS).await;

    click(c, "export-json").await;
    let (name, first) = next_download(c, 0).await;
    let today = js(
        c,
        "const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')",
    )
    .await;
    assert_eq!(
        name,
        format!(
            "enrollready-contoso-nederland-{}.json",
            today.as_str().unwrap()
        ),
    );
    assert!(
        first.contains("\n  \"format\": \"enrollready-plan\""),
        "pretty-printed"
    );
    assert!(first.contains("iVBORw0KGgo"), "the logos are included");

    // Import what was exported, then export again: the same bytes.
    let dir = std::env::temp_dir().join(format!("enrollready-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(&name);
    std::fs::write(&path, &first).unwrap();
    c.find(Locator::Id("import-json"))
        .await
        .expect("Import JSON")
        .send_keys(path.to_str().unwrap())
        .await
        .expect("pick");
    wait_question(c).await;
    click(c, "replace-plan").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    click(c, "export-json").await;
    let (_, second) = next_download(c, 1).await;
    assert_eq!(
        normalise_exported_at(&first),
        normalise_exported_at(&second)
    );
    // And it reads back as the fixture's plan.
    let exported = enrollready::format::from_json(&first).expect("the export reads");
    let golden = enrollready::format::from_json(&fixture("full.json")).unwrap();
    assert_eq!(exported.plan, golden.plan);

    // Markdown and CSV of the same plan.
    click(c, "download-markdown").await;
    let (md_name, md) = next_download(c, 2).await;
    assert!(md_name.ends_with(".md"), "{md_name}");
    assert!(md.starts_with("# "), "{md:.80}");
    assert!(md.contains("Step 1: Enable connections"));
    click(c, "download-csv").await;
    let (csv_name, csv) = next_download(c, 3).await;
    assert!(csv_name.ends_with(".csv"), "{csv_name}");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    assert!(csv.contains("\r\n"), "CRLF");
    // The calendar (issue 14): read back with the independent parser.
    assert_eq!(
        page::accessible_name(c, "download-calendar").await,
        "Download calendar (.ics)"
    );
    click(c, "download-calendar").await;
    let (ics_name, ics) = next_download(c, 4).await;
    assert!(ics_name.ends_with(".ics"), "{ics_name}");
    let cals: Vec<_> = ical::IcalParser::new(ics.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .expect("a valid iCalendar file");
    let events = &cals[0].events;
    let summaries: Vec<String> = events
        .iter()
        .flat_map(|e| e.properties.iter())
        .filter(|p| p.name == "SUMMARY")
        .filter_map(|p| p.value.clone())
        .collect();
    assert!(
        summaries
            .iter()
            .any(|s| s.starts_with("Apple MDM push certificate expires")),
        "{summaries:?}"
    );
    assert!(
        ics.ends_with("\r\n") && ics.split('\n').all(|l| l.is_empty() || l.ends_with('\r')),
        "CRLF line ends"
    );
    std::fs::remove_dir_all(&dir).ok();
    b.client.close().await.expect("close");
}

fn pdf_text(pdf: &[u8], tag: &str) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("enrollready-pdf-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let info = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo (poppler-utils)");
    std::fs::remove_dir_all(&dir).ok();
    (
        String::from_utf8_lossy(&text.stdout).into_owned(),
        String::from_utf8_lossy(&info.stdout).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_prints_to_pdf_in_a4_and_letter_in_both_languages() {
    use fantoccini::wd::{PrintConfiguration, PrintSize};
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_with(c, base, &fixture("full.json"), "overview").await;
    wait_heading(c, "Overview").await;
    // The dark theme: the print is light anyway.
    page::choose(c, "theme", "dark").await;
    // "Print report" shows the report and opens the print dialog (stubbed).
    js(
        c,
        "window.__printed = 0; window.print = () => { window.__printed += 1; }; return true",
    )
    .await;
    click(c, "print-report").await;
    eventually("the print dialog opens", || async {
        (js(c, "return window.__printed").await.as_i64() == Some(1)).then_some(())
    })
    .await;
    assert_eq!(hash(c).await, "#report");
    let titles_en = [
        "Step 1: Enable connections",
        "Step 2: Set MDM authority",
        "Step 3: Create groups",
        "Step 4: Configure the Company Portal",
        "Step 5: Assign user licenses",
        "Step 6: Enable enrollment",
        "Step 7: Next steps",
        "Wrong MDM authority?",
    ];
    let titles_nl = [
        "Stap 1: Verbindingen inschakelen",
        "Stap 2: MDM-instantie instellen",
        "Stap 3: Groepen maken",
        "Stap 4: De bedrijfsportal configureren",
        "Stap 5: Gebruikerslicenties toewijzen",
        "Stap 6: Inschrijving inschakelen",
        "Stap 7: Volgende stappen",
        "Verkeerde MDM-instantie?",
    ];
    for (lang, titles, page_word) in [
        ("en", titles_en, "Page 1 of"),
        ("nl", titles_nl, "Pagina 1 van"),
    ] {
        page::choose(c, "language", lang).await;
        eventually("the report follows the language", || async {
            let t = js(
                c,
                "return document.querySelector('.report-body').textContent",
            )
            .await;
            t.as_str()
                .is_some_and(|t| t.contains(titles[0]))
                .then_some(())
        })
        .await;
        for (size, size_word) in [(PrintSize::A4, "A4"), (PrintSize::US_LETTER, "letter")] {
            let config = PrintConfiguration::builder()
                .size(size)
                .build()
                .expect("config");
            let pdf = c.print(config).await.expect("print to PDF");
            let (text, info) = pdf_text(&pdf, &format!("{lang}-{size_word}"));
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(info.contains(size_word), "{lang} {size_word}: {info}");
            assert!(flat.contains("Contoso Nederland"), "{lang} {size_word}");
            for t in titles {
                assert!(flat.contains(t), "{lang} {size_word}: {t} missing");
            }
            assert!(
                flat.contains("EnterpriseEnrollment.contoso.nl"),
                "{lang} {size_word}: the DNS records\n{flat}"
            );
            assert!(
                flat.contains(page_word),
                "{lang} {size_word}: the running footer"
            );
            for absent in ["Undo", "Ongedaan maken", "Import JSON", "JSON importeren"] {
                assert!(
                    !flat.contains(absent),
                    "{lang} {size_word}: {absent} printed"
                );
            }
        }
    }
    page::assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_clipboard_the_text_stays_on_the_page() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_with(c, base, &fixture("full.json"), "step-1").await;
    wait_heading(c, "Step 1: Enable connections").await;
    // As on an insecure address: no `navigator.clipboard` at all.
    js(
        c,
        "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); return true",
    )
    .await;
    click(c, "copy-all-records").await;
    let status = eventually("the status line", || async {
        let t = js(c, "return document.getElementById('status').textContent").await;
        t.as_str().filter(|t| !t.is_empty()).map(str::to_owned)
    })
    .await;
    assert!(status.contains("clipboard is not available"), "{status}");
    let zone = js(
        c,
        "const z = document.getElementById('zone-file');
         return [z.hidden, getComputedStyle(z).userSelect, z.textContent]",
    )
    .await;
    assert_eq!(zone[0], json!(false), "the zone file is shown");
    assert_eq!(zone[1], json!("all"), "and selectable in one click");
    assert!(zone[2]
        .as_str()
        .unwrap_or_default()
        .contains("EnterpriseEnrollment.contoso.nl. 3600 IN CNAME EnterpriseEnrollment-s.manage.microsoft.com."));
    // The share link, too, is shown for copying by hand.
    c.goto(&format!("{base}/#overview")).await.expect("goto");
    wait_heading(c, "Overview").await;
    click(c, "copy-share-link").await;
    let link = shown_share_link(c).await;
    assert!(link.contains("#plan="), "{link}");
    page::assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_file_dropped_on_the_page_is_imported_but_not_one_dropped_on_a_logo_input() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_with(c, base, &fixture("step3-groups.json"), "step-4").await;
    wait_heading(c, "Step 4: Configure the Company Portal").await;
    let before = stored(c).await;
    let drop_on = |selector: &'static str, text: String, name: &'static str| async move {
        js_with(
            c,
            "const dt = new DataTransfer();
             dt.items.add(new File([arguments[1]], arguments[2], { type: 'application/json' }));
             const target = document.querySelector(arguments[0]);
             const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
             target.dispatchEvent(over);
             const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
             target.dispatchEvent(drop);
             return [over.defaultPrevented, drop.defaultPrevented]",
            vec![json!(selector), json!(text), json!(name)],
        )
        .await
    };
    // On a logo's own file input: the page leaves it to the input.
    let taken = drop_on("#logo_white_background", fixture("full.json"), "full.json").await;
    assert_eq!(taken, json!([false, false]), "the page does not take it");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!in_alert_region(c, "replace-plan").await);
    assert_eq!(stored(c).await, before);
    // Anywhere else: imported, after the question (there is local work).
    let taken = drop_on("main", fixture("full.json"), "full.json").await;
    assert_eq!(taken, json!([true, true]));
    wait_question(c).await;
    click(c, "replace-plan").await;
    eventually("the dropped plan is shown", || async {
        (value_of(c, "company_name").await == "Contoso Nederland").then_some(())
    })
    .await;
    // A bad file dropped: an alert, nothing changed.
    let now = stored(c).await;
    drop_on("main", "{ not json".to_owned(), "broken.json").await;
    let text = alert_text(c, "broken.json").await;
    assert!(
        text.contains("broken.json") && text.contains("line 1"),
        "{text}"
    );
    assert_eq!(stored(c).await, now);
    page::assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}
