//! Step 1, enable connections: the checklist items of the source, every
//! domain-name rule with valid and invalid examples at its boundaries, the
//! Windows enrollment CNAME records, the manual server name and the ports.

// Plan structs gain an `extra` field (unknown JSON members, issue 8): struct
// literals end with `..Default::default()`, which is needless until then.
#![allow(clippy::needless_update)]

mod common;

use common::analyze;
use enrollready::domain::checklist::ItemStatus;
use enrollready::domain::connections::{
    CnameKind, Code, CustomDomain, DomainField, Path, PortReason, Protocol, CLASSIC_2017,
};
use enrollready::domain::{self, Ctx, Date, FieldPath, Plan, Readiness, Severity, StepId};
use enrollready::i18n::{self, Locale};

fn dom(name: &str, verified: bool, upn_suffix: bool) -> CustomDomain {
    CustomDomain {
        name: name.into(),
        verified,
        upn_suffix,
        ..Default::default()
    }
}

/// A plan with these domains and Windows phones in scope (Windows devices
/// that enroll as mobile devices, so the CNAME records matter).
fn windows_plan_with(domains: Vec<CustomDomain>) -> Plan {
    let mut plan = plan_with(domains);
    plan.enrollment.platforms.windows_phone = true;
    plan
}

fn plan_with(domains: Vec<CustomDomain>) -> Plan {
    let mut plan = Plan::default();
    plan.connections.domains = domains;
    plan
}

/// The step-1 findings of a plan, as (path, code, severity).
fn findings(plan: &Plan) -> Vec<(Path, Code, Severity)> {
    analyze(plan)
        .findings
        .into_iter()
        .filter_map(|f| match (f.path, f.code) {
            (FieldPath::Connections(p), domain::Code::Connections(c)) => Some((p, c, f.severity)),
            _ => None,
        })
        .collect()
}

/// The codes about the name of a single verified, non-UPN domain.
fn name_codes(name: &str) -> Vec<Code> {
    findings(&plan_with(vec![dom(name, true, false)]))
        .into_iter()
        .filter(|(p, _, _)| *p == Path::Domain(0, DomainField::Name))
        .map(|(_, c, _)| c)
        .collect()
}

fn assert_valid(name: &str) {
    let codes = name_codes(name);
    assert!(codes.is_empty(), "{name:?} should be valid: {codes:?}");
}

fn assert_code(name: &str, code: Code) {
    let all = findings(&plan_with(vec![dom(name, true, false)]));
    assert!(
        all.iter()
            .any(|(p, c, s)| *p == Path::Domain(0, DomainField::Name)
                && *c == code
                && *s == Severity::Blocker),
        "{name:?}: expected blocker {code:?}, got {all:?}"
    );
}

#[test]
fn source_step_1_has_exactly_these_items() {
    let ids: Vec<&str> = CLASSIC_2017.items.iter().map(|d| d.id).collect();
    assert_eq!(
        ids,
        ["S1-01", "S1-02", "S1-03", "S1-04", "S1-05", "S1-06"],
        "network URLs and ports, proxy, domain added, verified, CNAMEs created, CNAME validated"
    );
    assert!(CLASSIC_2017
        .items
        .iter()
        .all(|d| d.step == StepId::Connections && d.counts_for_readiness));
    // The ruleset lists them under step 1.
    for id in ids {
        assert_eq!(
            domain::ruleset::CLASSIC_2017.item(id).map(|d| d.step),
            Some(StepId::Connections)
        );
    }
}

#[test]
fn source_network_urls_and_ports_and_domain_items_always_apply() {
    let empty = Plan::default();
    for id in ["S1-01", "S1-02", "S1-03", "S1-04"] {
        let def = domain::ruleset::CLASSIC_2017.item(id).unwrap();
        assert!(def.applies_to(&empty), "{id}");
    }
}

