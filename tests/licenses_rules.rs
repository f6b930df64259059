//! Step 5, assign user licenses: the source's items, the on-premises sync
//! sub-checklist in its order, the 15-devices-per-license rule.

mod common;

use common::analyze;
use enrollready::domain::connections::CustomDomain;
use enrollready::domain::licenses::{AssignMethod, Code, Path, CLASSIC_2017};
use enrollready::domain::{self, FieldPath, Plan, Readiness, Severity, StepId};
use enrollready::i18n::{self, Locale};

fn findings(plan: &Plan) -> Vec<(Path, Code, Severity)> {
    analyze(plan)
        .findings
        .into_iter()
        .filter_map(|f| match (f.path, f.code) {
            (FieldPath::Licenses(p), domain::Code::Licenses(c)) => Some((p, c, f.severity)),
            _ => None,
        })
        .collect()
}

fn on_prem_plan(upn_domain: Option<&str>) -> Plan {
    let mut plan = Plan::default();
    plan.licenses.users_from_on_premises_ad = true;
    if let Some(name) = upn_domain {
        plan.connections.domains.push(CustomDomain {
            name: name.into(),
            verified: true,
            upn_suffix: true,
            ..Default::default()
        });
    }
    plan
}

#[test]
fn source_step_5_has_exactly_these_items() {
    let ids: Vec<&str> = CLASSIC_2017.items.iter().map(|d| d.id).collect();
    assert_eq!(
        ids,
        [
            "S5-01",
            "S5-02",
            "S5-SYNC-01",
            "S5-SYNC-02",
            "S5-SYNC-03",
            "S5-SYNC-04"
        ]
    );
    for d in CLASSIC_2017.items {
        assert_eq!(d.step, StepId::Licenses);
        assert!(d.counts_for_readiness);
        assert_eq!(
            domain::ruleset::CLASSIC_2017.item(d.id).map(|d| d.step),
            Some(StepId::Licenses)
        );
    }
}

#[test]
fn source_every_pilot_user_and_the_admin_account_are_licensed() {
    for id in ["S5-01", "S5-02"] {
        assert!(domain::ruleset::CLASSIC_2017
            .item(id)
            .unwrap()
            .applies_to(&Plan::default()));
    }
    assert!(i18n::item_label("S5-01", Locale::En)
        .unwrap()
        .contains("pilot user"));
    assert!(i18n::item_label("S5-02", Locale::En)
        .unwrap()
        .contains("admin account"));
}

#[test]
fn source_sync_sub_checklist_has_four_items_in_order() {
    assert_eq!(
        CLASSIC_2017.sync_items,
        ["S5-SYNC-01", "S5-SYNC-02", "S5-SYNC-03", "S5-SYNC-04"]
    );
    // Their labels follow the source's order.
    let en = |id| i18n::item_label(id, Locale::En).unwrap();
    assert!(en("S5-SYNC-01").contains("UPN suffix added"));
    assert!(en("S5-SYNC-02").contains("set on the on-premises users"));
    assert!(en("S5-SYNC-03").contains("Azure AD Connect sync"));
    assert!(en("S5-SYNC-04").contains("licenses assigned"));
    let nl = |id| i18n::item_label(id, Locale::Nl).unwrap();
    assert!(nl("S5-SYNC-01").contains("UPN-achtervoegsel"));
    assert!(nl("S5-SYNC-03").contains("Azure AD Connect-synchronisatie"));
    assert!(nl("S5-SYNC-04").contains("Office 365-beheerportal"));
    // The item list holds them in the same order, one after the other.
    let ids: Vec<&str> = CLASSIC_2017.items.iter().map(|d| d.id).collect();
    let at = ids.iter().position(|i| *i == "S5-SYNC-01").unwrap();
    assert_eq!(&ids[at..at + 4], CLASSIC_2017.sync_items);
}

