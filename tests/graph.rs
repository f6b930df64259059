//! The Company Portal branding as a Microsoft Graph request (issue 13,
//! "Branding ready to apply"): every property written is one the fact sheet
//! lists with its type (DOMAIN-2026.md §4.5, "intuneBrandingProfile resource
//! type", graph-rest-beta), only what the plan sets is written, and the
//! command line's `graph` prints it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use enrollready::domain::company_portal;
use enrollready::domain::{CompanyPortal, Logo, LogoSlot, Plan};
use enrollready::format::graph::{self, GraphType, Profile, Request, PROPERTIES};
use enrollready::format::{self};
#[cfg(feature = "arbitrary")]
use proptest::prelude::*;
use serde_json::Value;

const PROFILE: Profile<'static> = Profile {
    name: "Contoso – Company Portal",
    description: "From a plan.",
};

fn fixtures() -> Vec<(String, Plan)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let mut out: Vec<(String, Plan)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let env = format::import(&std::fs::read(&p).unwrap()).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                env.plan,
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 10);
    out
}

/// Every member is a property of the fact sheet's table, with a value of its
/// type.
fn assert_typed(body: &Value) {
    let obj = body.as_object().expect("an object");
    for (key, value) in obj {
        let Some((_, ty)) = PROPERTIES.iter().find(|(k, _)| k == key) else {
            panic!("{key} is not an intuneBrandingProfile property of the fact sheet");
        };
        match ty {
            GraphType::String => assert!(value.is_string(), "{key}: {value}"),
            GraphType::Boolean => assert!(value.is_boolean(), "{key}: {value}"),
            GraphType::RgbColor => {
                let c = value.as_object().expect("rgbColor");
                assert_eq!(c.len(), 3, "{key}: {value}");
                for part in ["r", "g", "b"] {
                    let n = c[part].as_u64().expect("a whole number");
                    assert!(n <= 255, "{key}.{part} is a Byte: {n}");
                }
            }
            GraphType::MimeContent => {
                let m = value.as_object().expect("mimeContent");
                let t = m["type"].as_str().expect("type");
                assert!(t == "image/png" || t == "image/jpeg", "{key}: {t}");
                let v = m["value"].as_str().expect("value");
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD
                    .decode(v)
                    .expect("base64 binary");
            }
            GraphType::EnrollmentAvailabilityOptions => {
                let v = value
                    .as_str()
                    .expect("an enrollmentAvailabilityOptions name");
                assert!(
                    graph::ENROLLMENT_AVAILABILITY_OPTIONS.contains(&v),
                    "{key}: {v}"
                );
            }
        }
    }
}

#[test]
fn s4_5_every_property_written_is_listed_with_its_type() {
    for (name, plan) in fixtures() {
        for (request, rules) in [Request::Create, Request::UpdateDefault]
            .into_iter()
            .flat_map(|r| {
                [
                    (r, &company_portal::CLASSIC_2017),
                    (r, &company_portal::INTUNE_2026),
                ]
            })
        {
            let body = graph::branding_body_in(&plan.company_portal, rules, request, &PROFILE);
            assert_typed(&body);
            assert_eq!(
                body["@odata.type"], "#microsoft.graph.intuneBrandingProfile",
                "{name}"
            );
        }
    }
    // The table itself is the fact sheet's: the names and types of §4.5.
    for (key, ty) in [
        ("displayName", GraphType::String),
        ("themeColor", GraphType::RgbColor),
        ("showLogo", GraphType::Boolean),
        ("showDisplayNameNextToLogo", GraphType::Boolean),
        ("themeColorLogo", GraphType::MimeContent),
        ("lightBackgroundLogo", GraphType::MimeContent),
        ("contactITName", GraphType::String),
        ("contactITPhoneNumber", GraphType::String),
        ("contactITEmailAddress", GraphType::String),
        ("contactITNotes", GraphType::String),
        ("onlineSupportSiteUrl", GraphType::String),
        ("onlineSupportSiteName", GraphType::String),
        ("privacyUrl", GraphType::String),
        ("profileName", GraphType::String),
        ("profileDescription", GraphType::String),
        ("landingPageCustomizedImage", GraphType::MimeContent),
        ("customCantSeePrivacyMessage", GraphType::String),
        ("customCanSeePrivacyMessage", GraphType::String),
        (
            "enrollmentAvailability",
            GraphType::EnrollmentAvailabilityOptions,
        ),
    ] {
        assert!(PROPERTIES.contains(&(key, ty)), "{key}");
    }
}