#[test]
fn q9_cname_items_apply_only_for_windows_mdm_and_a_valid_upn_suffix() {
    use domain::enrollment::Platform;
    let def = |id| domain::ruleset::CLASSIC_2017.item(id).unwrap();
    let domains = || {
        vec![
            dom("contoso.com", true, false),
            dom("eu.contoso.com", true, true),
        ]
    };
    let without = windows_plan_with(vec![dom("contoso.com", true, false)]);
    // A UPN suffix that is not a valid custom domain carries no CNAME.
    let invalid = windows_plan_with(vec![dom("contoso.local", true, true)]);
    for id in ["S1-05", "S1-06"] {
        assert!(!def(id).applies_to(&Plan::default()), "{id}");
        assert!(!def(id).applies_to(&without), "{id}");
        assert!(!def(id).applies_to(&invalid), "{id}");
        // No Windows device enrolls as a mobile device: no CNAME items.
        assert!(!def(id).applies_to(&plan_with(domains())), "{id}");
        for p in Platform::ALL {
            let mut plan = plan_with(domains());
            plan.enrollment.platforms.set(p, true);
            let mdm = matches!(p, Platform::WindowsPhone | Platform::WindowsMdm);
            assert_eq!(def(id).applies_to(&plan), mdm, "{id} {p:?}");
        }
    }
    // The one predicate agrees with the records step 1 derives.
    let with = windows_plan_with(domains());
    assert!(domain::connections::cname_possible(&with, &CLASSIC_2017));
    assert!(!analyze(&with).connections.cname_records.is_empty());
    assert!(!domain::connections::cname_possible(
        &invalid,
        &CLASSIC_2017
    ));
    assert!(analyze(&invalid).connections.cname_records.is_empty());
}

#[test]
fn step_readiness_counts_the_cname_items_only_when_they_apply() {
    let mut plan = windows_plan_with(vec![dom("contoso.com", true, false)]);
    for id in ["S1-01", "S1-02", "S1-03", "S1-04"] {
        plan.checklist.insert(
            id.into(),
            domain::ItemState {
                status: ItemStatus::Done,
                ..Default::default()
            },
        );
    }
    let a = analyze(&plan);
    let r = a.readiness.step(StepId::Connections).unwrap();
    assert_eq!((r.applicable, r.done), (4, 4));
    assert_eq!(r.readiness, Readiness::Ready);
    plan.connections.domains[0].upn_suffix = true;
    let r = analyze(&plan).readiness.step(StepId::Connections).cloned();
    let r = r.unwrap();
    assert_eq!((r.applicable, r.done), (6, 4));
    assert_eq!(r.readiness, Readiness::InProgress);
}

#[test]
fn source_cname_enterprise_enrollment_points_to_s_host() {
    let a = analyze(&plan_with(vec![dom("contoso.com", true, true)]));
    let r = &a.connections.cname_records[0];
    assert_eq!(r.kind, CnameKind::EnterpriseEnrollment);
    assert_eq!(r.host, "EnterpriseEnrollment.contoso.com");
    assert_eq!(r.target, "EnterpriseEnrollment-s.manage.microsoft.com");
    assert_eq!(r.ttl_seconds, 3600);
    assert_eq!(r.domain, 0);
}

#[test]
fn source_cname_enterprise_registration_points_to_windows_net() {
    let a = analyze(&plan_with(vec![dom("contoso.com", true, true)]));
    let r = &a.connections.cname_records[1];
    assert_eq!(r.kind, CnameKind::EnterpriseRegistration);
    assert_eq!(r.host, "EnterpriseRegistration.contoso.com");
    assert_eq!(r.target, "EnterpriseRegistration.windows.net");
    assert_eq!(r.ttl_seconds, 3600);
}

#[test]
fn source_cname_ttl_is_one_hour() {
    assert_eq!(CLASSIC_2017.cname_ttl_seconds, 3600);
    assert_eq!(CLASSIC_2017.cnames.len(), 2);
}

#[test]
fn source_one_cname_pair_per_upn_suffix_domain() {
    // Users name@contoso.com, name@us.contoso.com, name@eu.contoso.com: three pairs.
    let plan = plan_with(vec![
        dom("contoso.com", true, true),
        dom("us.contoso.com", true, true),
        dom("fabrikam.com", true, false),
        dom("EU.Contoso.com.", true, true),
    ]);
    let a = analyze(&plan);
    let hosts: Vec<&str> = a
        .connections
        .cname_records
        .iter()
        .map(|r| r.host.as_str())
        .collect();
    assert_eq!(
        hosts,
        [
            "EnterpriseEnrollment.contoso.com",
            "EnterpriseRegistration.contoso.com",
            "EnterpriseEnrollment.us.contoso.com",
            "EnterpriseRegistration.us.contoso.com",
            "EnterpriseEnrollment.eu.contoso.com",
            "EnterpriseRegistration.eu.contoso.com",
        ]
    );
    assert_eq!(
        a.connections.upn_suffixes,
        ["contoso.com", "us.contoso.com", "eu.contoso.com"]
    );
    let domains: Vec<usize> = a
        .connections
        .cname_records
        .iter()
        .map(|r| r.domain)
        .collect();
    assert_eq!(domains, [0, 0, 1, 1, 3, 3]);
}

