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
    // The values typed are the same under both: no field change.
    assert!(c.steps.iter().all(|s| s.fields.is_empty()), "{c:#?}");
    // Back to 2017: the mirror image.
    let back = migration_preview(&plan, &INTUNE_2026, &CLASSIC_2017, today(), Locale::Nl);
    assert_eq!(back.steps.len(), c.steps.len());
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
            "intune-classic-2017, intune-2026",
        ),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
