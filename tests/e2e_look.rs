//! A finished look (issue 16), in Chromium with the full golden plan loaded,
//! at 1280 and 360 px: the toolbar's controls share one row on wide screens,
//! every navigation entry's icon and name share a line, on a phone the
//! navigation is one line (a disclosure) so that the step's heading and first
//! field are on the first screen, the overview starts with a summary table
//! (one row per step), "Hand it on" groups its actions with an "Import JSON"
//! button, and the report leaves out rows with nothing to say.
//!
//! `screenshots_for_review` (ignored; `scripts/screens.sh` runs it) writes a
//! screenshot of every step, the overview and the report at both widths, in
//! both themes, for a person to look at.
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
use page::{accessible_name, assert_no_panic_or_csp_violation, click, js, js_with, wait_heading};
use serde_json::{json, Value};

const PLAN_KEY: &str = "enrollready.plan";

const PAGES: [&str; 10] = [
    "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "recovery", "overview",
    "report",
];

fn full_fixture() -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1/full.json"),
    )
    .expect("fixture")
}

/// Opens the page with the full golden plan stored, at this window size.
async fn open_full(c: &Client, base: &str, width: u32, height: u32) {
    c.set_window_size(width, height).await.expect("resize");
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    js_with(
        c,
        "localStorage.setItem(arguments[0], arguments[1]); return true",
        vec![json!(PLAN_KEY), json!(full_fixture())],
    )
    .await;
    c.refresh().await.expect("reload");
    wait_heading(c, "Step 1: Enable connections").await;
}

async fn show(c: &Client, base: &str, fragment: &str) {
    c.goto(&format!("{base}/#{fragment}")).await.expect("goto");
    c.refresh().await.expect("reload");
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("main h2"))
        .await
        .expect("mounted");
    js(c, "window.scrollTo(0, 0); return true").await;
}

/// The vertical extent (top, bottom) of an element by CSS selector.
async fn extent(c: &Client, css: &str) -> (f64, f64) {
    let v = js_with(
        c,
        "const e = document.querySelector(arguments[0]);
         if (!e) return null;
         const r = e.getBoundingClientRect();
         return [r.top + window.scrollY, r.bottom + window.scrollY]",
        vec![json!(css)],
    )
    .await;
    let n = |i: usize| v[i].as_f64().unwrap_or_else(|| panic!("no {css}: {v}"));
    (n(0), n(1))
}

