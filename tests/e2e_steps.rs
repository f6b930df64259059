//! End-to-end journeys through every step of the builder (issue 6, "Proof"),
//! in Chromium, one browser session for all of them. For each step, from one
//! table ([`JOURNEYS`]):
//!
//! - it is reached by its link in the "Steps" navigation (the first by its
//!   fragment address); Back returns to the previous step's heading and
//!   fragment, Forward comes back;
//! - its edits are made as a user makes them, and each finding shows next to
//!   its field (`aria-invalid="true"`, `aria-describedby` naming a
//!   `role="alert"` message) where the edit is bad, and goes once fixed;
//! - its entry in the navigation changes state and counts, and the readiness
//!   meter moves;
//! - the last edit is undone and redone with the "Undo" and "Redo" buttons,
//!   then with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y while no text field has the
//!   focus: each undo shows exactly what the page showed before the edit,
//!   each redo exactly what it showed after;
//! - a reload returns to the same fragment and heading, with every value,
//!   finding, state and text as they were right after the last edit.
//!
//! The plan grows from step to step, so each journey starts where the one
//! before left the plan. Needs `trunk build --release` first (the test
//! script does it) and ChromeDriver, as `tests/e2e.rs`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/browser.rs"]
mod harness;
#[path = "common/page.rs"]
mod page;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use harness::{browser, dist_dir, eventually, serve, ONE_BROWSER};
use page::{
    assert_no_panic_or_csp_violation, choose, click, click_css, field_findings, hash, is_checked,
    is_displayed, js, meter, nav_entry, press, set_text, settled_snapshot, snapshot, snapshot_diff,
    text_of, value_of, wait_heading, wait_snapshot,
};
use serde_json::Value;

