//! The whole plan: the ruleset table, checklist item states, and readiness per
//! step and overall.

mod common;

use common::ctx;
use std::collections::HashSet;

use enrollready::domain::checklist::{ItemCode, ItemField};
use enrollready::domain::readiness::Readiness;
use enrollready::domain::{
    analyze, ruleset, Action, Code, Ctx, Date, FieldId, FieldPath, ItemState, ItemStatus, Plan,
    Severity, StepId,
};
use enrollready::i18n::{item_label, Locale};

fn set(plan: &mut Plan, id: &str, status: ItemStatus) {
    plan.apply(Action::SetItem(
        id.into(),
        ItemState {
            status,
            ..ItemState::default()
        },
    ));
}

#[test]
fn the_source_ruleset_is_found_by_its_id() {
    assert_eq!(
        ruleset::by_id("intune-classic-2017").map(|r| r.id),
        Some("intune-classic-2017")
    );
    assert!(ruleset::by_id("intune-2030").is_none());
    // The page and the reader offer the 2017 rules and today's.
    assert_eq!(ruleset::ALL.len(), 2);
}

#[test]
fn item_ids_are_unique_and_every_item_has_both_labels() {
    let mut seen = HashSet::new();
    for def in ruleset::CLASSIC_2017.items() {
        assert!(seen.insert(def.id), "duplicate item id {}", def.id);
        let en = item_label(def.id, Locale::En)
            .unwrap_or_else(|| panic!("{} has no English label", def.id));
        let nl = item_label(def.id, Locale::Nl)
            .unwrap_or_else(|| panic!("{} has no Dutch label", def.id));
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{}", def.id);
        assert_ne!(en, nl, "{} is not translated", def.id);
    }
    // Every step and the recovery path has items.
    for step in StepId::ALL {
        assert!(
            ruleset::CLASSIC_2017.items().any(|d| d.step == step),
            "{step:?} has no items"
        );
    }
    // Today's ruleset (not in `ALL` yet): its own ids, never a 2017 id, each
    // with both labels; every numbered step has items, its recovery path none.
    for def in ruleset::INTUNE_2026.items() {
        assert!(seen.insert(def.id), "duplicate item id {}", def.id);
        let en = item_label(def.id, Locale::En)
            .unwrap_or_else(|| panic!("{} has no English label", def.id));
        let nl = item_label(def.id, Locale::Nl)
            .unwrap_or_else(|| panic!("{} has no Dutch label", def.id));
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{}", def.id);
        assert_ne!(en, nl, "{} is not translated", def.id);
    }
    for step in StepId::ALL {
        assert_eq!(
            ruleset::INTUNE_2026.items().any(|d| d.step == step),
            step != StepId::Recovery,
            "{step:?} under intune-2026"
        );
    }
    // No label without an item (a stale translation).
    for table in enrollready::i18n::ITEM_TABLES {
        for (id, _, _) in *table {
            assert!(seen.contains(id), "label for unknown item {id}");
        }
    }
}

#[test]
fn not_applicable_needs_a_reason() {
    let mut plan = Plan::default();
    set(&mut plan, "S4-01", ItemStatus::NotApplicable);
    let a = analyze(&plan, &ctx());
    assert_eq!(
        a.for_path(FieldPath::Item("S4-01", ItemField::Reason))
            .map(|f| (f.code.clone(), f.severity))
            .collect::<Vec<_>>(),
        vec![(Code::Item(ItemCode::ReasonMissing), Severity::Blocker)]
    );
    plan.apply(Action::SetItem(
        "S4-01".into(),
        ItemState {
            status: ItemStatus::NotApplicable,
            reason: "Done by the vendor".into(),
            ..ItemState::default()
        },
    ));
    assert_eq!(
        analyze(&plan, &ctx())
            .for_path(FieldPath::Item("S4-01", ItemField::Reason))
            .count(),
        0
    );
}

