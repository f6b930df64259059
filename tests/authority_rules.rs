//! Step 2, the MDM authority: the source's two choices, what each implies,
//! the version rule for changing it, and the checklist items.

mod common;

use common::analyze;
use enrollready::domain::authority::{implications, Authority, Code, Implication, Path};
use enrollready::domain::enrollment::Platform;
use enrollready::domain::readiness::Readiness;
use enrollready::domain::ruleset::CLASSIC_2017;
use enrollready::domain::{
    analyze as analyze_on, Action, Analysis, Ctx, Date, FieldPath, Finding, ItemState, ItemStatus,
    Plan, Severity, StepId,
};
use enrollready::i18n::{self, Locale};

fn with(authority: Option<Authority>) -> Plan {
    let mut plan = Plan::default();
    plan.mdm_authority.authority = authority;
    plan
}

fn step2(a: &Analysis) -> Vec<Finding> {
    a.for_path(FieldPath::Authority(Path::Authority))
        .cloned()
        .collect()
}

fn code(c: Code) -> enrollready::domain::Code {
    enrollready::domain::Code::Authority(c)
}

fn set_item(plan: &mut Plan, id: &str, status: ItemStatus) {
    plan.apply(Action::SetItem(
        id.into(),
        ItemState {
            status,
            ..ItemState::default()
        },
    ));
}

fn applicable_items(plan: &Plan) -> Vec<&'static str> {
    CLASSIC_2017
        .mdm_authority
        .items
        .iter()
        .filter(|d| d.applies_to(plan))
        .map(|d| d.id)
        .collect()
}

#[test]
fn source_offers_intune_and_configuration_manager_only() {
    assert_eq!(
        CLASSIC_2017.mdm_authority.choices,
        &[Authority::Intune, Authority::ConfigurationManager]
    );
    for a in [Authority::Intune, Authority::ConfigurationManager] {
        let r = analyze(&with(Some(a)));
        assert_eq!(step2(&r), vec![], "{a:?}");
        assert_eq!(r.mdm_authority.chosen, Some(a));
    }
}

#[test]
fn source_office365_is_not_a_step_2_choice() {
    let r = analyze(&with(Some(Authority::Office365)));
    assert_eq!(
        step2(&r),
        vec![Finding::blocker(
            FieldPath::Authority(Path::Authority),
            code(Code::NotAChoice {
                authority: Authority::Office365
            })
        )]
    );
    assert_eq!(r.mdm_authority.chosen, None);
    assert_eq!(
        r.mdm_authority.implications,
        vec![Implication::SetInOffice365]
    );
}

#[test]
fn not_chosen_is_a_blocker_once_the_step_or_enrollment_is_started() {
    // An untouched plan has no step-2 findings.
    assert_eq!(step2(&analyze(&Plan::default())), vec![]);
    assert_eq!(analyze(&Plan::default()).mdm_authority, Default::default());

    let mut started = Plan::default();
    set_item(&mut started, "S2-01", ItemStatus::InProgress);
    let f = step2(&analyze(&started));
    assert_eq!(
        f,
        vec![Finding::blocker(
            FieldPath::Authority(Path::Authority),
            code(Code::NotChosen)
        )]
    );

    let mut enrolling = Plan::default();
    enrolling.enrollment.platforms.android = true;
    assert_eq!(
        step2(&analyze(&enrolling))
            .iter()
            .map(|f| (&f.code, f.severity))
            .collect::<Vec<_>>(),
        vec![(&code(Code::NotChosen), Severity::Blocker)]
    );
    enrolling.mdm_authority.authority = Some(Authority::Intune);
    assert_eq!(step2(&analyze(&enrolling)), vec![]);
}

#[test]
fn setting_item_done_without_a_choice_is_a_warning() {
    let mut plan = Plan::default();
    set_item(&mut plan, "S2-02", ItemStatus::Done);
    let codes: Vec<_> = step2(&analyze(&plan)).into_iter().map(|f| f.code).collect();
    assert!(codes.contains(&code(Code::NotChosen)), "{codes:?}");
    assert!(
        codes.contains(&code(Code::SetWithoutChoice { item: "S2-02" })),
        "{codes:?}"
    );
    plan.mdm_authority.authority = Some(Authority::Intune);
    assert_eq!(step2(&analyze(&plan)), vec![]);
}

#[test]
fn source_configuration_manager_rules_out_other_mdm_services() {
    let r = analyze(&with(Some(Authority::ConfigurationManager)));
    assert!(r
        .mdm_authority
        .implications
        .contains(&Implication::NoOtherMdmServices));
    assert!(r
        .mdm_authority
        .implications
        .contains(&Implication::SetUpFromConfigurationManager));
    let intune = analyze(&with(Some(Authority::Intune)));
    assert!(!intune
        .mdm_authority
        .implications
        .contains(&Implication::NoOtherMdmServices));
}

