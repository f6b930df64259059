//! Export format v1: reading it back, its error cases, and the golden fixtures
//! that must import forever (never edited, only added: their hashes are frozen
//! in tests/fixtures/export/v1/SHA256SUMS).

mod common;

use common::ctx;
use std::path::PathBuf;

use enrollready::domain::limits::{List, MAX_CHECKLIST_ITEMS, MAX_DOMAINS, MAX_GROUPS};
use enrollready::domain::{analyze, Code, FieldId, FieldPath, Plan};
use enrollready::domain::{Action, ItemState};
use enrollready::format::{
    self, Envelope, ExportError, FileMeta, ImportError, MAX_IMPORT_BYTES, SCHEMA_VERSION,
};
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
        let env = format::import(&bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(
            Ok(&env),
            format::from_json(&String::from_utf8(bytes).unwrap()).as_ref(),
            "{name}: a picked file and a restored record read the same"
        );
        // Export then import gives the same plan back, compact and indented.
        for text in [
            format::to_json(&env.plan, &env.meta(), "2026-11-26T00:00:00Z").unwrap(),
            format::to_json_pretty(&env.plan, &env.meta(), "2026-11-26T00:00:00Z").unwrap(),
        ] {
            let again = format::from_json(&text).unwrap();
            assert_eq!(again.plan, env.plan, "{name} round trip");
            assert_eq!(again.meta(), env.meta(), "{name} round trip");
        }
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
    let text = format::to_json_pretty(&plan, &FileMeta::default(), "2026-11-26T12:00:00Z").unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "enrollready-plan");
    assert_eq!(v["schema_version"], 1);
    // A new plan follows today's rules (issue 13).
    assert_eq!(v["ruleset"], "intune-2026");
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
            supported: SCHEMA_VERSION,
            written_by: None,
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
            supported: 1,
            written_by: None,
        })
    );
}

