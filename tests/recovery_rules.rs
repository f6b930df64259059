//! The recovery path after choosing the wrong MDM authority (the source's last
//! section, DOMAIN §3.2 and §9): the decision table exhaustively, with its
//! reasons; every reset checklist item in the source's order; the support
//! request pack; the notice; and the texts in both languages.

use enrollready::domain::authority::Authority;
use enrollready::domain::checklist::{ItemState, ItemStatus};
use enrollready::domain::readiness::Readiness;
use enrollready::domain::recovery::{
    self, decide, parse_configmgr, parse_tenant_id, parse_yymm, Change, Code as RCode,
    ConfigMgrVersion, Decision, Effect, NotYymm, Note, Notice, Path, Reason, ResetList, Route,
    Rules, SupportPack, TenantId, CLASSIC_2017,
};
use enrollready::domain::ruleset::{self, Ruleset};
use enrollready::domain::{Action, Analysis, Code, Ctx, Date, FieldPath, Plan, Severity, StepId};
use enrollready::i18n::recovery as text;
use enrollready::i18n::{self, Locale};

use Authority::{ConfigurationManager as Cm, Intune, Office365 as O365};

fn ctx() -> Ctx {
    Ctx {
        today: Date::new(2017, 10, 10).unwrap(),
        ruleset: &ruleset::CLASSIC_2017,
    }
}

fn analyze(plan: &Plan) -> Analysis {
    enrollready::domain::analyze(plan, &ctx())
}

fn plan(
    current: Option<Authority>,
    target: Option<Authority>,
    co: bool,
    cm: &str,
    it: &str,
) -> Plan {
    let mut p = Plan::default();
    p.recovery.current_authority = current;
    p.recovery.target_authority = target;
    p.recovery.co_existence = co;
    p.recovery.configmgr_version = cm.into();
    p.recovery.intune_release = it.into();
    p
}

/// Recovery findings of a plan: (path, code, severity).
fn findings(p: &Plan) -> Vec<(Path, RCode, Severity)> {
    analyze(p)
        .findings
        .into_iter()
        .filter_map(|f| match (f.path, f.code) {
            (FieldPath::Recovery(path), Code::Recovery(code)) => Some((path, code, f.severity)),
            _ => None,
        })
        .collect()
}

fn codes_at(p: &Plan, path: Path) -> Vec<RCode> {
    findings(p)
        .into_iter()
        .filter(|f| f.0 == path)
        .map(|f| f.1)
        .collect()
}

fn set(p: &mut Plan, id: &str, status: ItemStatus) {
    let reason = if status == ItemStatus::NotApplicable {
        "does not apply here".to_owned()
    } else {
        String::new()
    };
    p.apply(Action::SetItem(
        id.into(),
        ItemState {
            status,
            reason,
            ..ItemState::default()
        },
    ));
}

fn ids_with_prefix(prefix: &str) -> Vec<&'static str> {
    CLASSIC_2017
        .items
        .iter()
        .map(|d| d.id)
        .filter(|id| id.starts_with(prefix))
        .collect()
}

fn label(id: &str, l: Locale) -> &'static str {
    i18n::item_label(id, l).unwrap_or_else(|| panic!("no label for {id}"))
}

const AUTHORITIES: [Option<Authority>; 4] = [None, Some(Intune), Some(Cm), Some(O365)];

// ---------------------------------------------------------------------------
// The decision table
// ---------------------------------------------------------------------------

/// The decision table of DOMAIN §9.1 written out independently of the core,
/// with the source's numbers (Configuration Manager 1610, Intune 1705).
fn oracle(
    current: Option<Authority>,
    target: Option<Authority>,
    co: bool,
    cm: Option<u32>,
    it: Option<u32>,
    it_empty: bool,
) -> (Decision, Vec<Reason>) {
    const A: &[ResetList] = &[ResetList::A];
    const B: &[ResetList] = &[ResetList::B];
    const C: &[ResetList] = &[ResetList::C];
    const AC: &[ResetList] = &[ResetList::A, ResetList::C];
    let Some(from) = current else {
        return (Decision::SetInStep2, vec![Reason::NoCurrentAuthority]);
    };
    let Some(to) = target else {
        return (Decision::Undecided, vec![Reason::TargetMissing]);
    };
    if from == to {
        return (
            Decision::NothingToDo,
            vec![Reason::SameAuthority { authority: from }],
        );
    }
    let co = co && from == Intune;
    let (change, lists) = match (from, to) {
        (Intune, Cm) => (Some(Change::IntuneToConfigMgr), if co { AC } else { A }),
        (Cm, Intune) => (Some(Change::ConfigMgrToIntune), B),
        (O365, Cm) => (None, C),
        _ => {
            return (
                Decision::ContactSupport,
                vec![Reason::NotListed { from, to }],
            )
        }
    };
    let Some(change) = change else {
        return (
            Decision::SupportRequest(lists),
            vec![Reason::SupportOnly { from, to }],
        );
    };
    let cm_reason = match cm {
        None => Reason::ConfigMgrVersionUnknown { min: 1610 },
        Some(v) if v < 1610 => Reason::ConfigMgrVersionTooOld {
            version: v,
            min: 1610,
        },
        Some(v) => Reason::ConfigMgrVersionMeets {
            version: v,
            min: 1610,
        },
    };
    // Nothing entered: the 2017 ruleset assumes 1705 (review Q7).
    let it = if it_empty { None } else { it };
    let it_reason = match it {
        None if it_empty => Reason::IntuneReleaseAssumed {
            release: 1705,
            min: 1705,
        },
        None => Reason::IntuneReleaseUnknown { min: 1705 },
        Some(v) if v < 1705 => Reason::IntuneReleaseTooOld {
            release: v,
            min: 1705,
        },
        Some(v) => Reason::IntuneReleaseMeets {
            release: v,
            min: 1705,
        },
    };
    if matches!(cm, Some(v) if v >= 1610) && (it_empty || matches!(it, Some(v) if v >= 1705)) {
        let mut reasons = vec![Reason::SelfServicePair { from, to }, cm_reason, it_reason];
        if co {
            reasons.push(Reason::CoExistenceLicenseFirst);
        }
        return (Decision::SelfService(change), reasons);
    }
    // A version known to be too old decides alone; otherwise the unknown
    // versions are the reasons.
    let too_old: Vec<Reason> = [cm_reason, it_reason]
        .into_iter()
        .filter(|r| {
            matches!(
                r,
                Reason::ConfigMgrVersionTooOld { .. } | Reason::IntuneReleaseTooOld { .. }
            )
        })
        .collect();
    let mut reasons = if too_old.is_empty() {
        [cm_reason, it_reason]
            .into_iter()
            .filter(|r| {
                matches!(
                    r,
                    Reason::ConfigMgrVersionUnknown { .. } | Reason::IntuneReleaseUnknown { .. }
                )
            })
            .collect()
    } else {
        too_old
    };
    if co {
        reasons.push(Reason::CoExistenceBothLists);
    }
    (Decision::SupportRequest(lists), reasons)
}

/// Versions at both boundaries, unknown and unreadable.
const VERSIONS: [&str; 8] = ["", "1606", "1609", "1610", "1702", "16x0", "1613", " 1610 "];
const RELEASES: [&str; 7] = ["", "1612", "1704", "1705", "1710", "17-5", " 1705 "];

