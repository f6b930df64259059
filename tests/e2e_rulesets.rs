//! Rulesets in the page (issue 13), in Chromium. The header names the plan's
//! ruleset with its date. Under the 2017 ruleset,
//! what Microsoft retired since carries a visible, translated note with the
//! day it ended: before the checklist of each step that names the classic
//! console or hybrid MDM, and beside each platform that ended.
//!
//! Needs `trunk build --release` first (the test script does it) and
//! ChromeDriver, as `tests/e2e.rs`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/browser.rs"]
mod harness;
#[path = "common/page.rs"]
mod page;

use harness::{browser, dist_dir, serve, ONE_BROWSER};
use page::{assert_no_panic_or_csp_violation, choose, js, js_with, wait_heading};
use serde_json::json;

async fn step_notes(c: &fantoccini::Client) -> Vec<String> {
    js(
        c,
        "return [...document.querySelectorAll('main .notice-history[role=note] p')].map(p => p.textContent)",
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|v| v.as_str().unwrap().to_owned())
    .collect()
}

async fn platform_note(c: &fantoccini::Client, id: &str) -> String {
    js_with(
        c,
        "const f = document.getElementById(arguments[0]).closest('.field');
         const n = f.querySelector('.history-note');
         return n ? n.textContent : ''",
        vec![json!(id)],
    )
    .await
    .as_str()
    .unwrap()
    .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_header_names_the_plans_ruleset_with_its_date() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-1")).await.expect("goto");
    wait_heading(c, "Step 1: Enable connections").await;
    let rules = || async {
        js(c, "return document.getElementById('rules').textContent")
            .await
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        rules().await,
        "Rules: the 2017 classic Intune console, as of 31 May 2017"
    );
    choose(c, "language", "nl").await;
    wait_heading(c, "Stap 1: Verbindingen inschakelen").await;
    assert_eq!(
        rules().await,
        "Regels: de klassieke Intune-beheerconsole uit 2017, stand van 31 mei 2017"
    );
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retired_steps_and_platforms_carry_a_dated_note_in_both_languages() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/#step-2")).await.expect("goto");
    wait_heading(c, "Step 2: Set MDM authority").await;
    let notes = step_notes(c).await;
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("classic Intune console") && notes[0].contains("15 October 2020"));
    assert!(notes[1].contains("hybrid MDM") && notes[1].contains("1 September 2019"));
    // Licenses name no retired console path.
    c.goto(&format!("{base}/#step-5")).await.expect("goto");
    wait_heading(c, "Step 5: Assign user licenses").await;
    assert!(step_notes(c).await.is_empty());
    // Step 6: the console's note; each ended platform's beside its box.
    c.goto(&format!("{base}/#step-6")).await.expect("goto");
    wait_heading(c, "Step 6: Enable enrollment").await;
    assert_eq!(step_notes(c).await.len(), 1);
    for (id, words, date) in [
        ("platform-windows-pc", "PC client", "15 October 2020"),
        (
            "platform-windows-phone",
            "Windows 10 Mobile",
            "10 December 2019",
        ),
        ("platform-windows-mdm", "Windows 8.1", "22 October 2022"),
        (
            "platform-android",
            "device administrator",
            "31 December 2024",
        ),
    ] {
        let note = platform_note(c, id).await;
        assert!(note.contains(words) && note.contains(date), "{id}: {note}");
    }
    assert_eq!(platform_note(c, "platform-ios-mac").await, "");
    // In Dutch.
    choose(c, "language", "nl").await;
    wait_heading(c, "Stap 6: Inschrijving inschakelen").await;
    let notes = step_notes(c).await;
    assert!(
        notes[0].starts_with("Historisch:") && notes[0].contains("15 oktober 2020"),
        "{notes:?}"
    );
    let note = platform_note(c, "platform-android").await;
    assert!(note.contains("31 december 2024"), "{note}");
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}