#[test]
fn source_intune_is_set_in_the_console_with_a_confirmation() {
    assert_eq!(
        implications(Authority::Intune, &CLASSIC_2017),
        vec![
            Implication::SetInIntuneConsole,
            Implication::HardToChange {
                min_cm_version: 1610,
                min_intune_release: 1705
            }
        ]
    );
    let en = i18n::authority::implication(&Implication::SetInIntuneConsole, Locale::En);
    assert!(
        en.contains("Admin > Mobile Device Management")
            && en.contains("Set Mobile Device Management Authority")
            && en.contains("checkbox")
            && en.contains("Yes"),
        "{en}"
    );
    let nl = i18n::authority::implication(&Implication::SetInIntuneConsole, Locale::Nl);
    assert!(
        nl.contains("Beheer > Mobile Device Management")
            && nl.contains("Instantie voor beheer van mobiele apparaten instellen")
            && nl.contains("selectievakje")
            && nl.contains("Ja"),
        "{nl}"
    );
}

#[test]
fn source_changing_needs_configuration_manager_1610_and_intune_1705() {
    // One place for the thresholds: the recovery path's rules; step 2 reads them.
    assert_eq!(CLASSIC_2017.recovery.min_configmgr, 1610);
    assert_eq!(CLASSIC_2017.recovery.min_intune, 1705);
    for a in [Authority::Intune, Authority::ConfigurationManager] {
        let hard = implications(a, &CLASSIC_2017)
            .into_iter()
            .find(|i| matches!(i, Implication::HardToChange { .. }));
        assert_eq!(
            hard,
            Some(Implication::HardToChange {
                min_cm_version: 1610,
                min_intune_release: 1705
            }),
            "{a:?}"
        );
        let msg = i18n::authority::implication(&hard.unwrap(), Locale::Nl);
        assert!(msg.contains("1610") && msg.contains("1705"), "{msg}");
    }
}

#[test]
fn items_of_step_2_depend_on_the_choice() {
    let ids: Vec<_> = CLASSIC_2017
        .mdm_authority
        .items
        .iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, ["S2-01", "S2-02", "S2-03"]);
    for d in CLASSIC_2017.mdm_authority.items {
        assert_eq!(d.step, StepId::MdmAuthority);
        assert!(d.counts_for_readiness, "{}", d.id);
    }
    assert_eq!(applicable_items(&with(None)), ["S2-01", "S2-02"]);
    assert_eq!(
        applicable_items(&with(Some(Authority::Intune))),
        ["S2-01", "S2-02"]
    );
    assert_eq!(
        applicable_items(&with(Some(Authority::ConfigurationManager))),
        ["S2-01", "S2-03"]
    );
}

#[test]
fn step_2_is_ready_when_chosen_and_its_items_done() {
    let mut plan = with(Some(Authority::Intune));
    let r = analyze(&plan);
    assert_eq!(
        r.readiness.step(StepId::MdmAuthority).unwrap().readiness,
        Readiness::InProgress
    );
    set_item(&mut plan, "S2-01", ItemStatus::Done);
    set_item(&mut plan, "S2-02", ItemStatus::Done);
    let r = analyze(&plan);
    assert_eq!(
        r.readiness.step(StepId::MdmAuthority).unwrap().readiness,
        Readiness::Ready
    );
    plan.mdm_authority.authority = Some(Authority::Office365);
    let r = analyze(&plan);
    assert_eq!(
        r.readiness.step(StepId::MdmAuthority).unwrap().readiness,
        Readiness::Blocked
    );
}

#[test]
fn every_item_has_different_english_and_dutch_labels() {
    let rules: Vec<_> = CLASSIC_2017
        .mdm_authority
        .items
        .iter()
        .map(|d| d.id)
        .collect();
    let table: Vec<_> = i18n::authority::ITEMS.iter().map(|r| r.0).collect();
    assert_eq!(rules, table, "one label row per item, in order");
    for (id, en, nl) in i18n::authority::ITEMS {
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{id}");
        assert_ne!(en, nl, "{id}");
        assert_eq!(i18n::item_label(id, Locale::Nl), Some(*nl));
    }
}