#[cfg(feature = "arbitrary")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn s4_5_random_plans_write_only_typed_properties(portal in any::<CompanyPortal>()) {
        for request in [Request::Create, Request::UpdateDefault] {
            assert_typed(&graph::branding_body(&portal, request, &PROFILE));
            assert_typed(&graph::branding_body_in(
                &portal,
                &company_portal::INTUNE_2026,
                request,
                &PROFILE,
            ));
        }
    }
}

#[test]
fn s4_5_only_what_the_plan_sets_is_written() {
    let empty = graph::branding_body(&CompanyPortal::default(), Request::Create, &PROFILE);
    let keys: Vec<&str> = empty
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["@odata.type", "profileDescription", "profileName"]);
    let patch = graph::branding_body(&CompanyPortal::default(), Request::UpdateDefault, &PROFILE);
    assert_eq!(patch.as_object().unwrap().len(), 1, "{patch}");
    // Blank text is not set; text is trimmed.
    let portal = CompanyPortal {
        company_name: "  Contoso  ".into(),
        it_phone: "   ".into(),
        ..CompanyPortal::default()
    };
    let body = graph::branding_body(&portal, Request::UpdateDefault, &PROFILE);
    assert_eq!(body["displayName"], "Contoso");
    assert!(body.get("contactITPhoneNumber").is_none());
}

#[test]
fn s4_5_the_ui_fields_map_to_their_properties() {
    let portal = CompanyPortal {
        company_name: "Contoso".into(),
        it_contact_name: "Helpdesk".into(),
        it_phone: "+31 20 123 4567".into(),
        it_email: "it@contoso.com".into(),
        additional_info: "Weekdays".into(),
        privacy_statement_url: "https://contoso.com/privacy".into(),
        support_website_url: "https://contoso.com/it".into(),
        website_name: "IT".into(),
        theme_color: "#0078D4".into(),
        ..CompanyPortal::default()
    };
    let body = graph::branding_body(&portal, Request::Create, &PROFILE);
    for (key, want) in [
        ("displayName", "Contoso"),
        ("contactITName", "Helpdesk"),
        ("contactITPhoneNumber", "+31 20 123 4567"),
        ("contactITEmailAddress", "it@contoso.com"),
        ("contactITNotes", "Weekdays"),
        ("privacyUrl", "https://contoso.com/privacy"),
        ("onlineSupportSiteUrl", "https://contoso.com/it"),
        ("onlineSupportSiteName", "IT"),
        ("profileName", "Contoso – Company Portal"),
    ] {
        assert_eq!(body[key], want, "{key}");
    }
    // rgbColor: each part a Byte.
    assert_eq!(
        body["themeColor"],
        serde_json::json!({"r": 0, "g": 120, "b": 212})
    );
    // No logos unless the plan includes them.
    assert!(body.get("showLogo").is_none());
}

fn png() -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/logo-400x100.png"),
    )
    .unwrap()
}

