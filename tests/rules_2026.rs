//! The ruleset `intune-2026` (today's Microsoft Intune admin center), one
//! test per fact of `DOMAIN-2026.md`, each named after its row or section
//! (N2 = network row 2, s6_1 = §6.1 …); the analysis of the default plan and
//! of every golden fixture under it; and the analysis changes it brought (the
//! APNs grace period, the logo limits per ruleset).
//!
//! "Today" is 2026-05-20, the fact sheet's `asOf`.

// Plan structs gain an `extra` field (unknown JSON members): struct literals
// end with `..Default::default()`.
#![allow(clippy::needless_update)]

mod common;

use std::path::PathBuf;

use enrollready::domain::authority::{self, implications, Authority, Implication};
use enrollready::domain::checklist::ItemDef;
use enrollready::domain::company_portal::{self, FieldKind, LogoSlot};
use enrollready::domain::connections::{
    self, CnameKind, CustomDomain, PortNeed, PortReason, PortScope, Protocol,
};
use enrollready::domain::enrollment::{self, Account, Code, Credential, Platform};
use enrollready::domain::image::{ImageKind, Logo};
use enrollready::domain::licenses;
use enrollready::domain::ruleset::{self, Ruleset, CLASSIC_2017, INTUNE_2026};
use enrollready::domain::{
    analyze, Analysis, Ctx, Date, FieldPath, ItemState, ItemStatus, Plan, Severity, StepId,
};
use enrollready::format;
use enrollready::i18n::{self, Locale};

/// An item label table: (id, English, Dutch).
type Labels = &'static [(&'static str, &'static str, &'static str)];

fn today() -> Date {
    Date::new(2026, 5, 20).unwrap()
}

fn ctx(ruleset: &'static Ruleset) -> Ctx {
    Ctx {
        today: today(),
        ruleset,
    }
}

fn under(plan: &Plan, ruleset: &'static Ruleset) -> Analysis {
    analyze(plan, &ctx(ruleset))
}

fn now(plan: &Plan) -> Analysis {
    under(plan, &INTUNE_2026)
}

fn only(p: Platform) -> Plan {
    let mut plan = Plan::default();
    plan.enrollment.platforms.set(p, true);
    plan
}

fn done(plan: &mut Plan, id: &str) {
    plan.checklist.insert(
        id.into(),
        ItemState {
            status: ItemStatus::Done,
            ..ItemState::default()
        },
    );
}

fn applicable(plan: &Plan) -> Vec<&'static str> {
    INTUNE_2026
        .items()
        .filter(|d| d.applies_to(plan))
        .map(|d| d.id)
        .collect()
}

fn en(id: &str) -> &'static str {
    i18n::item_label(id, Locale::En).unwrap_or_else(|| panic!("{id} has no English label"))
}

fn nl(id: &str) -> &'static str {
    i18n::item_label(id, Locale::Nl).unwrap_or_else(|| panic!("{id} has no Dutch label"))
}

/// The enrollment findings at one path, as (code, severity).
fn enrollment_found(a: &Analysis, path: enrollment::Path) -> Vec<(Code, Severity)> {
    a.for_path(FieldPath::Enrollment(path))
        .map(|f| match &f.code {
            enrollready::domain::Code::Enrollment(c) => (c.clone(), f.severity),
            other => panic!("{other:?} at {path:?}"),
        })
        .collect()
}

// ---- The ruleset ------------------------------------------------------------

#[test]
fn s9_ruleset_id_and_as_of() {
    assert_eq!(INTUNE_2026.id, "intune-2026");
    assert_eq!(INTUNE_2026.as_of, "2026-05-20");
    assert_eq!(INTUNE_2026.as_of_date(), Some(today()));
}

#[test]
fn s9_offered_and_followed_by_new_plans() {
    // The page and the file reader know it, and a new plan follows it; a
    // file without a ruleset is an old one: the 2017 rules.
    assert_eq!(
        ruleset::by_id("intune-2026").map(|r| r.id),
        Some(INTUNE_2026.id)
    );
    assert_eq!(ruleset::NEW_PLAN.id, INTUNE_2026.id);
    assert_eq!(
        enrollready::format::FileMeta::default().ruleset,
        "intune-2026"
    );
    let old = enrollready::format::from_json(
        r#"{"format":"enrollready-plan","schema_version":1,"plan":{}}"#,
    )
    .unwrap();
    assert_eq!(old.ruleset, "intune-classic-2017");
}

#[test]
fn s9_nothing_retired_since_today() {
    assert!(INTUNE_2026.retired.retired.is_empty());
}

