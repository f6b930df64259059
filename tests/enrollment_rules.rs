//! Step 6, enable enrollment: the items of each platform, the Apple
//! credentials' expiry at every boundary, the accounts, the Windows server
//! name, and the limits of the Intune client, the device enrollment manager,
//! the IMEI import and the device limit.
//!
//! "Today" is 2017-10-10 (the date the source was localized). An expiry date
//! of today counts as expired: 31 days left is valid, 30 and 1 are expiring
//! (warning), 0 and below are expired (blocker).

// Plan structs gain an `extra` field (unknown JSON members, issue 8): struct
// literals end with `..Default::default()`, which is needless until then.
#![allow(clippy::needless_update)]

use enrollready::domain::connections::CustomDomain;
use enrollready::domain::enrollment::{
    self, expiry, inspect_imei_csv, Account, Code, Credential, ExpiryState, ImeiCsv, Path,
    Platform, Platforms,
};
use enrollready::domain::readiness::Readiness;
use enrollready::domain::ruleset::CLASSIC_2017;
use enrollready::domain::{
    Analysis, Ctx, Date, FieldPath, Finding, ItemState, ItemStatus, Plan, Severity, StepId,
};
use enrollready::i18n::{self, Locale};

const RULES: &enrollment::Rules = &enrollment::CLASSIC_2017;

fn today() -> Date {
    Date::new(2017, 10, 10).unwrap()
}

fn analyze(plan: &Plan) -> Analysis {
    let ctx = Ctx {
        today: today(),
        ruleset: &CLASSIC_2017,
    };
    enrollready::domain::analyze(plan, &ctx)
}

fn at(path: Path) -> FieldPath {
    FieldPath::Enrollment(path)
}

fn code(c: Code) -> enrollready::domain::Code {
    enrollready::domain::Code::Enrollment(c)
}

/// The findings at one path, as (code, severity).
fn found(plan: &Plan, path: Path) -> Vec<(Code, Severity)> {
    analyze(plan)
        .for_path(at(path))
        .map(|f| match &f.code {
            enrollready::domain::Code::Enrollment(c) => (c.clone(), f.severity),
            other => panic!("{other:?} at {path:?}"),
        })
        .collect()
}

fn only(p: Platform) -> Plan {
    let mut plan = Plan::default();
    plan.enrollment.platforms.set(p, true);
    plan
}

fn date_in(days: i64) -> String {
    today().add_days(days).to_string()
}

/// An iOS plan with a good Apple ID and an APNs certificate `days` from expiry.
fn ios_expiring_in(days: i64) -> Plan {
    let mut plan = only(Platform::IosMac);
    plan.enrollment.apple.apple_id = "mdm@contoso.com".into();
    plan.enrollment.apple.apns_expiry = date_in(days);
    plan
}

fn applicable(plan: &Plan) -> Vec<&'static str> {
    RULES
        .items
        .iter()
        .filter(|d| d.applies_to(plan))
        .map(|d| d.id)
        .collect()
}

fn ids(p: Platform) -> Vec<&'static str> {
    RULES.platform_items(p).map(|d| d.id).collect()
}

// ---- Items ---------------------------------------------------------------

#[test]
fn items_per_platform_are_exactly_the_sources() {
    assert_eq!(
        ids(Platform::IosMac),
        [
            "S6-IOS-01",
            "S6-IOS-02",
            "S6-IOS-03",
            "S6-IOS-04",
            "S6-IOS-05"
        ]
    );
    assert_eq!(ids(Platform::Android), ["S6-AND-01", "S6-AND-02"]);
    assert_eq!(
        ids(Platform::AndroidForWork),
        ["S6-AFW-01", "S6-AFW-02", "S6-AFW-03"]
    );
    // Review 2, Q9: Test Auto-Detection is counted once, as S1-06 in step 1;
    // S6-WPH-01 only points to step 1's CNAME items (informational).
    assert_eq!(ids(Platform::WindowsPhone), ["S6-WPH-01"]);
    let wph = RULES.items.iter().find(|d| d.id == "S6-WPH-01").unwrap();
    assert!(!wph.counts_for_readiness);
    for l in Locale::ALL {
        let label = i18n::item_label("S6-WPH-01", l).unwrap();
        assert!(
            label.contains("S1-05") && label.contains("S1-06"),
            "{label}"
        );
    }
    assert_eq!(ids(Platform::WindowsMdm), ["S6-WMDM-01", "S6-WMDM-02"]);
    assert_eq!(
        ids(Platform::WindowsPc),
        ["S6-PC-01", "S6-PC-02", "S6-PC-03", "S6-PC-04", "S6-PC-05", "S6-PC-06"]
    );
    assert_eq!(
        ids(Platform::CorporateOwned),
        ["S6-CORP-01", "S6-CORP-02", "S6-CORP-03"]
    );
    let all: Vec<_> = RULES.items.iter().map(|d| d.id).collect();
    let general: Vec<_> = all
        .iter()
        .filter(|id| Platform::of_item(id).is_none())
        .collect();
    assert_eq!(general, [&"S6-01"]);
    assert_eq!(all.len(), 1 + 5 + 2 + 3 + 1 + 2 + 6 + 3);
    for d in RULES.items {
        assert_eq!(d.step, StepId::Enrollment, "{}", d.id);
    }
}

#[test]
fn platform_items_apply_only_when_the_platform_is_in_scope() {
    assert_eq!(applicable(&Plan::default()), ["S6-01"]);
    for p in Platform::ALL {
        let mut plan = only(p);
        plan.enrollment.apple.dep_token = true;
        let mut expected = vec!["S6-01"];
        expected.extend(ids(p));
        assert_eq!(applicable(&plan), expected, "{p:?}");
    }
    let mut everything = Plan::default();
    for p in Platform::ALL {
        everything.enrollment.platforms.set(p, true);
    }
    everything.enrollment.apple.dep_token = true;
    assert_eq!(applicable(&everything).len(), RULES.items.len());
    assert_eq!(everything.enrollment.platforms.in_scope(), Platform::ALL);
}

#[test]
fn source_dep_token_is_optional() {
    let plan = only(Platform::IosMac);
    assert!(!applicable(&plan).contains(&"S6-IOS-05"));
    assert_eq!(analyze(&plan).enrollment.dep_token, None);
    let mut dep = plan.clone();
    dep.enrollment.apple.dep_token = true;
    assert!(applicable(&dep).contains(&"S6-IOS-05"));
    // A DEP token without iOS in scope brings nothing.
    let mut no_ios = Plan::default();
    no_ios.enrollment.apple.dep_token = true;
    assert!(!applicable(&no_ios).contains(&"S6-IOS-05"));
}