#[test]
fn source_sync_items_apply_only_with_on_premises_users() {
    let cloud = Plan::default();
    let on_prem = on_prem_plan(Some("contoso.com"));
    for id in CLASSIC_2017.sync_items {
        let def = domain::ruleset::CLASSIC_2017.item(id).unwrap();
        assert!(!def.applies_to(&cloud), "{id}");
        assert!(def.applies_to(&on_prem), "{id}");
    }
    assert!(analyze(&cloud).licenses.sync_items.is_empty());
    assert_eq!(
        analyze(&on_prem).licenses.sync_items,
        ["S5-SYNC-01", "S5-SYNC-02", "S5-SYNC-03", "S5-SYNC-04"]
    );
    let count = |p: &Plan| {
        analyze(p)
            .readiness
            .step(StepId::Licenses)
            .unwrap()
            .applicable
    };
    assert_eq!(count(&cloud), 2);
    assert_eq!(count(&on_prem), 6);
}

#[test]
fn source_assignment_in_the_office_365_admin_portal() {
    assert_eq!(
        AssignMethod::ALL,
        [AssignMethod::Office365PortalPerUser, AssignMethod::Group]
    );
    assert!(
        i18n::licenses::method_label(AssignMethod::Office365PortalPerUser, Locale::Nl)
            .contains("Office 365-beheerportal")
    );
    for m in AssignMethod::ALL {
        let (en, nl) = (
            i18n::licenses::method_label(m, Locale::En),
            i18n::licenses::method_label(m, Locale::Nl),
        );
        assert!(!en.is_empty() && en != nl, "{m:?}");
    }
}

#[test]
fn source_a_user_license_covers_up_to_15_devices() {
    assert_eq!(CLASSIC_2017.max_devices_per_user, 15);
    assert_eq!(analyze(&Plan::default()).licenses.max_devices_per_user, 15);
    let with = |n| {
        let mut p = Plan::default();
        p.licenses.devices_per_user = Some(n);
        findings(&p)
    };
    assert!(with(1).is_empty());
    assert!(with(15).is_empty());
    assert_eq!(
        with(16),
        [(
            Path::DevicesPerUser,
            Code::TooManyDevicesPerUser {
                max: 15,
                actual: 16
            },
            Severity::Blocker
        )]
    );
    assert_eq!(
        with(0),
        [(
            Path::DevicesPerUser,
            Code::NoDevicesPerUser,
            Severity::Warning
        )]
    );
    let mut p = Plan::default();
    p.licenses.devices_per_user = None;
    assert!(findings(&p).is_empty());
}

#[test]
fn a_method_without_who_is_a_warning() {
    let mut p = Plan::default();
    p.licenses.method = Some(AssignMethod::Office365PortalPerUser);
    assert_eq!(
        findings(&p),
        [(Path::Who, Code::WhoMissing, Severity::Warning)]
    );
    p.licenses.who = "The 20 pilot users".into();
    assert!(findings(&p).is_empty());
}

#[test]
fn on_premises_users_need_a_upn_suffix_domain_from_step_1() {
    assert_eq!(
        findings(&on_prem_plan(None)),
        [(
            Path::UsersFromOnPremisesAd,
            Code::NoUpnSuffixForSync,
            Severity::Warning
        )]
    );
    // A .local suffix is no help: it cannot be verified.
    assert_eq!(findings(&on_prem_plan(Some("contoso.local"))).len(), 1);
    assert!(findings(&on_prem_plan(Some("contoso.com"))).is_empty());
    // Step 1's findings are not repeated by step 5.
    let a = analyze(&on_prem_plan(Some("contoso.local")));
    let step1 = a
        .findings
        .iter()
        .filter(|f| matches!(f.path, FieldPath::Connections(_)))
        .count();
    assert_eq!(step1, 1);
}

#[test]
fn untouched_step_is_not_started() {
    let a = analyze(&Plan::default());
    assert_eq!(
        a.readiness.step(StepId::Licenses).unwrap().readiness,
        Readiness::NotStarted
    );
    assert!(findings(&Plan::default()).is_empty());
}