#[test]
fn decision_table_every_pair_co_existence_and_version_boundary() {
    let mut cases = 0;
    let mut seen = std::collections::BTreeSet::new();
    for current in AUTHORITIES {
        for target in AUTHORITIES {
            for co in [false, true] {
                for cm in VERSIONS {
                    for it in RELEASES {
                        let r = plan(current, target, co, cm, it).recovery;
                        let out = decide(&r, &CLASSIC_2017);
                        let cm_n = parse_yymm(cm).ok().flatten();
                        let it_n = parse_yymm(it).ok().flatten();
                        let it_empty = it.trim().is_empty();
                        let (decision, reasons) = oracle(current, target, co, cm_n, it_n, it_empty);
                        assert_eq!(
                            (out.decision, &out.reasons),
                            (decision, &reasons),
                            "{current:?} → {target:?}, co-existence {co}, CM {cm:?}, Intune {it:?}"
                        );
                        assert!(!out.reasons.is_empty(), "reasons are never empty");
                        seen.insert(format!("{decision:?}"));
                        cases += 1;
                    }
                }
            }
        }
    }
    assert_eq!(cases, 4 * 4 * 2 * VERSIONS.len() * RELEASES.len());
    // Every kind of decision of the 2017 rules is reached.
    for d in [
        "SetInStep2",
        "Undecided",
        "NothingToDo",
        "SelfService(IntuneToConfigMgr)",
        "SelfService(ConfigMgrToIntune)",
        "SupportRequest([A])",
        "SupportRequest([B])",
        "SupportRequest([C])",
        "SupportRequest([A, C])",
        "ContactSupport",
    ] {
        assert!(seen.contains(d), "{d} never decided: {seen:?}");
    }
}

#[test]
fn decision_table_named_cases() {
    let d = |c, t, co, cm, it| decide(&plan(c, t, co, cm, it).recovery, &CLASSIC_2017);
    // Boundaries: 1609 / 1610 and 1704 / 1705.
    let out = d(Some(Intune), Some(Cm), false, "1610", "1705");
    assert_eq!(
        out.decision,
        Decision::SelfService(Change::IntuneToConfigMgr)
    );
    assert_eq!(
        out.reasons,
        vec![
            Reason::SelfServicePair {
                from: Intune,
                to: Cm
            },
            Reason::ConfigMgrVersionMeets {
                version: 1610,
                min: 1610
            },
            Reason::IntuneReleaseMeets {
                release: 1705,
                min: 1705
            },
        ]
    );
    assert_eq!(out.missing, vec![]);
    let out = d(Some(Intune), Some(Cm), false, "1609", "1705");
    assert_eq!(out.decision, Decision::SupportRequest(&[ResetList::A]));
    assert_eq!(
        out.reasons,
        vec![Reason::ConfigMgrVersionTooOld {
            version: 1609,
            min: 1610
        }]
    );
    let out = d(Some(Cm), Some(Intune), false, "1610", "1704");
    assert_eq!(out.decision, Decision::SupportRequest(&[ResetList::B]));
    assert_eq!(
        out.reasons,
        vec![Reason::IntuneReleaseTooOld {
            release: 1704,
            min: 1705
        }]
    );
    // Both too old: both reasons.
    let out = d(Some(Cm), Some(Intune), false, "1606", "1704");
    assert_eq!(
        out.reasons,
        vec![
            Reason::ConfigMgrVersionTooOld {
                version: 1606,
                min: 1610
            },
            Reason::IntuneReleaseTooOld {
                release: 1704,
                min: 1705
            },
        ]
    );
    // Versions unknown (an unreadable release is not assumed): a support
    // request, and the decision says what is missing.
    let out = d(Some(Intune), Some(Cm), false, "", "17-5");
    assert_eq!(out.decision, Decision::SupportRequest(&[ResetList::A]));
    assert_eq!(
        out.reasons,
        vec![
            Reason::ConfigMgrVersionUnknown { min: 1610 },
            Reason::IntuneReleaseUnknown { min: 1705 },
        ]
    );
    assert_eq!(
        out.missing,
        vec![Path::ConfigMgrVersion, Path::IntuneRelease]
    );
    // No release entered: 1705 is assumed, only the Configuration Manager
    // version is missing.
    let out = d(Some(Intune), Some(Cm), false, "", "");
    assert_eq!(out.decision, Decision::SupportRequest(&[ResetList::A]));
    assert_eq!(
        out.reasons,
        vec![Reason::ConfigMgrVersionUnknown { min: 1610 }]
    );
    assert_eq!(out.missing, vec![Path::ConfigMgrVersion]);
    // Target missing.
    let out = d(Some(Intune), None, false, "", "");
    assert_eq!(out.decision, Decision::Undecided);
    assert_eq!(out.missing, vec![Path::TargetAuthority]);
    // Numeric comparison, not text: 1702 is later than 1610.
    let out = d(Some(Intune), Some(Cm), false, "1702", "1710");
    assert_eq!(
        out.decision,
        Decision::SelfService(Change::IntuneToConfigMgr)
    );
}

#[test]
fn versions_are_four_digit_yymm_numbers() {
    assert_eq!(parse_yymm(""), Ok(None));
    assert_eq!(parse_yymm("   "), Ok(None));
    assert_eq!(parse_yymm("1610"), Ok(Some(1610)));
    assert_eq!(parse_yymm(" 1705 "), Ok(Some(1705)));
    assert_eq!(parse_yymm("1512"), Ok(Some(1512)));
    for bad in [
        "161",
        "16100",
        "1613",
        "1600",
        "16.10",
        "v1610",
        "abcd",
        "1 610",
        "１６１０",
    ] {
        assert_eq!(parse_yymm(bad), Err(NotYymm), "{bad:?}");
    }
}

// ---------------------------------------------------------------------------
// Facts of the source, one test each
// ---------------------------------------------------------------------------

#[test]
fn source_self_service_needs_configmgr_1610_and_intune_1705() {
    assert_eq!(
        (CLASSIC_2017.min_configmgr, CLASSIC_2017.min_intune),
        (1610, 1705)
    );
    let ok = plan(Some(Intune), Some(Cm), false, "1610", "1705");
    assert!(matches!(
        analyze(&ok).recovery.decision,
        Decision::SelfService(_)
    ));
    for (cm, it) in [("1609", "1705"), ("1610", "1704")] {
        let p = plan(Some(Intune), Some(Cm), false, cm, it);
        assert_eq!(
            analyze(&p).recovery.decision,
            Decision::SupportRequest(&[ResetList::A]),
            "{cm} {it}"
        );
    }
}

#[test]
fn source_self_service_change_works_in_either_direction() {
    let a = plan(Some(Intune), Some(Cm), false, "1610", "1705");
    let b = plan(Some(Cm), Some(Intune), false, "1610", "1705");
    assert_eq!(
        analyze(&a).recovery.decision,
        Decision::SelfService(Change::IntuneToConfigMgr)
    );
    assert_eq!(
        analyze(&b).recovery.decision,
        Decision::SelfService(Change::ConfigMgrToIntune)
    );
}

#[test]
fn source_older_than_configmgr_1610_means_contact_microsoft_support() {
    let p = plan(Some(Cm), Some(Intune), false, "1606", "1705");
    let d = analyze(&p).recovery;
    assert!(d.decision.needs_support());
    assert_eq!(
        d.reasons,
        vec![Reason::ConfigMgrVersionTooOld {
            version: 1606,
            min: 1610
        }]
    );
    assert!(text::reason_text(&d.reasons[0], Locale::En).contains("1606 is older than 1610"));
    assert!(text::reason_text(&d.reasons[0], Locale::Nl).contains("1606 is ouder dan 1610"));
}