#[test]
fn due_dates_are_checked_against_the_given_today() {
    let item = |status, due: &str| ItemState {
        status,
        due_date: due.into(),
        owner: "ICT".into(),
        ..ItemState::default()
    };
    let codes = |plan: &Plan, today: Date| {
        analyze(
            plan,
            &Ctx {
                today,
                ruleset: &ruleset::CLASSIC_2017,
            },
        )
        .for_path(FieldPath::Item("S4-01", ItemField::DueDate))
        .map(|f| (f.code.clone(), f.severity))
        .collect::<Vec<_>>()
    };
    let mut plan = Plan::default();
    plan.apply(Action::SetItem(
        "S4-01".into(),
        item(ItemStatus::InProgress, "30-09-2017"),
    ));
    assert_eq!(
        codes(&plan, ctx().today),
        vec![(Code::Item(ItemCode::DueDateFormat), Severity::Blocker)]
    );
    plan.apply(Action::SetItem(
        "S4-01".into(),
        item(ItemStatus::InProgress, "2017-10-09"),
    ));
    assert_eq!(
        codes(&plan, ctx().today),
        vec![(Code::Item(ItemCode::Overdue { days: 1 }), Severity::Warning)]
    );
    assert_eq!(
        codes(&plan, Date::new(2017, 10, 9).unwrap()),
        vec![],
        "due today is not overdue"
    );
    plan.apply(Action::SetItem(
        "S4-01".into(),
        item(ItemStatus::Done, "2017-10-01"),
    ));
    assert_eq!(
        codes(&plan, ctx().today),
        vec![],
        "a done item is never overdue"
    );
}

#[test]
fn an_empty_state_is_removed() {
    let mut plan = Plan::default();
    set(&mut plan, "S4-01", ItemStatus::Done);
    assert_eq!(plan.checklist.len(), 1);
    plan.apply(Action::SetItem("S4-01".into(), ItemState::default()));
    assert!(plan.checklist.is_empty());
}

#[test]
fn an_empty_plan_is_not_started_anywhere() {
    let a = analyze(&Plan::default(), &ctx());
    for s in &a.readiness.steps {
        assert_eq!(s.readiness, Readiness::NotStarted, "{:?}", s.step);
    }
    assert_eq!(
        a.readiness.overall.as_ref().unwrap().readiness,
        Readiness::NotStarted
    );
}

#[test]
fn step_readiness_moves_from_blocked_to_ready() {
    let step = |plan: &Plan| {
        analyze(plan, &ctx())
            .readiness
            .step(StepId::CompanyPortal)
            .cloned()
            .unwrap()
    };
    let mut plan = Plan::default();
    plan.apply(Action::SetText(FieldId::CompanyName, "Contoso & Co".into()));
    let r = step(&plan);
    assert_eq!(
        (r.readiness, r.blockers, r.applicable, r.done, r.percent()),
        (Readiness::Blocked, 1, 1, 0, 0)
    );

    plan.apply(Action::SetText(FieldId::CompanyName, "Contoso".into()));
    assert_eq!(
        step(&plan).readiness,
        Readiness::InProgress,
        "valid, but the item is open"
    );

    set(&mut plan, "S4-01", ItemStatus::Done);
    let r = step(&plan);
    assert_eq!((r.readiness, r.percent()), (Readiness::Ready, 100));

    plan.apply(Action::SetText(FieldId::WebsiteName, "IT".into()));
    assert_eq!(
        step(&plan).readiness,
        Readiness::ReadyWithWarnings,
        "a name without a URL is a warning"
    );
}

