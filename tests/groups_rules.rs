//! Step 3, create groups: the source's items, names required and unique.

mod common;

use common::analyze;
use enrollready::domain::groups::{Code, Group, GroupField, GroupKind, Path, CLASSIC_2017};
use enrollready::domain::{self, FieldPath, Plan, Readiness, Severity, StepId};
use enrollready::i18n::{self, Locale};

fn group(name: &str, kind: GroupKind) -> Group {
    Group {
        name: name.into(),
        kind,
        purpose: String::new(),
        ..Default::default()
    }
}

fn plan_with(groups: Vec<Group>) -> Plan {
    let mut plan = Plan::default();
    plan.groups.groups = groups;
    plan
}

fn findings(plan: &Plan) -> Vec<(Path, Code, Severity)> {
    analyze(plan)
        .findings
        .into_iter()
        .filter_map(|f| match (f.path, f.code) {
            (FieldPath::Groups(p), domain::Code::Groups(c)) => Some((p, c, f.severity)),
            _ => None,
        })
        .collect()
}

#[test]
fn source_step_3_has_a_pilot_user_group_and_device_groups_per_platform() {
    let ids: Vec<&str> = CLASSIC_2017.items.iter().map(|d| d.id).collect();
    assert_eq!(ids, ["S3-01", "S3-02"]);
    for d in CLASSIC_2017.items {
        assert_eq!(d.step, StepId::Groups);
        assert!(d.applies_to(&Plan::default()) && d.counts_for_readiness);
        assert_eq!(
            domain::ruleset::CLASSIC_2017.item(d.id).map(|d| d.step),
            Some(StepId::Groups)
        );
    }
    let en = i18n::item_label("S3-01", Locale::En).unwrap();
    assert!(en.contains("user group") && en.contains("pilot"), "{en}");
    let en = i18n::item_label("S3-02", Locale::En).unwrap();
    assert!(
        en.contains("Device groups") && en.contains("platform"),
        "{en}"
    );
}

#[test]
fn source_user_and_device_groups_are_both_kinds() {
    assert_eq!(GroupKind::ALL, [GroupKind::User, GroupKind::Device]);
    let plan = plan_with(vec![
        group("Pilot users", GroupKind::User),
        group("iOS devices", GroupKind::Device),
        group("Android devices", GroupKind::Device),
    ]);
    let a = analyze(&plan);
    assert_eq!((a.groups.user_groups, a.groups.device_groups), (1, 2));
    assert!(findings(&plan).is_empty());
}

#[test]
fn empty_name_is_a_blocker_on_that_row() {
    let plan = plan_with(vec![
        group("Pilot users", GroupKind::User),
        group("  ", GroupKind::Device),
    ]);
    assert_eq!(
        findings(&plan),
        [(
            Path::Group(1, GroupField::Name),
            Code::NameEmpty,
            Severity::Blocker
        )]
    );
    assert_eq!(
        analyze(&plan)
            .readiness
            .step(StepId::Groups)
            .unwrap()
            .readiness,
        Readiness::Blocked
    );
}

#[test]
fn duplicates_ignore_case_and_surrounding_spaces_and_point_at_each_duplicate() {
    let plan = plan_with(vec![
        group("Pilot users", GroupKind::User),
        group("iOS devices", GroupKind::Device),
        group(" pilot USERS ", GroupKind::User),
        group("iOS devices", GroupKind::Device),
        group("PILOT users", GroupKind::Device),
        group("Pilot  users", GroupKind::User),
    ]);
    assert_eq!(
        findings(&plan),
        [
            (
                Path::Group(2, GroupField::Name),
                Code::DuplicateName { first: 0 },
                Severity::Warning
            ),
            (
                Path::Group(3, GroupField::Name),
                Code::DuplicateName { first: 1 },
                Severity::Warning
            ),
            (
                Path::Group(4, GroupField::Name),
                Code::DuplicateName { first: 0 },
                Severity::Warning
            ),
        ]
    );
}

#[test]
fn empty_names_are_not_duplicates() {
    let plan = plan_with(vec![group("", GroupKind::User), group("", GroupKind::User)]);
    let codes: Vec<Code> = findings(&plan).into_iter().map(|(_, c, _)| c).collect();
    assert_eq!(codes, [Code::NameEmpty, Code::NameEmpty]);
}

#[test]
fn purpose_is_free_text() {
    let mut g = group("Sales", GroupKind::User);
    g.purpose = "Pilot — verkoop & marketing (fase 1)".into();
    assert!(findings(&plan_with(vec![g])).is_empty());
}

#[test]
fn step_is_ready_when_items_are_done_and_names_are_fine() {
    let mut plan = plan_with(vec![group("Pilot users", GroupKind::User)]);
    for id in ["S3-01", "S3-02"] {
        plan.checklist.insert(
            id.into(),
            domain::ItemState {
                status: domain::ItemStatus::Done,
                ..Default::default()
            },
        );
    }
    let r = analyze(&plan);
    let r = r.readiness.step(StepId::Groups).unwrap();
    assert_eq!((r.applicable, r.done), (2, 2));
    assert_eq!(r.readiness, Readiness::Ready);
}