#[test]
fn missing_sections_default() {
    let env = format::from_json(r#"{"format":"enrollready-plan","schema_version":1,"plan":{"company_portal":{"company_name":"Contoso"}}}"#).unwrap();
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
    let text = format::to_json(&env.plan, &env.meta(), "x").unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    // A file that lies about its logo: the content says 120 x 40 PNG.
    v["plan"]["company_portal"]["logo_white_background"]["width"] = 1.into();
    v["plan"]["company_portal"]["logo_white_background"]["media_type"] = "image/gif".into();
    let back = format::from_json(&v.to_string()).unwrap();
    let logo = back.plan.company_portal.logo_white_background.unwrap();
    assert_eq!((logo.width, logo.media_type()), (Some(120), "image/png"));
}

// ---- Issue 8 (robustness review F2, F3, F17, F18, F21) ----

const HEAD: &str = r#""format":"enrollready-plan","schema_version":1"#;

fn plan_file(plan_members: &str) -> String {
    format!(r#"{{{HEAD},"plan":{{{plan_members}}}}}"#)
}

/// Both languages' messages for an error, checked to be there and to differ.
fn messages(e: &ImportError) -> [String; 2] {
    let [en, nl] = [Locale::En, Locale::Nl].map(|l| import_error(e, l));
    assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{e:?}");
    [en, nl]
}

fn assert_position(e: &ImportError, line: usize, column: usize) {
    let [en, nl] = messages(e);
    assert!(
        en.contains(&format!("line {line}, column {column}")),
        "{en}"
    );
    assert!(
        nl.contains(&format!("regel {line}, kolom {column}")),
        "{nl}"
    );
}

#[test]
fn f2_autosave_writes_compact_json_and_downloads_indented() {
    let mut plan = Plan::default();
    plan.company_portal.company_name = "Contoso".into();
    plan.company_portal.additional_info = "line one\nline two".into();
    let meta = FileMeta::default();
    let compact = format::to_json(&plan, &meta, "2026-11-26T12:00:00Z").unwrap();
    let pretty = format::to_json_pretty(&plan, &meta, "2026-11-26T12:00:00Z").unwrap();
    assert!(
        !compact.contains('\n') && !compact.contains(": "),
        "{compact}"
    );
    assert!(pretty.contains("\n  \"plan\": {"), "{pretty}");
    assert!(compact.len() < pretty.len());
    let (a, b) = (
        format::from_json(&compact).unwrap(),
        format::from_json(&pretty).unwrap(),
    );
    assert_eq!(a, b);
    assert_eq!(a.plan, plan);
}

#[test]
fn f2_what_autosave_writes_over_5_mib_of_non_ascii_text_restores() {
    // The review's trigger: 1.8 million "中" are 5.4 MB of UTF-8.
    let mut plan = Plan::default();
    plan.company_portal.additional_info = "中".repeat(1_800_000);
    let text = format::to_json(&plan, &FileMeta::default(), "2026-11-26T12:00:00Z").unwrap();
    assert!(text.len() as u64 > MAX_IMPORT_BYTES);
    assert_eq!(format::from_json(&text).unwrap().plan, plan);
    // The same text picked as a file is refused for its size, before it is read.
    assert_eq!(
        format::import(text.as_bytes()),
        Err(ImportError::TooLarge {
            bytes: text.len() as u64,
            max: MAX_IMPORT_BYTES
        })
    );
}

#[test]
fn f2_the_size_limit_is_5_mib_and_checked_from_the_file_size() {
    assert_eq!(MAX_IMPORT_BYTES, 5_242_880);
    assert_eq!(format::check_file_size(0), Ok(()));
    assert_eq!(format::check_file_size(MAX_IMPORT_BYTES), Ok(()));
    let e = format::check_file_size(MAX_IMPORT_BYTES + 1).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        }
    );
    let [en, nl] = messages(&e);
    assert!(en.contains("5,242,881") && en.contains("5,242,880"), "{en}");
    assert!(nl.contains("5.242.881") && nl.contains("5.242.880"), "{nl}");
    // A picked file of exactly 5 MiB is read; one byte more is not even parsed.
    let mut at_limit = format!("{{{HEAD}}}");
    at_limit.push_str(&" ".repeat(MAX_IMPORT_BYTES as usize - at_limit.len()));
    assert!(format::import(at_limit.as_bytes()).is_ok());
    let over = "x".repeat(MAX_IMPORT_BYTES as usize + 1);
    assert!(matches!(
        format::import(over.as_bytes()),
        Err(ImportError::TooLarge { .. })
    ));
    // Restoring has no size limit.
    at_limit.push(' ');
    assert!(format::from_json(&at_limit).is_ok());
}

/// The review's F3 trigger, plus unknown members at every level: the
/// envelope, its generator, the plan, a section, a list entry, a nested
/// section, a checklist item state and a logo.
const FROM_A_NEWER_VERSION: &str = r#"{
  "format": "enrollready-plan", "schema_version": 1, "ruleset": "intune-classic-2017",
  "generator": { "name": "enrollready", "version": "0.9.0", "build": "abc123" },
  "x_top": { "signed_by": ["a", 1, null] },
  "plan": {
    "company_portal": { "company_name": "A", "x_new": "keep",
      "logo_white_background": { "file_name": "l.png", "media_type": "image/png", "width": 1,
        "height": 1, "byte_size": 0, "content_base64": "", "x_logo": true } },
    "x_section": { "a": 1 },
    "connections": { "domains": [ { "name": "contoso.com", "x_dns": "TXT" } ], "x_conn": 2 },
    "enrollment": { "platforms": { "android": true, "x_linux": true }, "apple": { "x_apple": [] } },
    "checklist": { "S1-01": { "status": "done", "x_item": { "by": "Ann" } } }
  }
}"#;