/// For each navigation entry: does the state icon share a line with the
/// first line of the step's name? (Their vertical centres lie within half a
/// line of each other.)
async fn nav_lines(c: &Client) -> Value {
    js(
        c,
        "return [...document.querySelectorAll('.steps-nav li a')].map(a => {
           const icon = a.querySelector('[role=img]').getBoundingClientRect();
           const range = document.createRange();
           range.selectNodeContents(a.querySelector('.nav-title'));
           const first = range.getClientRects()[0];
           const line = parseFloat(getComputedStyle(a).lineHeight) || 20;
           const same = Math.abs((icon.top + icon.bottom) / 2 - (first.top + first.bottom) / 2) < line / 2;
           const beside = icon.right <= first.left + 1;
           return { name: a.textContent.trim(), same, beside };
         })",
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wide_screens_have_one_toolbar_row_and_one_line_per_step() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_full(c, base, 1280, 900).await;
    for lang in ["en", "nl"] {
        page::choose(c, "language", lang).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        // Undo, Redo, the Theme label and select, the Language label and
        // select: one row (every control overlaps the row's middle line).
        let rows = js(
            c,
            "const ids = ['undo', 'redo', 'theme', 'language'];
             const els = ids.map(id => document.getElementById(id))
               .concat([...document.querySelectorAll('label[for=theme], label[for=language]')]);
             const rects = els.map(e => e.getBoundingClientRect());
             const mid = (rects[0].top + rects[0].bottom) / 2;
             return rects.map(r => r.top <= mid && mid <= r.bottom)",
        )
        .await;
        assert_eq!(rows, json!([true, true, true, true, true, true]), "{lang}");
        // Each label sits beside its control (left of it, on its line).
        for id in ["theme", "language"] {
            let beside = js_with(
                c,
                "const s = document.getElementById(arguments[0]).getBoundingClientRect();
                 const l = document.querySelector(`label[for=${arguments[0]}]`).getBoundingClientRect();
                 return l.right <= s.left && l.bottom > s.top && l.top < s.bottom",
                vec![json!(id)],
            )
            .await;
            assert_eq!(beside, json!(true), "{lang}: the {id} label");
        }
        let lines = nav_lines(c).await;
        for entry in lines.as_array().unwrap() {
            assert_eq!(entry["same"], json!(true), "{lang}: {entry}");
            assert_eq!(entry["beside"], json!(true), "{lang}: {entry}");
        }
        assert_eq!(lines.as_array().unwrap().len(), 8);
        // No disclosure on wide screens: the list shows.
        let toggle = js(
            c,
            "return getComputedStyle(document.getElementById('steps-toggle')).display",
        )
        .await;
        assert_eq!(toggle, json!("none"));
    }
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_the_step_is_on_the_first_screen_and_the_steps_open_on_demand() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_full(c, base, 360, 780).await;
    for fragment in &PAGES[..8] {
        show(c, base, fragment).await;
        let (_, heading) = extent(c, "main h2").await;
        let (_, field) = extent(
            c,
            "main :is(input:not([type=file]):not([hidden]), select, textarea)",
        )
        .await;
        assert!(
            heading <= 780.0 && field <= 780.0,
            "#{fragment}: heading ends at {heading} px, first field at {field} px"
        );
    }
    // The disclosure names the current step and its state; it opens the list.
    show(c, base, "step-4").await;
    let name = accessible_name(c, "steps-toggle").await;
    assert!(
        name.starts_with("Steps:") && name.contains("Step 4: Configure the Company Portal"),
        "{name}"
    );
    let hidden = || async {
        js(
            c,
            "return getComputedStyle(document.getElementById('steps-list')).display === 'none'",
        )
        .await
    };
    assert_eq!(hidden().await, json!(true));
    let expanded = || async {
        js(
            c,
            "return document.getElementById('steps-toggle').getAttribute('aria-expanded')",
        )
        .await
    };
    assert_eq!(expanded().await, json!("false"));
    click(c, "steps-toggle").await;
    assert_eq!(expanded().await, json!("true"));
    assert_eq!(hidden().await, json!(false));
    for entry in nav_lines(c).await.as_array().unwrap() {
        assert_eq!(entry["same"], json!(true), "{entry}");
    }
    // Choosing a step goes there and folds the list again.
    page::click_css(c, ".steps-nav li a[href='#step-6']").await;
    wait_heading(c, "Step 6: Enable enrollment").await;
    assert_eq!(expanded().await, json!("false"));
    assert_eq!(hidden().await, json!(true));
    let name = accessible_name(c, "steps-toggle").await;
    assert!(name.contains("Step 6"), "{name}");
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_overview_summarises_then_lists_findings_then_hands_on() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_full(c, base, 1280, 900).await;
    show(c, base, "overview").await;
    let table = js(
        c,
        "const t = document.getElementById('overview-summary');
         return {
           caption: t.caption.textContent,
           head: [...t.tHead.rows[0].cells].map(c => c.textContent),
           rows: [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent.trim())),
           links: [...t.tBodies[0].rows].map(r => r.querySelector('a').getAttribute('href')),
         }",
    )
    .await;
    assert_eq!(table["caption"], json!("Summary by step"));
    assert_eq!(
        table["head"],
        json!([
            "Step",
            "State",
            "Work done",
            "Problems",
            "Warnings",
            "Open items"
        ])
    );
    assert_eq!(
        table["links"],
        json!([
            "#step-1",
            "#step-2",
            "#step-3",
            "#step-4",
            "#step-5",
            "#step-6",
            "#step-7",
            "#recovery"
        ])
    );
    // Each row says what the navigation says.
    let nav = js(
        c,
        "return [...document.querySelectorAll('.steps-nav li a')].map(a => [
           a.querySelector('.nav-title').textContent,
           a.querySelector('[role=img]').getAttribute('aria-label')])",
    )
    .await;
    for (row, entry) in table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .zip(nav.as_array().unwrap())
    {
        assert_eq!(row[0], entry[0]);
        assert!(
            row[1]
                .as_str()
                .unwrap()
                .ends_with(entry[1].as_str().unwrap()),
            "{row} / {entry}"
        );
        assert!(row[2].as_str().unwrap().ends_with('%'), "{row}");
    }
    // Order: summary, findings, Hand it on.
    let order = js(
        c,
        "const t = document.getElementById('overview-summary');
         const f = document.getElementById('findings-title');
         const h = document.getElementById('handoff-title');
         return !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)
             && !!(f.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING)",
    )
    .await;
    assert_eq!(order, json!(true));
    // A row's link leads to its step.
    page::click_css(c, "#overview-summary a[href='#step-5']").await;
    wait_heading(c, "Step 5: Assign user licenses").await;

    // "Hand it on": three groups; Import is a button named "Import JSON"
    // that opens the picker (the bare file control is out of sight).
    show(c, base, "overview").await;
    let groups = js(
        c,
        "return [...document.querySelectorAll('.action-group')].map(g => [
           g.querySelector('h4').textContent,
           [...g.querySelectorAll('button')].map(b => b.id)])",
    )
    .await;
    assert_eq!(
        groups,
        json!([
            [
                "Save and open",
                ["export-json", "import-json-button", "compare-json-button"]
            ],
            ["Share", ["copy-share-link"]],
            [
                "Print and documents",
                [
                    "print-report",
                    "download-markdown",
                    "download-csv",
                    "download-calendar"
                ]
            ]
        ])
    );
    assert_eq!(
        accessible_name(c, "import-json-button").await,
        "Import JSON"
    );
    let input_shown = js(
        c,
        "const i = document.getElementById('import-json'); return i.offsetParent !== null",
    )
    .await;
    assert_eq!(input_shown, json!(false));
    js(
        c,
        "window.__picker = 0;
         const click = HTMLInputElement.prototype.click;
         HTMLInputElement.prototype.click = function () {
           if (this.id === 'import-json') { window.__picker++; return; }
           return click.call(this);
         };
         return true",
    )
    .await;
    click(c, "import-json-button").await;
    eventually("the picker opens", || async {
        (js(c, "return window.__picker").await == json!(1)).then_some(())
    })
    .await;
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_leaves_out_rows_with_nothing_to_say() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    open_full(c, base, 1280, 900).await;
    show(c, base, "report").await;
    // The cover: the report's first table.
    let cells = || async {
        js(
            c,
            "return [...document.querySelector('.report-body table').querySelectorAll('th, td')].map(e => e.textContent.trim())",
        )
        .await
    };
    let before = cells().await;
    let has = |v: &Value, s: &str| v.as_array().unwrap().iter().any(|x| x == s);
    assert!(!has(&before, "Prepared by"), "no empty Prepared by row");
    // Once it has a value, the row is there.
    show(c, base, "overview").await;
    page::set_text(c, "prepared-by", "A. de Vries").await;
    show(c, base, "report").await;
    let after = cells().await;
    assert!(
        has(&after, "Prepared by") && has(&after, "A. de Vries"),
        "{after}"
    );
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