#[test]
fn source_no_current_authority_means_nothing_to_reset_set_it_in_step_2() {
    for target in AUTHORITIES {
        let p = plan(None, target, false, "", "");
        let d = analyze(&p).recovery;
        assert_eq!(d.decision, Decision::SetInStep2);
        assert_eq!(d.reasons, vec![Reason::NoCurrentAuthority]);
        assert!(d.items.is_empty() && d.pack.is_none() && d.notice.is_none());
        assert_eq!(findings(&p), vec![]);
    }
    let en = text::decision_text(&Decision::SetInStep2, Locale::En);
    assert!(en.contains("step 2"), "{en}");
}

#[test]
fn source_same_authority_means_nothing_to_do() {
    for a in [Intune, Cm, O365] {
        let d = analyze(&plan(Some(a), Some(a), false, "1606", "1704")).recovery;
        assert_eq!(d.decision, Decision::NothingToDo);
        assert_eq!(d.reasons, vec![Reason::SameAuthority { authority: a }]);
        assert!(d.items.is_empty());
    }
}

#[test]
fn source_reset_from_intune_to_configmgr_uses_checklist_a() {
    let d = analyze(&plan(Some(Intune), Some(Cm), false, "1606", "1705")).recovery;
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::A]));
    assert_eq!(d.items, ids_with_prefix("RST-A-"));
}

#[test]
fn source_reset_from_configmgr_to_intune_uses_checklist_b() {
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "1606", "1705")).recovery;
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::B]));
    assert_eq!(d.items, ids_with_prefix("RST-B-"));
}

#[test]
fn source_reset_from_office365_to_configmgr_uses_checklist_c_even_with_new_versions() {
    let d = analyze(&plan(Some(O365), Some(Cm), false, "1702", "1710")).recovery;
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::C]));
    assert_eq!(d.reasons, vec![Reason::SupportOnly { from: O365, to: Cm }]);
    assert_eq!(d.items, ids_with_prefix("RST-C-"));
    let en = text::reason_text(&d.reasons[0], Locale::En);
    assert!(en.contains("Office 365 → Configuration Manager"), "{en}");
}

#[test]
fn source_co_existence_confirms_both_the_intune_and_office365_checklists() {
    let p = plan(Some(Intune), Some(Cm), true, "1606", "1705");
    let d = analyze(&p).recovery;
    assert_eq!(
        d.decision,
        Decision::SupportRequest(&[ResetList::A, ResetList::C])
    );
    assert!(d.reasons.contains(&Reason::CoExistenceBothLists));
    let mut both = ids_with_prefix("RST-A-");
    both.extend(ids_with_prefix("RST-C-"));
    assert_eq!(d.items, both);
    assert_eq!(d.notes, vec![Note::ApnsCertificateStaysWithAccount]);
    let en = text::decision_text(&d.decision, Locale::En);
    assert!(en.contains("checklists A and C"), "{en}");
    let nl = text::decision_text(&d.decision, Locale::Nl);
    assert!(nl.contains("controlelijsten A en C"), "{nl}");
    // Readiness counts the 13 items of both lists.
    let r = analyze(&p).readiness;
    assert_eq!(r.step(StepId::Recovery).unwrap().applicable, 13);
}

#[test]
fn source_co_existence_with_new_versions_is_self_service_after_licensing_office365_users() {
    let p = plan(Some(Intune), Some(Cm), true, "1610", "1705");
    let d = analyze(&p).recovery;
    assert_eq!(d.decision, Decision::SelfService(Change::IntuneToConfigMgr));
    assert_eq!(d.reasons.last(), Some(&Reason::CoExistenceLicenseFirst));
    assert!(d.items.contains(&"CHG-H-03"));
    let without = analyze(&plan(Some(Intune), Some(Cm), false, "1610", "1705")).recovery;
    assert!(!without.items.contains(&"CHG-H-03"));
}

#[test]
fn source_scenario_not_listed_means_contact_microsoft_support() {
    for (from, to) in [(Intune, O365), (Cm, O365), (O365, Intune)] {
        let p = plan(Some(from), Some(to), false, "1702", "1710");
        let d = analyze(&p).recovery;
        assert_eq!(d.decision, Decision::ContactSupport, "{from:?} → {to:?}");
        assert_eq!(d.reasons, vec![Reason::NotListed { from, to }]);
        assert!(d.items.is_empty());
        assert!(
            d.pack.is_some(),
            "support still needs the tenant ID and target"
        );
        assert!(
            d.notice.is_none(),
            "no reset timing for an unlisted scenario"
        );
    }
}

#[test]
fn source_checklist_a_has_nine_items_in_the_source_order() {
    let ids = ids_with_prefix("RST-A-");
    assert_eq!(
        ids,
        [
            "RST-A-01", "RST-A-02", "RST-A-03", "RST-A-04", "RST-A-05", "RST-A-06", "RST-A-07",
            "RST-A-08", "RST-A-09"
        ]
    );
    let words = [
        "Retire all devices",
        "Service To Service Connector",
        "Device Enrollment Manager",
        "device group mapping",
        "Side Loading Keys",
        "APNs certificate",
        "DEP token",
        "Configuration Policies",
        "Managed Software",
    ];
    let nl = [
        "buiten gebruik",
        "Exchange-Connector",
        "Apparaatinschrijvingsmanager",
        "apparaatgroeptoewijzing",
        "Side Loading Keys",
        "APNs-certificaat",
        "DEP-token",
        "Configuratiebeleid",
        "Beheerde software",
    ];
    for ((id, en), nl) in ids.iter().zip(words).zip(nl) {
        assert!(label(id, Locale::En).contains(en), "{id}: {en}");
        assert!(label(id, Locale::Nl).contains(nl), "{id}: {nl}");
    }
}

#[test]
fn source_checklist_b_has_nine_items_in_the_source_order() {
    let ids = ids_with_prefix("RST-B-");
    assert_eq!(
        ids,
        [
            "RST-B-01", "RST-B-02", "RST-B-03", "RST-B-04", "RST-B-05", "RST-B-06", "RST-B-07",
            "RST-B-08", "RST-B-09"
        ]
    );
    let words = [
        "Retire all devices",
        "CloudUserSync.log",
        "iOS platform",
        "published applications",
        "policies for MDM devices",
        "Windows Intune Connector",
        "Intune subscription",
        "SMS Executive",
        "sample users",
    ];
    let nl = [
        "buiten gebruik",
        "gebruikersverzameling",
        "iOS-platform",
        "gepubliceerde toepassingen",
        "beleidsregels voor MDM-apparaten",
        "Windows Intune Connector",
        "Intune-abonnement",
        "SMS Executive-service",
        "voorbeeldgebruikers",
    ];
    for ((id, en), nl) in ids.iter().zip(words).zip(nl) {
        assert!(label(id, Locale::En).contains(en), "{id}: {en}");
        assert!(label(id, Locale::Nl).contains(nl), "{id}: {nl}");
    }
    assert!(label("RST-B-06", Locale::En).contains("R2 SP1 or earlier"));
}

#[test]
fn source_checklist_c_has_four_items_in_the_source_order() {
    let ids = ids_with_prefix("RST-C-");
    assert_eq!(ids, ["RST-C-01", "RST-C-02", "RST-C-03", "RST-C-04"]);
    let words = [
        "Security policies > Device management",
        "Selective wipe",
        "Security policies > Device security policies",
        "Delete every existing policy",
    ];
    let nl = [
        "Beveiligingsbeleid > Apparaatbeheer",
        "Selectief wissen",
        "Beveiligingsbeleid > Apparaatbeveiligingsbeleid",
        "Verwijder alle bestaande beleidsregels",
    ];
    for ((id, en), nl) in ids.iter().zip(words).zip(nl) {
        assert!(label(id, Locale::En).contains(en), "{id}: {en}");
        assert!(label(id, Locale::Nl).contains(nl), "{id}: {nl}");
    }
    assert!(label("RST-C-01", Locale::En).contains("https://protection.office.com"));
}

