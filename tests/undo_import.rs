//! Undo after an import brings back the replaced file's envelope too (its
//! ruleset and unknown top-level members), not only its plan (issue 12,
//! point 7). The page keeps each plan's envelope in `Plan::file` while one
//! plan replaces another; the history swaps them together.

use enrollready::domain::{Action, History, Plan};
use enrollready::format::{self, FileMeta};

fn file_with(member: &str, value: &str) -> FileMeta {
    let mut meta = FileMeta::default();
    meta.extra.insert(
        member.to_owned(),
        serde_json::Value::String(value.to_owned()),
    );
    meta
}

#[test]
fn undo_and_redo_of_a_replace_swap_the_envelope_with_the_plan() {
    let mut plan = Plan {
        file: file_with("x-mine", "kept"),
        ..Plan::default()
    };
    plan.company_portal.company_name = "Mine".into();
    let mut incoming = Plan {
        file: file_with("x-theirs", "new"),
        ..Plan::default()
    };
    incoming.company_portal.company_name = "Theirs".into();

    let mut h = History::new();
    assert!(h.apply(&mut plan, Action::Replace(Box::new(incoming)), 0));
    assert_eq!(plan.file, file_with("x-theirs", "new"));
    assert!(h.undo(&mut plan));
    assert_eq!(plan.company_portal.company_name, "Mine");
    assert_eq!(plan.file, file_with("x-mine", "kept"));
    assert!(h.redo(&mut plan));
    assert_eq!(plan.company_portal.company_name, "Theirs");
    assert_eq!(plan.file, file_with("x-theirs", "new"));
}

#[test]
fn the_same_plan_from_another_file_is_still_a_replace() {
    let mut plan = Plan::default();
    let incoming = Plan {
        file: file_with("x-theirs", "new"),
        ..Plan::default()
    };
    let mut h = History::new();
    assert!(h.apply(&mut plan, Action::Replace(Box::new(incoming)), 0));
    assert!(h.undo(&mut plan));
    assert_eq!(plan.file, FileMeta::default());
}

#[test]
fn the_envelope_is_never_written_inside_the_plan() {
    let plan = Plan {
        file: file_with("x-inside", "no"),
        ..Plan::default()
    };
    let json = format::to_json(&plan, &FileMeta::default(), "2026-12-04T00:00:00Z").unwrap();
    assert!(!json.contains("x-inside"), "{json}");
    let back = format::from_json(&json).unwrap();
    assert_eq!(back.plan.file, FileMeta::default());
}