#[test]
fn source_android_needs_no_console_configuration() {
    let item = RULES.items.iter().find(|d| d.id == "S6-AND-01").unwrap();
    assert!(!item.counts_for_readiness, "informational: nothing to do");
    let en = i18n::item_label("S6-AND-01", Locale::En).unwrap();
    assert!(en.contains("nothing to configure"), "{en}");
    let play = i18n::item_label("S6-AND-02", Locale::En).unwrap();
    assert!(play.contains("Company Portal") && play.contains("Google Play"));
    // Android alone: no findings in step 6 besides the authority's.
    let mut plan = only(Platform::Android);
    plan.mdm_authority.authority = Some(enrollready::domain::authority::Authority::Intune);
    let r = analyze(&plan);
    assert!(r
        .findings
        .iter()
        .all(|f| f.path.step(&CLASSIC_2017) != StepId::Enrollment));
    // Only the Company Portal item counts for readiness.
    let step = r.readiness.step(StepId::Enrollment).unwrap();
    assert_eq!(step.applicable, 2, "S6-01 and S6-AND-02");
}

#[test]
fn source_apple_push_certificate_steps() {
    let label = |id| i18n::item_label(id, Locale::En).unwrap();
    assert!(label("S6-IOS-01").contains("CSR"));
    assert!(label("S6-IOS-02").contains("Apple Push Certificates Portal"));
    assert!(label("S6-IOS-02").contains("Apple ID"));
    assert!(label("S6-IOS-03").contains("upload"));
    assert!(label("S6-IOS-04").contains("expiry"));
    let nl = i18n::item_label("S6-IOS-02", Locale::Nl).unwrap();
    assert!(nl.contains("Apple MDM-pushcertificaat"), "{nl}");
    assert!(i18n::item_label("S6-IOS-05", Locale::Nl)
        .unwrap()
        .contains("DEP-token"));
}

#[test]
fn source_windows_pc_client_requirements() {
    let labels: Vec<_> = ids(Platform::WindowsPc)
        .into_iter()
        .map(|id| i18n::item_label(id, Locale::En).unwrap())
        .collect();
    let has = |s: &str| labels.iter().any(|l| l.contains(s));
    assert!(has("200 MB"));
    assert!(has("Windows Vista or later") && has("not a Home edition"));
    assert!(has("local administrator"));
    assert!(has("Windows Installer 3.1"));
    assert!(has("Configuration Manager") && has("Operations Manager") && has("Service Manager"));
    assert!(has("7,000"));
    let nl = i18n::item_label("S6-PC-06", Locale::Nl).unwrap();
    assert!(nl.contains("Intune-clientsoftware") && nl.contains("7.000"));
}

#[test]
fn source_android_for_work_binding_uses_the_shared_google_account() {
    let en = i18n::item_label("S6-AFW-02", Locale::En).unwrap();
    assert!(en.contains("Android for Work > Configure"), "{en}");
    let nl = i18n::item_label("S6-AFW-02", Locale::Nl).unwrap();
    assert!(nl.contains("Android for Work-binding"), "{nl}");
}

// ---- Expiry --------------------------------------------------------------

#[test]
fn source_expiry_window_and_validity_are_rule_data() {
    assert_eq!(RULES.expiry_warning_days, 30);
    assert_eq!(RULES.apns_validity_days, 365);
    assert_eq!(RULES.dep_token_validity_days, 365);
}

#[test]
fn apns_expiry_at_every_boundary() {
    let cred = Credential::ApnsCertificate;
    let cases: [(i64, Vec<(Code, Severity)>); 6] = [
        (31, vec![]),
        (
            30,
            vec![(
                Code::Expiring {
                    credential: cred,
                    days_left: 30,
                },
                Severity::Warning,
            )],
        ),
        (
            1,
            vec![(
                Code::Expiring {
                    credential: cred,
                    days_left: 1,
                },
                Severity::Warning,
            )],
        ),
        (
            0,
            vec![(
                Code::Expired {
                    credential: cred,
                    days_ago: 0,
                },
                Severity::Blocker,
            )],
        ),
        (
            -1,
            vec![(
                Code::Expired {
                    credential: cred,
                    days_ago: 1,
                },
                Severity::Blocker,
            )],
        ),
        (
            -400,
            vec![(
                Code::Expired {
                    credential: cred,
                    days_ago: 400,
                },
                Severity::Blocker,
            )],
        ),
    ];
    for (days, expected) in cases {
        assert_eq!(
            found(&ios_expiring_in(days), Path::ApnsExpiry),
            expected,
            "{days} days"
        );
    }
}

#[test]
fn expiry_states_are_derived() {
    let state = |days| {
        analyze(&ios_expiring_in(days))
            .enrollment
            .apns
            .map(|e| e.state)
    };
    assert_eq!(state(31), Some(ExpiryState::Valid { days_left: 31 }));
    assert_eq!(state(30), Some(ExpiryState::Expiring { days_left: 30 }));
    assert_eq!(state(1), Some(ExpiryState::Expiring { days_left: 1 }));
    assert_eq!(state(0), Some(ExpiryState::Expired { days_ago: 0 }));
    assert_eq!(state(-1), Some(ExpiryState::Expired { days_ago: 1 }));
    let e = analyze(&ios_expiring_in(100)).enrollment.apns.unwrap();
    assert_eq!(e.expires, Some(today().add_days(100)));
    assert_eq!(e.renew_from, Some(today().add_days(70)));
    // Not in scope: nothing derived.
    assert_eq!(analyze(&Plan::default()).enrollment.apns, None);
}

