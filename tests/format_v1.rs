//! Export format v1: reading it back, its error cases, and the golden fixtures
//! that must import forever (never edited, only added: their hashes are frozen
//! in tests/fixtures/export/v1/SHA256SUMS).

mod common;

use common::ctx;
use std::path::PathBuf;

use enrollready::domain::{analyze, Code, FieldId, FieldPath, Plan};
use enrollready::format::{self, ImportError, MAX_IMPORT_BYTES, SCHEMA_VERSION};
use enrollready::i18n::{messages::import_error, Locale};
use sha2::{Digest, Sha256};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn golden_fixtures_are_frozen_and_import() {
    let sums = fixture("SHA256SUMS");
    let mut listed = Vec::new();
    for line in sums.lines().filter(|l| !l.trim().is_empty()) {
        let (hash, name) = line.split_once("  ").expect("`<sha256>  <file>` lines");
        let bytes = std::fs::read(fixtures_dir().join(name)).expect(name);
        let actual = format!("{:x}", Sha256::digest(&bytes));
        assert_eq!(
            actual, hash,
            "{name} was edited: fixtures are never changed, add a new one instead"
        );
        let env = format::from_json(&String::from_utf8(bytes).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        // Export then import gives the same plan back.
        let again = format::from_json(&format::to_json(&env.plan, "2026-11-26T00:00:00Z")).unwrap();
        assert_eq!(again.plan, env.plan, "{name} round trip");
        listed.push(name.to_owned());
    }
    // Every fixture file is listed (a new one needs its hash added).
    let mut files: Vec<String> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn minimal_file_gives_the_default_plan() {
    let env = format::from_json(&fixture("minimal.json")).unwrap();
    assert_eq!(env.plan, Plan::default());
    assert_eq!(
        env.ruleset, "intune-classic-2017",
        "a missing ruleset is the source's"
    );
}

#[test]
fn company_portal_fixture_keeps_every_field() {
    let env = format::from_json(&fixture("step4-company-portal.json")).unwrap();
    let cp = &env.plan.company_portal;
    assert_eq!(cp.company_name, "Contoso Nederland");
    assert_eq!(cp.theme_color, "#1E6F5C");
    let white = cp.logo_white_background.as_ref().unwrap();
    assert_eq!(
        (white.width, white.height, white.media_type()),
        (Some(120), Some(40), "image/png")
    );
    assert_eq!(
        analyze(&env.plan, &ctx())
            .for_path(FieldPath::Portal(FieldId::LogoThemeBackground))
            .count(),
        0
    );
}

#[test]
fn export_uses_the_fixed_names() {
    let mut plan = Plan::default();
    plan.company_portal.company_name = "Contoso".into();
    let text = format::to_json(&plan, "2026-11-26T12:00:00Z");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "enrollready-plan");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["ruleset"], "intune-classic-2017");
    assert_eq!(v["generator"]["name"], "enrollready");
    assert_eq!(v["generator"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["exported_at"], "2026-11-26T12:00:00Z");
    let cp = v["plan"]["company_portal"].as_object().unwrap();
    for key in [
        "company_name",
        "it_contact_name",
        "it_phone",
        "it_email",
        "additional_info",
        "privacy_statement_url",
        "support_website_url",
        "website_name",
        "theme_color",
        "include_logo",
        "logo_white_background",
        "logo_theme_background",
        "app_background",
    ] {
        assert!(cp.contains_key(key), "{key}");
    }
    assert_eq!(cp["include_logo"], false);
    assert!(cp["logo_white_background"].is_null());
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let e = format::from_json(r#"{"format":"enrollready-plan","schema_version":7,"plan":{}}"#)
        .unwrap_err();
    assert_eq!(
        e,
        ImportError::NewerVersion {
            found: 7,
            supported: SCHEMA_VERSION
        }
    );
    for l in Locale::ALL {
        let m = import_error(&e, l);
        assert!(
            m.contains('7') && m.contains(&SCHEMA_VERSION.to_string()),
            "{m}"
        );
    }
}

#[test]
fn the_version_is_read_before_the_plan() {
    // A future file whose plan would not even parse as today's plan still gets
    // the precise "newer version" message.
    let e = format::from_json(
        r#"{"format":"enrollready-plan","schema_version":2,"plan":{"company_portal":42}}"#,
    );
    assert_eq!(
        e,
        Err(ImportError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
}

#[test]
fn missing_sections_default_and_unknown_fields_are_ignored() {
    let text = r#"{
        "format": "enrollready-plan", "schema_version": 1, "from_the_future": true,
        "plan": { "company_portal": { "company_name": "Contoso", "brand_image": "x" }, "autopilot": {} }
    }"#;
    let env = format::from_json(text).unwrap();
    assert_eq!(env.plan.company_portal.company_name, "Contoso");
    assert_eq!(env.plan.company_portal.it_email, "");
    assert_eq!(env.plan.connections, Default::default());
}

#[test]
fn a_plan_that_breaks_rules_still_imports_and_shows_its_findings() {
    let long = "x".repeat(60);
    let text = format!(
        r#"{{"format":"enrollready-plan","schema_version":1,"plan":{{"company_portal":{{"company_name":"{long}","it_email":"helpdesk"}}}}}}"#
    );
    let env = format::from_json(&text).unwrap();
    assert_eq!(env.plan.company_portal.company_name, long, "kept whole");
    let a = analyze(&env.plan, &ctx());
    let codes: Vec<Code> = a.findings.iter().map(|f| f.code.clone()).collect();
    assert!(codes.contains(&Code::TooLong {
        max: 40,
        actual: 60
    }));
    assert!(codes.contains(&Code::EmailFormat));
}

#[test]
fn invalid_json_is_reported_with_line_and_column() {
    let e = format::from_json(
        "{\n  \"format\": \"enrollready-plan\",\n  \"schema_version\": 1,\n  oops\n}",
    )
    .unwrap_err();
    assert_eq!(e, ImportError::InvalidJson { line: 4, column: 3 });
    assert!(import_error(&e, Locale::En).contains("line 4, column 3"));
    assert!(import_error(&e, Locale::Nl).contains("regel 4, kolom 3"));
    assert!(matches!(
        format::from_json(""),
        Err(ImportError::InvalidJson { .. })
    ));
    assert!(matches!(
        format::from_json("{\"format\": \"enrollready-plan\""),
        Err(ImportError::InvalidJson { .. })
    ));
}

#[test]
fn wrong_kinds_of_values_are_reported_with_their_position() {
    let e = format::from_json("{\"format\":\"enrollready-plan\",\"schema_version\":1,\n\"plan\":{\"company_portal\":{\"company_name\":5}}}")
        .unwrap_err();
    assert!(
        matches!(e, ImportError::BadStructure { line: 2, .. }),
        "{e:?}"
    );
}

#[test]
fn files_over_five_megabytes_are_refused_before_parsing() {
    assert_eq!(MAX_IMPORT_BYTES, 5 * 1024 * 1024);
    // Not even JSON: refused for its size, so it was never parsed.
    let huge = "x".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        format::from_json(&huge),
        Err(ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        })
    );
    let mut at_limit = String::from("{\"format\":\"enrollready-plan\",\"schema_version\":1}");
    at_limit.push_str(&" ".repeat(MAX_IMPORT_BYTES - at_limit.len()));
    assert!(format::from_json(&at_limit).is_ok());
}

#[test]
fn other_files_are_not_plans() {
    for text in [
        r#"{"foo": 1}"#,
        "[1, 2]",
        r#"{"format":"other","schema_version":1}"#,
        r#"{"format":"enrollready-plan"}"#,
        r#"{"format":"enrollready-plan","schema_version":0}"#,
        r#"{"format":"enrollready-plan","schema_version":"1"}"#,
    ] {
        assert_eq!(
            format::from_json(text),
            Err(ImportError::NotAPlan),
            "{text}"
        );
    }
    let e = format::from_json(
        r#"{"format":"enrollready-plan","schema_version":1,"ruleset":"intune-2030"}"#,
    )
    .unwrap_err();
    assert_eq!(
        e,
        ImportError::UnknownRuleset {
            id: "intune-2030".into()
        }
    );
}

#[test]
fn logo_facts_are_rederived_from_the_content() {
    let env = format::from_json(&fixture("step4-company-portal.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&format::to_json(&env.plan, "x")).unwrap();
    // A file that lies about its logo: the content says 120 x 40 PNG.
    v["plan"]["company_portal"]["logo_white_background"]["width"] = 1.into();
    v["plan"]["company_portal"]["logo_white_background"]["media_type"] = "image/gif".into();
    let back = format::from_json(&v.to_string()).unwrap();
    let logo = back.plan.company_portal.logo_white_background.unwrap();
    assert_eq!((logo.width, logo.media_type()), (Some(120), "image/png"));
}
