//! What changed between two versions of a plan (issue 14, "Compare"): the
//! core comparison, step by step, and `enrollready diff OLD NEW`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::ctx;
use enrollready::domain::edit::Direction;
use enrollready::domain::limits::List;
use enrollready::domain::{analyze, Action, FieldId, ItemState, ItemStatus, Plan};
use enrollready::format;
use enrollready::i18n::Locale;
use enrollready::report::compare::{self, Comparison, EntryChange};
use enrollready::report::{self, Context};

fn build(plan: &Plan, l: Locale) -> report::Report {
    let a = analyze(plan, &ctx());
    report::build(
        plan,
        &a,
        &Context {
            ruleset: ctx().ruleset,
            locale: l,
            today: ctx().today,
            app_version: "test",
        },
    )
}

fn diff(old: &Plan, new: &Plan) -> Comparison {
    compare::compare(&build(old, Locale::En), &build(new, Locale::En), Locale::En)
}

fn fixture(name: &str) -> Plan {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name);
    format::import(&std::fs::read(p).unwrap()).unwrap().plan
}

fn step<'a>(c: &'a Comparison, key: &str) -> &'a compare::StepChanges {
    c.steps
        .iter()
        .find(|s| s.key == key)
        .unwrap_or_else(|| panic!("{key} did not change: {c:#?}"))
}

#[test]
fn the_same_plan_is_equal_in_both_languages() {
    for name in ["full.json", "minimal.json", "recovery-wrong-authority.json"] {
        let p = fixture(name);
        for l in Locale::ALL {
            let c = compare::compare(&build(&p, l), &build(&p, l), l);
            assert!(c.equal(), "{name}: {c:#?}");
            assert_eq!(c.unchanged, 8);
            let md = compare::markdown(&c, l);
            assert!(md.contains(match l {
                Locale::En => "The two plans are the same.",
                Locale::Nl => "De twee plannen zijn gelijk.",
            }));
        }
    }
}

#[test]
fn a_changed_field_shows_old_and_new_and_other_steps_fold_away() {
    let old = fixture("full.json");
    let mut new = old.clone();
    new.apply(Action::SetText(
        FieldId::ItContactName,
        "Servicedesk".into(),
    ));
    let c = diff(&old, &new);
    assert!(!c.equal());
    assert_eq!(c.steps.len(), 1, "{c:#?}");
    assert_eq!(c.unchanged, 7);
    let s = step(&c, "company_portal");
    assert_eq!(s.fields.len(), 1);
    assert_eq!(s.fields[0].label, "IT department contact name");
    assert_eq!(
        (s.fields[0].old.as_str(), s.fields[0].new.as_str()),
        ("Helpdesk ICT", "Servicedesk")
    );
    // A field emptied: "—".
    new.apply(Action::SetText(FieldId::ItContactName, String::new()));
    let c = diff(&old, &new);
    assert_eq!(step(&c, "company_portal").fields[0].new, "—");
}

#[test]
fn list_entries_added_removed_moved_and_changed() {
    let old = fixture("full.json");
    let names: Vec<String> = old.groups.groups.iter().map(|g| g.name.clone()).collect();
    assert!(names.len() >= 3);
    // One group moved down by one place: one move, not every entry it passed.
    let mut moved = old.clone();
    moved.apply(Action::Move(List::Groups, 0, Direction::Down));
    let c = diff(&old, &moved);
    let s = step(&c, "groups");
    let moves: Vec<&EntryChange> = s
        .entries
        .iter()
        .filter(|e| matches!(e, EntryChange::Moved { .. }))
        .collect();
    assert_eq!(moves.len(), 1, "{:#?}", s.entries);
    // Added and removed.
    let mut changed = old.clone();
    changed.apply(Action::Remove(List::Groups, 1));
    changed.apply(Action::Add(List::Groups));
    let last = changed.groups.groups.len() - 1;
    changed.groups.groups[last].name = "Nieuwe groep".into();
    let c = diff(&old, &changed);
    let s = step(&c, "groups");
    assert!(s.entries.contains(&EntryChange::Added {
        name: "Nieuwe groep".into()
    }));
    assert!(s.entries.contains(&EntryChange::Removed {
        name: names[1].clone()
    }));
    // A domain's column changed.
    let mut verified = old.clone();
    let d = verified.connections.domains[2].verified;
    verified.connections.domains[2].verified = !d;
    let c = diff(&old, &verified);
    let s = step(&c, "connections");
    assert!(
        s.entries.iter().any(|e| matches!(e, EntryChange::Changed { name, fields } if *name == old.connections.domains[2].name && fields.len() == 1)),
        "{:#?}",
        s.entries
    );
}