#[test]
fn s4_2_logos_are_mime_content_and_show_in_header_follows_them() {
    let logo = Logo::from_bytes("logo.png", &png());
    let mut portal = CompanyPortal {
        company_name: "Contoso".into(),
        include_logo: true,
        logo_white_background: Some(logo.clone()),
        ..CompanyPortal::default()
    };
    let body = graph::branding_body(&portal, Request::Create, &PROFILE);
    assert_eq!(body["lightBackgroundLogo"]["type"], "image/png");
    assert_eq!(
        body["lightBackgroundLogo"]["value"].as_str().unwrap(),
        &*logo.content_base64
    );
    assert!(body.get("themeColorLogo").is_none());
    assert_eq!(body["showLogo"], true);
    assert_eq!(body["showDisplayNameNextToLogo"], true);
    // Without a name, the logo alone.
    portal.company_name.clear();
    let body = graph::branding_body(&portal, Request::Create, &PROFILE);
    assert_eq!(body["showDisplayNameNextToLogo"], false);
    // Logos turned off: none written, whatever is kept.
    portal.include_logo = false;
    let body = graph::branding_body(&portal, Request::Create, &PROFILE);
    assert!(body.get("lightBackgroundLogo").is_none() && body.get("showLogo").is_none());
    // A file that is not an image is never sent.
    portal.include_logo = true;
    portal.logo_theme_background = Some(Logo::from_bytes("x.png", b"not an image"));
    portal.logo_white_background = None;
    let body = graph::branding_body(&portal, Request::Create, &PROFILE);
    assert!(body.get("themeColorLogo").is_none());
    assert_eq!(body["showLogo"], false);
    assert!(portal.logo(LogoSlot::ThemeBackground).is_some());
}

#[test]
fn s4_5_the_powershell_sends_it_with_both_permissions() {
    let create = graph::powershell(Request::Create, "branding.json");
    assert!(create.contains("Connect-MgGraph -Scopes \"DeviceManagementApps.ReadWrite.All\",\"DeviceManagementServiceConfig.ReadWrite.All\""));
    assert!(create.contains(&format!(
        "Invoke-MgGraphRequest -Method POST -Uri \"{}\"",
        graph::ENDPOINT
    )));
    assert!(create.contains("branding.json"));
    let patch = graph::powershell(Request::UpdateDefault, "branding.json");
    assert!(patch.contains("isDefaultProfile eq true"));
    assert!(patch.contains("-Method PATCH"));
    assert_eq!(
        graph::ENDPOINT,
        "https://graph.microsoft.com/beta/deviceManagement/intuneBrandingProfiles"
    );
    assert_eq!(graph::API_VERSION, "beta");
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_enrollready"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_prints_the_body_and_exits_1_on_step_4_blockers() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let full = dir.join("full.json");
    let o = run(&["graph", full.to_str().unwrap(), "--today", "2017-10-10"]);
    let body: Value = serde_json::from_slice(&o.stdout).expect("JSON on standard output");
    assert_typed(&body);
    assert_eq!(body["displayName"], "Contoso Nederland");
    assert_eq!(body["profileName"], "Contoso Nederland – Company Portal");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // In Dutch, the profile's name and description are Dutch.
    let o = run(&["graph", full.to_str().unwrap(), "--lang", "nl"]);
    let body: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(body["profileName"], "Contoso Nederland – Bedrijfsportal");
    // --patch: the default profile's update has no name.
    let o = run(&["graph", full.to_str().unwrap(), "--patch"]);
    let body: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(body.get("profileName").is_none());
    // Step 4 blockers: the body still, the problems on standard error, exit 1.
    let bad = std::env::temp_dir().join(format!("enrollready-graph-{}.json", std::process::id()));
    let text = std::fs::read_to_string(&full)
        .unwrap()
        .replace("helpdesk@contoso.nl", "not an address");
    std::fs::write(&bad, text).unwrap();
    let o = run(&["graph", bad.to_str().unwrap(), "--today", "2017-10-10"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("e-mail") || err.contains("email"), "{err}");
    assert!(serde_json::from_slice::<Value>(&o.stdout).is_ok());
    std::fs::remove_file(&bad).ok();
    // --patch with another command is refused.
    let o = run(&["check", full.to_str().unwrap(), "--patch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8(o.stderr).unwrap().contains("--patch"));
}