fn all_codes() -> Vec<Code> {
    let mut v = vec![
        Code::NotChosen,
        Code::SetWithoutChoice { item: "S2-02" },
        Code::HybridMdmRetired {
            on: Date::new(2019, 9, 1).unwrap(),
        },
    ];
    v.extend(
        Authority::ALL
            .into_iter()
            .map(|authority| Code::NotAChoice { authority }),
    );
    // Exhaustiveness: a new variant must be added above.
    for c in &v {
        match c {
            Code::NotChosen
            | Code::NotAChoice { .. }
            | Code::SetWithoutChoice { .. }
            | Code::HybridMdmRetired { .. } => {}
        }
    }
    v
}

#[test]
fn every_code_and_implication_has_both_languages() {
    for c in all_codes() {
        let en = i18n::finding_message(&code(c.clone()), Locale::En);
        let nl = i18n::finding_message(&code(c.clone()), Locale::Nl);
        assert!(!en.is_empty() && !nl.is_empty(), "{c:?}");
        assert_ne!(en, nl, "{c:?}");
    }
    let all = [
        Implication::SetInIntuneConsole,
        Implication::IntuneToday,
        Implication::SetUpFromConfigurationManager,
        Implication::NoOtherMdmServices,
        Implication::HardToChange {
            min_cm_version: 1610,
            min_intune_release: 1705,
        },
        Implication::SetInOffice365,
    ];
    for i in &all {
        match i {
            Implication::SetInIntuneConsole
            | Implication::IntuneToday
            | Implication::SetUpFromConfigurationManager
            | Implication::NoOtherMdmServices
            | Implication::HardToChange { .. }
            | Implication::SetInOffice365 => {}
        }
        let en = i18n::authority::implication(i, Locale::En);
        let nl = i18n::authority::implication(i, Locale::Nl);
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{i:?}");
    }
    for a in Authority::ALL {
        assert!(!i18n::authority::authority_name(a, Locale::Nl).is_empty());
    }
    // Dutch uses the source's term.
    let nl = i18n::finding_message(&code(Code::NotChosen), Locale::Nl);
    assert!(nl.contains("MDM-instantie"), "{nl}");
}

#[test]
fn step_2_findings_belong_to_step_2() {
    let r = analyze(&with(Some(Authority::Office365)));
    assert_eq!(
        r.count_in(StepId::MdmAuthority, Severity::Blocker, &CLASSIC_2017),
        1
    );
    // Enrollment types are shared with step 6; keep them in sight here.
    assert_eq!(Platform::ALL.len(), 7);
}

fn on(day: &str) -> Ctx {
    Ctx {
        today: Date::parse(day).unwrap(),
        ruleset: &CLASSIC_2017,
    }
}

#[test]
fn m7_hybrid_mdm_retired_note_after_1_september_2019() {
    let retired = Date::parse(CLASSIC_2017.mdm_authority.hybrid_mdm_retired_on.unwrap()).unwrap();
    assert_eq!(retired, Date::new(2019, 9, 1).unwrap());
    let note = Finding::info(
        FieldPath::Authority(Path::Authority),
        code(Code::HybridMdmRetired { on: retired }),
    );
    let hybrid = with(Some(Authority::ConfigurationManager));
    let findings = |plan: &Plan, day: &str| -> Vec<Finding> {
        analyze_on(plan, &on(day))
            .for_path(FieldPath::Authority(Path::Authority))
            .cloned()
            .collect()
    };
    // The day before: the 2017 rules stand without a note.
    assert_eq!(findings(&hybrid, "2019-08-31"), vec![]);
    // From the day itself on, the note (Info: it does not block the plan).
    assert_eq!(findings(&hybrid, "2019-09-01"), vec![note.clone()]);
    assert_eq!(findings(&hybrid, "2026-11-29"), vec![note]);
    // Intune chosen: no note.
    assert_eq!(
        findings(&with(Some(Authority::Intune)), "2026-11-29"),
        vec![]
    );
    // The text says when, in both languages.
    let c = code(Code::HybridMdmRetired { on: retired });
    let en = i18n::finding_message(&c, Locale::En);
    let nl = i18n::finding_message(&c, Locale::Nl);
    assert!(
        en.contains("1 September 2019") && en.contains("2017 classic"),
        "{en}"
    );
    assert!(
        nl.contains("1 september 2019") && nl.contains("klassieke"),
        "{nl}"
    );
}

#[test]
fn m7_the_header_names_the_2017_classic_console() {
    // The header's "Rules" line names the plan's ruleset with its date.
    let rules = &enrollready::domain::ruleset::CLASSIC_2017;
    let en = i18n::report::ruleset_title(rules, Locale::En);
    let nl = i18n::report::ruleset_title(rules, Locale::Nl);
    assert_eq!(en, "the 2017 classic Intune console, as of 31 May 2017");
    assert_eq!(
        nl,
        "de klassieke Intune-beheerconsole uit 2017, stand van 31 mei 2017"
    );
}
