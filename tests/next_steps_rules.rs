//! Step 7, next steps: the source's four management options, as
//! informational items that never make the plan "not ready".

mod common;

use common::analyze;
use enrollready::domain::readiness::Readiness;
use enrollready::domain::ruleset::CLASSIC_2017;
use enrollready::domain::{ItemState, ItemStatus, Plan, StepId};
use enrollready::i18n::{self, Locale};

fn ids() -> Vec<&'static str> {
    CLASSIC_2017.next_steps.items.iter().map(|d| d.id).collect()
}

#[test]
fn source_lists_four_next_steps() {
    assert_eq!(ids(), ["S7-01", "S7-02", "S7-03", "S7-04"]);
    for d in CLASSIC_2017.next_steps.items {
        assert_eq!(d.step, StepId::NextSteps, "{}", d.id);
        assert!(d.applies_to(&Plan::default()), "{}", d.id);
    }
}

#[test]
fn source_next_steps_are_policies_resources_apps_and_compliance() {
    let en = |id| i18n::item_label(id, Locale::En).unwrap();
    assert!(en("S7-01").contains("policies"));
    assert!(
        en("S7-02").contains("e-mail")
            && en("S7-02").contains("Wi-Fi")
            && en("S7-02").contains("VPN")
    );
    assert!(en("S7-03").contains("apps") && en("S7-03").contains("deploy"));
    assert!(en("S7-04").contains("compliance") && en("S7-04").contains("restrict access"));
    let nl = |id| i18n::item_label(id, Locale::Nl).unwrap();
    assert!(nl("S7-01").contains("Beleid implementeren"));
    assert!(nl("S7-02").contains("bedrijfsbronnen"));
    assert!(nl("S7-03").contains("Apps toevoegen"));
    assert!(nl("S7-04").contains("Nalevingsbeleid"));
}

#[test]
fn next_steps_are_informational_and_never_block() {
    for d in CLASSIC_2017.next_steps.items {
        assert!(!d.counts_for_readiness, "{}", d.id);
    }
    let mut plan = Plan::default();
    plan.checklist.insert(
        "S7-01".into(),
        ItemState {
            status: ItemStatus::InProgress,
            ..ItemState::default()
        },
    );
    let r = analyze(&plan);
    let step = r.readiness.step(StepId::NextSteps).unwrap();
    assert_eq!((step.applicable, step.done), (0, 0));
    assert_eq!(step.readiness, Readiness::Ready);
    assert!(r
        .findings
        .iter()
        .all(|f| f.path.step(&CLASSIC_2017) != StepId::NextSteps));
}

#[test]
fn open_next_steps_are_derived() {
    let mut plan = Plan::default();
    assert_eq!(analyze(&plan).next_steps.open, ids());
    for (id, status) in [
        ("S7-02", ItemStatus::Done),
        ("S7-04", ItemStatus::NotApplicable),
    ] {
        plan.checklist.insert(
            id.into(),
            ItemState {
                status,
                reason: "MAM only".into(),
                ..ItemState::default()
            },
        );
    }
    assert_eq!(analyze(&plan).next_steps.open, ["S7-01", "S7-03"]);
}

#[test]
fn every_item_has_different_english_and_dutch_labels() {
    let table: Vec<_> = i18n::next_steps::ITEMS.iter().map(|r| r.0).collect();
    assert_eq!(ids(), table, "one label row per item, in order");
    for (id, en, nl) in i18n::next_steps::ITEMS {
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{id}");
        assert_ne!(en, nl, "{id}");
    }
}

#[test]
fn item_ids_are_unique_across_the_ruleset() {
    let all: Vec<_> = CLASSIC_2017.items().map(|d| d.id).collect();
    for (i, id) in all.iter().enumerate() {
        assert!(!all[..i].contains(id), "duplicate {id}");
        // Steps 2, 6 and 7 (this helper's parts) label every item in both languages.
        if ["S2-", "S6-", "S7-"].iter().any(|p| id.starts_with(p)) {
            assert!(i18n::item_label(id, Locale::En).is_some(), "{id}");
            assert!(i18n::item_label(id, Locale::Nl).is_some(), "{id}");
        }
    }
}