#[test]
fn f3_unknown_members_at_every_level_survive_load_edit_save() {
    let env = format::from_json(FROM_A_NEWER_VERSION).unwrap();
    let mut plan = env.plan.clone();
    // An edit, as the page makes them.
    plan.apply(Action::SetItem(
        "S2-01".into(),
        ItemState {
            owner: "Bob".into(),
            ..Default::default()
        },
    ));
    let saved = format::to_json(&plan, &env.meta(), "2026-11-26T12:00:00Z").unwrap();
    let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let original: serde_json::Value = serde_json::from_str(FROM_A_NEWER_VERSION).unwrap();
    for pointer in [
        "/x_top",
        "/generator/build",
        "/plan/x_section",
        "/plan/company_portal/x_new",
        "/plan/company_portal/logo_white_background/x_logo",
        "/plan/connections/x_conn",
        "/plan/connections/domains/0/x_dns",
        "/plan/enrollment/platforms/x_linux",
        "/plan/enrollment/apple/x_apple",
        "/plan/checklist/S1-01/x_item",
    ] {
        assert_eq!(v.pointer(pointer), original.pointer(pointer), "{pointer}");
        assert!(v.pointer(pointer).is_some(), "{pointer}");
    }
    assert_eq!(v["plan"]["checklist"]["S2-01"]["owner"], "Bob", "the edit");
    // This build writes its own name and version, keeping the unknown member.
    assert_eq!(v["generator"]["version"], env!("CARGO_PKG_VERSION"));
    // Read back, the plan and what the file carries are the same.
    let again = format::from_json(&saved).unwrap();
    assert_eq!(again.plan, plan);
    assert_eq!(again.meta(), env.meta());
}

#[test]
fn f3_the_ruleset_is_carried_through_never_hard_coded() {
    let env = format::from_json(FROM_A_NEWER_VERSION).unwrap();
    assert_eq!(env.meta().ruleset, env.ruleset);
    assert_eq!(FileMeta::default().ruleset, "intune-2026");
    assert!(FileMeta::default().extra.is_empty());
    // The writer writes the ruleset it is given: one it does not know is refused,
    // not replaced by the classic one.
    let meta = FileMeta {
        ruleset: "intune-2030".into(),
        ..FileMeta::default()
    };
    assert_eq!(
        format::to_json(&env.plan, &meta, "x"),
        Err(ExportError::UnknownRuleset {
            id: "intune-2030".into()
        })
    );
}