#[test]
fn no_cname_for_invalid_or_refused_upn_domains() {
    let plan = plan_with(vec![
        dom("contoso", true, true),
        dom("contoso.local", true, true),
        dom("contoso.onmicrosoft.com", true, true),
        dom("https://contoso.com", true, true),
    ]);
    let a = analyze(&plan);
    assert!(a.connections.cname_records.is_empty());
    assert!(a.connections.upn_suffixes.is_empty());
}

#[test]
fn duplicate_upn_domain_gets_one_cname_pair() {
    let a = analyze(&plan_with(vec![
        dom("contoso.com", true, true),
        dom("CONTOSO.COM", true, true),
    ]));
    assert_eq!(a.connections.cname_records.len(), 2);
}

#[test]
fn source_manual_server_name_is_enrollment_manage_microsoft_com() {
    let a = analyze(&Plan::default());
    assert_eq!(
        a.connections.manual_server,
        "enrollment.manage.microsoft.com"
    );
    assert_eq!(
        CLASSIC_2017.manual_server,
        "enrollment.manage.microsoft.com"
    );
    // The Dutch docs' typo must not appear anywhere.
    assert!(!a.connections.manual_server.contains("microscoft"));
}

#[test]
fn source_proxy_allows_manage_microsoft_com_without_authentication() {
    let a = analyze(&Plan::default());
    assert_eq!(
        a.connections.unauthenticated_hosts,
        ["manage.microsoft.com"]
    );
}

fn ports(plan: &Plan) -> Vec<(Protocol, u16, PortReason)> {
    analyze(plan)
        .connections
        .ports
        .iter()
        .map(|p| (p.protocol, p.port, p.reason))
        .collect()
}

#[test]
fn source_ports_80_and_443_always() {
    assert_eq!(
        ports(&Plan::default()),
        [
            (Protocol::Tcp, 80, PortReason::IntuneHttp),
            (Protocol::Tcp, 443, PortReason::IntuneHttps),
        ]
    );
    let mut plan = Plan::default();
    plan.enrollment.platforms.android = true;
    plan.enrollment.platforms.windows_pc = true;
    plan.enrollment.platforms.windows_phone = true;
    plan.enrollment.platforms.android_for_work = true;
    plan.enrollment.platforms.corporate_owned = true;
    assert_eq!(ports(&plan).len(), 2);
}

#[test]
fn source_apple_push_port_5223_when_ios_mac_in_scope() {
    let mut plan = Plan::default();
    plan.enrollment.platforms.ios_mac = true;
    assert_eq!(
        ports(&plan),
        [
            (Protocol::Tcp, 80, PortReason::IntuneHttp),
            (Protocol::Tcp, 443, PortReason::IntuneHttps),
            (Protocol::Tcp, 5223, PortReason::ApplePush),
        ]
    );
}

#[test]
fn valid_domain_names() {
    for ok in [
        "contoso.com",
        "eu.contoso.nl",
        "Contoso.COM",
        "  contoso.com  ",
        "contoso.com.",
        "a-b.c-d.io",
        "xn--bcher-kva.nl",
        "123.example-shop.com",
        "a.b",
    ] {
        assert_valid(ok);
    }
}

#[test]
fn empty_name_is_a_blocker() {
    assert_eq!(name_codes(""), [Code::DomainEmpty]);
    assert_eq!(name_codes("   "), [Code::DomainEmpty]);
}

#[test]
fn scheme_is_named_so_the_message_can_say_remove_it() {
    assert_eq!(
        name_codes("https://contoso.com"),
        [Code::DomainHasScheme {
            scheme: "https://".into()
        }]
    );
    assert_eq!(
        name_codes("http://contoso.com"),
        [Code::DomainHasScheme {
            scheme: "http://".into()
        }]
    );
    let m = i18n::finding_message(
        &domain::Code::Connections(Code::DomainHasScheme {
            scheme: "https://".into(),
        }),
        Locale::En,
    );
    assert!(m.contains("remove https://"), "{m}");
}

#[test]
fn path_is_named() {
    assert_eq!(
        name_codes("contoso.com/login"),
        [Code::DomainHasPath {
            path: "/login".into()
        }]
    );
    assert_eq!(
        name_codes("contoso.com?x=1"),
        [Code::DomainHasPath {
            path: "?x=1".into()
        }]
    );
}

#[test]
fn port_is_named() {
    assert_eq!(
        name_codes("contoso.com:443"),
        [Code::DomainHasPort {
            port: ":443".into()
        }]
    );
}

#[test]
fn scheme_port_and_path_together_give_three_findings() {
    assert_eq!(
        name_codes("https://contoso.com:8443/x"),
        [
            Code::DomainHasScheme {
                scheme: "https://".into()
            },
            Code::DomainHasPath { path: "/x".into() },
            Code::DomainHasPort {
                port: ":8443".into()
            },
        ]
    );
}