#[test]
fn expiry_missing_malformed_and_beyond_validity() {
    let c = Credential::ApnsCertificate;
    let mut plan = ios_expiring_in(0);
    plan.enrollment.apple.apns_expiry = "  ".into();
    assert_eq!(
        found(&plan, Path::ApnsExpiry),
        vec![(Code::ExpiryMissing { credential: c }, Severity::Warning)]
    );
    for bad in ["10-10-2018", "2018-02-30", "2018/10/10", "soon"] {
        plan.enrollment.apple.apns_expiry = bad.into();
        assert_eq!(
            found(&plan, Path::ApnsExpiry),
            vec![(Code::ExpiryFormat { credential: c }, Severity::Blocker)],
            "{bad}"
        );
        assert_eq!(
            analyze(&plan).enrollment.apns.map(|e| e.state),
            Some(ExpiryState::Malformed)
        );
    }
    // Valid for 365 days: a date 365 days away is fine, 366 is suspicious.
    assert_eq!(found(&ios_expiring_in(365), Path::ApnsExpiry), vec![]);
    assert_eq!(
        found(&ios_expiring_in(366), Path::ApnsExpiry),
        vec![(
            Code::ExpiryBeyondValidity {
                credential: c,
                days_left: 366,
                validity_days: 365
            },
            Severity::Warning
        )]
    );
}

#[test]
fn dep_token_expiry_uses_the_same_scheme_when_used() {
    let mut plan = ios_expiring_in(200);
    assert_eq!(found(&plan, Path::DepTokenExpiry), vec![]);
    plan.enrollment.apple.dep_token = true;
    let c = Credential::DepToken;
    assert_eq!(
        found(&plan, Path::DepTokenExpiry),
        vec![(Code::ExpiryMissing { credential: c }, Severity::Warning)]
    );
    plan.enrollment.apple.dep_token_expiry = date_in(31);
    assert_eq!(found(&plan, Path::DepTokenExpiry), vec![]);
    plan.enrollment.apple.dep_token_expiry = date_in(30);
    assert_eq!(
        found(&plan, Path::DepTokenExpiry),
        vec![(
            Code::Expiring {
                credential: c,
                days_left: 30
            },
            Severity::Warning
        )]
    );
    plan.enrollment.apple.dep_token_expiry = date_in(0);
    assert_eq!(
        found(&plan, Path::DepTokenExpiry),
        vec![(
            Code::Expired {
                credential: c,
                days_ago: 0
            },
            Severity::Blocker
        )]
    );
    assert_eq!(
        analyze(&plan).enrollment.dep_token.map(|e| e.state),
        Some(ExpiryState::Expired { days_ago: 0 })
    );
}

#[test]
fn expiry_reads_today_from_the_context_only() {
    let e = expiry(
        Credential::ApnsCertificate,
        "2018-01-01",
        Date::new(2017, 12, 1).unwrap(),
        RULES,
    );
    assert_eq!(e.state, ExpiryState::Valid { days_left: 31 });
    let e = expiry(
        Credential::ApnsCertificate,
        "2018-01-01",
        Date::new(2017, 12, 2).unwrap(),
        RULES,
    );
    assert_eq!(e.state, ExpiryState::Expiring { days_left: 30 });
    let e = expiry(
        Credential::ApnsCertificate,
        "2018-01-01",
        Date::new(2018, 1, 1).unwrap(),
        RULES,
    );
    assert_eq!(e.state, ExpiryState::Expired { days_ago: 0 });
}

#[test]
fn an_expired_certificate_blocks_step_6() {
    let plan = ios_expiring_in(-1);
    let r = analyze(&plan);
    assert_eq!(
        r.readiness.step(StepId::Enrollment).unwrap().readiness,
        Readiness::Blocked
    );
    assert!(r.is_invalid(at(Path::ApnsExpiry)));
}

// ---- Accounts ------------------------------------------------------------

#[test]
fn apple_id_is_required_and_email_shaped() {
    let mut plan = ios_expiring_in(200);
    assert_eq!(found(&plan, Path::AppleId), vec![]);
    plan.enrollment.apple.apple_id = String::new();
    assert_eq!(
        found(&plan, Path::AppleId),
        vec![(
            Code::AccountMissing {
                account: Account::AppleId
            },
            Severity::Warning
        )]
    );
    for bad in ["mdm", "mdm@contoso", "mdm @contoso.com", "@contoso.com"] {
        plan.enrollment.apple.apple_id = bad.into();
        assert_eq!(
            found(&plan, Path::AppleId),
            vec![(
                Code::AccountFormat {
                    account: Account::AppleId
                },
                Severity::Blocker
            )],
            "{bad}"
        );
    }
}

#[test]
fn personal_apple_ids_are_warned() {
    assert_eq!(
        RULES.personal_apple_id_domains,
        &["icloud.com", "me.com", "gmail.com"]
    );
    let mut plan = ios_expiring_in(200);
    for (id, domain) in [
        ("jan@icloud.com", "icloud.com"),
        ("Jan@ME.com", "me.com"),
        ("jan.devries@gmail.com", "gmail.com"),
    ] {
        plan.enrollment.apple.apple_id = id.into();
        assert_eq!(
            found(&plan, Path::AppleId),
            vec![(
                Code::PersonalAppleId {
                    domain: domain.into()
                },
                Severity::Warning
            )],
            "{id}"
        );
    }
    for ok in ["apple-mdm@contoso.com", "jan@home.me.com.contoso.nl"] {
        plan.enrollment.apple.apple_id = ok.into();
        assert_eq!(found(&plan, Path::AppleId), vec![], "{ok}");
    }
}

#[test]
fn google_account_for_android_for_work() {
    let mut plan = only(Platform::AndroidForWork);
    assert_eq!(
        found(&plan, Path::GoogleAccount),
        vec![(
            Code::AccountMissing {
                account: Account::GoogleAccount
            },
            Severity::Warning
        )]
    );
    plan.enrollment.android_for_work.google_account = "intune-afw".into();
    assert_eq!(
        found(&plan, Path::GoogleAccount),
        vec![(
            Code::AccountFormat {
                account: Account::GoogleAccount
            },
            Severity::Blocker
        )]
    );
    // The shared Google account is usually a Gmail address: no warning.
    plan.enrollment.android_for_work.google_account = "contoso.afw@gmail.com".into();
    assert_eq!(found(&plan, Path::GoogleAccount), vec![]);
    // Not in scope: not checked.
    plan.enrollment.platforms.android_for_work = false;
    plan.enrollment.android_for_work.google_account = "nonsense".into();
    assert_eq!(found(&plan, Path::GoogleAccount), vec![]);
}

// ---- Windows -------------------------------------------------------------