#[test]
fn overall_readiness_needs_every_step() {
    let mut plan = Plan::default();
    plan.apply(Action::SetText(FieldId::CompanyName, "Contoso".into()));
    set(&mut plan, "S4-01", ItemStatus::Done);
    let a = analyze(&plan, &ctx());
    let overall = a.readiness.overall.clone().unwrap();
    assert_eq!(
        overall.readiness,
        Readiness::InProgress,
        "other steps are not started"
    );
    assert_eq!(
        a.readiness.step(StepId::Recovery).unwrap().readiness,
        Readiness::NotStarted
    );
    // The overall percentage is done / applicable over the counted steps.
    let counted: Vec<_> = a
        .readiness
        .steps
        .iter()
        .filter(|s| s.step != Some(StepId::Recovery))
        .collect();
    assert_eq!(
        overall.applicable,
        counted.iter().map(|s| s.applicable).sum::<u32>()
    );
    assert_eq!(overall.done, 1);
    assert!(overall.percent() < 100);

    // Mark every counted item of every numbered step done: the plan is ready.
    let ids: Vec<&str> = ruleset::CLASSIC_2017
        .items()
        .filter(|d| d.step != StepId::Recovery)
        .map(|d| d.id)
        .collect();
    for id in ids {
        set(&mut plan, id, ItemStatus::Done);
    }
    // Every item done, but step 2 has no authority chosen: a blocker.
    let a = analyze(&plan, &ctx());
    let overall = a.readiness.overall.clone().unwrap();
    assert_eq!(
        (overall.readiness, overall.blockers),
        (Readiness::Blocked, 1)
    );
    assert!(overall.percent() < 100, "not ready: never 100");
    assert_eq!(
        a.readiness.step(StepId::MdmAuthority).unwrap().readiness,
        Readiness::Blocked
    );

    plan.mdm_authority.authority = Some(enrollready::domain::authority::Authority::Intune);
    let a = analyze(&plan, &ctx());
    let overall = a.readiness.overall.unwrap();
    assert_eq!(overall.blockers, 0, "{:?}", a.findings);
    assert!(
        matches!(
            overall.readiness,
            Readiness::Ready | Readiness::ReadyWithWarnings
        ),
        "{overall:?}"
    );
    assert_eq!(overall.percent(), 100);
}

#[test]
fn informational_items_never_block() {
    let mut plan = Plan::default();
    set(&mut plan, "S7-01", ItemStatus::InProgress);
    let r = analyze(&plan, &ctx())
        .readiness
        .step(StepId::NextSteps)
        .cloned()
        .unwrap();
    assert_eq!((r.applicable, r.readiness), (0, Readiness::Ready));
}

/// The meter (issue 12, point 3): the share of the work done, so that every
/// useful edit moves it and 100% means ready.
mod meter {
    use super::*;

    fn overall(plan: &Plan) -> enrollready::domain::readiness::StepReadiness {
        analyze(plan, &ctx()).readiness.overall.unwrap()
    }

    fn step(plan: &Plan, id: StepId) -> enrollready::domain::readiness::StepReadiness {
        analyze(plan, &ctx()).readiness.step(id).cloned().unwrap()
    }

    #[test]
    fn an_empty_plan_is_at_0_percent() {
        let plan = Plan::default();
        assert_eq!(overall(&plan).percent(), 0);
        for id in StepId::ALL {
            assert_eq!(step(&plan, id).percent(), 0, "{id:?}");
        }
        assert!(overall(&plan).work > 0);
        assert_eq!(overall(&plan).work_done, 0);
    }

    #[test]
    fn one_item_done_moves_it_above_0_percent() {
        // A step 7 item: informational, so it never held readiness back,
        // but it is work and it moves the meter.
        for id in ["S7-01", "S1-01", "S4-01"] {
            let mut plan = Plan::default();
            set(&mut plan, id, ItemStatus::Done);
            let o = overall(&plan);
            assert!(o.percent() > 0, "{id}: {o:?}");
            assert_eq!(o.work_done, 1, "{id}");
        }
    }

