//! What the analysis derives from the golden fixtures, at a pinned date: the
//! DNS records, ports, certificate expiry, the recovery decision with its
//! reasons, and readiness. A change of a rule shows up here as a readable diff.

use std::path::PathBuf;

use enrollready::domain::enrollment::ExpiryState;
use enrollready::domain::readiness::Readiness;
use enrollready::domain::recovery::{Decision, Reason, ResetList};
use enrollready::domain::{analyze, ruleset, Analysis, Ctx, Date, Plan, StepId};
use enrollready::format;

fn load(name: &str) -> Plan {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name);
    format::from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .plan
}

fn at(plan: &Plan, y: i32, m: u8, d: u8) -> Analysis {
    analyze(
        plan,
        &Ctx {
            today: Date::new(y, m, d).unwrap(),
            ruleset: &ruleset::CLASSIC_2017,
        },
    )
}

#[test]
fn step1_fixture_derives_two_cnames_per_upn_suffix_and_the_ports() {
    let plan = load("step1-connections.json");
    let a = at(&plan, 2017, 10, 10);
    let records: Vec<(String, &str, u32)> = a
        .connections
        .cname_records
        .iter()
        .map(|r| (r.host.clone(), r.target, r.ttl_seconds))
        .collect();
    assert_eq!(
        records,
        vec![
            (
                "EnterpriseEnrollment.contoso.nl".to_owned(),
                "EnterpriseEnrollment-s.manage.microsoft.com",
                3600
            ),
            (
                "EnterpriseRegistration.contoso.nl".to_owned(),
                "EnterpriseRegistration.windows.net",
                3600
            ),
            (
                "EnterpriseEnrollment.eu.contoso.nl".to_owned(),
                "EnterpriseEnrollment-s.manage.microsoft.com",
                3600
            ),
            (
                "EnterpriseRegistration.eu.contoso.nl".to_owned(),
                "EnterpriseRegistration.windows.net",
                3600
            ),
        ]
    );
    assert_eq!(
        a.connections.manual_server,
        "enrollment.manage.microsoft.com"
    );
    let ports: Vec<u16> = a.connections.ports.iter().map(|p| p.port).collect();
    assert_eq!(
        ports,
        vec![80, 443],
        "no platform in scope: only HTTP and HTTPS"
    );
    let full = at(&load("full.json"), 2017, 10, 10);
    let ports: Vec<u16> = full.connections.ports.iter().map(|p| p.port).collect();
    assert_eq!(ports, vec![80, 443, 5223], "iOS in scope adds Apple push");
    let r = a.readiness.step(StepId::Connections).unwrap();
    assert_eq!((r.readiness, r.done), (Readiness::InProgress, 2));
}

#[test]
fn step6_fixture_certificate_expiry_moves_with_today() {
    let plan = load("step6-enrollment.json");
    let state = |a: &Analysis| a.enrollment.apns.as_ref().map(|e| e.state);
    assert_eq!(
        state(&at(&plan, 2017, 10, 10)),
        Some(ExpiryState::Valid { days_left: 234 })
    );
    assert_eq!(
        state(&at(&plan, 2018, 5, 2)),
        Some(ExpiryState::Expiring { days_left: 30 })
    );
    assert_eq!(
        state(&at(&plan, 2018, 6, 1)),
        Some(ExpiryState::Expired { days_ago: 0 })
    );
    let dep = at(&plan, 2018, 3, 1).enrollment.dep_token.map(|e| e.state);
    assert_eq!(dep, Some(ExpiryState::Expiring { days_left: 14 }));
}