#[test]
fn source_windows_users_type_the_server_name_without_a_cname() {
    // One place for the server name: the connections rules of step 1.
    let server = CLASSIC_2017.connections.manual_server;
    assert_eq!(server, "enrollment.manage.microsoft.com");
    let expected = vec![(Code::ManualServerName { server }, Severity::Info)];
    // Windows devices that enroll as mobile devices (MDM).
    for p in [Platform::WindowsPhone, Platform::WindowsMdm] {
        let mut plan = only(p);
        assert_eq!(found(&plan, Path::WindowsDiscovery), expected, "{p:?}");
        assert_eq!(analyze(&plan).enrollment.manual_server_name, Some(server));
        // A verified domain that is not a UPN suffix does not help.
        plan.connections.domains.push(CustomDomain {
            name: "contoso.com".into(),
            verified: true,
            upn_suffix: false,
            ..Default::default()
        });
        assert_eq!(found(&plan, Path::WindowsDiscovery), expected, "{p:?}");
        // Nor does the Microsoft-owned onmicrosoft.com domain.
        plan.connections.domains.push(CustomDomain {
            name: "contoso.onmicrosoft.com".into(),
            verified: true,
            upn_suffix: true,
            ..Default::default()
        });
        assert_eq!(found(&plan, Path::WindowsDiscovery), expected, "{p:?}");
        // A UPN-suffix domain can carry the CNAME.
        plan.connections.domains.push(CustomDomain {
            name: "Contoso.NL".into(),
            verified: true,
            upn_suffix: true,
            ..Default::default()
        });
        assert_eq!(found(&plan, Path::WindowsDiscovery), vec![], "{p:?}");
        assert_eq!(analyze(&plan).enrollment.manual_server_name, None);
    }
    // No Windows in scope: nothing to say.
    assert_eq!(
        found(&only(Platform::IosMac), Path::WindowsDiscovery),
        vec![]
    );
    // The Dutch text has the correct server name (not the misspelt one of the NL docs).
    let nl = i18n::finding_message(&code(Code::ManualServerName { server }), Locale::Nl);
    assert!(nl.contains("enrollment.manage.microsoft.com") && !nl.contains("microscoft"));
}

fn label_en(id: &str) -> &'static str {
    i18n::item_label(id, Locale::En).unwrap()
}

fn label_nl(id: &str) -> &'static str {
    i18n::item_label(id, Locale::Nl).unwrap()
}

#[test]
fn w1_pc_client_needs_no_server_name() {
    // The Intune client software installs a package with its account
    // certificate: it does not use the enrollment server or the CNAME.
    let plan = only(Platform::WindowsPc);
    assert_eq!(found(&plan, Path::WindowsDiscovery), vec![]);
    assert_eq!(analyze(&plan).enrollment.manual_server_name, None);
    assert!(!plan.enrollment.platforms.any_windows_mdm());
    // Nor the CNAME items of step 1, even with a UPN-suffix domain.
    let mut plan = only(Platform::WindowsPc);
    plan.connections.domains.push(CustomDomain {
        name: "contoso.com".into(),
        verified: true,
        upn_suffix: true,
        ..Default::default()
    });
    let s1: Vec<_> = CLASSIC_2017
        .connections
        .items
        .iter()
        .filter(|d| d.applies_to(&plan))
        .map(|d| d.id)
        .collect();
    assert!(!s1.contains(&"S1-05") && !s1.contains(&"S1-06"), "{s1:?}");
    // The client item names the download and the ACCOUNTCERT file.
    assert!(
        label_en("S6-PC-06").contains("Client Software Download")
            && label_en("S6-PC-06").contains("ACCOUNTCERT")
    );
    // Microsoft's Dutch classic docs name the node "Clientsoftware
    // downloaden" (review 2, §3.1).
    assert!(
        label_nl("S6-PC-06").contains("Beheer > Clientsoftware downloaden")
            && label_nl("S6-PC-06").contains("ACCOUNTCERT")
    );
    // Review 2, M5: client or MDM, never both, also with the PC client.
    assert!(label_en("S6-PC-06").contains("never both"));
    assert!(label_nl("S6-PC-06").contains("nooit door beide"));
}

#[test]
fn w2_invalid_upn_suffix_cannot_carry_a_cname() {
    // contoso.local is a UPN suffix but not a valid custom domain: connections
    // derives no CNAME for it, so step 6 says users type the server name.
    for name in ["contoso.local", "https://contoso.com", "contoso"] {
        let mut plan = only(Platform::WindowsPhone);
        plan.connections.domains.push(CustomDomain {
            name: name.into(),
            verified: true,
            upn_suffix: true,
            ..Default::default()
        });
        let a = analyze(&plan);
        assert!(a.connections.cname_records.is_empty(), "{name}");
        assert_eq!(
            found(&plan, Path::WindowsDiscovery),
            vec![(
                Code::ManualServerName {
                    server: CLASSIC_2017.connections.manual_server
                },
                Severity::Info
            )],
            "{name}"
        );
        assert!(!enrollready::domain::connections::cname_possible(
            &plan,
            CLASSIC_2017.connections
        ));
    }
}