#[test]
fn json_round_trip_and_defaults() {
    let mut plan = on_prem_plan(Some("contoso.com"));
    plan.licenses.method = Some(AssignMethod::Group);
    plan.licenses.who = "Pilot".into();
    plan.licenses.devices_per_user = Some(5);
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.contains("\"method\":\"group\""), "{json}");
    assert_eq!(enrollready::format::read_json::<Plan>(&json).unwrap(), plan);
    let p: Plan =
        enrollready::format::read_json(r#"{"licenses":{"method":"office365_portal_per_user"}}"#)
            .unwrap();
    assert_eq!(
        p.licenses.method,
        Some(AssignMethod::Office365PortalPerUser)
    );
    assert!(!p.licenses.users_from_on_premises_ad);
}

fn all_codes() -> Vec<Code> {
    vec![
        Code::WhoMissing,
        Code::TooManyDevicesPerUser {
            max: 15,
            actual: 20,
        },
        Code::NoDevicesPerUser,
        Code::NoUpnSuffixForSync,
        Code::DevicesPerUserAboveDeviceLimit {
            planned: 5,
            limit: 3,
        },
    ]
}

#[test]
fn every_code_has_a_message_in_both_languages() {
    for code in all_codes() {
        match &code {
            Code::WhoMissing
            | Code::TooManyDevicesPerUser { .. }
            | Code::NoDevicesPerUser
            | Code::NoUpnSuffixForSync
            | Code::DevicesPerUserAboveDeviceLimit { .. } => {}
        }
        let code = domain::Code::Licenses(code);
        let en = i18n::finding_message(&code, Locale::En);
        let nl = i18n::finding_message(&code, Locale::Nl);
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{code:?}");
        assert_ne!(en, nl, "{code:?}");
    }
    let m = i18n::finding_message(
        &domain::Code::Licenses(Code::TooManyDevicesPerUser {
            max: 15,
            actual: 20,
        }),
        Locale::Nl,
    );
    assert!(m.contains("15") && m.contains("20"), "{m}");
}

#[test]
fn every_item_has_an_english_and_a_dutch_label() {
    for def in CLASSIC_2017.items {
        let en = i18n::item_label(def.id, Locale::En).unwrap_or_default();
        let nl = i18n::item_label(def.id, Locale::Nl).unwrap_or_default();
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{}", def.id);
        assert_ne!(en, nl, "{}", def.id);
    }
    assert_eq!(i18n::licenses::ITEMS.len(), CLASSIC_2017.items.len());
}

#[test]
fn m2_devices_per_user_above_device_limit_is_a_warning() {
    let at = domain::FieldPath::Licenses(Path::DevicesPerUser);
    let findings = |per_user: Option<u32>, limit: Option<u32>| -> Vec<domain::Finding> {
        let mut plan = Plan::default();
        plan.licenses.devices_per_user = per_user;
        plan.enrollment.device_limit = limit;
        analyze(&plan).for_path(at).cloned().collect()
    };
    let warning = |planned, limit| {
        domain::Finding::warning(
            at,
            domain::Code::Licenses(Code::DevicesPerUserAboveDeviceLimit { planned, limit }),
        )
    };
    // Above the limit (by one): a warning on "Devices per user".
    assert_eq!(findings(Some(4), Some(3)), vec![warning(4, 3)]);
    assert_eq!(findings(Some(15), Some(5)), vec![warning(15, 5)]);
    // At the limit or below, or either value not decided: nothing.
    assert_eq!(findings(Some(3), Some(3)), vec![]);
    assert_eq!(findings(Some(2), Some(3)), vec![]);
    assert_eq!(findings(Some(4), None), vec![]);
    assert_eq!(findings(None, Some(3)), vec![]);
    let m = i18n::finding_message(&warning(4, 3).code, Locale::Nl);
    assert!(
        m.contains('4') && m.contains('3') && m.contains("apparaatlimiet"),
        "{m}"
    );
}

#[test]
fn m6_license_adds_the_user_to_the_intune_user_group() {
    let en = i18n::item_label("S5-01", Locale::En).unwrap();
    let nl = i18n::item_label("S5-01", Locale::Nl).unwrap();
    assert!(en.contains("Microsoft Intune user group"), "{en}");
    assert!(nl.contains("Microsoft Intune-gebruikersgroep"), "{nl}");
}