#[test]
fn recovery_fixture_needs_support_with_checklist_a_because_configmgr_is_too_old() {
    let plan = load("recovery-wrong-authority.json");
    let a = at(&plan, 2017, 10, 10);
    assert_eq!(
        a.recovery.decision,
        Decision::SupportRequest(&[ResetList::A])
    );
    assert!(
        a.recovery
            .reasons
            .contains(&Reason::ConfigMgrVersionTooOld {
                version: 1606,
                min: 1610
            }),
        "{:?}",
        a.recovery.reasons
    );
    assert_eq!(a.recovery.items.len(), 9);
    let pack = a.recovery.pack.as_ref().unwrap();
    assert!(!pack.ready, "six items are still open");
    assert!(a.recovery.notice.is_some());
    assert_eq!(
        a.readiness.step(StepId::Recovery).unwrap().readiness,
        Readiness::InProgress
    );
}

#[test]
fn full_fixture_readiness() {
    let a = at(&load("full.json"), 2017, 10, 10);
    let by_step: Vec<(StepId, Readiness)> = a
        .readiness
        .steps
        .iter()
        .map(|s| (s.step.unwrap(), s.readiness))
        .collect();
    for (step, r) in &by_step {
        if *step == StepId::Recovery {
            assert_eq!(*r, Readiness::NotStarted, "the recovery path is not in use");
        } else {
            assert_ne!(*r, Readiness::NotStarted, "{step:?} has input");
        }
    }
    let overall = a.readiness.overall.unwrap();
    assert!(overall.applicable > 20 && overall.done >= 5, "{overall:?}");
    assert!(overall.percent() < 100);
}

/// The three fixtures of today's rules (issue 13), read with the ruleset
/// they name, at a pinned date.
fn load_2026(name: &str) -> (Plan, Analysis) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name);
    let env = format::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(env.ruleset, "intune-2026", "{name} keeps its rules");
    let a = analyze(
        &env.plan,
        &Ctx {
            today: Date::new(2026, 12, 4).unwrap(),
            ruleset: ruleset::by_id(&env.ruleset).unwrap(),
        },
    );
    (env.plan, a)
}

#[test]
fn intune_2026_fixtures_empty_partial_and_full() {
    // Empty: nothing started, nothing to fix.
    let (_, a) = load_2026("intune-2026-empty.json");
    let overall = a.readiness.overall.clone().unwrap();
    assert_eq!(overall.readiness, Readiness::NotStarted);
    assert!(a.findings.is_empty(), "{:?}", a.findings);

    // Partial: steps 1, 3 and 4 started, the others not.
    let (plan, a) = load_2026("intune-2026-partial.json");
    use enrollready::domain::groups::Membership;
    assert_eq!(plan.groups.groups[1].membership, Membership::Dynamic);
    for s in &a.readiness.steps {
        let started = matches!(
            s.step,
            Some(StepId::Connections | StepId::Groups | StepId::CompanyPortal)
        );
        assert_eq!(
            s.readiness != Readiness::NotStarted,
            started,
            "{:?}: {:?}",
            s.step,
            s.readiness
        );
    }

    // Full: every step of today's rules started, no recovery path, the
    // Apps and Books token judged (valid two months), the authority Intune.
    let (plan, a) = load_2026("intune-2026-full.json");
    assert_eq!(plan.enrollment.apple.vpp_token_expiry, "2027-02-01");
    let vpp = a
        .enrollment
        .vpp_token
        .as_ref()
        .expect("the token is judged");
    assert!(
        matches!(vpp.state, ExpiryState::Valid { days_left: 59 }),
        "{vpp:?}"
    );
    assert_eq!(
        a.mdm_authority.chosen,
        Some(enrollready::domain::authority::Authority::Intune)
    );
    for s in &a.readiness.steps {
        match s.step {
            Some(StepId::Recovery) => assert_eq!(s.readiness, Readiness::NotStarted),
            step => assert_ne!(s.readiness, Readiness::NotStarted, "{step:?}"),
        }
    }
    assert!(a
        .findings
        .iter()
        .all(|f| f.severity != enrollready::domain::Severity::Blocker));
    let overall = a.readiness.overall.unwrap();
    assert!(
        overall.percent() > 50 && overall.percent() < 100,
        "{overall:?}"
    );
}