#[test]
fn source_the_rules_hold_exactly_these_reset_items_and_no_others() {
    let rst: Vec<&str> = CLASSIC_2017
        .items
        .iter()
        .map(|d| d.id)
        .filter(|id| id.starts_with("RST-"))
        .collect();
    assert_eq!(rst.len(), 9 + 9 + 4);
    let mut sorted = rst.clone();
    sorted.sort_unstable();
    assert_eq!(rst, sorted, "A, then B, then C, each in order");
    for d in CLASSIC_2017.items {
        assert_eq!(d.step, StepId::Recovery, "{}", d.id);
        assert!(d.counts_for_readiness, "{}", d.id);
    }
}

#[test]
fn source_never_retire_a_device_from_the_device_itself() {
    for id in ["RST-A-01", "RST-B-01", "RST-C-02"] {
        assert!(
            label(id, Locale::En).contains("never from the device itself"),
            "{id}"
        );
        assert!(
            label(id, Locale::Nl).contains("nooit vanaf het apparaat zelf"),
            "{id}"
        );
    }
}

#[test]
fn source_apns_certificate_cannot_be_deleted_and_stays_tied_to_the_account() {
    let c = analyze(&plan(Some(O365), Some(Cm), false, "", "")).recovery;
    assert_eq!(c.notes, vec![Note::ApnsCertificateStaysWithAccount]);
    let en = text::note_text(&c.notes[0], Locale::En);
    assert!(
        en.contains("cannot be deleted") && en.contains("account"),
        "{en}"
    );
    let nl = text::note_text(&c.notes[0], Locale::Nl);
    assert!(
        nl.contains("APNs-certificaat kan niet worden verwijderd"),
        "{nl}"
    );
    // Only with checklist C.
    let a = analyze(&plan(Some(Intune), Some(Cm), false, "1606", "1705")).recovery;
    assert!(a.notes.is_empty());
}

#[test]
fn q6_reset_takes_up_to_three_business_days_usually_within_a_day() {
    assert_eq!(
        CLASSIC_2017.notice,
        Notice {
            max_business_days: 3,
            usual_days: 1,
            wait_for_confirmation: true
        }
    );
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "1606", "1705")).recovery;
    let notice = d.notice.expect("a support reset has the notice");
    // The source's words: "up to three business days … typically within one day"
    // / "maximaal drie werkdagen … meestal binnen een dag".
    let en = text::notice_text(&notice, Locale::En);
    assert!(
        en[0].contains("up to three business days")
            && en[0].contains("usually happens within a day."),
        "{}",
        en[0]
    );
    assert!(!en[0].contains("within 1 business day"), "{}", en[0]);
    let nl = text::notice_text(&notice, Locale::Nl);
    assert!(
        nl[0].contains("maximaal drie werkdagen")
            && nl[0].contains("meestal gebeurt het binnen een dag."),
        "{}",
        nl[0]
    );
    // Other numbers are written as numbers.
    let other = Notice {
        max_business_days: 5,
        usual_days: 2,
        wait_for_confirmation: false,
    };
    let en = text::notice_text(&other, Locale::En);
    assert!(
        en[0].contains("up to 5 business days") && en[0].contains("within 2 days"),
        "{}",
        en[0]
    );
}

#[test]
fn source_do_not_configure_the_subscription_before_support_confirms() {
    let notice = CLASSIC_2017.notice;
    assert!(notice.wait_for_confirmation);
    let en = text::notice_text(&notice, Locale::En);
    assert!(
        en[1].contains("Do not configure") && en[1].contains("confirms"),
        "{en:?}"
    );
    let nl = text::notice_text(&notice, Locale::Nl);
    assert!(nl[1].contains("Configureer uw abonnement niet"), "{nl:?}");
    // No notice for a self-service change.
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "1610", "1705")).recovery;
    assert_eq!(d.notice, None);
}

#[test]
fn source_support_asks_tenant_id_target_authority_and_confirmation() {
    let mut p = plan(Some(Cm), Some(Intune), false, "1606", "1705");
    let pack = analyze(&p).recovery.pack.unwrap();
    assert_eq!(pack.target, Some(Intune));
    assert_eq!(pack.tenant_id, None);
    assert_eq!((pack.items, pack.complete), (9, 0));
    assert!(!pack.ready);
    assert_eq!(codes_at(&p, Path::TenantId), vec![RCode::TenantIdRequired]);

    p.recovery.tenant_id = "contoso.onmicrosoft.com".into();
    for id in ids_with_prefix("RST-B-") {
        set(&mut p, id, ItemStatus::Done);
    }
    let pack = analyze(&p).recovery.pack.unwrap();
    assert_eq!(
        pack.tenant_id,
        Some(TenantId::Domain("contoso.onmicrosoft.com".into()))
    );
    assert_eq!((pack.complete, pack.open_items.len()), (9, 0));
    assert!(!pack.ready, "not ready without the confirmation");

    p.recovery.checklist_confirmed = true;
    let a = analyze(&p);
    assert!(a.recovery.pack.as_ref().unwrap().ready);
    assert_eq!(findings(&p), vec![]);
    assert_eq!(
        a.readiness.step(StepId::Recovery).unwrap().readiness,
        Readiness::Ready
    );
    let status = text::pack_status(a.recovery.pack.as_ref().unwrap(), Locale::Nl);
    assert!(status.contains("9 van 9"), "{status}");
}

#[test]
fn source_tenant_id_is_the_sign_in_domain_or_a_guid() {
    assert_eq!(
        parse_tenant_id(" Contoso.OnMicrosoft.com "),
        Some(TenantId::Domain("contoso.onmicrosoft.com".into()))
    );
    assert_eq!(
        parse_tenant_id("intune.onmicrosoft.com"),
        Some(TenantId::Domain("intune.onmicrosoft.com".into()))
    );
    assert_eq!(
        parse_tenant_id("{72F988BF-86F1-41AF-91AB-2D7CD011DB47}"),
        Some(TenantId::Guid(
            "72f988bf-86f1-41af-91ab-2d7cd011db47".into()
        ))
    );
    for bad in [
        "contoso",
        "admin@contoso.onmicrosoft.com",
        "https://contoso.onmicrosoft.com",
        "contoso..com",
        "72f988bf-86f1-41af-91ab-2d7cd011db4",
        "72f988bf-86f1-41af-91ab-2d7cd011db4g",
    ] {
        assert_eq!(parse_tenant_id(bad), None, "{bad}");
    }
    let mut p = plan(Some(O365), Some(Cm), false, "", "");
    p.recovery.tenant_id = "admin@contoso.onmicrosoft.com".into();
    assert_eq!(codes_at(&p, Path::TenantId), vec![RCode::TenantIdFormat]);
    p.recovery.tenant_id = "72f988bf-86f1-41af-91ab-2d7cd011db47".into();
    let f = findings(&p);
    assert!(f.contains(&(Path::TenantId, RCode::TenantIdGuid, Severity::Info)));
}