/// One thing a journey does or checks. Ids are the elements' ids, from the
/// form tables in `src/domain/form.rs` (`Control::dom_id`) and step 4's
/// `FIELDS`; texts are the English ones of `src/i18n/`.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// Clicks a button.
    Click(&'static str),
    /// Clicks a checkbox or radio button, which must then be checked.
    Tick(&'static str),
    /// Replaces a text or number field's content (one undo step).
    Type(&'static str, &'static str),
    /// Chooses an option (by value) in a `<select>`.
    Choose(&'static str, &'static str),
    /// The field is `aria-invalid="true"` and described by a `role="alert"`
    /// message next to it that contains this text.
    Flagged(&'static str, &'static str),
    /// The field is `aria-invalid="false"` and no longer says this text.
    Cleared(&'static str, &'static str),
    /// The element is shown.
    Shown(&'static str),
    /// The element is absent or hidden.
    Hidden(&'static str),
    /// The element matched by the selector contains this text.
    Says(&'static str, &'static str),
    /// This step's entry in the navigation: its state, and its counts when
    /// given ("" for none shown).
    Nav(&'static str, Option<&'static str>),
    /// The readiness meter's state (the end of its `aria-valuetext`).
    Meter(&'static str),
}

use Op::*;

/// One step's journey.
struct Journey {
    fragment: &'static str,
    heading: &'static str,
    /// The heading's id: the nav link moves the focus to it.
    heading_id: &'static str,
    /// The edits and what they show, in order.
    edits: &'static [Op],
    /// The edit that is undone and redone (its first op), and what it shows.
    last: &'static [Op],
    /// The step's entry in the navigation once the journey is done.
    nav_after: (&'static str, Option<&'static str>),
}

const JOURNEYS: &[Journey] = &[
    Journey {
        fragment: "step-1",
        heading: "Step 1: Enable connections",
        heading_id: "step-1-title",
        edits: &[
            Meter("not started"),
            Click("add-domain"),
            Shown("domain-name-1"),
            Flagged(
                "domain-name-1",
                "Enter the domain name, such as contoso.com, or remove this row.",
            ),
            Nav("blocked", Some("1 problem to fix, 0 warnings.")),
            Meter("blocked"),
            Type("domain-name-1", "contoso"),
            Flagged(
                "domain-name-1",
                "Include the top-level extension, such as contoso.com or contoso.nl.",
            ),
            Type("domain-name-1", "contoso.com"),
            Cleared("domain-name-1", "Include the top-level extension"),
            Cleared("domain-name-1", "Enter the domain name"),
            Nav("in progress", Some("")),
            Says("#domain-verified-1-msg", "Not verified yet"),
            Hidden("copy-all-records"),
        ],
        last: &[
            Tick("domain-upn-suffix-1"),
            Says("#dns-records tbody", "EnterpriseEnrollment.contoso.com"),
            Says(
                "#dns-records tbody",
                "EnterpriseEnrollment-s.manage.microsoft.com",
            ),
            Shown("copy-all-records"),
            Says("#domain-verified-1-msg", "This UPN suffix is not verified"),
        ],
        nav_after: ("in progress", Some("0 problems to fix, 1 warning.")),
    },
    Journey {
        fragment: "step-2",
        heading: "Step 2: Set MDM authority",
        heading_id: "step-2-title",
        edits: &[
            // Recording the first item starts the step: the choice is now missing.
            Choose("item-S2-01-status", "done"),
            Flagged(
                "mdm-authority",
                "Choose the MDM authority: Intune or Configuration Manager with Intune.",
            ),
            Nav("blocked", Some("1 problem to fix, 0 warnings.")),
        ],
        last: &[
            Tick("mdm-authority-intune"),
            Cleared("mdm-authority", "Choose the MDM authority"),
            Says("main .derived", "Intune manages the devices."),
        ],
        nav_after: ("in progress", Some("")),
    },
    Journey {
        fragment: "step-3",
        heading: "Step 3: Create groups",
        heading_id: "step-3-title",
        edits: &[
            Click("add-group"),
            Flagged(
                "group-name-1",
                "Enter the group's name, or remove this row.",
            ),
            Nav("blocked", Some("1 problem to fix, 0 warnings.")),
            Type("group-name-1", "Pilot iOS devices"),
            Cleared("group-name-1", "Enter the group's name"),
            Choose("group-type-1", "device"),
            Type("group-purpose-1", "The pilot's iPhones and iPads"),
            Nav("in progress", Some("")),
        ],
        last: &[Choose("item-S3-02-status", "done")],
        nav_after: ("in progress", Some("")),
    },
    Journey {
        fragment: "step-4",
        heading: "Step 4: Configure the Company Portal",
        heading_id: "step-4-title",
        edits: &[
            // The company name is required from the start.
            Flagged("company_name", "Required."),
            Nav("not started", Some("1 problem to fix, 0 warnings.")),
            Meter("blocked"),
            Type("it_email", "it@contoso"),
            Flagged(
                "it_email",
                "Enter a valid email address of the form alias@domainname.com.",
            ),
            Nav("blocked", Some("2 problems to fix, 0 warnings.")),
            Type("it_email", "it@contoso.com"),
            Cleared("it_email", "Enter a valid email address"),
        ],
        last: &[
            Type("company_name", "Contoso"),
            Cleared("company_name", "Required."),
            Says("#preview-company-name", "Contoso"),
            // No blocker is left anywhere in the plan.
            Meter("in progress"),
        ],
        nav_after: ("in progress", Some("")),
    },
    Journey {
        fragment: "step-5",
        heading: "Step 5: Assign user licenses",
        heading_id: "step-5-title",
        edits: &[
            Type("license-who", "Pilot users"),
            Choose("license-method", "group"),
            Type("devices-per-user", "20"),
            Flagged(
                "devices-per-user",
                "One user license covers at most 15 devices; 20 planned.",
            ),
            Nav("blocked", Some("1 problem to fix, 0 warnings.")),
            Meter("blocked"),
            Type("devices-per-user", "5"),
            Cleared("devices-per-user", "One user license covers at most"),
            Meter("in progress"),
            Hidden("item-S5-SYNC-01"),
        ],
        last: &[
            Tick("users-from-on-premises-ad"),
            // The sync sub-checklist, in the source's order.
            Shown("item-S5-SYNC-01"),
            Shown("item-S5-SYNC-04"),
            Says("#item-S5-SYNC-01", "UPN suffix added for the custom domain"),
        ],
        nav_after: ("in progress", Some("")),
    },
    Journey {
        fragment: "step-6",
        heading: "Step 6: Enable enrollment",
        heading_id: "step-6-title",
        edits: &[
            Hidden("google-account"),
            Tick("platform-android-for-work"),
            Shown("google-account"),
            Tick("platform-windows-mdm"),
            Type("device-limit", "20"),
            Flagged(
                "device-limit",
                "The device limit is 20; it must be from 1 to 15.",
            ),
            Nav("blocked", Some("1 problem to fix, 1 warning.")),
            Meter("blocked"),
            Type("device-limit", "10"),
            Cleared("device-limit", "The device limit is"),
            Meter("in progress"),
            Type("google-account", "android@contoso.com"),
            Hidden("apns-expiry"),
        ],
        last: &[
            Tick("platform-ios-mac"),
            Shown("apns-expiry"),
            Shown("apple-id"),
            Shown("dep-token"),
        ],
        // The Apple ID and the APNs certificate are still missing.
        nav_after: ("in progress", Some("0 problems to fix, 2 warnings.")),
    },
    Journey {
        fragment: "step-7",
        heading: "Step 7: Next steps",
        heading_id: "step-7-title",
        edits: &[
            Hidden("item-S7-01-reason"),
            Choose("item-S7-01-status", "not_applicable"),
            Shown("item-S7-01-reason"),
            Flagged("item-S7-01-reason", "Say why this item does not apply."),
            Nav("blocked", Some("1 problem to fix, 0 warnings.")),
            Meter("blocked"),
            Type("item-S7-01-reason", "Policies follow in phase 2"),
            Cleared("item-S7-01-reason", "Say why this item does not apply."),
            Meter("in progress"),
            Type("item-S7-02-owner", "Jan de Vries"),
        ],
        last: &[Choose("item-S7-02-status", "done")],
        // Next steps are informational: nothing left open.
        nav_after: ("ready", Some("")),
    },
    Journey {
        fragment: "recovery",
        heading: "Wrong MDM authority?",
        heading_id: "recovery-title",
        edits: &[
            Choose("current-authority", "configuration_manager"),
            Flagged(
                "intended-authority",
                "Choose the MDM authority the tenant should have.",
            ),
            Says(
                ".decision",
                "Choose the MDM authority you want, then this page says what to do.",
            ),
            Nav("blocked", Some("1 problem to fix, 0 warnings.")),
            Meter("blocked"),
            Choose("intended-authority", "intune"),
            Cleared(
                "intended-authority",
                "Choose the MDM authority the tenant should have.",
            ),
            Type("configmgr-version", "16x"),
            Flagged(
                "configmgr-version",
                "Enter the version as four digits YYMM (year and month), such as 1610, or an older version such as 2012 R2 SP1.",
            ),
        ],
        last: &[
            Type("configmgr-version", "1610"),
            Cleared("configmgr-version", "Enter the version as four digits"),
            Says(
                ".decision",
                "Change the MDM authority yourself from Configuration Manager (hybrid) to Intune",
            ),
        ],
        nav_after: ("in progress", Some("")),
    },
];

/// Waits for a condition on this step's navigation entry.
async fn wait_nav(c: &Client, j: &Journey, state: &str, counts: Option<&str>) {
    let mut last = Default::default();
    for _ in 0..200 {
        let (s, n, _) = nav_entry(c, j.fragment).await;
        if s == state && counts.is_none_or(|want| n == want) {
            return;
        }
        last = (s, n);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "#{}: the navigation entry should say {state:?} {counts:?}, says {last:?}",
        j.fragment
    );
}

/// Does one op, or waits until what it checks is true (at most 10 s).
async fn apply(c: &Client, j: &Journey, op: Op) {
    let at = j.fragment;
    match op {
        Click(id) => click(c, id).await,
        Tick(id) => {
            assert!(!is_checked(c, id).await, "#{at}: #{id} starts unticked");
            click(c, id).await;
            eventually(&format!("#{at}: #{id} is ticked"), || async {
                is_checked(c, id).await.then_some(())
            })
            .await;
        }
        Type(id, text) => {
            set_text(c, id, text).await;
            eventually(&format!("#{at}: #{id} holds {text:?}"), || async {
                (value_of(c, id).await == text).then_some(())
            })
            .await;
        }
        Choose(id, value) => {
            choose(c, id, value).await;
            eventually(&format!("#{at}: #{id} is {value:?}"), || async {
                (value_of(c, id).await == value).then_some(())
            })
            .await;
        }
        Flagged(id, text) => {
            let mut last = None;
            for _ in 0..200 {
                let f = field_findings(c, id).await;
                if let Some(f) = &f {
                    if f.invalid == "true"
                        && f.next_to_field
                        && f.described.iter().any(|m| m.contains(text))
                    {
                        return;
                    }
                }
                last = f;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("#{at}: #{id} should be flagged with {text:?}: {last:?}");
        }
        Cleared(id, text) => {
            let mut last = None;
            for _ in 0..200 {
                let f = field_findings(c, id).await;
                if let Some(f) = &f {
                    if f.invalid == "false"
                        && !f.messages.contains(text)
                        && !f.described.iter().any(|m| m.contains(text))
                    {
                        return;
                    }
                }
                last = f;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("#{at}: #{id} should no longer say {text:?}: {last:?}");
        }
        Shown(id) => {
            eventually(&format!("#{at}: #{id} is shown"), || async {
                is_displayed(c, id).await.then_some(())
            })
            .await
        }
        Hidden(id) => {
            eventually(&format!("#{at}: #{id} is hidden"), || async {
                (!is_displayed(c, id).await).then_some(())
            })
            .await
        }
        Says(css, text) => {
            let mut last = String::new();
            for _ in 0..200 {
                last = text_of(c, css).await;
                if last.contains(text) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("#{at}: {css} should say {text:?}, says {last:?}");
        }
        Nav(state, counts) => wait_nav(c, j, state, counts).await,
        Meter(state) => {
            let mut last = Default::default();
            for _ in 0..200 {
                let (now, text) = meter(c).await;
                if text == format!("{now}% — {state}") {
                    return;
                }
                last = (now, text);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("#{at}: the meter should say {state:?}, says {last:?}");
        }
    }
}

/// Arrives at the journey's step: by its fragment address for the first,
/// else by its link in the navigation, then Back and Forward.
async fn arrive(c: &Client, base: &str, j: &Journey, prev: Option<&Journey>) {
    let Some(p) = prev else {
        c.goto(&format!("{base}/#{}", j.fragment))
            .await
            .expect("goto");
        wait_heading(c, j.heading).await;
        assert_eq!(hash(c).await, format!("#{}", j.fragment));
        return;
    };
    click_css(c, &format!("nav a[href='#{}']", j.fragment)).await;
    wait_heading(c, j.heading).await;
    assert_eq!(
        hash(c).await,
        format!("#{}", j.fragment),
        "the link's address"
    );
    let (_, _, current) = nav_entry(c, j.fragment).await;
    assert_eq!(
        current.as_deref(),
        Some("page"),
        "#{}: aria-current",
        j.fragment
    );
    let (_, _, previous) = nav_entry(c, p.fragment).await;
    assert_eq!(previous, None, "#{}: only one entry is current", p.fragment);
    // The link moves the focus to the step's heading.
    let mut focused = String::new();
    for _ in 0..40 {
        focused = js(
            c,
            "const e = document.activeElement;
             return !e ? '' : e.id ? e.id : e.tagName + ' ' + (e.getAttribute('href') || '')",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
        if focused == j.heading_id {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        focused, j.heading_id,
        "#{}: the nav link moves the focus to the heading",
        j.fragment
    );
    // Back returns to the previous step; Forward comes back.
    c.back().await.expect("back");
    wait_heading(c, p.heading).await;
    assert_eq!(hash(c).await, format!("#{}", p.fragment), "Back's address");
    c.forward().await.expect("forward");
    wait_heading(c, j.heading).await;
    assert_eq!(
        hash(c).await,
        format!("#{}", j.fragment),
        "Forward's address"
    );
}

/// Waits until the page shows `expected` again (after an undo or a redo).
/// Every control counts, a `<select>` by the option it shows (this found
/// that selects marked their option with the `selected` attribute, which the
/// browser stops following once the user has chosen).
async fn wait_page(c: &Client, what: &str, expected: &Value) {
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

/// Undoes and redoes the last edit with the buttons, then from the keyboard
/// while no text field has the focus. Returns what the page showed after the
/// edit.
async fn undo_and_redo(c: &Client, j: &Journey, before: &Value) -> Value {
    let at = j.fragment;
    let after = settled_snapshot(c).await;
    assert!(
        &after != before,
        "#{at}: the last edit changed nothing on the page"
    );
    click(c, "undo").await;
    wait_page(c, &format!("#{at}: the Undo button"), before).await;
    click(c, "redo").await;
    wait_page(c, &format!("#{at}: the Redo button"), &after).await;

    // The keyboard, with the focus out of any text field (on the page).
    js(
        c,
        "if (document.activeElement) document.activeElement.blur(); return true",
    )
    .await;
    let focus = js(
        c,
        "const e = document.activeElement; return e ? e.tagName + '#' + e.id : ''",
    )
    .await;
    assert_eq!(
        focus.as_str(),
        Some("BODY#"),
        "#{at}: the focus is on the page"
    );
    press(c, &[Key::Control], 'z').await;
    wait_page(c, &format!("#{at}: Ctrl+Z"), before).await;
    press(c, &[Key::Control, Key::Shift], 'z').await;
    wait_page(c, &format!("#{at}: Ctrl+Shift+Z"), &after).await;
    press(c, &[Key::Control], 'z').await;
    wait_page(c, &format!("#{at}: Ctrl+Z again"), before).await;
    press(c, &[Key::Control], 'y').await;
    wait_page(c, &format!("#{at}: Ctrl+Y"), &after).await;
    after
}

/// The value every edit of the journey left, by id: the text typed, the
/// option chosen, or "true" for a tick.
fn final_values(j: &Journey) -> BTreeMap<&'static str, &'static str> {
    let mut out = BTreeMap::new();
    for op in j.edits.iter().chain(j.last) {
        match *op {
            Type(id, v) | Choose(id, v) => {
                out.insert(id, v);
            }
            Tick(id) => {
                out.insert(id, "true");
            }
            _ => {}
        }
    }
    out
}

async fn journey(c: &Client, base: &str, j: &Journey, prev: Option<&Journey>) {
    let at = j.fragment;
    arrive(c, base, j, prev).await;
    wait_nav(c, j, "not started", None).await;
    let start = meter(c).await;
    let mut meters = vec![start.clone()];

    for op in j.edits {
        apply(c, j, *op).await;
        meters.push(meter(c).await);
    }
    let before = settled_snapshot(c).await;
    for op in j.last {
        apply(c, j, *op).await;
        meters.push(meter(c).await);
    }
    let shown = undo_and_redo(c, j, &before).await;

    // The step's state and counts in the navigation, and the meter moved.
    let (state, counts) = j.nav_after;
    wait_nav(c, j, state, counts).await;
    assert!(
        meters.iter().any(|m| *m != start),
        "#{at}: the meter never moved from {start:?}"
    );
    for (now, text) in &meters {
        assert!(
            text.starts_with(&format!("{now}% — ")),
            "#{at}: aria-valuenow {now} and aria-valuetext {text:?} agree"
        );
    }

    // Reload: the same address and heading, and the page shows what it
    // showed right after the last edit.
    c.refresh().await.expect("reload");
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("main h2"))
        .await
        .expect("the app mounts again");
    wait_heading(c, j.heading).await;
    assert_eq!(hash(c).await, format!("#{at}"), "the address after reload");
    wait_snapshot(c, &format!("#{at}: after reload"), &shown).await;
    for (id, value) in final_values(j) {
        let got = if value == "true" {
            is_checked(c, id).await.to_string()
        } else {
            value_of(c, id).await
        };
        assert_eq!(got, value, "#{at}: #{id} after reload");
    }
    let (state, counts, _) = nav_entry(c, at).await;
    eprintln!(
        "#{at}: done; meter {:?} → {:?}; nav {state:?} {counts:?}",
        start.1,
        meters.last().map(|m| m.1.as_str()).unwrap_or_default()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_step_journey_findings_meter_reload_undo_and_back() {
    let _one = ONE_BROWSER.lock().await;
    let started = Instant::now();
    let server = serve(dist_dir()).await;
    let b = browser("en-US").await;
    let c = &b.client;
    // The table is the source's: its plan follows the 2017 rules.
    c.goto(&server.base).await.expect("goto");
    harness::use_classic_rules(c).await;
    let mut prev = None;
    for j in JOURNEYS {
        let t = Instant::now();
        journey(c, &server.base, j, prev).await;
        eprintln!("#{} took {:?}", j.fragment, t.elapsed());
        prev = Some(j);
    }
    assert_no_panic_or_csp_violation(c).await;
    b.client.close().await.expect("close");
    eprintln!("every step's journey took {:?}", started.elapsed());
}

/// The table itself: every step and the recovery path once, in order, each
/// with a finding shown and cleared, and an edit to undo.
#[test]
fn the_table_covers_every_step_once() {
    let fragments: Vec<&str> = JOURNEYS.iter().map(|j| j.fragment).collect();
    assert_eq!(
        fragments,
        ["step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "recovery"]
    );
    for j in JOURNEYS {
        let ops = || j.edits.iter().chain(j.last);
        assert!(
            ops().any(|o| matches!(o, Flagged(..))),
            "{}: a finding",
            j.fragment
        );
        assert!(
            ops().any(|o| matches!(o, Cleared(..))),
            "{}: a fix",
            j.fragment
        );
        assert!(
            matches!(
                j.last.first(),
                Some(Click(_) | Tick(_) | Type(..) | Choose(..))
            ),
            "{}: the last edit is an edit",
            j.fragment
        );
        assert!(
            !final_values(j).is_empty(),
            "{}: values to restore",
            j.fragment
        );
    }
}
