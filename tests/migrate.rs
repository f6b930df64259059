//! Moving a plan between rulesets, previewed (issue 13): the core preview
//! and the command line's `migrate` and `--ruleset`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use enrollready::domain::ruleset::{CLASSIC_2017, INTUNE_2026};
use enrollready::domain::{Date, Plan};
use enrollready::format;
use enrollready::i18n::Locale;
use enrollready::report::compare::migration_preview;

fn full() -> (PathBuf, Plan) {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1/full.json");
    let plan = format::import(&std::fs::read(&p).unwrap()).unwrap().plan;
    (p, plan)
}

fn today() -> Date {
    Date::new(2026, 12, 4).unwrap()
}

#[test]
fn the_same_ruleset_changes_nothing() {
    let (_, plan) = full();
    let c = migration_preview(&plan, &CLASSIC_2017, &CLASSIC_2017, today(), Locale::En);
    assert!(c.equal(), "{c:#?}");
}

#[test]
fn to_todays_rules_old_items_leave_new_items_come_and_nothing_typed_is_lost() {
    let (_, plan) = full();
    let before = plan.clone();
    let c = migration_preview(&plan, &CLASSIC_2017, &INTUNE_2026, today(), Locale::En);
    assert!(!c.equal());
    assert_eq!(plan, before, "the preview changes nothing");
    let s1 = c
        .steps
        .iter()
        .find(|s| s.key == "connections")
        .expect("step 1");
    let ids: Vec<&str> = s1.items.iter().map(|i| i.id).collect();
    // 2017's S1 items no longer apply; today's T1 items are new.
    assert!(ids.iter().any(|i| i.starts_with("S1-")), "{ids:?}");
    assert!(ids.iter().any(|i| i.starts_with("T1-")), "{ids:?}");
    let gone = s1.items.iter().find(|i| i.id == "S1-01").unwrap();
    assert_eq!(gone.fields[0].new, "does not apply to this plan");
    // The values typed are the same under both: no field change (a field
    // only renamed, such as "iOS and Mac", compares as one field).
    assert!(c.steps.iter().all(|s| s.fields.is_empty()), "{c:#?}");
    let step = |c: &enrollready::report::compare::Comparison, key: &str| {
        c.steps.iter().find(|s| s.key == key).cloned()
    };
    // Fields that disappear keep their values, and say so.
    let hidden = |key: &str| -> Vec<(String, String)> {
        step(&c, key)
            .map(|s| s.hidden.into_iter().map(|f| (f.label, f.old)).collect())
            .unwrap_or_default()
    };
    let kept = |l: &str, v: &str| (l.to_owned(), v.to_owned());
    // DOMAIN-2026 §2 M1/M2: the authority is no choice today.
    assert_eq!(hidden("mdm_authority"), [kept("MDM authority", "Intune")]);
    // §6: Windows Phone and the PC client are retired.
    assert_eq!(
        hidden("enrollment"),
        [
            kept("Windows 10 Mobile and Windows Phone", "Yes"),
            kept("Windows PCs with the Intune client software", "Yes"),
            kept("Number of PCs", "250"),
        ]
    );
    // Fields that appear: §3 assigned or dynamic groups, §6.3 the Apps and
    // Books token.
    assert_eq!(step(&c, "groups").unwrap().shown, ["Membership type"]);
    assert_eq!(
        step(&c, "enrollment").unwrap().shown,
        ["Apps and Books (VPP) token expiry date"]
    );
    // Limits that differ: §6.1 the APNs grace period, §4.2 no pixel maximum.
    let limits = |key: &str| -> Vec<(String, String, String)> {
        step(&c, key)
            .map(|s| {
                s.limits
                    .into_iter()
                    .map(|f| (f.label, f.old, f.new))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(limits("enrollment").contains(&(
        "Grace period after the APNs certificate expires".into(),
        "0 days".into(),
        "30 days".into()
    )));
    assert!(limits("company_portal").contains(&(
        "Largest logo size".into(),
        "400 × 100 px".into(),
        "—".into()
    )));
    // Back to 2017: the mirror image (the authority and the platforms show
    // again; nothing is hidden that 2017 shows).
    let back = migration_preview(&plan, &INTUNE_2026, &CLASSIC_2017, today(), Locale::En);
    let shown = |c: &enrollready::report::compare::Comparison, key: &str| {
        step(c, key).map(|s| s.shown).unwrap_or_default()
    };
    assert_eq!(shown(&back, "mdm_authority"), ["MDM authority"]);
    assert!(shown(&back, "enrollment").contains(&"Number of PCs".to_owned()));
    assert!(back.steps.iter().all(|s| s.hidden.is_empty()), "{back:#?}");
}

#[test]
fn the_recovery_path_is_2017_only_and_its_values_are_kept() {
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/export/v1/recovery-wrong-authority.json"),
    )
    .unwrap();
    let plan = enrollready::format::import(&bytes).unwrap().plan;
    let c = migration_preview(&plan, &CLASSIC_2017, &INTUNE_2026, today(), Locale::En);
    let r = c
        .steps
        .iter()
        .find(|s| s.key == "recovery")
        .expect("the recovery path");
    assert_eq!(r.new_state, "not part of these rules (its values are kept)");
    let labels: Vec<&str> = r.hidden.iter().map(|f| f.label.as_str()).collect();
    assert!(labels.contains(&"Tenant ID"), "{labels:?}");
    assert!(r
        .hidden
        .iter()
        .all(|f| f.new.starts_with("kept in the plan")));
    // Today's rules have no recovery path: neither the report nor the steps.
    assert!(!INTUNE_2026.offers(enrollready::domain::StepId::Recovery));
    assert!(CLASSIC_2017.offers(enrollready::domain::StepId::Recovery));
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_enrollready"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_previews_a_move_and_judges_against_another_ruleset() {
    let (p, _) = full();
    let p = p.to_str().unwrap();
    let o = run(&["migrate", p, "--to", "intune-2026", "--today", "2026-12-04"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("Moving this plan from the ruleset intune-classic-2017 to intune-2026"));
    assert!(out.contains("# What changed"));
    let o = run(&[
        "migrate",
        p,
        "--to",
        "intune-2026",
        "--format",
        "json",
        "--lang",
        "nl",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(!v["steps"].as_array().unwrap().is_empty());
    // check under today's rules names them.
    let o = run(&[
        "check",
        p,
        "--ruleset",
        "intune-2026",
        "--today",
        "2026-12-04",
    ]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains(
            "Ruleset: intune-2026 (today's Microsoft Intune admin center, as of 20 May 2026)"
        ),
        "{out}"
    );
    // Bad arguments: exit 2 with a message.
    for (args, says) in [
        (vec!["migrate", p], "--to"),
        (
            vec!["check", p, "--to", "intune-2026"],
            "--to belongs to migrate",
        ),
        (
            vec!["check", p, "--ruleset", "intune-2030"],
            "intune-2026, intune-classic-2017",
        ),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn migrate_writes_the_moved_plan_with_every_value_and_unknown_member() {
    let (p, plan) = full();
    let dir = std::env::temp_dir().join(format!("enrollready-migrate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // An unknown member at the top level must survive the move.
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
    v["x_consultant"] = serde_json::json!({"ticket": 42});
    let input = dir.join("in.json");
    std::fs::write(&input, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = dir.join("moved.json");
    let o = run(&[
        "migrate",
        input.to_str().unwrap(),
        "--to",
        "intune-2026",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // The preview still goes to standard output.
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .contains("# What changed"));
    let moved = format::import(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(moved.ruleset, "intune-2026");
    assert_eq!(
        moved.extra.get("x_consultant"),
        Some(&serde_json::json!({"ticket": 42}))
    );
    let mut expected = plan.clone();
    expected.file = moved.plan.file.clone();
    assert_eq!(moved.plan, expected, "every value is kept");
    // And back: the 2017 file again, same plan.
    let back = dir.join("back.json");
    let o = run(&[
        "migrate",
        out.to_str().unwrap(),
        "--to",
        "intune-classic-2017",
        "-o",
        back.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let again = format::import(&std::fs::read(&back).unwrap()).unwrap();
    assert_eq!(again.ruleset, "intune-classic-2017");
    assert_eq!(again.plan.company_portal, plan.company_portal);
    assert_eq!(again.plan.enrollment, plan.enrollment);
    std::fs::remove_dir_all(&dir).ok();
}
