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
    page::go(c, base, "step-1").await;
    wait_heading(c, "Step 1: Enable connections").await;
    let rules = || async {
        js(c, "return document.getElementById('rules').textContent")
            .await
            .as_str()
            .unwrap()
            .to_owned()
    };
    // A new plan follows today's rules.
    assert_eq!(
        rules().await,
        "Rules: today's Microsoft Intune admin center, as of 20 May 2026"
    );
    assert_eq!(
        page::accessible_name(c, "move-rules-button").await,
        "Move to the 2017 rules"
    );
    harness::use_classic_rules(c).await;
    assert_eq!(
        rules().await,
        "Rules: the 2017 classic Intune console, as of 31 May 2017"
    );
    assert_eq!(
        page::accessible_name(c, "move-rules-button").await,
        "Move to today's rules"
    );
    choose(c, "language", "nl").await;
    harness::eventually("the header in Dutch", || async {
        (rules().await
            == "Regels: de klassieke Intune-beheerconsole uit 2017, stand van 31 mei 2017")
            .then_some(())
    })
    .await;
    // Undo takes the move back: today's rules again.
    page::click(c, "undo").await;
    harness::eventually("undo brings today's rules back", || async {
        rules().await.contains("2026").then_some(())
    })
    .await;
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
    page::go(c, base, "step-2").await;
    wait_heading(c, "Step 2: Set MDM authority").await;
    // Today's rules retired nothing yet: no note.
    assert!(step_notes(c).await.is_empty());
    harness::use_classic_rules(c).await;
    page::go(c, base, "step-2").await;
    wait_heading(c, "Step 2: Set MDM authority").await;
    let notes = step_notes(c).await;
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("classic Intune console") && notes[0].contains("15 October 2020"));
    assert!(notes[1].contains("hybrid MDM") && notes[1].contains("1 September 2019"));
    // Licenses name no retired console path.
    page::go(c, base, "step-5").await;
    wait_heading(c, "Step 5: Assign user licenses").await;
    assert!(step_notes(c).await.is_empty());
    // Step 6: the console's note; each ended platform's beside its box.
    page::go(c, base, "step-6").await;
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

async fn rules_line(c: &fantoccini::Client) -> String {
    js(c, "return document.getElementById('rules').textContent")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The texts of the move preview's table rows: "label | old | new".
async fn preview_rows(c: &fantoccini::Client) -> Vec<String> {
    js(
        c,
        "return [...document.querySelectorAll('main .compare-table tbody tr')]
            .map(r => [...r.children].map(x => x.textContent).join(' | '))",
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|v| v.as_str().unwrap().to_owned())
    .collect()
}

/// Issue 13: a new plan follows today's rules through every step: today's
/// names and fields, nothing of what Microsoft retired, no recovery path;
/// then the move to the 2017 rules with its preview, and Undo.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_plan_on_todays_rules_through_every_step_then_moved_and_undone() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    page::go(c, base, "step-1").await;
    wait_heading(c, "Step 1: Enable connections").await;
    assert!(rules_line(c).await.contains("as of 20 May 2026"));
    // Step 1: today's items (DOMAIN-2026 §1.1, N2/N6).
    assert!(page::is_displayed(c, "item-T1-01-status").await);
    assert!(!page::is_displayed(c, "item-S1-01-status").await);
    // Step 2 (§2 M1/M2): information, no choice.
    page::go(c, base, "step-2").await;
    wait_heading(c, "Step 2: Set MDM authority").await;
    assert!(!page::is_displayed(c, "mdm-authority").await);
    assert!(page::text_of(c, "#authority-today")
        .await
        .contains("always Intune"));
    // Step 3 (§3): Entra groups, assigned or dynamic.
    page::go(c, base, "step-3").await;
    wait_heading(c, "Step 3: Create groups").await;
    page::click(c, "add-group").await;
    page::set_text(c, "group-name-1", "Pilot users").await;
    assert_eq!(
        page::accessible_name(c, "group-membership-1").await,
        "Membership type Pilot users"
    );
    choose(c, "group-membership-1", "dynamic").await;
    // Step 5 (§5.1): licences in the Microsoft 365 admin center.
    page::go(c, base, "step-5").await;
    wait_heading(c, "Step 5: Assign user licenses").await;
    let options = js(
        c,
        "return [...document.querySelectorAll('#license-method option')].map(o => o.textContent)",
    )
    .await;
    assert!(options
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o.as_str() == Some("Per user, in the Microsoft 365 admin center")));
    // Step 6 (§6): today's platforms; Windows Phone and the PC client are gone.
    page::go(c, base, "step-6").await;
    wait_heading(c, "Step 6: Enable enrollment").await;
    assert!(!page::is_displayed(c, "platform-windows-phone").await);
    assert!(!page::is_displayed(c, "platform-windows-pc").await);
    assert_eq!(
        page::accessible_name(c, "platform-android-for-work").await,
        "Android Enterprise"
    );
    assert_eq!(
        page::accessible_name(c, "platform-ios-mac").await,
        "iOS/iPadOS and macOS"
    );
    // §6.3: the Apps and Books token, yearly: an expired one is a finding.
    page::click(c, "platform-ios-mac").await;
    harness::eventually("the token's date shows", || async {
        page::is_displayed(c, "vpp-token-expiry")
            .await
            .then_some(())
    })
    .await;
    assert_eq!(
        page::accessible_name(c, "vpp-token-expiry").await,
        "Apps and Books (VPP) token expiry date"
    );
    // A date picker's value, as the picker sets it.
    js(
        c,
        "const el = document.getElementById('vpp-token-expiry'); el.value = '2020-01-31';
         el.dispatchEvent(new Event('input', { bubbles: true })); return true",
    )
    .await;
    harness::eventually("the expired token is said", || async {
        let m = page::text_of(c, "#vpp-token-expiry-msg").await;
        (m.contains("The Apps and Books (VPP) token") && m.contains("expired")).then_some(())
    })
    .await;
    // Step 7 (§7): today's next steps.
    page::go(c, base, "step-7").await;
    wait_heading(c, "Step 7: Next steps").await;
    assert!(page::is_displayed(c, "item-T7-01-status").await);
    // No recovery path: not in the steps, and its address shows step 1.
    assert!(!page::is_displayed_css(c, "nav a[href='#recovery']").await);
    page::go(c, base, "recovery").await;
    wait_heading(c, "Step 1: Enable connections").await;

    // The move to the 2017 rules: first the preview.
    page::click(c, "move-rules-button").await;
    wait_heading(c, "Move this plan to other rules").await;
    let rows = preview_rows(c).await;
    for expected in [
        // A value the 2017 rules do not show is kept, and said so.
        "No longer shown: Membership type | Dynamic | kept in the plan, not shown under these rules",
        "No longer shown: Apps and Books (VPP) token expiry date | 2020-01-31 | kept in the plan, not shown under these rules",
        // A limit that differs (§6.1: the 30-day grace period).
        "Limit: Grace period after the APNs certificate expires | 30 days | 0 days",
    ] {
        assert!(rows.iter().any(|r| r == expected), "{expected}: {rows:#?}");
    }
    assert!(
        page::text_of(c, "main")
            .await
            .contains("New field: MDM authority"),
        "the authority is a choice again under the 2017 rules"
    );
    page::click(c, "move-apply").await;
    harness::eventually("the 2017 rules", || async {
        rules_line(c).await.contains("2017").then_some(())
    })
    .await;
    page::go(c, base, "step-3").await;
    wait_heading(c, "Step 3: Create groups").await;
    assert!(!page::is_displayed(c, "group-membership-1").await);
    // Undo: today's rules, with the value still there.
    page::click(c, "undo").await;
    harness::eventually("today's rules again", || async {
        rules_line(c).await.contains("2026").then_some(())
    })
    .await;
    harness::eventually("the membership shows again", || async {
        (page::value_of(c, "group-membership-1").await == "dynamic").then_some(())
    })
    .await;
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}