#[test]
fn source_self_service_effects_eight_hours_apns_seven_days_a_week_userless() {
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "1610", "1705")).recovery;
    assert_eq!(
        d.effects,
        [
            Effect::DevicesMoveWithinHours { hours: 8 },
            Effect::IosFailsUntilApnsUploaded,
            Effect::OfflineDevicesKeepProfilesDays { days: 7 },
            Effect::ComplianceDataWithinWeeks { weeks: 1 },
            Effect::UserlessDevicesNotMigrated,
        ]
    );
    let en: Vec<String> = d
        .effects
        .iter()
        .map(|e| text::effect_text(e, Locale::En))
        .collect();
    assert!(en[0].contains("up to 8 hours"));
    assert!(en[1].contains("iOS enrollments and check-ins fail"));
    assert!(en[2].contains("up to 7 days"));
    assert!(en[3].contains("up to a week"));
    assert!(en[4].contains("not migrated"));
    // Effects only with a self-service change.
    let s = analyze(&plan(Some(Cm), Some(Intune), false, "1606", "1705")).recovery;
    assert!(s.effects.is_empty());
}

#[test]
fn source_preparation_lists_for_both_directions() {
    let h = analyze(&plan(Some(Intune), Some(Cm), false, "1610", "1705")).recovery;
    assert_eq!(
        h.items,
        ["CHG-H-01", "CHG-H-02", "CHG-H-04", "CHG-H-05", "CHG-H-06"]
    );
    assert!(label("CHG-H-01", Locale::En).contains("user collection"));
    assert!(label("CHG-H-01", Locale::Nl).contains("gebruikersverzameling"));
    assert!(label("CHG-H-04", Locale::En).contains("Device Enrollment Manager"));
    assert!(label("CHG-H-05", Locale::En).contains("device group mapping"));
    assert!(label("CHG-H-06", Locale::En).contains("same iOS APNs certificate"));
    let i = analyze(&plan(Some(Cm), Some(Intune), false, "1610", "1705")).recovery;
    assert_eq!(i.items, ids_with_prefix("CHG-I-"));
    assert_eq!(i.items.len(), 6);
    assert!(label("CHG-I-01", Locale::En).contains("Intune/EMS license"));
    assert!(label("CHG-I-04", Locale::En).contains("device categories"));
    assert!(label("CHG-I-06", Locale::En).contains("Change MDM Authority to Microsoft Intune"));
    // No support pack for a self-service change.
    assert!(h.pack.is_none() && i.pack.is_none());
}

// ---------------------------------------------------------------------------
// Items apply only when the decision selects them
// ---------------------------------------------------------------------------

#[test]
fn items_apply_only_when_the_decision_selects_their_list() {
    let rs = &ruleset::CLASSIC_2017;
    for current in AUTHORITIES {
        for target in AUTHORITIES {
            for co in [false, true] {
                for (cm, it) in [("1606", "1705"), ("1610", "1705"), ("", "")] {
                    let p = plan(current, target, co, cm, it);
                    let d = analyze(&p).recovery;
                    let lists = d.decision.checklists();
                    for def in rs.items().filter(|x| x.step == StepId::Recovery) {
                        let in_list = ResetList::ALL
                            .iter()
                            .any(|l| def.id.starts_with(l.prefix()) && lists.contains(l));
                        let prep = match d.decision {
                            Decision::SelfService(Change::IntuneToConfigMgr) => {
                                def.id.starts_with("CHG-H-")
                                    && (def.id != "CHG-H-03" || p.recovery.co_existence)
                            }
                            Decision::SelfService(Change::ConfigMgrToIntune) => {
                                def.id.starts_with("CHG-I-")
                            }
                            _ => false,
                        };
                        assert_eq!(
                            def.applies_to(&p),
                            in_list || prep,
                            "{} for {current:?} → {target:?} co {co} {cm} {it}",
                            def.id
                        );
                        assert_eq!(d.items.contains(&def.id), in_list || prep);
                    }
                }
            }
        }
    }
}

#[test]
fn readiness_counts_only_the_selected_checklist() {
    let p = plan(Some(Intune), Some(Cm), false, "1606", "1705");
    let a = analyze(&p);
    let step = a.readiness.step(StepId::Recovery).unwrap();
    assert_eq!((step.applicable, step.done), (9, 0));
    // A state recorded for an item of another list does not count.
    let mut p2 = p.clone();
    set(&mut p2, "RST-B-01", ItemStatus::Done);
    let step = analyze(&p2).readiness;
    assert_eq!(step.step(StepId::Recovery).unwrap().done, 0);
}

#[test]
fn an_untouched_recovery_section_says_nothing() {
    let a = analyze(&Plan::default());
    assert!(findings(&Plan::default()).is_empty());
    assert_eq!(a.recovery.decision, Decision::SetInStep2);
    assert_eq!(
        a.readiness.step(StepId::Recovery).unwrap().readiness,
        Readiness::NotStarted
    );
}

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

#[test]
fn a_missing_target_is_a_blocker_and_listed_as_missing() {
    let p = plan(Some(Intune), None, false, "", "");
    assert_eq!(
        findings(&p),
        vec![(
            Path::TargetAuthority,
            RCode::TargetRequired,
            Severity::Blocker
        )]
    );
    let d = analyze(&p).recovery;
    assert_eq!(d.missing, vec![Path::TargetAuthority]);
    let nl = text::missing_text(&d.missing, Locale::Nl);
    assert!(nl.contains("Gewenste MDM-instantie"), "{nl}");
}

#[test]
fn unknown_versions_are_findings_that_say_what_is_needed() {
    let p = plan(Some(Cm), Some(Intune), false, "", "");
    assert_eq!(
        codes_at(&p, Path::ConfigMgrVersion),
        vec![RCode::VersionNeeded { min: 1610 }]
    );
    // The Intune release is assumed (1705) when not entered: not asked for.
    assert_eq!(codes_at(&p, Path::IntuneRelease), vec![]);
    // Without an assumption (a ruleset that has none) it is asked for.
    let ctx = Ctx {
        today: Date::new(2017, 10, 10).unwrap(),
        ruleset: &NO_ASSUMPTION,
    };
    let asked: Vec<_> = enrollready::domain::analyze(&p, &ctx)
        .findings
        .into_iter()
        .filter(|f| f.path == FieldPath::Recovery(Path::IntuneRelease))
        .map(|f| f.code)
        .collect();
    assert_eq!(
        asked,
        vec![Code::Recovery(RCode::VersionNeeded { min: 1705 })]
    );
    // Not asked where no self-service change is possible.
    let c = plan(Some(O365), Some(Cm), false, "", "");
    assert!(codes_at(&c, Path::ConfigMgrVersion).is_empty());
    assert!(codes_at(&c, Path::IntuneRelease).is_empty());
}

#[test]
fn malformed_versions_are_blockers_and_count_as_unknown() {
    let p = plan(Some(Intune), Some(Cm), false, "16.10", "May 2017");
    assert_eq!(
        codes_at(&p, Path::ConfigMgrVersion),
        vec![RCode::VersionFormat {
            example: 1610,
            older: Some("2012 R2 SP1")
        }]
    );
    assert_eq!(
        codes_at(&p, Path::IntuneRelease),
        vec![RCode::VersionFormat {
            example: 1705,
            older: None
        }]
    );
    let d = analyze(&p).recovery;
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::A]));
    assert_eq!(d.missing, vec![Path::ConfigMgrVersion, Path::IntuneRelease]);
    assert_eq!((d.configmgr_version, d.intune_release), (None, None));
    // Review 2, §2.4: the field also takes an older version such as
    // "2012 R2 SP1" (RST-B-06, seed l.195), and its message and label say so.
    for l in Locale::ALL {
        let m = i18n::finding_message(
            &Code::Recovery(RCode::VersionFormat {
                example: 1610,
                older: Some("2012 R2 SP1"),
            }),
            l,
        );
        assert!(m.contains("1610") && m.contains("2012 R2 SP1"), "{m}");
        let label = i18n::recovery::input_label(Path::ConfigMgrVersion, l);
        assert!(label.contains("2012 R2 SP1"), "{label}");
    }
    let m = i18n::finding_message(
        &Code::Recovery(RCode::VersionFormat {
            example: 1705,
            older: None,
        }),
        Locale::En,
    );
    assert!(m.contains("1705") && m.contains("YYMM"), "{m}");
}