#[test]
fn an_address_is_not_a_domain() {
    assert_eq!(name_codes("jan@contoso.com"), [Code::DomainIsAddress]);
}

#[test]
fn non_ascii_names_ask_for_the_xn_form() {
    assert_eq!(name_codes("bücher.nl"), [Code::DomainNonAscii]);
    assert_eq!(name_codes("contoso.côm"), [Code::DomainNonAscii]);
    assert_valid("xn--bcher-kva.nl");
    let m = i18n::finding_message(&domain::Code::Connections(Code::DomainNonAscii), Locale::Nl);
    assert!(m.contains("xn--") && m.contains("Punycode"), "{m}");
}

#[test]
fn label_of_63_is_valid_and_64_is_not() {
    assert_eq!(CLASSIC_2017.max_label_len, 63);
    assert_valid(&format!("{}.com", "a".repeat(63)));
    let long = "a".repeat(64);
    assert_eq!(
        name_codes(&format!("{long}.com")),
        [Code::DomainLabelTooLong {
            label: long.clone(),
            max: 63,
            actual: 64
        }]
    );
}

/// A valid name of exactly `len` characters (labels of 63 and less).
fn name_of_len(len: usize) -> String {
    let mut labels = Vec::new();
    let mut remaining = len - 4; // room for ".com"
    while remaining > 0 {
        // Each label but the first is preceded by a dot.
        let take = remaining.min(63);
        let take = if labels.is_empty() {
            take
        } else {
            take.min(remaining - 1).max(1)
        };
        labels.push("a".repeat(take));
        remaining -= take + usize::from(labels.len() > 1);
    }
    let name = format!("{}.com", labels.join("."));
    assert_eq!(name.len(), len, "{name}");
    name
}

#[test]
fn name_of_253_is_valid_and_254_is_not() {
    assert_eq!(CLASSIC_2017.max_name_len, 253);
    assert_valid(&name_of_len(253));
    // A trailing dot does not count.
    assert_valid(&format!("{}.", name_of_len(253)));
    assert_eq!(
        name_codes(&name_of_len(254)),
        [Code::DomainTooLong {
            max: 253,
            actual: 254
        }]
    );
}

#[test]
fn label_of_one_character_is_valid_and_empty_label_is_not() {
    assert_valid("a.nl");
    assert_eq!(name_codes("contoso..com"), [Code::DomainEmptyLabel]);
    assert_eq!(name_codes(".contoso.com"), [Code::DomainEmptyLabel]);
    assert_eq!(name_codes("."), [Code::DomainEmptyLabel]);
}

#[test]
fn allowed_characters_are_ascii_letters_digits_and_hyphens() {
    assert_valid("con-to-so9.com");
    assert_eq!(
        name_codes("con_toso.com"),
        [Code::DomainCharacters { found: "_".into() }]
    );
    assert_eq!(
        name_codes("con toso!.c!om"),
        [Code::DomainCharacters { found: " !".into() }]
    );
    assert_eq!(
        name_codes("*.contoso.com"),
        [Code::DomainCharacters { found: "*".into() }]
    );
}

#[test]
fn no_hyphen_at_the_start_or_end_of_a_label() {
    assert_valid("a-b.com");
    assert_eq!(
        name_codes("-contoso.com"),
        [Code::DomainLabelHyphen {
            label: "-contoso".into()
        }]
    );
    assert_eq!(
        name_codes("contoso-.com"),
        [Code::DomainLabelHyphen {
            label: "contoso-".into()
        }]
    );
    assert_eq!(
        name_codes("contoso.com-"),
        [Code::DomainLabelHyphen {
            label: "com-".into()
        }]
    );
}

#[test]
fn at_least_two_labels() {
    assert_eq!(name_codes("contoso"), [Code::DomainSingleLabel]);
    assert_eq!(name_codes("contoso."), [Code::DomainSingleLabel]);
    assert_valid("contoso.nl");
}

#[test]
fn an_ip_address_is_not_a_domain() {
    assert_eq!(name_codes("10.1.2.3"), [Code::DomainNumericTld]);
    assert_valid("10.1.2.nl");
}

#[test]
fn initial_onmicrosoft_domain_is_not_a_custom_domain() {
    let code = Code::DomainInitial {
        suffix: "onmicrosoft.com",
    };
    assert_eq!(
        name_codes("contoso.onmicrosoft.com"),
        std::slice::from_ref(&code)
    );
    assert_eq!(
        name_codes("Contoso.OnMicrosoft.com."),
        std::slice::from_ref(&code)
    );
    assert_eq!(name_codes("onmicrosoft.com"), [code]);
    // Only the whole label counts.
    assert_valid("notonmicrosoft.com");
    assert_valid("onmicrosoft.com.contoso.nl");
}