#[test]
fn items_findings_and_readiness() {
    let old = fixture("full.json");
    let mut new = old.clone();
    new.apply(Action::SetItem(
        "S1-01".into(),
        ItemState {
            status: ItemStatus::NotApplicable,
            reason: "Cloud only".into(),
            owner: "Fatima".into(),
            ..ItemState::default()
        },
    ));
    // A bad e-mail address: a finding appears.
    new.apply(Action::SetText(FieldId::ItEmail, "not an address".into()));
    let c = diff(&old, &new);
    let s = step(&c, "connections");
    let item = s
        .items
        .iter()
        .find(|i| i.id == "S1-01")
        .expect("S1-01 changed");
    let labels: Vec<&str> = item.fields.iter().map(|f| f.label.as_str()).collect();
    assert!(
        labels.contains(&"Status") && labels.contains(&"Owner"),
        "{labels:?}"
    );
    assert!(item
        .fields
        .iter()
        .any(|f| f.new == "Not applicable: Cloud only"));
    let portal = step(&c, "company_portal");
    assert_eq!(portal.appeared.len(), 1, "{:#?}", portal.appeared);
    assert!(portal.appeared[0].starts_with("Problem: IT department email address"));
    assert_ne!(portal.old_state, portal.new_state);
    // The other way round, the finding is resolved.
    let back = diff(&new, &old);
    assert_eq!(step(&back, "company_portal").resolved, portal.appeared);
    assert_ne!(c.old_readiness, c.new_readiness);
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_enrollready"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_diff_exits_0_when_equal_and_1_when_not() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let full = dir.join("full.json");
    let step6 = dir.join("step6-enrollment.json");
    let (full, step6) = (full.to_str().unwrap(), step6.to_str().unwrap());
    let o = run(&["diff", full, full, "--today", "2017-10-10"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .contains("The two plans are the same."));
    let o = run(&["diff", step6, full, "--today", "2017-10-10"]);
    assert_eq!(o.status.code(), Some(1));
    let md = String::from_utf8(o.stdout).unwrap();
    assert!(md.starts_with("# What changed"));
    assert!(md.contains("## Step 4: Configure the Company Portal"));
    let o = run(&["diff", step6, full, "--format", "json", "--lang", "nl"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v["steps"].as_array().unwrap().len() >= 3);
    assert_eq!(v["steps"][0]["title"], "Stap 1: Verbindingen inschakelen");
    // One file is not a diff; CSV is not a diff format.
    assert_eq!(run(&["diff", full]).status.code(), Some(2));
    assert_eq!(
        run(&["diff", full, full, "--format", "csv"]).status.code(),
        Some(2)
    );
}

/// Issue 14: two plans on different rulesets are compared after moving
/// both to the newer one, and the comparison says so.
#[test]
fn plans_on_different_rulesets_are_compared_under_the_newer() {
    use enrollready::domain::ruleset::{CLASSIC_2017, INTUNE_2026};
    let old = fixture("full.json");
    let today = ctx().today;
    // The same plan under 2017 and under today's rules: equal once both
    // follow today's, and the comparison names them.
    let c = compare::compare_plans(
        (&old, &CLASSIC_2017),
        (&old, &INTUNE_2026),
        today,
        "t",
        Locale::En,
    );
    assert_eq!(c.moved_to, Some("intune-2026"));
    assert!(c.equal(), "{c:#?}");
    assert_eq!(
        compare::newer(&CLASSIC_2017, &INTUNE_2026).id,
        "intune-2026"
    );
    assert_eq!(
        compare::newer(&INTUNE_2026, &CLASSIC_2017).id,
        "intune-2026"
    );
    let md = compare::markdown(&c, Locale::En);
    assert!(
        md.contains("both were compared as if moved to today's Microsoft Intune admin center"),
        "{md}"
    );
    // A change shows, judged by today's rules.
    let mut new = old.clone();
    new.apply(Action::SetText(FieldId::CompanyName, "Contoso BV".into()));
    let c = compare::compare_plans(
        (&old, &CLASSIC_2017),
        (&new, &INTUNE_2026),
        today,
        "t",
        Locale::Nl,
    );
    assert!(!c.equal());
    assert_eq!(c.moved_to, Some("intune-2026"));
    // The same ruleset: no move, nothing said.
    let c = compare::compare_plans(
        (&old, &CLASSIC_2017),
        (&new, &CLASSIC_2017),
        today,
        "t",
        Locale::En,
    );
    assert_eq!(c.moved_to, None);
    assert!(!compare::markdown(&c, Locale::En).contains("different rules"));
}

#[test]
fn the_command_line_diff_compares_across_rulesets() {
    let dir = std::env::temp_dir().join(format!("enrollready-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1/full.json");
    let moved = dir.join("moved.json");
    let o = run(&[
        "migrate",
        full.to_str().unwrap(),
        "--to",
        "intune-2026",
        "-o",
        moved.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["diff", full.to_str().unwrap(), moved.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "equal once both follow today's rules"
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("different rules"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}