/// Issue 13: a 2017 plan file keeps its rules when read; moved to today's
/// rules with the preview, nothing typed is lost, and Undo moves it back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_2017_file_keeps_its_rules_and_moves_to_todays_with_a_preview_and_undo() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    page::go(c, base, "overview").await;
    wait_heading(c, "Overview").await;
    let full = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1/full.json");
    c.find(fantoccini::Locator::Id("import-json"))
        .await
        .expect("Import JSON")
        .send_keys(full.to_str().unwrap())
        .await
        .expect("pick");
    harness::eventually("the file's rules", || async {
        rules_line(c).await.contains("2017").then_some(())
    })
    .await;
    page::click(c, "move-rules-button").await;
    wait_heading(c, "Move this plan to other rules").await;
    let rows = preview_rows(c).await;
    for expected in [
        "No longer shown: MDM authority | Intune | kept in the plan, not shown under these rules",
        "No longer shown: Windows 10 Mobile and Windows Phone | Yes | kept in the plan, not shown under these rules",
        "No longer shown: Number of PCs | 250 | kept in the plan, not shown under these rules",
        "Limit: Largest logo size | 400 × 100 px | —",
    ] {
        assert!(rows.iter().any(|r| r == expected), "{expected}: {rows:#?}");
    }
    // Items that no longer apply, and new ones.
    assert!(rows
        .iter()
        .any(|r| r.ends_with("Status | Not started | does not apply to this plan")));
    assert!(rows
        .iter()
        .any(|r| r.ends_with("Status | does not apply to this plan | Not started")));
    page::click(c, "move-apply").await;
    harness::eventually("today's rules", || async {
        rules_line(c).await.contains("2026").then_some(())
    })
    .await;
    page::go(c, base, "step-6").await;
    wait_heading(c, "Step 6: Enable enrollment").await;
    assert!(!page::is_displayed(c, "platform-windows-phone").await);
    page::click(c, "undo").await;
    harness::eventually("the 2017 rules again, Windows Phone ticked", || async {
        (rules_line(c).await.contains("2017")
            && page::is_checked(c, "platform-windows-phone").await)
            .then_some(())
    })
    .await;
    assert_eq!(page::value_of(c, "pc-count").await, "250");
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
}