#[test]
fn m3_windows_pcs_enroll_as_mobile_devices_platform() {
    // Old files (without the field) read unchanged: not in scope.
    let p: Platforms = enrollready::format::read_json(r#"{"windows_phone":true}"#).unwrap();
    assert!(!p.windows_mdm && p.windows_phone);
    let p: Platforms = enrollready::format::read_json(r#"{"windows_mdm":true}"#).unwrap();
    assert!(p.has(Platform::WindowsMdm) && p.any_windows_mdm());
    // The name the page shows (the form's label), review 2 §2.2.
    let control = enrollready::domain::form::ENROLLMENT_CONTROLS
        .iter()
        .find(|c| c.field == enrollready::domain::edit::Field::Platform(Platform::WindowsMdm))
        .unwrap();
    assert_eq!(
        control.label,
        i18n::enrollment::platform_label(Platform::WindowsMdm)
    );
    assert_eq!(
        control.label.get(Locale::En),
        "Windows 10 and Windows 8.1 PCs enrolled as mobile devices (MDM)"
    );
    assert_eq!(
        control.label.get(Locale::Nl),
        "Windows 10- en Windows 8.1-pc's ingeschreven als mobiel apparaat (MDM)"
    );
    // Its items: Azure AD Premium automatic enrollment needs no CNAME.
    let plan = only(Platform::WindowsMdm);
    let ids = applicable(&plan);
    assert!(
        ids.contains(&"S6-WMDM-01") && ids.contains(&"S6-WMDM-02"),
        "{ids:?}"
    );
    assert!(
        label_en("S6-WMDM-01").contains("Azure AD Premium")
            && label_en("S6-WMDM-01").contains("no enrollment CNAME record")
    );
    assert!(
        label_nl("S6-WMDM-01").contains("Azure AD Premium")
            && label_nl("S6-WMDM-01").contains("geen CNAME-record")
    );
    // Client or MDM, never both.
    assert!(label_en("S6-WMDM-02").contains("never both"));
}

#[test]
fn m3_automatic_enrollment_makes_cname_and_server_name_unneeded_for_windows_pcs() {
    // Review 2, M3: with Azure AD Premium automatic enrollment (S6-WMDM-01
    // done), Windows 10 PCs enrolled as mobile devices need no enrollment
    // CNAME (2017 classic Windows page), so neither S1-05/S1-06 nor the
    // typed server name apply for them; Windows phones still need them.
    assert_eq!(RULES.automatic_enrollment_item, "S6-WMDM-01");
    let s1 = |plan: &Plan| -> Vec<&'static str> {
        CLASSIC_2017
            .connections
            .items
            .iter()
            .filter(|d| d.applies_to(plan))
            .map(|d| d.id)
            .filter(|id| *id == "S1-05" || *id == "S1-06")
            .collect()
    };
    let upn = CustomDomain {
        name: "contoso.com".into(),
        verified: true,
        upn_suffix: true,
        ..Default::default()
    };
    let server = CLASSIC_2017.connections.manual_server;
    let manual = vec![(Code::ManualServerName { server }, Severity::Info)];
    let done = ItemState {
        status: ItemStatus::Done,
        ..Default::default()
    };

    let mut pcs = only(Platform::WindowsMdm);
    assert_eq!(found(&pcs, Path::WindowsDiscovery), manual);
    pcs.checklist.insert("S6-WMDM-01".into(), done.clone());
    assert!(RULES.automatic_enrollment(&pcs));
    assert_eq!(found(&pcs, Path::WindowsDiscovery), vec![]);
    assert_eq!(analyze(&pcs).enrollment.manual_server_name, None);
    pcs.connections.domains.push(upn.clone());
    assert_eq!(s1(&pcs), Vec::<&str>::new());
    // Not applicable (not used): the CNAME is needed again.
    pcs.checklist.insert(
        "S6-WMDM-01".into(),
        ItemState {
            status: ItemStatus::NotApplicable,
            reason: "Windows 8.1 PCs".into(),
            ..Default::default()
        },
    );
    assert_eq!(s1(&pcs), ["S1-05", "S1-06"]);

    // Phones as well: automatic enrollment does not cover them.
    let mut both = only(Platform::WindowsMdm);
    both.enrollment.platforms.windows_phone = true;
    both.checklist.insert("S6-WMDM-01".into(), done);
    assert_eq!(found(&both, Path::WindowsDiscovery), manual);
    both.connections.domains.push(upn);
    assert_eq!(s1(&both), ["S1-05", "S1-06"]);
}

#[test]
fn m5_corporate_methods_are_listed() {
    // Review 2, M5 (2017 corporate-owned page): the ways to mark devices as
    // corporate-owned, an informational item.
    let d = RULES.items.iter().find(|d| d.id == "S6-CORP-03").unwrap();
    assert!(!d.counts_for_readiness);
    for (l, words) in [
        (
            label_en("S6-CORP-03"),
            [
                "Apple Configurator",
                "Setup Assistant",
                "IMEI",
                "Windows 10 Enterprise",
                "Azure AD",
            ],
        ),
        (
            label_nl("S6-CORP-03"),
            [
                "Apple Configurator",
                "Configuratie-assistent",
                "IMEI",
                "Windows 10 Enterprise",
                "Azure AD",
            ],
        ),
    ] {
        for w in words {
            assert!(l.contains(w), "{w} not in {l}");
        }
    }
    // Client or MDM, never both: with Windows MDM and with the PC client.
    for id in ["S6-WMDM-02", "S6-PC-06"] {
        assert!(
            label_en(id).contains("by the client software or by MDM, never both"),
            "{id}"
        );
        assert!(
            label_nl(id).contains("door de clientsoftware óf via MDM beheerd, nooit door beide"),
            "{id}"
        );
    }
}

#[test]
fn m4_android_for_work_reenrollment_and_unbind() {
    let e = label_en("S6-AFW-03");
    let n = label_nl("S6-AFW-03");
    assert!(
        e.contains("unenrolled and enrolled again")
            && e.contains("Unbind removes every Android for Work device"),
        "{e}"
    );
    assert!(
        n.contains("opnieuw ingeschreven")
            && n.contains("Binding ongedaan maken verwijdert alle Android for Work-apparaten"),
        "{n}"
    );
}

#[test]
fn m5_dem_devices_need_licenses() {
    assert!(label_en("S6-CORP-01").contains("needs an Intune license"));
    assert!(label_nl("S6-CORP-01").contains("Intune-licentie nodig"));
    assert!(label_en("S6-CORP-01").contains("cannot be used with Apple Configurator"));
    assert!(label_nl("S6-CORP-01").contains("niet met Apple Configurator"));
}

#[test]
fn m1_dns_propagation_72_hours_in_the_validation_items() {
    let hours = CLASSIC_2017.connections.cname_propagation_hours;
    assert_eq!(hours, 72);
    let en_h = format!("{hours} hours");
    let nl_h = format!("{hours} uur");
    // Test Auto-Detection is one item, S1-06 (review 2, Q9).
    let e = i18n::item_label("S1-06", Locale::En).unwrap();
    let n = i18n::item_label("S1-06", Locale::Nl).unwrap();
    assert!(e.contains(&en_h), "{e}");
    assert!(n.contains(&nl_h), "{n}");
}

#[test]
fn source_pc_client_supports_at_most_7000_pcs() {
    assert_eq!(RULES.pc_client_max, 7_000);
    let mut plan = only(Platform::WindowsPc);
    plan.enrollment.windows_pc.pc_count = Some(7_000);
    assert_eq!(found(&plan, Path::PcCount), vec![]);
    plan.enrollment.windows_pc.pc_count = Some(7_001);
    assert_eq!(
        found(&plan, Path::PcCount),
        vec![(
            Code::TooManyPcs {
                count: 7_001,
                max: 7_000
            },
            Severity::Blocker
        )]
    );
}

// ---- Corporate-owned devices ----------------------------------------------

fn corp() -> Plan {
    only(Platform::CorporateOwned)
}

#[test]
fn source_device_enrollment_manager_enrolls_at_most_1000_devices() {
    assert_eq!(RULES.dem_max_devices, 1_000);
    let mut plan = corp();
    plan.enrollment.corporate.dem_account = "dem@contoso.com".into();
    plan.enrollment.corporate.dem_devices = Some(1_000);
    assert_eq!(found(&plan, Path::DemDevices), vec![]);
    assert_eq!(found(&plan, Path::DemAccount), vec![]);
    plan.enrollment.corporate.dem_devices = Some(1_001);
    assert_eq!(
        found(&plan, Path::DemDevices),
        vec![(
            Code::DemTooManyDevices {
                count: 1_001,
                max: 1_000
            },
            Severity::Blocker
        )]
    );
}

#[test]
fn source_device_enrollment_manager_is_not_an_intune_admin() {
    let mut plan = corp();
    plan.enrollment.corporate.dem_is_intune_admin = true;
    assert_eq!(
        found(&plan, Path::DemIsIntuneAdmin),
        vec![(Code::DemIsIntuneAdmin, Severity::Warning)]
    );
}

#[test]
fn device_enrollment_manager_account() {
    let mut plan = corp();
    // Optional until its item is done.
    assert_eq!(found(&plan, Path::DemAccount), vec![]);
    plan.checklist.insert(
        "S6-CORP-01".into(),
        ItemState {
            status: ItemStatus::Done,
            ..ItemState::default()
        },
    );
    assert_eq!(
        found(&plan, Path::DemAccount),
        vec![(
            Code::AccountMissing {
                account: Account::DeviceEnrollmentManager
            },
            Severity::Warning
        )]
    );
    plan.enrollment.corporate.dem_account = "dem".into();
    assert_eq!(
        found(&plan, Path::DemAccount),
        vec![(
            Code::AccountFormat {
                account: Account::DeviceEnrollmentManager
            },
            Severity::Blocker
        )]
    );
    // With a DEP token, devices the manager enrolls cannot use it.
    plan.enrollment.corporate.dem_account = "dem@contoso.com".into();
    plan.enrollment.platforms.ios_mac = true;
    plan.enrollment.apple.dep_token = true;
    assert_eq!(
        found(&plan, Path::DemAccount),
        vec![(Code::DemNotWithDep, Severity::Info)]
    );
}

#[test]
fn source_device_limit_is_1_to_15() {
    assert_eq!((RULES.device_limit_min, RULES.device_limit_max), (1, 15));
    let mut plan = Plan::default();
    for ok in [1, 5, 15] {
        plan.enrollment.device_limit = Some(ok);
        assert_eq!(found(&plan, Path::DeviceLimit), vec![], "{ok}");
    }
    for bad in [0, 16, 1_000] {
        plan.enrollment.device_limit = Some(bad);
        assert_eq!(
            found(&plan, Path::DeviceLimit),
            vec![(
                Code::DeviceLimitOutOfRange {
                    value: bad,
                    min: 1,
                    max: 15
                },
                Severity::Blocker
            )],
            "{bad}"
        );
    }
}

#[test]
fn source_imei_import_limits() {
    assert_eq!(RULES.imei_max_rows, 5_000);
    assert_eq!(RULES.imei_max_bytes, 5_000_000);
    assert_eq!(RULES.imei_max_details, 128);
    assert_eq!(RULES.imei_manual_max, 15);
    assert_eq!((RULES.imei_digits_min, RULES.imei_digits_max), (14, 15));
}

fn csv_plan(csv: ImeiCsv) -> Plan {
    let mut plan = corp();
    plan.enrollment.corporate.imei_csv = Some(csv);
    plan
}

fn rows(n: usize) -> String {
    (0..n)
        .map(|i| format!("{:015},device {i}\n", 350_000_000_000_000u64 + i as u64))
        .collect()
}

#[test]
fn imei_rows_at_5000_and_5001() {
    let ok = inspect_imei_csv("ok.csv", rows(5_000).as_bytes(), RULES);
    assert_eq!(ok.rows, 5_000);
    assert_eq!(ok.invalid_rows, 0);
    assert!(!ok.header);
    assert_eq!(found(&csv_plan(ok), Path::ImeiCsv), vec![]);
    let big = inspect_imei_csv("big.csv", rows(5_001).as_bytes(), RULES);
    assert_eq!(
        found(&csv_plan(big), Path::ImeiCsv),
        vec![(
            Code::ImeiTooManyRows {
                rows: 5_001,
                max: 5_000
            },
            Severity::Blocker
        )]
    );
}

#[test]
fn imei_file_size_at_5_mb() {
    let at_limit = ImeiCsv {
        bytes: 5_000_000,
        rows: 10,
        ..ImeiCsv::default()
    };
    assert_eq!(found(&csv_plan(at_limit.clone()), Path::ImeiCsv), vec![]);
    let over = ImeiCsv {
        bytes: 5_000_001,
        ..at_limit
    };
    assert_eq!(
        found(&csv_plan(over), Path::ImeiCsv),
        vec![(
            Code::ImeiFileTooLarge {
                bytes: 5_000_001,
                max: 5_000_000
            },
            Severity::Blocker
        )]
    );
}

#[test]
fn imei_details_at_128_and_129() {
    let text = format!(
        "350000000000001,{}\n350000000000002,{}\n350000000000003,{}\n",
        "é".repeat(128),
        "x".repeat(129),
        "y".repeat(130)
    );
    let csv = inspect_imei_csv("d.csv", text.as_bytes(), RULES);
    assert_eq!(csv.longest_details, 130);
    assert_eq!(csv.first_long_details_row, Some(2));
    assert_eq!(
        found(&csv_plan(csv), Path::ImeiCsv),
        vec![(
            Code::ImeiDetailsTooLong {
                row: 2,
                length: 130,
                max: 128
            },
            Severity::Blocker
        )]
    );
    let ok = format!("350000000000001,{}\n", "é".repeat(128));
    let csv = inspect_imei_csv("ok.csv", ok.as_bytes(), RULES);
    assert_eq!(found(&csv_plan(csv), Path::ImeiCsv), vec![]);
}

#[test]
fn imei_file_without_header_and_with_imei_numbers() {
    let text = "IMEI,Details\r\n350000000000001,Phone 1\r\n\r\n12345,short\r\n35000000000000,fourteen digits\r\n";
    let csv = inspect_imei_csv("h.csv", text.as_bytes(), RULES);
    assert!(csv.header);
    assert_eq!(csv.rows, 4);
    assert_eq!(csv.invalid_rows, 2);
    assert_eq!(csv.first_invalid_row, Some(3));
    assert_eq!(
        found(&csv_plan(csv), Path::ImeiCsv),
        vec![
            (Code::ImeiHeader, Severity::Blocker),
            (
                Code::ImeiInvalidRows {
                    first_row: 3,
                    count: 1
                },
                Severity::Blocker
            )
        ]
    );
    let empty = inspect_imei_csv("e.csv", b"\n\n", RULES);
    assert_eq!(
        found(&csv_plan(empty), Path::ImeiCsv),
        vec![(Code::ImeiEmpty, Severity::Blocker)]
    );
    // A byte-order mark and quotes are tolerated.
    let bom = inspect_imei_csv(
        "b.csv",
        "\u{FEFF}\"350000000000001\",\"x\"\n".as_bytes(),
        RULES,
    );
    assert_eq!(bom.invalid_rows, 0);
    assert!(!bom.header);
}

#[test]
fn imei_file_is_checked_only_for_corporate_devices() {
    let mut plan = csv_plan(ImeiCsv::default());
    assert!(!found(&plan, Path::ImeiCsv).is_empty());
    plan.enrollment.platforms.corporate_owned = false;
    assert_eq!(found(&plan, Path::ImeiCsv), vec![]);
}

#[test]
fn imei_inspection_is_linear() {
    // 200,000 rows in one pass, well beyond the limit, stays fast.
    let text = rows(200_000);
    let start = std::time::Instant::now();
    let csv = inspect_imei_csv("huge.csv", text.as_bytes(), RULES);
    assert_eq!(csv.rows, 200_000);
    assert!(start.elapsed().as_secs() < 5);
}

// ---- Scope and readiness ---------------------------------------------------

#[test]
fn touched_step_without_platforms_is_warned() {
    let mut plan = Plan::default();
    assert_eq!(found(&plan, Path::Platforms), vec![]);
    plan.enrollment.device_limit = Some(5);
    assert_eq!(
        found(&plan, Path::Platforms),
        vec![(Code::NoPlatform, Severity::Warning)]
    );
    plan.enrollment.platforms = Platforms {
        android: true,
        ..Platforms::default()
    };
    assert_eq!(found(&plan, Path::Platforms), vec![]);
    assert_eq!(analyze(&plan).enrollment.in_scope, vec![Platform::Android]);
}

#[test]
fn source_hybrid_enrollment_is_set_up_from_configuration_manager() {
    use enrollready::domain::authority::Authority;
    let mut plan = only(Platform::Android);
    plan.mdm_authority.authority = Some(Authority::ConfigurationManager);
    assert_eq!(
        found(&plan, Path::Platforms),
        vec![(Code::SetUpInConfigurationManager, Severity::Info)]
    );
    plan.mdm_authority.authority = Some(Authority::Intune);
    assert_eq!(found(&plan, Path::Platforms), vec![]);
}

#[test]
fn a_complete_ios_plan_is_ready() {
    let mut plan = ios_expiring_in(200);
    plan.mdm_authority.authority = Some(enrollready::domain::authority::Authority::Intune);
    for id in applicable(&plan) {
        plan.checklist.insert(
            id.into(),
            ItemState {
                status: ItemStatus::Done,
                ..ItemState::default()
            },
        );
    }
    let r = analyze(&plan);
    let step: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.path.step(&CLASSIC_2017) == StepId::Enrollment)
        .collect();
    assert_eq!(step, Vec::<&Finding>::new());
    assert_eq!(
        r.readiness.step(StepId::Enrollment).unwrap().readiness,
        Readiness::Ready
    );
}