#[test]
fn co_existence_without_intune_is_ignored_with_a_warning() {
    let p = plan(Some(O365), Some(Cm), true, "", "");
    assert_eq!(
        findings(&p),
        vec![
            (
                Path::CoExistence,
                RCode::CoExistenceIgnored,
                Severity::Warning
            ),
            (Path::TenantId, RCode::TenantIdRequired, Severity::Blocker),
        ]
    );
    assert_eq!(
        analyze(&p).recovery.decision,
        Decision::SupportRequest(&[ResetList::C])
    );
}

#[test]
fn confirming_while_items_are_open_is_a_blocker() {
    let mut p = plan(Some(O365), Some(Cm), false, "", "");
    p.recovery.tenant_id = "contoso.onmicrosoft.com".into();
    p.recovery.checklist_confirmed = true;
    set(&mut p, "RST-C-01", ItemStatus::Done);
    set(&mut p, "RST-C-02", ItemStatus::InProgress);
    assert_eq!(
        codes_at(&p, Path::Confirmation),
        vec![RCode::ConfirmedWithOpenItems { open: 3 }]
    );
    let pack: SupportPack = analyze(&p).recovery.pack.unwrap();
    assert_eq!(pack.open_items, ["RST-C-02", "RST-C-03", "RST-C-04"]);
    assert!(!pack.ready);
    // Not applicable (with a reason) counts as complete.
    set(&mut p, "RST-C-02", ItemStatus::Done);
    set(&mut p, "RST-C-03", ItemStatus::Done);
    set(&mut p, "RST-C-04", ItemStatus::NotApplicable);
    assert!(codes_at(&p, Path::Confirmation).is_empty());
    assert!(analyze(&p).recovery.pack.unwrap().ready);
}

#[test]
fn confirming_without_a_checklist_is_only_information() {
    let mut p = plan(Some(Cm), Some(Intune), false, "1610", "1705");
    p.recovery.checklist_confirmed = true;
    assert_eq!(
        findings(&p),
        vec![(
            Path::Confirmation,
            RCode::ConfirmationNotNeeded,
            Severity::Info
        )]
    );
}

#[test]
fn a_pack_for_an_unlisted_scenario_needs_no_confirmation() {
    let mut p = plan(Some(Intune), Some(O365), false, "", "");
    p.recovery.tenant_id = "contoso.onmicrosoft.com".into();
    let pack = analyze(&p).recovery.pack.unwrap();
    assert_eq!(pack.checklists, &[] as &[ResetList]);
    assert_eq!(pack.items, 0);
    assert!(pack.ready);
}

// ---------------------------------------------------------------------------
// A later ruleset fits as another constant
// ---------------------------------------------------------------------------

static TODAY_RULES: Rules = Rules {
    items: &[],
    min_configmgr: 1610,
    legacy_configmgr: &[],
    min_intune: 1705,
    assumed_intune_release: None,
    routes: &[Route {
        from: recovery::Origin::Office365,
        to: Authority::Intune,
        self_service: None,
        scenario: ResetList::C,
        checklists: &[],
    }],
    hybrid_retired: true,
    effects: &[],
    notes: &[],
    notice: Notice {
        max_business_days: 3,
        usual_days: 1,
        wait_for_confirmation: true,
    },
};

static TODAY: Ruleset = Ruleset {
    id: "test-today",
    recovery: &TODAY_RULES,
    ..ruleset::CLASSIC_2017
};

#[test]
fn a_later_ruleset_with_hybrid_retired_is_another_constant() {
    let ctx = Ctx {
        today: Date::new(2026, 1, 5).unwrap(),
        ruleset: &TODAY,
    };
    let p = plan(Some(Intune), Some(Cm), false, "1702", "1710");
    let a = enrollready::domain::analyze(&p, &ctx);
    assert_eq!(a.recovery.decision, Decision::HybridRetired);
    assert_eq!(a.recovery.reasons, vec![Reason::HybridRetired]);
    assert!(a
        .findings
        .iter()
        .any(|f| f.code == Code::Recovery(RCode::HybridRetired)));
    let o = plan(Some(O365), Some(Intune), false, "", "");
    let d = decide(&o.recovery, &TODAY_RULES);
    assert_eq!(d.decision, Decision::SupportRequest(&[]));
    assert_eq!(
        d.reasons,
        vec![Reason::SupportOnly {
            from: O365,
            to: Intune
        }]
    );
}

// ---------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------

#[test]
fn every_item_has_different_non_empty_english_and_dutch_labels() {
    let ids: Vec<&str> = CLASSIC_2017.items.iter().map(|d| d.id).collect();
    let labelled: Vec<&str> = text::ITEMS.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(ids, labelled, "one label row per item, in the rules' order");
    for (id, en, nl) in text::ITEMS {
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{id}");
        assert_ne!(en, nl, "{id} is not translated");
        assert_eq!(label(id, Locale::En), *en);
    }
}

fn all_codes() -> Vec<RCode> {
    let all = vec![
        RCode::TargetRequired,
        RCode::VersionFormat {
            example: 1610,
            older: None,
        },
        RCode::VersionFormat {
            example: 1610,
            older: Some("2012 R2 SP1"),
        },
        RCode::VersionNeeded { min: 1705 },
        RCode::VersionInFuture {
            version: 1712,
            latest: 1710,
        },
        RCode::CoExistenceIgnored,
        RCode::HybridRetired,
        RCode::HybridMdmRetired {
            on: Date::new(2019, 9, 1).unwrap(),
        },
        RCode::TenantIdRequired,
        RCode::TenantIdFormat,
        RCode::TenantIdGuid,
        RCode::ConfirmedWithOpenItems { open: 2 },
        RCode::ConfirmationNotNeeded,
    ];
    // Fails to compile when a code is added and not listed above.
    for c in &all {
        match c {
            RCode::TargetRequired
            | RCode::VersionFormat { .. }
            | RCode::VersionNeeded { .. }
            | RCode::VersionInFuture { .. }
            | RCode::CoExistenceIgnored
            | RCode::HybridRetired
            | RCode::HybridMdmRetired { .. }
            | RCode::TenantIdRequired
            | RCode::TenantIdFormat
            | RCode::TenantIdGuid
            | RCode::ConfirmedWithOpenItems { .. }
            | RCode::ConfirmationNotNeeded => {}
        }
    }
    all
}

fn all_decisions() -> Vec<Decision> {
    let all = vec![
        Decision::SetInStep2,
        Decision::Undecided,
        Decision::NothingToDo,
        Decision::SelfService(Change::IntuneToConfigMgr),
        Decision::SelfService(Change::ConfigMgrToIntune),
        Decision::SupportRequest(&[]),
        Decision::SupportRequest(&[ResetList::A]),
        Decision::SupportRequest(&[ResetList::B]),
        Decision::SupportRequest(&[ResetList::C]),
        Decision::SupportRequest(&[ResetList::A, ResetList::C]),
        Decision::ContactSupport,
        Decision::HybridRetired,
    ];
    for d in &all {
        match d {
            Decision::SetInStep2
            | Decision::Undecided
            | Decision::NothingToDo
            | Decision::SelfService(_)
            | Decision::SupportRequest(_)
            | Decision::ContactSupport
            | Decision::HybridRetired => {}
        }
    }
    all
}