#[test]
fn f17_each_list_has_a_cap_and_a_file_over_it_is_refused_with_its_count() {
    assert_eq!((MAX_DOMAINS, MAX_GROUPS), (1_000, 2_000));
    let entries = |entry: &str, n: usize| vec![entry; n].join(",");
    let items = |n: usize| {
        (0..n)
            .map(|i| format!(r#""X-{i}":{{}}"#))
            .collect::<Vec<_>>()
            .join(",")
    };
    for list in List::ALL {
        let max = list.max();
        let file = |n: usize| match list {
            List::Domains => plan_file(&format!(
                r#""connections":{{"domains":[{}]}}"#,
                entries("{}", n)
            )),
            List::Groups => plan_file(&format!(r#""groups":{{"groups":[{}]}}"#, entries("{}", n))),
            List::ChecklistItems => plan_file(&format!(r#""checklist":{{{}}}"#, items(n))),
        };
        let env = format::from_json(&file(max)).unwrap_or_else(|e| panic!("{list:?}: {e:?}"));
        assert_eq!(list.count(&env.plan), max);
        assert!(!list.has_room(&env.plan));
        let e = format::from_json(&file(max + 7)).unwrap_err();
        assert_eq!(
            e,
            ImportError::TooMany {
                list,
                count: max + 7,
                max
            }
        );
        let [en, nl] = messages(&e);
        let (count, cap) = (max + 7, max);
        assert!(
            en.contains(&format!("{},{:03}", count / 1000, count % 1000))
                && en.contains(&format!("{},{:03}", cap / 1000, cap % 1000)),
            "{en}"
        );
        assert!(
            nl.contains(&format!("{}.{:03}", count / 1000, count % 1000)),
            "{nl}"
        );
    }
    assert_eq!(List::ChecklistItems.max(), MAX_CHECKLIST_ITEMS);
}

#[test]
fn f17_five_megabytes_of_empty_groups_are_refused_with_their_exact_count() {
    let n = (MAX_IMPORT_BYTES as usize - 100) / 3;
    let text = plan_file(&format!(
        r#""groups":{{"groups":[{}]}}"#,
        vec!["{}"; n].join(",")
    ));
    assert!(text.len() as u64 <= MAX_IMPORT_BYTES);
    assert_eq!(
        format::import(text.as_bytes()),
        Err(ImportError::TooMany {
            list: List::Groups,
            count: n,
            max: MAX_GROUPS
        })
    );
}

#[test]
fn f17_a_plan_over_a_cap_is_not_written() {
    let mut plan = Plan::default();
    plan.connections.domains = vec![Default::default(); MAX_DOMAINS];
    assert!(format::to_json(&plan, &FileMeta::default(), "x").is_ok());
    plan.connections.domains.push(Default::default());
    let e = format::to_json_pretty(&plan, &FileMeta::default(), "x");
    assert_eq!(
        e,
        Err(ExportError::TooMany {
            list: List::Domains,
            count: MAX_DOMAINS + 1,
            max: MAX_DOMAINS
        })
    );
}

#[test]
fn f18_schema_version_2_pow_32_is_a_newer_version() {
    let e =
        format::from_json(r#"{"format":"enrollready-plan","schema_version":4294967296,"plan":{}}"#)
            .unwrap_err();
    assert_eq!(
        e,
        ImportError::NewerVersion {
            found: 4_294_967_296,
            supported: SCHEMA_VERSION,
            written_by: None,
        }
    );
    assert!(messages(&e)[0].contains("4294967296"));
    assert!(matches!(
        format::from_json(r#"{"format":"enrollready-plan","schema_version":2.0}"#),
        Err(ImportError::NewerVersion { found: 2, .. })
    ));
}

#[test]
fn f18_schema_version_1_0_is_read_as_1() {
    let env = format::from_json(
        r#"{"format":"enrollready-plan","schema_version":1.0,"plan":{"company_portal":{"company_name":"Contoso"}}}"#,
    )
    .unwrap();
    assert_eq!(env.schema_version, 1);
    assert_eq!(env.plan.company_portal.company_name, "Contoso");
    for not_whole in ["1.5", "-1", "0.0", "true", "[1]"] {
        assert_eq!(
            format::from_json(&format!(
                r#"{{"format":"enrollready-plan","schema_version":{not_whole}}}"#
            )),
            Err(ImportError::NotAPlan),
            "{not_whole}"
        );
    }
}

#[test]
fn f18_a_utf8_byte_order_mark_is_accepted() {
    let text = plan_file(r#""company_portal":{"company_name":"Contoso"}"#);
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    let env = format::import(&bytes).unwrap();
    assert_eq!(env.plan.company_portal.company_name, "Contoso");
    assert_eq!(
        format::from_json(&format!("\u{FEFF}{text}")).unwrap(),
        env,
        "restore too"
    );
}

#[test]
fn f18_utf16_files_are_decoded() {
    let text = plan_file(r#""company_portal":{"company_name":"Zoë 中文 𝄞"}"#);
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (name, bytes) in [
        ("LE with BOM", [&[0xFF, 0xFE][..], &le].concat()),
        ("BE with BOM", [&[0xFE, 0xFF][..], &be].concat()),
        ("LE", le.clone()),
        ("BE", be.clone()),
    ] {
        let env = format::import(&bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(env.plan.company_portal.company_name, "Zoë 中文 𝄞", "{name}");
    }
}

#[test]
fn f18_text_that_is_neither_utf8_nor_utf16_is_refused_with_save_as_utf8() {
    // Latin-1 "é" on line 2, after three characters.
    let mut bytes = format!("{{{HEAD},\n\"ab").into_bytes();
    bytes.push(0xE9);
    bytes.extend_from_slice(b"\":1}");
    let e = format::import(&bytes).unwrap_err();
    assert_eq!(e, ImportError::NotText { line: 2, column: 4 });
    assert_position(&e, 2, 4);
    assert!(messages(&e)[0].contains("Save it as UTF-8"));
    assert!(messages(&e)[1].contains("Sla het op als UTF-8"));
    // UTF-16 with an unpaired surrogate, and with an odd number of bytes.
    let mut bad16: Vec<u8> = vec![0xFF, 0xFE];
    bad16.extend("{\"a\n".encode_utf16().flat_map(u16::to_le_bytes));
    bad16.extend(0xD800u16.to_le_bytes());
    bad16.extend("\"}".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        format::import(&bad16),
        Err(ImportError::NotText { line: 2, column: 1 })
    );
    assert!(matches!(
        format::import(&[0xFF, 0xFE, b'{', 0, b'}']),
        Err(ImportError::NotText { .. })
    ));
}

#[test]
fn f18_columns_count_characters_not_bytes() {
    // "ë" and "中" are 2 and 3 bytes; the stray comma is the 18th character.
    let text = format!("{{{HEAD},\n\"plan\":{{\"zoë中\":1,,}}}}");
    let e = format::from_json(&text).unwrap_err();
    assert_eq!(
        e,
        ImportError::InvalidJson {
            line: 2,
            column: 18
        }
    );
    assert_position(&e, 2, 18);
    // Also for a value of the wrong type.
    let text = format!(
        "{{{HEAD},\n\"plan\":{{\"company_portal\":{{\"x_中\":\"中\",\"company_name\":5}}}}}}"
    );
    let e = format::from_json(&text).unwrap_err();
    assert_eq!(
        e,
        ImportError::BadStructure {
            line: 2,
            column: 52
        }
    );
}

#[test]
fn f18_wrong_types_next_to_unknown_members_keep_their_position() {
    // The `extra` fields (serde flatten) do not blur the position of a value
    // of the wrong type, at any level: it points at the value (a number's
    // first character, a text's closing quote).
    for (members, column) in [
        (
            r#""company_portal":{"x_new":{"a":[1,2]},"company_name":5}"#,
            62,
        ),
        (
            r#""x_new":1,"connections":{"domains":[{"x":1,"verified":"yes"}]}"#,
            67,
        ),
        (r#""checklist":{"S1-01":{"x":[],"status":"finished"}}"#, 56),
    ] {
        let text = format!("{{{HEAD},\n\"plan\":{{{members}}}}}");
        let e = format::from_json(&text).unwrap_err();
        assert_eq!(
            e,
            ImportError::BadStructure { line: 2, column },
            "{members}"
        );
        assert_position(&e, 2, column);
    }
}

#[test]
fn f18_an_empty_file_has_its_own_message() {
    for text in ["", "  \n\t\r\n", "\u{FEFF}"] {
        assert_eq!(format::from_json(text), Err(ImportError::Empty), "{text:?}");
    }
    assert_eq!(format::import(b""), Err(ImportError::Empty));
    let [en, nl] = messages(&ImportError::Empty);
    assert!(en.contains("empty") && nl.contains("leeg"));
}

#[test]
fn f18_a_duplicate_key_has_its_own_message() {
    // At every level; the position is the closing quote of the second name.
    for (text, key, column) in [
        (
            r#""company_portal":{"company_name":"A","company_name":"B"}"#,
            "company_name",
            59,
        ),
        (
            r#""checklist":{"S1-01":{},"S1-01":{"status":"done"}}"#,
            "S1-01",
            39,
        ),
        (r#""x_new":{"a":1,"a":2}"#, "a", 26),
    ] {
        let file = format!("{{{HEAD},\n\"plan\":{{{text}}}}}");
        let e = format::from_json(&file).unwrap_err();
        assert_eq!(
            e,
            ImportError::DuplicateKey {
                key: key.into(),
                line: 2,
                column
            },
            "{text}"
        );
        assert_position(&e, 2, column);
        assert!(messages(&e)[0].contains(&format!("\u{201C}{key}\u{201D}")));
    }
    assert!(matches!(
        format::from_json(&format!(r#"{{{HEAD},"format":"enrollready-plan"}}"#)),
        Err(ImportError::DuplicateKey { .. })
    ));
}

#[test]
fn f18_too_deep_nesting_has_its_own_message() {
    // Deep nesting inside an unknown member: 200 levels, and 100,000 (no stack overflow).
    for depth in [200, 100_000] {
        let text = format!(
            "{{{HEAD},\"x\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let e = format::from_json(&text).unwrap_err();
        assert!(matches!(e, ImportError::TooDeep { line: 1, .. }), "{e:?}");
        messages(&e);
    }
    // At most 128 levels (format::MAX_DEPTH), the envelope's own object
    // included: 128 are read; 129 are refused just after the bracket that
    // opens the 129th level (as serde_json reports positions).
    let nested = |depth: usize| {
        format!(
            "{{{HEAD},\"x\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    assert_eq!(format::MAX_DEPTH, 128);
    assert!(format::from_json(&nested(127)).is_ok());
    let head = format!("{{{HEAD},\"x\":");
    let column = head.chars().count() + 128 + 1;
    assert_eq!(
        format::from_json(&nested(128)),
        Err(ImportError::TooDeep { line: 1, column })
    );
    // 100 levels are read (and kept).
    let text = format!("{{{HEAD},\"x\":{}{}}}", "[".repeat(100), "]".repeat(100));
    let env = format::from_json(&text).unwrap();
    assert!(env.extra.contains_key("x"));
}

#[test]
fn f18_every_import_error_has_a_message_in_both_languages() {
    let all = [
        ImportError::TooLarge { bytes: 1, max: 2 },
        ImportError::Empty,
        ImportError::NotText { line: 3, column: 4 },
        ImportError::InvalidJson { line: 3, column: 4 },
        ImportError::TooDeep { line: 3, column: 4 },
        ImportError::DuplicateKey {
            key: "k".repeat(500),
            line: 3,
            column: 4,
        },
        ImportError::NotAPlan,
        ImportError::ReaderUnavailable,
        ImportError::NewerVersion {
            found: 2,
            supported: 1,
            written_by: Some("9".repeat(500)),
        },
        ImportError::UnknownRuleset { id: "r".into() },
        ImportError::TooMany {
            list: List::Groups,
            count: 3,
            max: 2,
        },
        ImportError::BadStructure { line: 3, column: 4 },
    ];
    for e in &all {
        let [en, nl] = messages(e);
        if format!("{e:?}").contains("line: 3") {
            assert_position(e, 3, 4);
        }
        // A long member name is cut in the message.
        assert!(en.len() < 400 && nl.len() < 400, "{en}");
    }
    assert!(import_error(&all[11], Locale::Nl)
        .contains("bevat op regel 3, kolom 4 een waarde van het verkeerde type."));
}

#[test]
fn f21_the_writer_returns_an_error_instead_of_an_empty_text() {
    let mut plan = Plan::default();
    plan.groups.groups = vec![Default::default(); MAX_GROUPS + 1];
    let written = format::to_json(&plan, &FileMeta::default(), "x");
    assert!(matches!(written, Err(ExportError::TooMany { .. })));
    // What it does write is never empty and always reads back.
    let ok = format::to_json(&Plan::default(), &FileMeta::default(), "x").unwrap();
    assert!(!ok.is_empty());
    assert_eq!(format::from_json(&ok).unwrap().plan, Plan::default());
}

#[test]
fn f1_a_newer_version_names_the_version_that_wrote_it() {
    let e = format::from_json(
        r#"{"format":"enrollready-plan","schema_version":2,"generator":{"name":"enrollready","version":"0.9.0"},"plan":{"company_portal":{"company_name":"Future Corp"}}}"#,
    )
    .unwrap_err();
    assert_eq!(
        e,
        ImportError::NewerVersion {
            found: 2,
            supported: 1,
            written_by: Some("0.9.0".into()),
        }
    );
    let [en, nl] = messages(&e);
    assert!(en.contains("written by Enrollready 0.9.0"), "{en}");
    assert!(nl.contains("geschreven door Enrollready 0.9.0"), "{nl}");
}

#[test]
fn f3_unknown_members_of_every_json_kind_are_kept_as_read() {
    let member = r#"{"n":null,"t":true,"f":false,"i":-12,"u":18446744073709551615,
        "x":1.5e-7,"y":-0.25,"s":"a\"\\\/\b\f\n\r\t\u00e9\ud834\udd1e中","e":{},"a":[[],{"k":[1,"2",null]}]}"#;
    let text = format!("{{{HEAD},\"x_kinds\":{member},\"plan\":{{\"x_kinds\":{member}}}}}");
    let env = format::from_json(&text).unwrap();
    let expected: serde_json::Value = serde_json::from_str(member).unwrap();
    assert_eq!(env.extra["x_kinds"], expected);
    assert_eq!(env.plan.extra["x_kinds"], expected);
    let again = format::from_json(&format::to_json(&env.plan, &env.meta(), "x").unwrap()).unwrap();
    assert_eq!(
        again,
        Envelope {
            exported_at: "x".into(),
            generator: again.generator.clone(),
            ..env
        }
    );
}