// ---- Messages --------------------------------------------------------------

#[test]
fn every_item_has_different_english_and_dutch_labels() {
    let rules: Vec<_> = RULES.items.iter().map(|d| d.id).collect();
    let table: Vec<_> = i18n::enrollment::ITEMS.iter().map(|r| r.0).collect();
    assert_eq!(rules, table, "one label row per item, in order");
    for (id, en, nl) in i18n::enrollment::ITEMS {
        assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{id}");
        assert_ne!(en, nl, "{id}");
    }
}

fn all_codes() -> Vec<Code> {
    let mut v = vec![
        Code::NoPlatform,
        Code::SetUpInConfigurationManager,
        Code::PersonalAppleId {
            domain: "icloud.com".into(),
        },
        Code::ManualServerName {
            server: "enrollment.manage.microsoft.com",
        },
        Code::TooManyPcs {
            count: 7_001,
            max: 7_000,
        },
        Code::DemTooManyDevices {
            count: 1_001,
            max: 1_000,
        },
        Code::DemIsIntuneAdmin,
        Code::DemNotWithDep,
        Code::DeviceLimitOutOfRange {
            value: 16,
            min: 1,
            max: 15,
        },
        Code::ImeiEmpty,
        Code::ImeiTooManyRows {
            rows: 5_001,
            max: 5_000,
        },
        Code::ImeiFileTooLarge {
            bytes: 5_000_001,
            max: 5_000_000,
        },
        Code::ImeiDetailsTooLong {
            row: 2,
            length: 129,
            max: 128,
        },
        Code::ImeiHeader,
        Code::ImeiInvalidRows {
            first_row: 3,
            count: 2,
        },
    ];
    for account in [
        Account::AppleId,
        Account::GoogleAccount,
        Account::DeviceEnrollmentManager,
    ] {
        v.push(Code::AccountMissing { account });
        v.push(Code::AccountFormat { account });
    }
    for credential in [Credential::ApnsCertificate, Credential::DepToken] {
        v.push(Code::ExpiryMissing { credential });
        v.push(Code::ExpiryFormat { credential });
        v.push(Code::Expiring {
            credential,
            days_left: 1,
        });
        v.push(Code::Expiring {
            credential,
            days_left: 30,
        });
        v.push(Code::Expired {
            credential,
            days_ago: 0,
        });
        v.push(Code::Expired {
            credential,
            days_ago: 3,
        });
        // Within a grace period (intune-2026's APNs certificate).
        v.push(Code::ExpiredInGrace {
            credential,
            days_ago: 3,
            days_left: 27,
        });
        v.push(Code::ExpiryBeyondValidity {
            credential,
            days_left: 400,
            validity_days: 365,
        });
    }
    // Exhaustiveness: a new variant does not compile until it is listed here.
    for c in &v {
        match c {
            Code::NoPlatform
            | Code::SetUpInConfigurationManager
            | Code::AccountMissing { .. }
            | Code::AccountFormat { .. }
            | Code::PersonalAppleId { .. }
            | Code::ExpiryMissing { .. }
            | Code::ExpiryFormat { .. }
            | Code::Expiring { .. }
            | Code::Expired { .. }
            | Code::ExpiredInGrace { .. }
            | Code::ExpiryBeyondValidity { .. }
            | Code::ManualServerName { .. }
            | Code::TooManyPcs { .. }
            | Code::DemTooManyDevices { .. }
            | Code::DemIsIntuneAdmin
            | Code::DemNotWithDep
            | Code::DeviceLimitOutOfRange { .. }
            | Code::ImeiEmpty
            | Code::ImeiTooManyRows { .. }
            | Code::ImeiFileTooLarge { .. }
            | Code::ImeiDetailsTooLong { .. }
            | Code::ImeiHeader
            | Code::ImeiInvalidRows { .. } => {}
        }
    }
    v
}