#[test]
fn s9_item_ids_are_its_own_and_labelled_in_both_languages() {
    let old: Vec<&str> = CLASSIC_2017.items().map(|d| d.id).collect();
    let mut seen = Vec::new();
    for d in INTUNE_2026.items() {
        assert!(d.id.starts_with('T'), "{}", d.id);
        assert!(!old.contains(&d.id), "{} reuses a 2017 id", d.id);
        assert!(!seen.contains(&d.id), "duplicate {}", d.id);
        seen.push(d.id);
        assert!(!en(d.id).trim().is_empty() && !nl(d.id).trim().is_empty());
        assert_ne!(en(d.id), nl(d.id), "{}", d.id);
    }
    // Each table row is an item of the ruleset, in the items' order.
    let tables: [(Labels, &[ItemDef]); 7] = [
        (i18n::connections::ITEMS_2026, INTUNE_2026.connections.items),
        (i18n::authority::ITEMS_2026, INTUNE_2026.mdm_authority.items),
        (i18n::groups::ITEMS_2026, INTUNE_2026.groups.items),
        (
            i18n::messages::PORTAL_ITEMS_2026,
            INTUNE_2026.company_portal.items,
        ),
        (i18n::licenses::ITEMS_2026, INTUNE_2026.licenses.items),
        (i18n::enrollment::ITEMS_2026, INTUNE_2026.enrollment.items),
        (i18n::next_steps::ITEMS_2026, INTUNE_2026.next_steps.items),
    ];
    for (table, items) in tables {
        let rows: Vec<&str> = table.iter().map(|r| r.0).collect();
        let ids: Vec<&str> = items.iter().map(|d| d.id).collect();
        assert_eq!(rows, ids);
    }
}

#[test]
fn s9_dutch_labels_use_todays_console_terms() {
    let all_nl: String = INTUNE_2026.items().map(|d| nl(d.id)).collect();
    for term in [
        "Microsoft Intune-beheercentrum",
        "Tenantbeheer > Aanpassing",
        "Apparaten > Inschrijving",
        "Microsoft Entra ID",
        "Microsoft Entra Connect",
        "Microsoft 365-beheercentrum",
    ] {
        assert!(all_nl.contains(term), "{term}");
    }
    // No 2017 console words.
    for old in ["Azure AD", "Beheer > ", "beheerconsole"] {
        assert!(!all_nl.contains(old), "{old}");
    }
    let all_en: String = INTUNE_2026.items().map(|d| en(d.id)).collect();
    for term in [
        "Microsoft Intune admin center",
        "Tenant administration > Customization",
        "Devices > Enrollment",
        "Microsoft Entra ID",
        "Microsoft Entra Connect",
        "Microsoft 365 admin center",
    ] {
        assert!(all_en.contains(term), "{term}");
    }
    assert!(!all_en.contains("Azure AD"));
}

// ---- Step 1: connections ------------------------------------------------------

#[test]
fn n2_proxy_ports_80_and_443() {
    let ports: Vec<_> = INTUNE_2026
        .connections
        .ports
        .iter()
        .map(|r| (r.protocol, r.port, r.scope))
        .collect();
    assert_eq!(
        ports,
        [
            (Protocol::Tcp, 80, PortScope::Always),
            (Protocol::Tcp, 443, PortScope::Always),
        ]
    );
    // With every platform in scope, still only these two (APNs 5223 is not
    // re-verified, §10 item 9).
    let mut plan = Plan::default();
    for p in Platform::ALL {
        plan.enrollment.platforms.set(p, true);
    }
    assert_eq!(
        now(&plan).connections.ports,
        [
            PortNeed {
                protocol: Protocol::Tcp,
                port: 80,
                reason: PortReason::IntuneHttp
            },
            PortNeed {
                protocol: Protocol::Tcp,
                port: 443,
                reason: PortReason::IntuneHttps
            },
        ]
    );
}

#[test]
fn n3_unauthenticated_hosts() {
    assert_eq!(
        INTUNE_2026.connections.unauthenticated_hosts,
        [
            "manage.microsoft.com",
            "*.azureedge.net",
            "graph.microsoft.com"
        ]
    );
    assert_eq!(
        now(&Plan::default()).connections.unauthenticated_hosts,
        [
            "manage.microsoft.com",
            "*.azureedge.net",
            "graph.microsoft.com"
        ]
    );
    for host in [
        "manage.microsoft.com",
        "*.azureedge.net",
        "graph.microsoft.com",
    ] {
        assert!(en("T1-02").contains(host) && nl("T1-02").contains(host));
    }
}

#[test]
fn n4_no_tls_inspection_item() {
    assert!(en("T1-03").contains("*.manage.microsoft.com"));
    assert!(en("T1-03").contains("*.dm.microsoft.com"));
    assert!(applicable(&Plan::default()).contains(&"T1-03"));
}

#[test]
fn n6_consolidated_endpoint_list_item() {
    assert!(en("T1-01").contains("consolidated endpoint list"));
    assert!(en("T1-01").contains("TCP 80 and 443"));
    assert!(nl("T1-01").contains("TCP 80 en 443"));
}