fn all_reasons() -> Vec<Reason> {
    let all = vec![
        Reason::NoCurrentAuthority,
        Reason::TargetMissing,
        Reason::SameAuthority { authority: Intune },
        Reason::SelfServicePair {
            from: Cm,
            to: Intune,
        },
        Reason::ConfigMgrVersionMeets {
            version: 1702,
            min: 1610,
        },
        Reason::ConfigMgrVersionTooOld {
            version: 1606,
            min: 1610,
        },
        Reason::ConfigMgrVersionLegacy {
            name: "2012 R2 SP1",
            min: 1610,
        },
        Reason::ConfigMgrVersionUnknown { min: 1610 },
        Reason::IntuneReleaseMeets {
            release: 1705,
            min: 1705,
        },
        Reason::IntuneReleaseTooOld {
            release: 1704,
            min: 1705,
        },
        Reason::IntuneReleaseAssumed {
            release: 1705,
            min: 1705,
        },
        Reason::IntuneReleaseUnknown { min: 1705 },
        Reason::CoExistenceBothLists,
        Reason::CoExistenceLicenseFirst,
        Reason::SupportOnly { from: O365, to: Cm },
        Reason::NotListed {
            from: Intune,
            to: O365,
        },
        Reason::HybridRetired,
    ];
    for r in &all {
        match r {
            Reason::NoCurrentAuthority
            | Reason::TargetMissing
            | Reason::SameAuthority { .. }
            | Reason::SelfServicePair { .. }
            | Reason::ConfigMgrVersionMeets { .. }
            | Reason::ConfigMgrVersionTooOld { .. }
            | Reason::ConfigMgrVersionLegacy { .. }
            | Reason::ConfigMgrVersionUnknown { .. }
            | Reason::IntuneReleaseMeets { .. }
            | Reason::IntuneReleaseTooOld { .. }
            | Reason::IntuneReleaseAssumed { .. }
            | Reason::IntuneReleaseUnknown { .. }
            | Reason::CoExistenceBothLists
            | Reason::CoExistenceLicenseFirst
            | Reason::SupportOnly { .. }
            | Reason::NotListed { .. }
            | Reason::HybridRetired => {}
        }
    }
    all
}

fn both<T: std::fmt::Debug>(what: &T, f: impl Fn(Locale) -> String) {
    let (en, nl) = (f(Locale::En), f(Locale::Nl));
    assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{what:?}");
    assert_ne!(en, nl, "{what:?} is not translated");
}

#[test]
fn every_code_decision_reason_effect_note_and_input_has_both_languages() {
    for c in all_codes() {
        both(&c, |l| text::message(&c, l));
        both(&c, |l| i18n::finding_message(&Code::Recovery(c.clone()), l));
    }
    for d in all_decisions() {
        both(&d, |l| text::decision_text(&d, l));
    }
    for r in all_reasons() {
        both(&r, |l| text::reason_text(&r, l));
    }
    for e in CLASSIC_2017.effects {
        both(e, |l| text::effect_text(e, l));
    }
    // Every note (the match fails to compile when one is added).
    let n = Note::ApnsCertificateStaysWithAccount;
    match n {
        Note::ApnsCertificateStaysWithAccount => both(&n, |l| text::note_text(&n, l).to_owned()),
    }
    for p in Path::ALL {
        both(&p, |l| text::input_label(p, l).to_owned());
    }
    for list in ResetList::ALL {
        both(&list, |l| text::checklist_title(list, l).to_owned());
    }
    for c in [Change::IntuneToConfigMgr, Change::ConfigMgrToIntune] {
        both(&c, |l| text::change_title(c, l).to_owned());
    }
    let n = CLASSIC_2017.notice;
    both(&n, |l| text::notice_text(&n, l).join(" "));
    let pack = SupportPack::default();
    both(&pack, |l| text::pack_status(&pack, l));
}

#[test]
fn dutch_texts_use_the_glossary_terms() {
    let nl = |d: Decision| text::decision_text(&d, Locale::Nl);
    assert!(nl(Decision::SupportRequest(&[ResetList::A])).contains("Microsoft Ondersteuning"));
    assert!(nl(Decision::SupportRequest(&[ResetList::A]))
        .contains("MDM-instantie opnieuw in te stellen"));
    assert!(
        nl(Decision::SupportRequest(&[ResetList::B])).contains("Voltooi controlelijst B voordat")
    );
    assert!(!nl(Decision::SupportRequest(&[])).contains("controlelijst"));
    assert!(nl(Decision::SelfService(Change::ConfigMgrToIntune)).contains("MDM-instantie zelf"));
    assert!(text::checklist_title(ResetList::C, Locale::Nl).starts_with("Controlelijst C"));
    assert!(text::message(&RCode::TenantIdRequired, Locale::Nl).contains("Tenant-ID"));
    assert!(text::notice_text(&CLASSIC_2017.notice, Locale::Nl)[0].contains("werkdagen"));
    // Configuration Manager stays untranslated; "Configuratiebeheer" is avoided.
    for (id, _, nl) in text::ITEMS {
        assert!(!nl.contains("Configuratiebeheer"), "{id}");
        assert!(!nl.contains("registr"), "{id}: use inschrijven");
    }
}

#[test]
fn a_version_known_too_old_decides_alone_and_the_other_is_not_asked_for() {
    let p = plan(Some(Cm), Some(Intune), false, "1606", "");
    let d = analyze(&p).recovery;
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::B]));
    assert_eq!(
        d.reasons,
        vec![Reason::ConfigMgrVersionTooOld {
            version: 1606,
            min: 1610
        }]
    );
    assert_eq!(d.missing, vec![]);
    assert!(codes_at(&p, Path::IntuneRelease).is_empty());
    // One unknown and one fine: the unknown one is missing.
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "", "1705")).recovery;
    assert_eq!(
        d.reasons,
        vec![Reason::ConfigMgrVersionUnknown { min: 1610 }]
    );
    assert_eq!(d.missing, vec![Path::ConfigMgrVersion]);
}

#[test]
fn a_version_after_today_is_a_warning() {
    // Today is 2017-10-10: 1710 is this month, 1712 is in the future.
    let p = plan(Some(Intune), Some(Cm), false, "1710", "1712");
    assert!(codes_at(&p, Path::ConfigMgrVersion).is_empty());
    assert_eq!(
        findings(&p)
            .into_iter()
            .filter(|f| f.0 == Path::IntuneRelease)
            .collect::<Vec<_>>(),
        vec![(
            Path::IntuneRelease,
            RCode::VersionInFuture {
                version: 1712,
                latest: 1710
            },
            Severity::Warning
        )]
    );
}

#[test]
fn the_pack_says_what_the_request_still_lacks() {
    let mut p = plan(Some(O365), Some(Cm), false, "", "");
    let pack = analyze(&p).recovery.pack.unwrap();
    assert_eq!(pack.missing, vec![Path::TenantId, Path::Confirmation]);
    p.recovery.tenant_id = "contoso.onmicrosoft.com".into();
    for id in ids_with_prefix("RST-C-") {
        set(&mut p, id, ItemStatus::Done);
    }
    assert_eq!(
        analyze(&p).recovery.pack.unwrap().missing,
        vec![Path::Confirmation]
    );
    p.recovery.checklist_confirmed = true;
    let pack = analyze(&p).recovery.pack.unwrap();
    assert_eq!(pack.missing, vec![]);
    assert!(pack.ready);
    let en = text::missing_text(&[Path::TenantId, Path::Confirmation], Locale::En);
    assert!(en.contains("Tenant ID") && en.contains("confirm"), "{en}");
}