#[test]
fn every_code_has_both_languages() {
    for c in all_codes() {
        let en = i18n::finding_message(&code(c.clone()), Locale::En);
        let nl = i18n::finding_message(&code(c.clone()), Locale::Nl);
        assert!(!en.is_empty() && !nl.is_empty(), "{c:?}");
        assert_ne!(en, nl, "{c:?}");
    }
    for s in [
        ExpiryState::Missing,
        ExpiryState::Malformed,
        ExpiryState::Valid { days_left: 40 },
        ExpiryState::Expiring { days_left: 1 },
        ExpiryState::Expired { days_ago: 0 },
        ExpiryState::Expired { days_ago: 2 },
    ] {
        let en = i18n::enrollment::expiry_state(s, Locale::En);
        let nl = i18n::enrollment::expiry_state(s, Locale::Nl);
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{s:?}");
    }
    for p in Platform::ALL {
        assert!(!i18n::enrollment::platform_name(p, Locale::Nl).is_empty());
    }
}

#[test]
fn messages_carry_their_parameters_and_the_sources_terms() {
    let m = |c: Code, l| i18n::finding_message(&code(c), l);
    let nl = m(
        Code::Expiring {
            credential: Credential::ApnsCertificate,
            days_left: 30,
        },
        Locale::Nl,
    );
    assert!(
        nl.contains("30 dagen") && nl.contains("APNs-certificaat"),
        "{nl}"
    );
    let en = m(
        Code::Expiring {
            credential: Credential::DepToken,
            days_left: 1,
        },
        Locale::En,
    );
    assert!(en.contains("1 day") && en.contains("DEP token"), "{en}");
    let nl = m(
        Code::TooManyPcs {
            count: 7_001,
            max: 7_000,
        },
        Locale::Nl,
    );
    assert!(nl.contains("7.001") && nl.contains("7.000"), "{nl}");
    let nl = m(Code::DemIsIntuneAdmin, Locale::Nl);
    assert!(nl.contains("apparaatinschrijvingsmanager"), "{nl}");
    let en = m(
        Code::ImeiFileTooLarge {
            bytes: 5_000_001,
            max: 5_000_000,
        },
        Locale::En,
    );
    assert!(en.contains("5,000,001") && en.contains("5,000,000"), "{en}");
    let en = m(
        Code::Expired {
            credential: Credential::ApnsCertificate,
            days_ago: 0,
        },
        Locale::En,
    );
    assert!(en.contains("today"), "{en}");
}