#[test]
fn non_routable_suffixes_cannot_be_verified() {
    for tld in ["local", "lan", "internal", "corp"] {
        assert!(CLASSIC_2017.non_routable_tlds.contains(&tld), "{tld}");
        assert_eq!(
            name_codes(&format!("contoso.{tld}")),
            [Code::DomainNonRoutable {
                tld: format!(".{tld}")
            }]
        );
    }
    assert_eq!(
        name_codes("AD.Contoso.LOCAL"),
        [Code::DomainNonRoutable {
            tld: ".local".into()
        }]
    );
    assert_valid("local.contoso.com");
    assert_valid("contoso.localhost-shop.com");
}

#[test]
fn duplicates_ignore_case_and_a_trailing_dot() {
    let plan = plan_with(vec![
        dom("contoso.com", true, false),
        dom("fabrikam.com", true, false),
        dom("CONTOSO.com.", true, false),
        dom(" contoso.com ", true, false),
        dom("fabrikam.com", true, false),
    ]);
    let dups: Vec<(Path, Code)> = findings(&plan)
        .into_iter()
        .filter(|(_, c, _)| matches!(c, Code::DomainDuplicate { .. }))
        .map(|(p, c, s)| {
            assert_eq!(s, Severity::Blocker);
            (p, c)
        })
        .collect();
    assert_eq!(
        dups,
        [
            (
                Path::Domain(2, DomainField::Name),
                Code::DomainDuplicate { first: 0 }
            ),
            (
                Path::Domain(3, DomainField::Name),
                Code::DomainDuplicate { first: 0 }
            ),
            (
                Path::Domain(4, DomainField::Name),
                Code::DomainDuplicate { first: 1 }
            ),
        ]
    );
}

#[test]
fn empty_rows_are_not_duplicates_of_each_other() {
    let plan = plan_with(vec![dom("", false, false), dom(" ", false, false)]);
    let codes: Vec<Code> = findings(&plan).into_iter().map(|(_, c, _)| c).collect();
    assert_eq!(codes, [Code::DomainEmpty, Code::DomainEmpty]);
}

#[test]
fn upn_suffix_not_verified_warns_about_onmicrosoft_sign_in() {
    let f = findings(&plan_with(vec![dom("contoso.com", false, true)]));
    assert_eq!(
        f,
        [(
            Path::Domain(0, DomainField::Verified),
            Code::UpnSuffixNotVerified,
            Severity::Warning
        )]
    );
    let m = i18n::finding_message(
        &domain::Code::Connections(Code::UpnSuffixNotVerified),
        Locale::En,
    );
    assert!(m.contains("onmicrosoft.com"), "{m}");
    // Verified: no finding. Not a UPN suffix: no finding.
    assert!(findings(&plan_with(vec![dom("contoso.com", true, true)])).is_empty());
    assert!(findings(&plan_with(vec![dom("contoso.com", false, false)]))
        .iter()
        .all(|(_, c, _)| *c != Code::UpnSuffixNotVerified));
}

#[test]
fn valid_domains_without_upn_suffix_leave_the_server_name_to_step_6() {
    // Review 2, §2.2: "type the server name" is said once, by step 6
    // (`enrollment::Code::ManualServerName`), not again by step 1.
    assert!(findings(&plan_with(vec![dom("contoso.com", true, false)])).is_empty());
    let plan = windows_plan_with(vec![dom("contoso.com", true, false)]);
    assert!(findings(&plan).is_empty());
    let a = analyze(&plan);
    let manual: Vec<_> = a
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.code,
                domain::Code::Enrollment(domain::enrollment::Code::ManualServerName { .. })
            )
        })
        .collect();
    assert_eq!(manual.len(), 1, "{:?}", a.findings);
    // No domains at all: nothing to say in step 1 (the checklist covers it).
    assert!(findings(&Plan::default()).is_empty());
}

#[test]
fn step_is_not_started_on_an_empty_plan_and_blocked_by_a_bad_domain() {
    let a = analyze(&Plan::default());
    assert_eq!(
        a.readiness.step(StepId::Connections).unwrap().readiness,
        Readiness::NotStarted
    );
    let a = analyze(&plan_with(vec![dom("contoso", true, true)]));
    assert_eq!(
        a.readiness.step(StepId::Connections).unwrap().readiness,
        Readiness::Blocked
    );
}