#[test]
fn analysis_is_linear_with_500_groups() {
    let groups: Vec<Group> = (0..500)
        .map(|i| group(&format!("Group {}", i % 250), GroupKind::User))
        .collect();
    let plan = plan_with(groups);
    let start = std::time::Instant::now();
    for _ in 0..50 {
        assert_eq!(findings(&plan).len(), 250);
    }
    assert!(start.elapsed().as_secs() < 5);
}

#[test]
fn json_round_trip_and_defaults() {
    let plan = plan_with(vec![group("iOS", GroupKind::Device)]);
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.contains("\"kind\":\"device\""), "{json}");
    assert_eq!(enrollready::format::read_json::<Plan>(&json).unwrap(), plan);
    let p: Plan =
        enrollready::format::read_json(r#"{"groups":{"groups":[{"name":"A"}]}}"#).unwrap();
    assert_eq!(p.groups.groups, [group("A", GroupKind::User)]);
}

fn all_codes() -> Vec<Code> {
    vec![Code::NameEmpty, Code::DuplicateName { first: 0 }]
}

#[test]
fn every_code_has_a_message_in_both_languages() {
    for code in all_codes() {
        match &code {
            Code::NameEmpty | Code::DuplicateName { .. } => {}
        }
        let code = domain::Code::Groups(code);
        let en = i18n::finding_message(&code, Locale::En);
        let nl = i18n::finding_message(&code, Locale::Nl);
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{code:?}");
        assert_ne!(en, nl, "{code:?}");
    }
    let m = i18n::finding_message(
        &domain::Code::Groups(Code::DuplicateName { first: 4 }),
        Locale::Nl,
    );
    assert!(m.contains("rij 5"), "{m}");
}

#[test]
fn every_item_and_kind_has_an_english_and_a_dutch_label() {
    for def in CLASSIC_2017.items {
        let en = i18n::item_label(def.id, Locale::En).unwrap_or_default();
        let nl = i18n::item_label(def.id, Locale::Nl).unwrap_or_default();
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{}", def.id);
        assert_ne!(en, nl, "{}", def.id);
    }
    assert_eq!(i18n::groups::ITEMS.len(), CLASSIC_2017.items.len());
    assert!(i18n::item_label("S3-01", Locale::Nl)
        .unwrap()
        .contains("gebruikersgroep"));
    assert!(i18n::item_label("S3-02", Locale::Nl)
        .unwrap()
        .contains("Apparaatgroepen"));
    for k in GroupKind::ALL {
        let (en, nl) = (
            i18n::groups::kind_label(k, Locale::En),
            i18n::groups::kind_label(k, Locale::Nl),
        );
        assert!(!en.is_empty() && en != nl, "{k:?}");
    }
}

/// Duplicate group names are compared with a case folding that needs no
/// Unicode tables (`checks::fold_case`): ASCII, Latin-1, Latin Extended-A,
/// basic Greek and Cyrillic capitals fold, so Dutch, Polish, Greek and
/// Russian names in other case are duplicates.
#[test]
fn duplicate_group_names_fold_accented_greek_and_cyrillic_capitals() {
    let plan = plan_with(vec![
        group("één team", GroupKind::User),
        group("ÉÉN TEAM", GroupKind::User),
        group("łódź", GroupKind::User),
        group("ŁÓDŹ", GroupKind::User),
        group("ΑΘΗΝΑ", GroupKind::User),
        group("αθηνα", GroupKind::User),
        group("МОСКВА", GroupKind::User),
        group("москва", GroupKind::User),
        // Different letters stay different.
        group("een team", GroupKind::User),
    ]);
    let dups: Vec<(Path, Code)> = findings(&plan)
        .into_iter()
        .map(|(p, c, _)| (p, c))
        .collect();
    assert_eq!(
        dups,
        [1, 3, 5, 7].map(|i| (
            Path::Group(i, GroupField::Name),
            Code::DuplicateName { first: i - 1 }
        ))
    );
}

/// Where `fold_char` changes a character, it gives what `to_lowercase` gives;
/// in the blocks it covers it folds every capital that has a one-letter small
/// form (U+0130 İ, whose small form is two characters, excepted); elsewhere it
/// keeps the character.
#[test]
fn fold_char_agrees_with_to_lowercase() {
    use enrollready::domain::checks::fold_char;
    let covered = |u: u32| matches!(u, 0x00..=0xFF | 0x100..=0x17F | 0x391..=0x3AB | 0x400..=0x42F);
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        let folded = fold_char(c);
        if folded != c {
            assert_eq!(lower, [folded], "{c:?}");
        } else if covered(u32::from(c)) && lower.len() == 1 && c != 'İ' {
            assert_eq!(lower, [c], "{c:?} is not folded");
        }
    }
    assert_eq!(
        enrollready::domain::checks::fold_case("Één ŁÓDŹ Ω Ж x"),
        "één łódź ω ж x"
    );
}