// ---------------------------------------------------------------------------
// Issue 8: versions as admins write them, hybrid MDM retired
// ---------------------------------------------------------------------------

#[test]
fn w3_configmgr_versions_are_read_the_way_admins_write_them() {
    let read = |t: &str| parse_configmgr(t, &CLASSIC_2017);
    let yymm = |n| Ok(Some(ConfigMgrVersion::Yymm(n)));
    let legacy = |n| Ok(Some(ConfigMgrVersion::Legacy(n)));
    assert_eq!(read(""), Ok(None));
    assert_eq!(read("1610"), yymm(1610));
    assert_eq!(read(" Current Branch 1610 "), yymm(1610));
    assert_eq!(read("current branch version 1702"), yymm(1702));
    assert_eq!(read("CB 1606"), yymm(1606));
    assert_eq!(read("SCCM 1610"), yymm(1610));
    // The 2012 family: "2012" is the product, not the year-month 20-12.
    assert_eq!(read("2012"), legacy("2012"));
    assert_eq!(read("2012 R2"), legacy("2012 R2"));
    assert_eq!(read("2012 r2  sp1"), legacy("2012 R2 SP1"));
    assert_eq!(read("2012R2 SP1"), legacy("2012 R2 SP1"));
    assert_eq!(
        read("System Center Configuration Manager 2012 SP2"),
        legacy("2012 SP2")
    );
    assert_eq!(read("2007 R3"), legacy("2007 R3"));
    // After "Current Branch" four digits are always YYMM.
    assert_eq!(read("Current Branch 2012"), yymm(2012));
    // Still refused.
    assert_eq!(read("2012 R3"), Err(NotYymm));
    assert_eq!(read("Current Branch"), Err(NotYymm));
    assert_eq!(read("16.10"), Err(NotYymm));
    assert_eq!(read("1613"), Err(NotYymm));
}

#[test]
fn w3_configmgr_2012_family_is_too_old_for_the_self_service_change() {
    for typed in ["2012", "2012 R2", "2012 R2 SP1", "System Center 2012 SP1"] {
        for (from, to, list) in [(Intune, Cm, ResetList::A), (Cm, Intune, ResetList::B)] {
            let p = plan(Some(from), Some(to), false, typed, "1705");
            let a = analyze(&p);
            let expected: &'static [ResetList] = match list {
                ResetList::A => &[ResetList::A],
                _ => &[ResetList::B],
            };
            assert_eq!(
                a.recovery.decision,
                Decision::SupportRequest(expected),
                "{typed}"
            );
            assert!(
                a.recovery
                    .reasons
                    .iter()
                    .any(|r| matches!(r, Reason::ConfigMgrVersionLegacy { min: 1610, .. })),
                "{typed}: {:?}",
                a.recovery.reasons
            );
            assert!(a.recovery.configmgr_legacy.is_some(), "{typed}");
            assert_eq!(a.recovery.configmgr_version, None, "{typed}");
            // Readable: no format blocker, not asked for again.
            let on_version: Vec<_> = a
                .for_path(FieldPath::Recovery(Path::ConfigMgrVersion))
                .collect();
            assert!(on_version.is_empty(), "{typed}: {on_version:?}");
        }
    }
    // "Current Branch 1610" and "1610" decide alike: self-service.
    for typed in ["1610", "Current Branch 1610"] {
        let p = plan(Some(Intune), Some(Cm), false, typed, "1705");
        assert_eq!(
            analyze(&p).recovery.decision,
            Decision::SelfService(Change::IntuneToConfigMgr),
            "{typed}"
        );
    }
    let r = Reason::ConfigMgrVersionLegacy {
        name: "2012 R2 SP1",
        min: 1610,
    };
    assert!(text::reason_text(&r, Locale::En).contains("2012 R2 SP1"));
    assert!(text::reason_text(&r, Locale::Nl).contains("1610"));
}

#[test]
fn m7_hybrid_mdm_retired_note_when_targeted_after_1_september_2019() {
    let on = |day: &str| Ctx {
        today: Date::parse(day).unwrap(),
        ruleset: &ruleset::CLASSIC_2017,
    };
    let note = |p: &Plan, day: &str| -> Vec<_> {
        enrollready::domain::analyze(p, &on(day))
            .findings
            .into_iter()
            .filter(|f| matches!(f.code, Code::Recovery(RCode::HybridMdmRetired { .. })))
            .map(|f| (f.path, f.severity))
            .collect()
    };
    let to_cm = plan(Some(Intune), Some(Cm), false, "1610", "1705");
    let at = FieldPath::Recovery(Path::TargetAuthority);
    assert_eq!(note(&to_cm, "2019-08-31"), vec![]);
    assert_eq!(note(&to_cm, "2019-09-01"), vec![(at, Severity::Info)]);
    assert_eq!(note(&to_cm, "2026-11-29"), vec![(at, Severity::Info)]);
    // The 2017 decision itself is unchanged (the ruleset is the 2017 one).
    assert_eq!(
        enrollready::domain::analyze(&to_cm, &on("2026-11-29"))
            .recovery
            .decision,
        Decision::SelfService(Change::IntuneToConfigMgr)
    );
    // Away from hybrid: no note.
    let to_intune = plan(Some(Cm), Some(Intune), false, "1610", "1705");
    assert_eq!(note(&to_intune, "2026-11-29"), vec![]);
}

static NO_ASSUMPTION_RULES: Rules = Rules {
    assumed_intune_release: None,
    ..CLASSIC_2017
};

static NO_ASSUMPTION: Ruleset = Ruleset {
    id: "test-no-assumption",
    recovery: &NO_ASSUMPTION_RULES,
    ..ruleset::CLASSIC_2017
};

#[test]
fn q7_intune_release_1705_is_assumed_when_not_entered() {
    assert_eq!(CLASSIC_2017.assumed_intune_release, Some(1705));
    // CM 1702 and no Intune release: self-service, with the assumption as a reason.
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "1702", "")).recovery;
    assert_eq!(d.decision, Decision::SelfService(Change::ConfigMgrToIntune));
    assert_eq!(
        d.reasons,
        vec![
            Reason::SelfServicePair {
                from: Cm,
                to: Intune
            },
            Reason::ConfigMgrVersionMeets {
                version: 1702,
                min: 1610
            },
            Reason::IntuneReleaseAssumed {
                release: 1705,
                min: 1705
            },
        ]
    );
    assert_eq!(d.intune_release_assumed, Some(1705));
    assert_eq!(d.intune_release, None);
    // The field overrides the assumption.
    let d = analyze(&plan(Some(Cm), Some(Intune), false, "1702", "1704")).recovery;
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::B]));
    assert_eq!(d.intune_release_assumed, None);
    // A ruleset without the assumption asks for the release.
    let d = decide(
        &plan(Some(Cm), Some(Intune), false, "1702", "").recovery,
        &NO_ASSUMPTION_RULES,
    );
    assert_eq!(d.decision, Decision::SupportRequest(&[ResetList::B]));
    assert_eq!(d.missing, vec![Path::IntuneRelease]);
    let r = Reason::IntuneReleaseAssumed {
        release: 1705,
        min: 1705,
    };
    assert!(text::reason_text(&r, Locale::En).contains("May 2017"));
    assert!(text::reason_text(&r, Locale::Nl).contains("mei 2017"));
}