#[test]
fn precise_codes_agree_with_the_shared_host_name_check() {
    for name in [
        "contoso.com",
        "a..b",
        "-a.com",
        "a_b.com",
        "1.2.3.4",
        "contoso",
        "x.y",
        "a.b-",
    ] {
        let valid = name_codes(name).is_empty();
        assert_eq!(
            valid,
            domain::checks::is_host_name(name),
            "{name}: precise check and is_host_name disagree"
        );
        assert!(!name_codes(name).contains(&Code::DomainInvalid), "{name}");
    }
}

#[test]
fn analysis_is_linear_with_200_domains() {
    let domains: Vec<CustomDomain> = (0..200)
        .map(|i| dom(&format!("d{i}.contoso.com"), i % 2 == 0, i % 3 == 0))
        .collect();
    let plan = plan_with(domains);
    let start = std::time::Instant::now();
    for _ in 0..50 {
        let a = analyze(&plan);
        assert_eq!(a.connections.upn_suffixes.len(), 67);
    }
    // Generous bound for a debug build on a busy machine.
    assert!(start.elapsed().as_secs() < 5);
}

/// Every code of this part, for the message completeness test.
fn all_codes() -> Vec<Code> {
    vec![
        Code::DomainEmpty,
        Code::DomainHasScheme {
            scheme: "https://".into(),
        },
        Code::DomainHasPath {
            path: "/login".into(),
        },
        Code::DomainHasPort {
            port: ":443".into(),
        },
        Code::DomainIsAddress,
        Code::DomainNonAscii,
        Code::DomainTooLong {
            max: 253,
            actual: 254,
        },
        Code::DomainLabelTooLong {
            label: "aaa".into(),
            max: 63,
            actual: 64,
        },
        Code::DomainEmptyLabel,
        Code::DomainCharacters { found: "_".into() },
        Code::DomainLabelHyphen { label: "-a".into() },
        Code::DomainSingleLabel,
        Code::DomainNumericTld,
        Code::DomainInvalid,
        Code::DomainInitial {
            suffix: "onmicrosoft.com",
        },
        Code::DomainNonRoutable {
            tld: ".local".into(),
        },
        Code::DomainDuplicate { first: 0 },
        Code::DomainNotVerified { ttl_seconds: 3600 },
        Code::UpnSuffixNotVerified,
        Code::VerifiedItemButUnverifiedDomains {
            item: "S1-04",
            count: 2,
            first: 0,
        },
        Code::VerifiedItemButUnverifiedDomains {
            item: "S1-04",
            count: 1,
            first: 0,
        },
    ]
}

#[test]
fn every_code_has_a_message_in_both_languages() {
    for code in all_codes() {
        // A new variant must be added to the list above: this match fails to
        // compile otherwise.
        match &code {
            Code::DomainEmpty
            | Code::DomainHasScheme { .. }
            | Code::DomainHasPath { .. }
            | Code::DomainHasPort { .. }
            | Code::DomainIsAddress
            | Code::DomainNonAscii
            | Code::DomainTooLong { .. }
            | Code::DomainLabelTooLong { .. }
            | Code::DomainEmptyLabel
            | Code::DomainCharacters { .. }
            | Code::DomainLabelHyphen { .. }
            | Code::DomainSingleLabel
            | Code::DomainNumericTld
            | Code::DomainInvalid
            | Code::DomainInitial { .. }
            | Code::DomainNonRoutable { .. }
            | Code::DomainDuplicate { .. }
            | Code::DomainNotVerified { .. }
            | Code::UpnSuffixNotVerified
            | Code::VerifiedItemButUnverifiedDomains { .. } => {}
        }
        let code = domain::Code::Connections(code);
        let en = i18n::finding_message(&code, Locale::En);
        let nl = i18n::finding_message(&code, Locale::Nl);
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{code:?}");
        assert_ne!(en, nl, "{code:?} is not translated");
    }
    assert_eq!(all_codes().len(), 21);
}

#[test]
fn parameters_appear_in_the_messages() {
    let m = |c: Code, l| i18n::finding_message(&domain::Code::Connections(c), l);
    let t = m(
        Code::DomainTooLong {
            max: 253,
            actual: 260,
        },
        Locale::Nl,
    );
    assert!(t.contains("253") && t.contains("260"), "{t}");
    let t = m(Code::DomainDuplicate { first: 2 }, Locale::En);
    assert!(t.contains("row 3"), "{t}");
    let t = m(
        Code::DomainHasPort {
            port: ":8443".into(),
        },
        Locale::En,
    );
    assert!(t.contains(":8443"), "{t}");
}