/// Writes screenshots for review into `$SCREENS_DIR` (default `screens/`):
/// every step, the overview and the report, at 1280 and 360 px, light and
/// dark. Not a check: `scripts/screens.sh` runs it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "writes screenshots for review; run by scripts/screens.sh"]
async fn screenshots_for_review() {
    use base64::Engine as _;
    let _one = ONE_BROWSER.lock().await;
    let dir = PathBuf::from(std::env::var("SCREENS_DIR").unwrap_or_else(|_| "screens".into()));
    std::fs::create_dir_all(&dir).expect("the screenshot folder");
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    let mut written = 0;
    for (width, height) in [(1280, 900), (360, 780)] {
        open_full(c, base, width, height).await;
        for theme in ["light", "dark"] {
            page::choose(c, "theme", theme).await;
            for fragment in PAGES {
                show(c, base, fragment).await;
                tokio::time::sleep(Duration::from_millis(150)).await;
                let size = js(
                    c,
                    "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]",
                )
                .await;
                // The whole page, not only the window.
                let (w, h) = (
                    size[0].as_f64().unwrap_or(f64::from(width)),
                    size[1].as_f64().unwrap_or(f64::from(height)),
                );
                let shot = page::cdp(
                    c,
                    "Page.captureScreenshot",
                    json!({
                        "format": "png",
                        "captureBeyondViewport": true,
                        "clip": { "x": 0, "y": 0, "width": w, "height": h, "scale": 1 }
                    }),
                )
                .await;
                let png = base64::engine::general_purpose::STANDARD
                    .decode(shot["data"].as_str().expect("the picture"))
                    .expect("base64");
                let path = dir.join(format!("{fragment}-{width}-{theme}.png"));
                std::fs::write(&path, png).expect("write the screenshot");
                written += 1;
            }
        }
    }
    println!("{written} screenshots in {}", dir.display());
    b.client.close().await.expect("close");
}

/// Nothing on a phone scrolls sideways: every step, the overview, the
/// report, the Plans list, Compare and the move preview, at 360 px, for a
/// new plan (today's rules, where step 4's Graph explanation once pushed the
/// page to 563 px) and for the full 2017 plan.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_no_page_scrolls_sideways() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.set_window_size(360, 780).await.expect("resize");
    let pages = PAGES.iter().chain(&["plans", "compare", "move-rules"]);
    let check = |plan: &'static str| {
        let pages = pages.clone();
        async move {
            for fragment in pages {
                if *fragment == "recovery" && plan == "new" {
                    continue; // Not offered under today's rules.
                }
                c.goto(&format!("{base}/#{fragment}")).await.expect("goto");
                c.wait()
                    .at_most(Duration::from_secs(20))
                    .for_element(Locator::Css("main h2"))
                    .await
                    .expect("drawn");
                let widths = eventually("the part is drawn", || async {
                    let v = js(
                        c,
                        "return document.querySelector('main .loading') ? null
                           : [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
                    )
                    .await;
                    (!v.is_null()).then_some(v)
                })
                .await;
                assert!(
                    widths[0].as_u64() <= widths[1].as_u64(),
                    "{plan} plan, #{fragment}: the page is {} px wide in a {} px window",
                    widths[0],
                    widths[1]
                );
            }
        }
    };
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    check("new").await;
    open_full(c, base, 360, 780).await;
    check("full").await;
    assert_no_panic_or_csp_violation(c).await;
}