#[test]
fn n7_autopilot_udp_123_is_named_in_its_item() {
    // TOOL rule "+UDP 123 if Autopilot": the plan records no Autopilot use,
    // so it is no port rule; Autopilot's item names it.
    assert!(en("T6-WIN-02").contains("UDP 123") && en("T6-WIN-02").contains("time.windows.com"));
    assert!(nl("T6-WIN-02").contains("UDP 123"));
    assert!(INTUNE_2026.connections.ports.iter().all(|p| p.port != 123));
}

#[test]
fn s1_2_domain_verification_ttl_3600() {
    assert_eq!(INTUNE_2026.connections.verification_ttl_seconds, 3600);
    assert_eq!(INTUNE_2026.connections.verified_item, "T1-05");
    assert_eq!(
        INTUNE_2026.connections.initial_domain_suffix,
        "onmicrosoft.com"
    );
}

#[test]
fn s1_3_cname_targets_and_ttl_one_hour() {
    let c = INTUNE_2026.connections;
    let rules: Vec<_> = c
        .cnames
        .iter()
        .map(|r| (r.kind, r.host_prefix, r.target))
        .collect();
    assert_eq!(
        rules,
        [
            (
                CnameKind::EnterpriseEnrollment,
                "EnterpriseEnrollment",
                "EnterpriseEnrollment-s.manage.microsoft.com"
            ),
            (
                CnameKind::EnterpriseRegistration,
                "EnterpriseRegistration",
                "EnterpriseRegistration.windows.net"
            ),
        ]
    );
    assert_eq!(c.cname_ttl_seconds, 3600);
    let mut plan = only(Platform::WindowsMdm);
    plan.connections.domains.push(CustomDomain {
        name: "contoso.com".into(),
        verified: true,
        upn_suffix: true,
        ..Default::default()
    });
    let lines: Vec<String> = now(&plan)
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
fn s1_3_manual_server_enrollment_manage_microsoft_com() {
    assert_eq!(
        INTUNE_2026.connections.manual_server,
        "enrollment.manage.microsoft.com"
    );
    // Windows MDM without a UPN-suffix domain and without automatic
    // enrollment: users type the server name.
    let plan = only(Platform::WindowsMdm);
    assert_eq!(
        now(&plan).enrollment.manual_server_name,
        Some("enrollment.manage.microsoft.com")
    );
}

#[test]
fn s1_3_propagation_up_to_72_hours() {
    assert_eq!(INTUNE_2026.connections.cname_propagation_hours, 72);
    assert!(en("T1-07").contains("72 hours") && nl("T1-07").contains("72 uur"));
    assert!(en("T1-07").contains("CNAME Validation"));
}

#[test]
fn s1_3_cnames_optional_with_windows_automatic_enrollment() {
    let mut plan = only(Platform::WindowsMdm);
    plan.connections.domains.push(CustomDomain {
        name: "contoso.com".into(),
        verified: true,
        upn_suffix: true,
        ..Default::default()
    });
    let items = applicable(&plan);
    assert!(items.contains(&"T1-06") && items.contains(&"T1-07"));
    assert!(connections::cnames_apply(
        &plan,
        INTUNE_2026.connections,
        INTUNE_2026.enrollment
    ));
    // Automatic enrollment set up (its item done): the CNAMEs are optional.
    done(&mut plan, "T6-WIN-01");
    let items = applicable(&plan);
    assert!(!items.contains(&"T1-06") && !items.contains(&"T1-07"));
    assert_eq!(now(&plan).enrollment.manual_server_name, None);
    // Not a Windows plan: no CNAME items either.
    assert!(!applicable(&Plan::default()).contains(&"T1-06"));
}

// ---- Step 2: MDM authority ------------------------------------------------------

#[test]
fn m1_m2_intune_is_the_only_choice() {
    assert_eq!(INTUNE_2026.mdm_authority.choices, [Authority::Intune]);
    assert!(INTUNE_2026.mdm_authority.exclusive.is_empty());
    let mut plan = Plan::default();
    plan.mdm_authority.authority = Some(Authority::Intune);
    let a = now(&plan);
    assert_eq!(a.mdm_authority.chosen, Some(Authority::Intune));
    assert_eq!(
        a.for_path(FieldPath::Authority(authority::Path::Authority))
            .count(),
        0
    );
}

#[test]
fn m2_set_automatically_since_service_release_1911() {
    // Stated in the 2023 page; the 2024 rewrite dropped the sentence
    // (not contradicted): encoded, and named in the item.
    assert_eq!(INTUNE_2026.mdm_authority.intune_automatic_since, Some(1911));
    assert_eq!(CLASSIC_2017.mdm_authority.intune_automatic_since, None);
    assert!(en("T2-01").contains("1911") && nl("T2-01").contains("1911"));
    assert!(en("T2-01").contains("Tenant administration > Tenant status > Tenant details"));
}

#[test]
fn m1_co_management_item() {
    assert!(en("T2-02").contains("Co-management") && nl("T2-02").contains("Co-beheer"));
    let d = INTUNE_2026.item("T2-02").unwrap();
    assert!(!d.counts_for_readiness);
}

#[test]
fn m4_basic_mobility_and_security_coexistence_item() {
    assert!(en("T2-03").contains("Basic Mobility and Security"));
    assert!(en("T2-03").contains("cannot be unprovisioned"));
}

#[test]
fn m5_no_return_to_unknown() {
    assert!(en("T2-04").contains("Unknown") && nl("T2-04").contains("Onbekend"));
}

#[test]
fn m10_hybrid_mdm_is_no_choice_today() {
    assert_eq!(
        INTUNE_2026.mdm_authority.hybrid_mdm_retired_on,
        Some("2019-09-01")
    );
    // M1/M2: the authority is Intune, no choice. A 2017 plan's hybrid
    // choice is kept in the file but judged neither way (the page does not
    // show the field, so a finding on it could not be fixed there).
    assert_eq!(INTUNE_2026.mdm_authority.choices, [Authority::Intune]);
    let mut plan = Plan::default();
    plan.mdm_authority.authority = Some(Authority::ConfigurationManager);
    let a = now(&plan);
    assert_eq!(
        a.for_path(FieldPath::Authority(authority::Path::Authority))
            .count(),
        0
    );
    assert_eq!(a.mdm_authority.chosen, Some(Authority::Intune));
    // Under 2017 the same plan is hybrid MDM.
    let old = under(&plan, &CLASSIC_2017);
    assert_eq!(
        old.mdm_authority.chosen,
        Some(Authority::ConfigurationManager)
    );
}

#[test]
fn s2_implications_name_no_self_service_thresholds_today() {
    // The thresholds belong to the 2017 recovery routes; M2/M8: today
    // Intune is set automatically (since 1911) and checked in the admin
    // center, not set through the classic console's menu.
    assert_eq!(
        implications(Authority::Intune, &INTUNE_2026),
        [Implication::IntuneToday]
    );
    let text = enrollready::i18n::authority::implication(&Implication::IntuneToday, Locale::En);
    assert!(text.contains("Tenant administration > Tenant status > Tenant details"));
    assert!(!text.contains("Admin > Mobile Device Management"));
    assert_eq!(
        implications(Authority::Intune, &CLASSIC_2017),
        [
            Implication::SetInIntuneConsole,
            Implication::HardToChange {
                min_cm_version: 1610,
                min_intune_release: 1705
            }
        ]
    );
}

#[test]
fn s2_setting_item_done_needs_no_choice_today() {
    // M2/M8: T2-01 checks that the authority is Intune; there is nothing to
    // choose, so its being done warns of nothing (unlike 2017's S2-02).
    assert_eq!(INTUNE_2026.mdm_authority.setting_items, ["T2-01"]);
    assert_eq!(CLASSIC_2017.mdm_authority.setting_items, ["S2-02", "S2-03"]);
    let mut plan = Plan::default();
    done(&mut plan, "T2-01");
    assert_eq!(
        now(&plan)
            .for_path(FieldPath::Authority(authority::Path::Authority))
            .count(),
        0
    );
    done(&mut plan, "S2-02");
    let old = under(&plan, &CLASSIC_2017);
    assert!(old
        .for_path(FieldPath::Authority(authority::Path::Authority))
        .any(|f| f.severity == Severity::Warning));
}

// ---- Step 3: groups -----------------------------------------------------------------

#[test]
fn s3_microsoft_entra_groups() {
    let ids: Vec<_> = INTUNE_2026.groups.items.iter().map(|d| d.id).collect();
    assert_eq!(ids, ["T3-01", "T3-02", "T3-03"]);
    assert!(en("T3-01").contains("Microsoft Entra security group"));
    assert!(nl("T3-01").contains("Microsoft Entra-beveiligingsgroep"));
    // Customization policies target user groups only.
    assert!(en("T3-03").contains("user groups only"));
}

// ---- Step 4: Company Portal (Tenant administration > Customization) ------------------

#[test]
fn s4_2_to_4_4_field_limits() {
    let max = |id| match INTUNE_2026
        .company_portal
        .fields
        .iter()
        .find(|f| f.id == id)
        .unwrap()
        .kind
    {
        FieldKind::Text { max } | FieldKind::MultiLine { max } => max,
        other => panic!("{other:?}"),
    };
    use company_portal::FieldId as F;
    // Organization name, contact name, phone, email, website name, website
    // URL, additional information, privacy statement URL.
    assert_eq!(
        [
            max(F::CompanyName),
            max(F::ItContactName),
            max(F::ItPhone),
            max(F::ItEmail),
            max(F::WebsiteName),
            max(F::SupportWebsiteUrl),
            max(F::AdditionalInfo),
            max(F::PrivacyStatementUrl),
        ],
        [40, 40, 20, 40, 40, 150, 120, 79]
    );
}

#[test]
fn s4_4_privacy_messages_520() {
    assert_eq!(INTUNE_2026.company_portal.privacy_message_max, Some(520));
    assert_eq!(CLASSIC_2017.company_portal.privacy_message_max, None);
    // Their item applies with iOS/iPadOS in scope.
    assert!(applicable(&only(Platform::IosMac)).contains(&"T4-03"));
    assert!(!applicable(&Plan::default()).contains(&"T4-03"));
    assert!(en("T4-03").contains("520"));
}

#[test]
fn s4_2_logos_750000_bytes_png_jpg_jpeg_without_maximum_dimensions() {
    let r = INTUNE_2026.company_portal;
    assert_eq!(r.logo_max_bytes, 750_000);
    assert_eq!(r.logo_kinds, [ImageKind::Png, ImageKind::Jpeg]);
    assert_eq!(r.logo_max_dimensions, None);
    // 2017 keeps 400 x 100.
    assert_eq!(
        CLASSIC_2017.company_portal.logo_max_dimensions,
        Some((400, 100))
    );
    assert_eq!(CLASSIC_2017.company_portal.logo_max_bytes, 750_000);
}

#[test]
fn s4_2_logo_recommended_height_over_72_pixels() {
    assert_eq!(
        INTUNE_2026.company_portal.logo_recommended_height_over,
        Some(72)
    );
    assert_eq!(
        CLASSIC_2017.company_portal.logo_recommended_height_over,
        None
    );
}

#[test]
fn s4_2_brand_image_1_3_mb() {
    let r = INTUNE_2026.company_portal;
    assert_eq!(r.brand_image_max_bytes, Some(1_300_000));
    assert_eq!(r.brand_image_recommended_width_over, Some(1125));
    assert_eq!(CLASSIC_2017.company_portal.brand_image_max_bytes, None);
    assert!(en("T4-04").contains("1.3 MB") && nl("T4-04").contains("1,3 MB"));
}

#[test]
fn s4_1_at_most_25_group_targeted_policies() {
    assert_eq!(INTUNE_2026.company_portal.max_targeted_policies, Some(25));
    assert_eq!(CLASSIC_2017.company_portal.max_targeted_policies, None);
    assert!(en("T4-05").contains("25") && en("T4-05").contains("user groups only"));
    assert!(en("T4-01").contains("Tenant administration > Customization"));
}

#[test]
fn s4_2_a_logo_over_400_by_100_is_no_blocker_today() {
    let bytes = common::images::png_with_size(800, 300);
    let mut plan = Plan::default();
    plan.company_portal.include_logo = true;
    for slot in [LogoSlot::WhiteBackground, LogoSlot::ThemeBackground] {
        plan.company_portal
            .set_logo(slot, Some(Logo::from_bytes("logo.png", &bytes)));
    }
    let dimension_findings = |a: &Analysis| {
        a.findings
            .iter()
            .filter(|f| matches!(f.code, enrollready::domain::Code::LogoDimensions { .. }))
            .count()
    };
    assert_eq!(dimension_findings(&under(&plan, &CLASSIC_2017)), 2);
    assert_eq!(dimension_findings(&now(&plan)), 0);
}

// ---- Step 5: licences --------------------------------------------------------------

#[test]
fn s5_1_intune_plan_1_plan_2_and_suite() {
    assert_eq!(
        INTUNE_2026.licenses.plans,
        [
            "Microsoft Intune Plan 1",
            "Microsoft Intune Plan 2",
            "Microsoft Intune Suite"
        ]
    );
    assert!(CLASSIC_2017.licenses.plans.is_empty());
    assert!(en("T5-01").contains("Microsoft Intune Plan 1"));
    assert!(en("T5-01").contains("Microsoft 365 admin center"));
    assert!(nl("T5-01").contains("Microsoft 365-beheercentrum"));
}

#[test]
fn s5_1_15_devices_per_user_licence() {
    assert_eq!(INTUNE_2026.licenses.max_devices_per_user, 15);
    let mut plan = Plan::default();
    plan.licenses.devices_per_user = Some(16);
    let codes: Vec<_> = now(&plan)
        .for_path(FieldPath::Licenses(licenses::Path::DevicesPerUser))
        .map(|f| (f.code.clone(), f.severity))
        .collect();
    assert_eq!(
        codes,
        [(
            enrollready::domain::Code::Licenses(licenses::Code::TooManyDevicesPerUser {
                max: 15,
                actual: 16
            }),
            Severity::Blocker
        )]
    );
    plan.licenses.devices_per_user = Some(15);
    assert_eq!(
        now(&plan)
            .for_path(FieldPath::Licenses(licenses::Path::DevicesPerUser))
            .count(),
        0
    );
}

#[test]
fn s5_3_synced_users_with_microsoft_entra_connect() {
    let mut plan = Plan::default();
    assert!(now(&plan).licenses.sync_items.is_empty());
    plan.licenses.users_from_on_premises_ad = true;
    assert_eq!(
        now(&plan).licenses.sync_items,
        ["T5-SYNC-01", "T5-SYNC-02", "T5-SYNC-03", "T5-SYNC-04"]
    );
    assert!(en("T5-SYNC-03").contains("Microsoft Entra Connect"));
    assert!(nl("T5-SYNC-03").contains("Microsoft Entra Connect"));
}

#[test]
fn s6_5_entra_id_p1_or_p2_for_windows_automatic_enrollment() {
    assert!(applicable(&only(Platform::WindowsMdm)).contains(&"T5-03"));
    assert!(!applicable(&Plan::default()).contains(&"T5-03"));
    assert!(en("T5-03").contains("Microsoft Entra ID P1 or P2"));
    assert!(en("T6-WIN-01").contains("Microsoft Entra ID P1 or P2"));
    assert!(nl("T6-WIN-01").contains("Microsoft Entra ID P1 of P2"));
}

// ---- Step 6: enrollment ---------------------------------------------------------------

#[test]
fn s6_1_apns_365_days_and_30_days_grace() {
    let r = INTUNE_2026.enrollment;
    assert_eq!(r.apns_validity_days, 365);
    assert_eq!(r.apns_grace_days, 30);
    assert_eq!(r.grace_days(Credential::ApnsCertificate), 30);
    // 2017: no grace period.
    assert_eq!(CLASSIC_2017.enrollment.apns_grace_days, 0);
    assert!(en("T6-APNS-02").contains("365 days") && en("T6-APNS-02").contains("30-day grace"));
}

/// An iOS plan whose APNs certificate expired `days_ago` days before today.
fn apns_expired(days_ago: i64) -> Plan {
    let mut plan = only(Platform::IosMac);
    plan.enrollment.apple.apple_id = "mdm@contoso.com".into();
    plan.enrollment.apple.apns_expiry = today().add_days(-days_ago).to_string();
    plan
}

fn apns(plan: &Plan, ruleset: &'static Ruleset) -> Vec<(Code, Severity)> {
    enrollment_found(&under(plan, ruleset), enrollment::Path::ApnsExpiry)
}

#[test]
fn s6_1_apns_10_days_past_expiry_is_a_warning_today_and_a_blocker_in_2017() {
    let plan = apns_expired(10);
    let credential = Credential::ApnsCertificate;
    assert_eq!(
        apns(&plan, &INTUNE_2026),
        [(
            Code::ExpiredInGrace {
                credential,
                days_ago: 10,
                days_left: 20
            },
            Severity::Warning
        )]
    );
    assert_eq!(
        apns(&plan, &CLASSIC_2017),
        [(
            Code::Expired {
                credential,
                days_ago: 10
            },
            Severity::Blocker
        )]
    );
    // The step is not blocked by it today.
    let a = now(&plan);
    assert_eq!(
        a.count_in(StepId::Enrollment, Severity::Blocker, &INTUNE_2026),
        0
    );
}

#[test]
fn s6_1_apns_grace_at_its_boundaries() {
    let credential = Credential::ApnsCertificate;
    // Expiring today: the first day of the grace period.
    assert_eq!(
        apns(&apns_expired(0), &INTUNE_2026),
        [(
            Code::ExpiredInGrace {
                credential,
                days_ago: 0,
                days_left: 30
            },
            Severity::Warning
        )]
    );
    assert_eq!(
        apns(&apns_expired(29), &INTUNE_2026),
        [(
            Code::ExpiredInGrace {
                credential,
                days_ago: 29,
                days_left: 1
            },
            Severity::Warning
        )]
    );
    // 30 days after expiry the grace period is over.
    for days_ago in [30, 31] {
        for ruleset in [&INTUNE_2026, &CLASSIC_2017] {
            assert_eq!(
                apns(&apns_expired(days_ago), ruleset),
                [(
                    Code::Expired {
                        credential,
                        days_ago
                    },
                    Severity::Blocker
                )],
                "{days_ago} under {}",
                ruleset.id
            );
        }
    }
}

#[test]
fn s6_1_apns_31_days_past_expiry_is_a_blocker_under_both() {
    for ruleset in [&INTUNE_2026, &CLASSIC_2017] {
        let a = under(&apns_expired(31), ruleset);
        assert_eq!(
            a.count_in(StepId::Enrollment, Severity::Blocker, ruleset),
            1,
            "{}",
            ruleset.id
        );
    }
}

#[test]
fn s6_1_grace_messages_in_both_languages() {
    let c = Code::ExpiredInGrace {
        credential: Credential::ApnsCertificate,
        days_ago: 10,
        days_left: 20,
    };
    let en = i18n::enrollment::message(&c, Locale::En);
    let nl = i18n::enrollment::message(&c, Locale::Nl);
    assert!(en.contains("10 days") && en.contains("20 days"), "{en}");
    assert!(nl.contains("10 dagen") && nl.contains("20 dagen"), "{nl}");
}

#[test]
fn s6_2_ade_token_yearly_without_grace() {
    let r = INTUNE_2026.enrollment;
    assert_eq!(r.dep_token_validity_days, 365);
    assert_eq!(r.grace_days(Credential::DepToken), 0);
    let mut plan = apns_expired(-100);
    plan.enrollment.apple.dep_token = true;
    plan.enrollment.apple.dep_token_expiry = today().add_days(-10).to_string();
    assert_eq!(
        enrollment_found(&now(&plan), enrollment::Path::DepTokenExpiry),
        [(
            Code::Expired {
                credential: Credential::DepToken,
                days_ago: 10
            },
            Severity::Blocker
        )]
    );
    assert!(applicable(&plan).contains(&"T6-ADE-01"));
    assert!(en("T6-ADE-01").contains("Apple Business"));
    assert!(en("T6-ADE-01").contains("no grace period"));
}

#[test]
fn s6_3_apps_and_books_token_valid_one_year() {
    assert_eq!(INTUNE_2026.enrollment.vpp_token_validity_days, Some(365));
    assert_eq!(CLASSIC_2017.enrollment.vpp_token_validity_days, None);
    assert!(en("T6-VPP-01").contains("one year"));
}

#[test]
fn s6_4_device_administrator_ended_for_gms_devices_2024_12_31() {
    assert_eq!(
        INTUNE_2026.enrollment.device_admin_gms_end,
        Some("2024-12-31")
    );
    assert_eq!(CLASSIC_2017.enrollment.device_admin_gms_end, None);
    assert!(applicable(&only(Platform::Android)).contains(&"T6-AND-01"));
    assert!(en("T6-AND-01").contains("31 December 2024"));
    assert!(nl("T6-AND-01").contains("31 december 2024"));
}

#[test]
fn s6_4_managed_google_play_for_android_enterprise() {
    let items = applicable(&only(Platform::AndroidForWork));
    assert!(items.contains(&"T6-AE-01") && items.contains(&"T6-AE-02"));
    assert!(en("T6-AE-01").contains("Managed Google Play"));
    assert!(en("T6-AE-01").contains("Microsoft Entra account"));
    for mode in [
        "personally owned work profile",
        "corporate-owned work profile",
        "fully managed",
        "dedicated",
    ] {
        assert!(en("T6-AE-02").contains(mode), "{mode}");
    }
}

#[test]
fn s6_5_enrollment_status_page_51_profiles_60_minutes() {
    assert_eq!(INTUNE_2026.enrollment.esp_max_profiles, Some(51));
    assert_eq!(INTUNE_2026.enrollment.esp_default_timeout_minutes, Some(60));
    assert!(applicable(&only(Platform::WindowsMdm)).contains(&"T6-ESP-01"));
    assert!(en("T6-ESP-01").contains("51") && en("T6-ESP-01").contains("60 minutes"));
}

#[test]
fn s6_5_windows_automatic_enrollment_item() {
    assert_eq!(
        INTUNE_2026.enrollment.automatic_enrollment_item,
        "T6-WIN-01"
    );
    assert!(en("T6-WIN-01").contains("Devices > Enrollment > Windows > Automatic Enrollment"));
}

#[test]
fn s6_retired_platforms_have_no_items_today() {
    // Windows Phone and the PC client: nothing to do under today's rules.
    assert_eq!(
        applicable(&only(Platform::WindowsPhone)),
        applicable(&Plan::default())
    );
    assert_eq!(
        applicable(&only(Platform::WindowsPc)),
        applicable(&Plan::default())
    );
    let mut plan = only(Platform::WindowsPc);
    plan.enrollment.windows_pc.pc_count = Some(100_000);
    assert_eq!(enrollment_found(&now(&plan), enrollment::Path::PcCount), []);
}

#[test]
fn s6_6_device_limit_1_to_15() {
    let r = INTUNE_2026.enrollment;
    assert_eq!((r.device_limit_min, r.device_limit_max), (1, 15));
    for (value, ok) in [(0, false), (1, true), (15, true), (16, false)] {
        let mut plan = Plan::default();
        plan.enrollment.device_limit = Some(value);
        let found = enrollment_found(&now(&plan), enrollment::Path::DeviceLimit);
        if ok {
            assert_eq!(found, [], "{value}");
        } else {
            assert_eq!(
                found,
                [(
                    Code::DeviceLimitOutOfRange {
                        value,
                        min: 1,
                        max: 15
                    },
                    Severity::Blocker
                )]
            );
        }
    }
}

#[test]
fn s6_6_default_device_limit_5_is_unconfirmed_and_not_a_rule() {
    // No device limit decided: nothing is assumed (not 5).
    assert_eq!(
        enrollment_found(&now(&Plan::default()), enrollment::Path::DeviceLimit),
        []
    );
    // The item names the range, no default.
    assert!(en("T6-01").contains("1 to 15") && !en("T6-01").contains("default"));
}

#[test]
fn s6_6_dem_1000_devices_150_accounts() {
    let r = INTUNE_2026.enrollment;
    assert_eq!(r.dem_max_devices, 1_000);
    assert_eq!(r.dem_max_accounts, Some(150));
    assert_eq!(CLASSIC_2017.enrollment.dem_max_accounts, None);
    let mut plan = only(Platform::CorporateOwned);
    plan.enrollment.corporate.dem_devices = Some(1_001);
    assert_eq!(
        enrollment_found(&now(&plan), enrollment::Path::DemDevices),
        [(
            Code::DemTooManyDevices {
                count: 1_001,
                max: 1_000
            },
            Severity::Blocker
        )]
    );
    assert!(en("T6-DEM-01").contains("1,000") && nl("T6-DEM-01").contains("1.000"));
    assert!(en("T6-DEM-01").contains("150"));
}

#[test]
fn s6_6_dem_item_done_needs_the_account() {
    assert_eq!(INTUNE_2026.enrollment.dem_item, "T6-DEM-01");
    assert_eq!(CLASSIC_2017.enrollment.dem_item, "S6-CORP-01");
    let mut plan = only(Platform::CorporateOwned);
    assert_eq!(
        enrollment_found(&now(&plan), enrollment::Path::DemAccount),
        []
    );
    done(&mut plan, "T6-DEM-01");
    assert_eq!(
        enrollment_found(&now(&plan), enrollment::Path::DemAccount),
        [(
            Code::AccountMissing {
                account: Account::DeviceEnrollmentManager
            },
            Severity::Warning
        )]
    );
}

#[test]
fn s6_6_corporate_identifiers_5000_rows_or_5_mb() {
    let r = INTUNE_2026.enrollment;
    assert_eq!(r.imei_max_rows, 5_000);
    assert_eq!(r.imei_max_bytes, 5_000_000);
    assert_eq!(r.imei_max_details, 128);
    let items = applicable(&only(Platform::CorporateOwned));
    for id in ["T6-DEM-01", "T6-CORP-01", "T6-CORP-02"] {
        assert!(items.contains(&id), "{id}");
    }
    assert!(en("T6-CORP-01").contains("5,000 rows or 5 MB"));
}

#[test]
fn s6_ios_items_apply_with_ios() {
    let items = applicable(&only(Platform::IosMac));
    for id in ["T6-APNS-01", "T6-APNS-02", "T6-VPP-01"] {
        assert!(items.contains(&id), "{id}");
    }
    // The ADE token only when one is used.
    assert!(!items.contains(&"T6-ADE-01"));
    assert!(en("T6-APNS-01").contains("Devices > Enrollment > Apple > Apple MDM Push Certificate"));
}

// ---- Step 7 and the recovery path ---------------------------------------------------------

#[test]
fn s7_next_steps_are_informational() {
    let ids: Vec<_> = INTUNE_2026.next_steps.items.iter().map(|d| d.id).collect();
    assert_eq!(ids, ["T7-01", "T7-02", "T7-03", "T7-04"]);
    assert!(INTUNE_2026
        .next_steps
        .items
        .iter()
        .all(|d| !d.counts_for_readiness));
    assert!(en("T7-04").contains("Conditional Access"));
    assert_eq!(now(&Plan::default()).next_steps.open, ids);
}

#[test]
fn s8_recovery_path_is_empty_today() {
    let r = INTUNE_2026.recovery;
    assert!(r.items.is_empty());
    assert!(r.routes.is_empty());
    assert!(r.effects.is_empty() && r.notes.is_empty());
    assert!(r.hybrid_retired);
    assert!(INTUNE_2026.items().all(|d| d.step != StepId::Recovery));
}

// ---- The analysis under today's rules -------------------------------------------------------

/// Every item that applies has both labels; every finding has a message in
/// both languages.
fn all_labelled(plan: &Plan, a: &Analysis, what: &str) {
    for d in INTUNE_2026.items().filter(|d| d.applies_to(plan)) {
        let en = i18n::item_label(d.id, Locale::En);
        let nl = i18n::item_label(d.id, Locale::Nl);
        assert!(
            en.is_some_and(|t| !t.trim().is_empty()) && nl.is_some_and(|t| !t.trim().is_empty()),
            "{what}: {} unlabelled",
            d.id
        );
    }
    for f in &a.findings {
        for l in [Locale::En, Locale::Nl] {
            let m = i18n::messages::finding_message(&f.code, l);
            assert!(!m.trim().is_empty(), "{what}: {:?}", f.code);
        }
    }
}

#[test]
fn s9_default_plan_and_every_fixture_analyse_under_intune_2026() {
    let plan = Plan::default();
    let a = now(&plan);
    all_labelled(&plan, &a, "default plan");
    assert!(a.readiness.step(StepId::Connections).is_some());

    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let plan = format::from_json(&text).unwrap().plan;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let a = now(&plan);
        all_labelled(&plan, &a, &name);
        // Under 2017 as well, for contrast: both run.
        let _ = under(&plan, &CLASSIC_2017);
        n += 1;
    }
    assert_eq!(n, 13);
}