#[test]
fn dutch_follows_the_source_terms() {
    let nl = |c: Code| i18n::finding_message(&domain::Code::Connections(c), Locale::Nl);
    assert!(nl(Code::UpnSuffixNotVerified).contains("UPN-achtervoegsel"));
    assert!(i18n::item_label("S1-05", Locale::Nl)
        .unwrap()
        .contains("inschrijving"));
    assert!(i18n::item_label("S1-06", Locale::Nl)
        .unwrap()
        .contains("Automatische detectie testen"));
    assert!(i18n::item_label("S1-01", Locale::Nl)
        .unwrap()
        .contains("netwerk-URL's en -poorten"));
}

#[test]
fn every_item_has_an_english_and_a_dutch_label() {
    for def in CLASSIC_2017.items {
        let en = i18n::item_label(def.id, Locale::En).unwrap_or_default();
        let nl = i18n::item_label(def.id, Locale::Nl).unwrap_or_default();
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{}", def.id);
        assert_ne!(en, nl, "{}", def.id);
    }
    assert_eq!(i18n::connections::ITEMS.len(), CLASSIC_2017.items.len());
}

#[test]
fn port_reasons_and_cname_purposes_have_both_languages() {
    for r in [
        PortReason::IntuneHttp,
        PortReason::IntuneHttps,
        PortReason::ApplePush,
    ] {
        let (en, nl) = (
            i18n::connections::port_reason(r, Locale::En),
            i18n::connections::port_reason(r, Locale::Nl),
        );
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{r:?}");
    }
    for k in [
        CnameKind::EnterpriseEnrollment,
        CnameKind::EnterpriseRegistration,
    ] {
        let (en, nl) = (
            i18n::connections::cname_purpose(k, Locale::En),
            i18n::connections::cname_purpose(k, Locale::Nl),
        );
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{k:?}");
    }
}

#[test]
fn plan_round_trips_through_json() {
    let plan = plan_with(vec![dom("contoso.com", true, true)]);
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.contains("\"upn_suffix\":true"), "{json}");
    let back: Plan = enrollready::format::read_json(&json).unwrap();
    assert_eq!(back, plan);
    // Missing fields default.
    let p: Plan =
        enrollready::format::read_json(r#"{"connections":{"domains":[{"name":"a.nl"}]}}"#).unwrap();
    assert_eq!(p.connections.domains, [dom("a.nl", false, false)]);
}

#[test]
fn every_name_problem_is_a_blocker() {
    assert_code("", Code::DomainEmpty);
    assert_code(
        "ftp://contoso.com",
        Code::DomainHasScheme {
            scheme: "ftp://".into(),
        },
    );
    assert_code("contoso.com#x", Code::DomainHasPath { path: "#x".into() });
    assert_code("contoso.com:80", Code::DomainHasPort { port: ":80".into() });
    assert_code("a@b.nl", Code::DomainIsAddress);
    assert_code("é.nl", Code::DomainNonAscii);
    assert_code("a..nl", Code::DomainEmptyLabel);
    assert_code("a_.nl", Code::DomainCharacters { found: "_".into() });
    assert_code("a-.nl", Code::DomainLabelHyphen { label: "a-".into() });
    assert_code("nl", Code::DomainSingleLabel);
    assert_code("1.2", Code::DomainNumericTld);
    assert_code(
        "x.onmicrosoft.com",
        Code::DomainInitial {
            suffix: "onmicrosoft.com",
        },
    );
    assert_code(
        "x.corp",
        Code::DomainNonRoutable {
            tld: ".corp".into(),
        },
    );
}

#[test]
fn source_domain_verification_record_ttl_is_3600() {
    assert_eq!(CLASSIC_2017.verification_ttl_seconds, 3600);
    let f = findings(&plan_with(vec![dom("contoso.com", false, false)]));
    assert!(
        f.contains(&(
            Path::Domain(0, DomainField::Verified),
            Code::DomainNotVerified { ttl_seconds: 3600 },
            Severity::Info
        )),
        "{f:?}"
    );
    // Verified, or a UPN suffix (which gets the warning instead): no info.
    assert!(findings(&plan_with(vec![dom("contoso.com", true, false)]))
        .iter()
        .all(|(_, c, _)| !matches!(c, Code::DomainNotVerified { .. })));
    assert!(findings(&plan_with(vec![dom("contoso.com", false, true)]))
        .iter()
        .all(|(_, c, _)| !matches!(c, Code::DomainNotVerified { .. })));
    // Invalid names get no verification advice.
    assert!(findings(&plan_with(vec![dom("contoso", false, false)]))
        .iter()
        .all(|(_, c, _)| !matches!(c, Code::DomainNotVerified { .. })));
}