    #[test]
    fn filling_step_4_with_valid_values_moves_it_and_a_wrong_value_moves_it_back() {
        let mut plan = Plan::default();
        let mut last = (
            step(&plan, StepId::CompanyPortal).percent(),
            overall(&plan).percent(),
        );
        assert_eq!(last, (0, 0));
        for (id, value) in [
            (FieldId::CompanyName, "Contoso"),
            (FieldId::ItContactName, "Helpdesk"),
            (FieldId::ItPhone, "+31 20 123 4567"),
            (FieldId::ItEmail, "it@contoso.com"),
            (FieldId::AdditionalInfo, "Open on weekdays."),
            (FieldId::PrivacyStatementUrl, "https://contoso.com/privacy"),
            (FieldId::SupportWebsiteUrl, "https://contoso.com/it"),
            (FieldId::WebsiteName, "IT"),
            (FieldId::ThemeColor, "#0078d4"),
        ] {
            plan.apply(Action::SetText(id, value.into()));
            let now = (
                step(&plan, StepId::CompanyPortal).percent(),
                overall(&plan).percent(),
            );
            assert!(
                now.0 > last.0 && now.1 >= last.1,
                "{id:?}: {last:?} -> {now:?}"
            );
            assert!(now.1 > 0);
            last = now;
        }
        let before = step(&plan, StepId::CompanyPortal).work_done;
        plan.apply(Action::SetText(FieldId::ItEmail, "not an address".into()));
        let s = step(&plan, StepId::CompanyPortal);
        assert_eq!(s.work_done, before - 1, "a wrong value is open work");
        assert!(s.percent() < last.0);
        plan.apply(Action::SetText(FieldId::ItEmail, "it@contoso.com".into()));
        // Every field valid, the step's item open: in progress, below 100.
        let s = step(&plan, StepId::CompanyPortal);
        assert_eq!(s.readiness, Readiness::InProgress);
        assert!(s.percent() < 100);
        set(&mut plan, "S4-01", ItemStatus::Done);
        assert_eq!(step(&plan, StepId::CompanyPortal).percent(), 100);
    }

    #[test]
    fn not_applicable_counts_as_done_only_with_a_reason() {
        let mut plan = Plan::default();
        set(&mut plan, "S1-01", ItemStatus::NotApplicable);
        assert_eq!(overall(&plan).work_done, 0, "no reason yet");
        plan.apply(Action::SetItem(
            "S1-01".into(),
            ItemState {
                status: ItemStatus::NotApplicable,
                reason: "No custom domain.".into(),
                ..ItemState::default()
            },
        ));
        assert_eq!(overall(&plan).work_done, 1);
    }

    #[test]
    fn an_empty_field_with_a_blocker_is_open_work() {
        // Step 2: the authority not chosen is a blocker once the step's
        // item is done; choosing it closes that unit.
        let mut plan = Plan::default();
        set(&mut plan, "S2-01", ItemStatus::Done);
        let s = step(&plan, StepId::MdmAuthority);
        assert!(s.blockers > 0, "{s:?}");
        assert!(s.work > s.work_done, "{s:?}");
        plan.mdm_authority.authority = Some(enrollready::domain::authority::Authority::Intune);
        let after = step(&plan, StepId::MdmAuthority);
        assert!(after.work_done > s.work_done, "{s:?} -> {after:?}");
    }

    #[test]
    fn every_field_valid_and_every_item_done_is_100_percent() {
        let mut plan = Plan::default();
        plan.apply(Action::SetText(FieldId::CompanyName, "Contoso".into()));
        plan.mdm_authority.authority = Some(enrollready::domain::authority::Authority::Intune);
        // Every item of the ruleset, informational ones included.
        let ids: Vec<&str> = ruleset::CLASSIC_2017
            .items()
            .filter(|d| d.step != StepId::Recovery)
            .map(|d| d.id)
            .collect();
        for id in ids {
            set(&mut plan, id, ItemStatus::Done);
        }
        let o = overall(&plan);
        assert_eq!(o.blockers, 0, "{:?}", analyze(&plan, &ctx()).findings);
        assert_eq!(o.work, o.work_done, "{o:?}");
        assert_eq!(o.percent(), 100);
    }
}