#[test]
fn item_labels_quote_the_rule_limits() {
    let en = |id| i18n::item_label(id, Locale::En).unwrap();
    let nl = |id| i18n::item_label(id, Locale::Nl).unwrap();
    let fmt = |l, n: u64| i18n::format_int(l, n);
    assert!(en("S6-PC-06").contains(&fmt(Locale::En, RULES.pc_client_max.into())));
    assert!(nl("S6-PC-06").contains(&fmt(Locale::Nl, RULES.pc_client_max.into())));
    assert!(en("S6-CORP-01").contains(&fmt(Locale::En, RULES.dem_max_devices.into())));
    assert!(nl("S6-CORP-01").contains(&fmt(Locale::Nl, RULES.dem_max_devices.into())));
    assert!(en("S6-CORP-02").contains(&fmt(Locale::En, RULES.imei_max_rows.into())));
    assert!(en("S6-CORP-02").contains(&RULES.imei_max_details.to_string()));
    let range = format!("{} to {}", RULES.device_limit_min, RULES.device_limit_max);
    assert!(en("S6-01").contains(&range));
    assert!(nl("S6-01").contains(&format!(
        "{} tot {}",
        RULES.device_limit_min, RULES.device_limit_max
    )));
    assert!(en("S6-CORP-02").contains(&format!("up to {}", RULES.imei_manual_max)));
    let server = CLASSIC_2017.connections.manual_server;
    assert!(en("S6-WPH-01").contains(server));
    assert!(nl("S6-WPH-01").contains(server));
}

/// The account-format message starts with its account, capitalised without
/// Unicode's case tables (ASCII only: the catalogue's words start with ASCII
/// letters), in both languages.
#[test]
fn account_format_message_starts_with_a_capital_in_both_languages() {
    for a in [
        Account::AppleId,
        Account::GoogleAccount,
        Account::DeviceEnrollmentManager,
    ] {
        for l in [Locale::En, Locale::Nl] {
            let m = i18n::finding_message(&code(Code::AccountFormat { account: a }), l);
            let first = m.chars().next().unwrap();
            assert!(first.is_ascii_uppercase(), "{a:?} {l:?}: {m}");
            let missing = i18n::finding_message(&code(Code::AccountMissing { account: a }), l);
            // The same words as in the sentence that does not start with them.
            let word = missing.split(' ').nth(1).unwrap();
            assert!(
                m.to_lowercase().starts_with(&word.to_lowercase()),
                "{m} / {missing}"
            );
        }
    }
}