#[test]
fn cname_record_as_a_zone_file_line() {
    let a = analyze(&plan_with(vec![dom("contoso.com", true, true)]));
    let lines: Vec<String> = a
        .connections
        .cname_records
        .iter()
        .map(|r| r.zone_line())
        .collect();
    assert_eq!(
        lines,
        [
            "EnterpriseEnrollment.contoso.com. 3600 IN CNAME EnterpriseEnrollment-s.manage.microsoft.com.",
            "EnterpriseRegistration.contoso.com. 3600 IN CNAME EnterpriseRegistration.windows.net.",
        ]
    );
}

#[test]
fn custom_domain_helper_normalizes_or_refuses() {
    use enrollready::domain::connections::{custom_domain, has_valid_upn_suffix};
    assert_eq!(
        custom_domain(" EU.Contoso.com. ", &CLASSIC_2017).as_deref(),
        Some("eu.contoso.com")
    );
    for bad in [
        "",
        "contoso",
        "contoso.local",
        "x.onmicrosoft.com",
        "https://a.nl",
    ] {
        assert_eq!(custom_domain(bad, &CLASSIC_2017), None, "{bad}");
    }
    assert!(!has_valid_upn_suffix(&Plan::default(), &CLASSIC_2017));
    assert!(!has_valid_upn_suffix(
        &plan_with(vec![
            dom("contoso.com", true, false),
            dom("ad.local", true, true)
        ]),
        &CLASSIC_2017
    ));
    assert!(has_valid_upn_suffix(
        &plan_with(vec![dom("contoso.com", false, true)]),
        &CLASSIC_2017
    ));
}

#[test]
fn limits_and_targets_come_from_the_ruleset() {
    use enrollready::domain::connections::Rules;
    use enrollready::domain::ruleset::{Ruleset, CLASSIC_2017 as ALL_2017};
    let rules: &'static Rules = Box::leak(Box::new(Rules {
        max_label_len: 10,
        manual_server: "enrollment.example.test",
        cname_ttl_seconds: 60,
        ..CLASSIC_2017
    }));
    let ruleset: &'static Ruleset = Box::leak(Box::new(Ruleset {
        id: "test",
        connections: rules,
        ..ALL_2017
    }));
    let ctx = Ctx {
        today: Date::new(2017, 10, 10).unwrap(),
        ruleset,
    };
    let plan = plan_with(vec![
        dom("abcdefghijk.com", true, false),
        dom("contoso.com", true, true),
    ]);
    let a = domain::analyze(&plan, &ctx);
    assert!(a.findings.iter().any(|f| f.code
        == domain::Code::Connections(Code::DomainLabelTooLong {
            label: "abcdefghijk".into(),
            max: 10,
            actual: 11
        })));
    assert_eq!(a.connections.manual_server, "enrollment.example.test");
    assert!(a
        .connections
        .cname_records
        .iter()
        .all(|r| r.ttl_seconds == 60));
}

#[test]
fn q10_verified_item_done_but_upn_suffix_domain_unverified_is_a_warning() {
    let done = |plan: &mut Plan| {
        plan.checklist.insert(
            "S1-04".into(),
            domain::ItemState {
                status: ItemStatus::Done,
                ..Default::default()
            },
        );
    };
    let cross = |plan: &Plan| -> Vec<(Code, Severity)> {
        findings(plan)
            .into_iter()
            .filter(|(p, c, _)| {
                *p == Path::Domains && matches!(c, Code::VerifiedItemButUnverifiedDomains { .. })
            })
            .map(|(_, c, s)| (c, s))
            .collect()
    };
    let mut plan = plan_with(vec![
        dom("contoso.com", true, true),
        dom("fabrikam.com", false, true),
        dom("other.com", false, false),
        dom("eu.fabrikam.com", false, true),
    ]);
    // Item not done: no cross-check.
    assert_eq!(cross(&plan), vec![]);
    done(&mut plan);
    assert_eq!(
        cross(&plan),
        vec![(
            Code::VerifiedItemButUnverifiedDomains {
                item: "S1-04",
                count: 2,
                first: 1
            },
            Severity::Warning
        )]
    );
    // Every UPN-suffix domain verified (a non-UPN one need not be): nothing.
    plan.connections.domains[1].verified = true;
    plan.connections.domains[3].verified = true;
    assert_eq!(cross(&plan), vec![]);
    let m = i18n::finding_message(
        &domain::Code::Connections(Code::VerifiedItemButUnverifiedDomains {
            item: "S1-04",
            count: 1,
            first: 1,
        }),
        Locale::Nl,
    );
    assert!(m.contains("S1-04") && m.contains("rij 2"), "{m}");
}
