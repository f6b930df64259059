//! Step 4 (Company Portal, Tenant administration > Customization) under the
//! ruleset `intune-2026`: one test per fact of `DOMAIN-2026.md` §4.2–4.5,
//! each named after its section (s4_2 = §4.2 …); every limit at max and
//! max+1, the recommendations (warnings, never errors), the new plan fields
//! read and written (and absent from a 2017 plan's file), undo, the report,
//! and the Graph body.

// Plan structs gain an `extra` field (unknown JSON members): struct literals
// end with `..Default::default()`.
#![allow(clippy::needless_update)]
#![cfg(not(target_arch = "wasm32"))]

mod common;

use enrollready::domain::company_portal::{
    self, EnrollmentAvailability, FieldKind, Select, ShowInHeader, FIELDS, FIELDS_2026,
};
use enrollready::domain::image::BRAND_IMAGE_BOUNDS;
use enrollready::domain::ruleset::{self, Ruleset, CLASSIC_2017, INTUNE_2026};
use enrollready::domain::{
    analyze, Action, Analysis, Code, Ctx, Date, FieldId, FieldPath, Logo, LogoSlot, Plan, Severity,
    StepId,
};
use enrollready::format::graph::{self, Profile, Request};
use enrollready::format::{self, FileMeta};
use enrollready::i18n::{self, Locale};

const PROFILE: Profile<'static> = Profile {
    name: "Contoso – Company Portal",
    description: "From a plan.",
};

fn ctx(ruleset: &'static Ruleset) -> Ctx {
    Ctx {
        today: Date::new(2026, 5, 20).unwrap(),
        ruleset,
    }
}

fn now(plan: &Plan) -> Analysis {
    analyze(plan, &ctx(&INTUNE_2026))
}

fn then(plan: &Plan) -> Analysis {
    analyze(plan, &ctx(&CLASSIC_2017))
}

fn findings(a: &Analysis, id: FieldId) -> Vec<(Severity, Code)> {
    a.for_path(FieldPath::Portal(id))
        .map(|f| (f.severity, f.code.clone()))
        .collect()
}

fn blockers(a: &Analysis, id: FieldId) -> Vec<Code> {
    findings(a, id)
        .into_iter()
        .filter(|(s, _)| *s == Severity::Blocker)
        .map(|(_, c)| c)
        .collect()
}

fn warnings(a: &Analysis, id: FieldId) -> Vec<Code> {
    findings(a, id)
        .into_iter()
        .filter(|(s, _)| *s == Severity::Warning)
        .map(|(_, c)| c)
        .collect()
}

/// A value of exactly `len` characters that passes the field's format rule.
fn valid_of_len(id: FieldId, len: usize) -> String {
    match id {
        FieldId::ItPhone => "1".repeat(len),
        FieldId::ItEmail => format!("{}@contoso.com", "a".repeat(len - "@contoso.com".len())),
        FieldId::PrivacyStatementUrl | FieldId::SupportWebsiteUrl => format!(
            "https://www.contoso.com/{}",
            "p".repeat(len - "https://www.contoso.com/".len())
        ),
        // Multi-byte letters: lengths count characters, not bytes.
        _ => "é".repeat(len),
    }
}

fn max_of(id: FieldId) -> usize {
    match INTUNE_2026.company_portal.spec(id).kind {
        FieldKind::Text { max } | FieldKind::MultiLine { max } => max,
        other => panic!("{id:?} is {other:?}"),
    }
}

fn label(id: FieldId, l: Locale) -> &'static str {
    INTUNE_2026.company_portal.spec(id).label.get(l)
}

fn png_sized(width: u32, height: u32, total: usize) -> Vec<u8> {
    common::png_padded_to(&common::images::png_with_size(width, height), total)
}

// ---- §4.2 Branding -----------------------------------------------------------

#[test]
fn s4_2_branding_fields_sections_and_labels() {
    let sections: Vec<(&str, Vec<FieldId>)> = INTUNE_2026
        .company_portal
        .sections
        .iter()
        .map(|(t, ids)| (t.get(Locale::En), ids.to_vec()))
        .collect();
    use FieldId as F;
    assert_eq!(
        sections,
        [
            (
                "Branding",
                vec![
                    F::CompanyName,
                    F::ThemeColor,
                    F::ShowInHeader,
                    F::LogoThemeBackground,
                    F::LogoWhiteBackground,
                    F::BrandImage,
                ]
            ),
            (
                "Support information",
                vec![
                    F::ItContactName,
                    F::ItPhone,
                    F::ItEmail,
                    F::WebsiteName,
                    F::SupportWebsiteUrl,
                    F::AdditionalInfo,
                ]
            ),
            (
                "Configuration",
                vec![
                    F::EnrollmentAvailability,
                    F::PrivacyStatementUrl,
                    F::PrivacyMessageCantSee,
                    F::PrivacyMessageCanSee,
                ]
            ),
        ]
    );
    // Every field of the table is in exactly one section, and back.
    let in_sections: Vec<FieldId> = sections.iter().flat_map(|(_, v)| v.clone()).collect();
    assert_eq!(in_sections.len(), FIELDS_2026.len());
    for f in FIELDS_2026 {
        assert_eq!(in_sections.iter().filter(|&&i| i == f.id).count(), 1);
        // A field's key is the same in both tables.
        if let Some(old) = FIELDS.iter().find(|g| g.id == f.id) {
            assert_eq!(old.key, f.key);
        }
    }
    // Today's labels, English and the admin center's Dutch.
    assert_eq!(label(F::CompanyName, Locale::En), "Organization name");
    assert_eq!(label(F::CompanyName, Locale::Nl), "Organisatienaam");
    assert_eq!(label(F::ShowInHeader, Locale::En), "Show in header");
    assert_eq!(label(F::BrandImage, Locale::En), "Brand image");
    assert_eq!(label(F::ItContactName, Locale::En), "Contact name");
    assert_eq!(label(F::SupportWebsiteUrl, Locale::En), "Website URL");
    assert_eq!(
        label(F::EnrollmentAvailability, Locale::En),
        "Device enrollment"
    );
    assert_eq!(
        label(F::LogoWhiteBackground, Locale::En),
        "Logo for white or light background"
    );
    // The 2017 labels stay the 2017 table's.
    assert_eq!(
        CLASSIC_2017
            .company_portal
            .spec(F::CompanyName)
            .label
            .get(Locale::En),
        "Company name"
    );
}

#[test]
fn s4_2_include_logo_and_app_background_are_2017_only() {
    let r = INTUNE_2026.company_portal;
    assert!(r.field(FieldId::IncludeLogo).is_none());
    assert!(r.field(FieldId::AppBackground).is_none());
    assert!(!r.logo_switch());
    assert!(CLASSIC_2017.company_portal.logo_switch());
    // Their values stay in the plan and are neither shown nor checked: a
    // logo switched on without logos is no problem today.
    let mut plan = Plan::default();
    plan.company_portal.include_logo = true;
    assert!(!blockers(&then(&plan), FieldId::LogoThemeBackground).is_empty());
    assert!(blockers(&now(&plan), FieldId::LogoThemeBackground).is_empty());
    assert!(plan.company_portal.include_logo);
    // Today's fields are not checked under 2017.
    plan.company_portal.privacy_message_can_see = "x".repeat(600);
    assert!(findings(&then(&plan), FieldId::PrivacyMessageCanSee).is_empty());
    assert!(!findings(&now(&plan), FieldId::PrivacyMessageCanSee).is_empty());
}

#[test]
fn s4_2_organization_name_max_40_no_character_rule() {
    assert_eq!(max_of(FieldId::CompanyName), 40);
    let mut plan = Plan::default();
    plan.company_portal.company_name = "Contoso & Co. (NL)".into();
    // The 2017 source allowed letters, digits and spaces only; today's
    // documents state no character rule.
    assert!(!blockers(&then(&plan), FieldId::CompanyName).is_empty());
    assert!(blockers(&now(&plan), FieldId::CompanyName).is_empty());
    // Not documented as required today.
    assert!(blockers(&now(&Plan::default()), FieldId::CompanyName).is_empty());
}

#[test]
fn s4_2_to_4_4_every_text_limit_at_max_and_max_plus_one() {
    let mut seen = 0;
    for f in INTUNE_2026.company_portal.fields {
        let (FieldKind::Text { max } | FieldKind::MultiLine { max }) = f.kind else {
            continue;
        };
        seen += 1;
        let mut ok = Plan::default();
        ok.apply(Action::SetText(f.id, valid_of_len(f.id, max)));
        assert_eq!(blockers(&now(&ok), f.id), vec![], "{:?} at {max}", f.id);
        let long = valid_of_len(f.id, max + 1);
        let mut bad = Plan::default();
        bad.apply(Action::SetText(f.id, long.clone()));
        assert!(
            blockers(&now(&bad), f.id).contains(&Code::TooLong {
                max,
                actual: max + 1
            }),
            "{:?} at {}",
            f.id,
            max + 1
        );
        // Nothing is cut short.
        assert_eq!(bad.company_portal.text(f.id), Some(long.as_str()));
    }
    assert_eq!(seen, 10);
}

#[test]
fn s4_2_standard_colors_not_documented_hint() {
    let hint = INTUNE_2026
        .company_portal
        .spec(FieldId::ThemeColor)
        .hint
        .unwrap();
    assert!(hint.get(Locale::En).contains("not documented by Microsoft"));
    assert!(hint
        .get(Locale::Nl)
        .contains("niet door Microsoft gedocumenteerd"));
    // A custom hex code is checked as before.
    let mut plan = Plan::default();
    plan.company_portal.theme_color = "#12345".into();
    assert_eq!(
        blockers(&now(&plan), FieldId::ThemeColor),
        vec![Code::ThemeColorFormat]
    );
}

#[test]
fn s4_2_show_in_header_three_values() {
    let spec = INTUNE_2026.company_portal.spec(FieldId::ShowInHeader);
    assert_eq!(spec.kind, FieldKind::Select(Select::ShowInHeader));
    let labels: Vec<&str> = Select::ShowInHeader
        .options()
        .iter()
        .map(|(_, t)| t.get(Locale::En))
        .collect();
    assert_eq!(
        labels,
        [
            "Organization logo and name",
            "Organization logo only",
            "Organization name only"
        ]
    );
    let keys: Vec<&str> = ShowInHeader::ALL.iter().map(|v| v.key()).collect();
    assert_eq!(keys, ["logo_and_name", "logo_only", "name_only"]);
}

#[test]
fn s4_5_show_in_header_maps_to_show_logo_and_show_display_name_next_to_logo() {
    for (value, logo, name) in [
        (ShowInHeader::LogoAndName, true, true),
        (ShowInHeader::LogoOnly, true, false),
        (ShowInHeader::NameOnly, false, false),
    ] {
        let portal = company_portal::CompanyPortal {
            company_name: "Contoso".into(),
            show_in_header: Some(value),
            ..Default::default()
        };
        let body = graph::branding_body_in(
            &portal,
            &company_portal::INTUNE_2026,
            Request::Create,
            &PROFILE,
        );
        assert_eq!(body["showLogo"], logo, "{value:?}");
        assert_eq!(body["showDisplayNameNextToLogo"], name, "{value:?}");
        // Not under 2017, where the field does not exist.
        let old = graph::branding_body(&portal, Request::Create, &PROFILE);
        assert!(old.get("showLogo").is_none(), "{old}");
    }
}

#[test]
fn s4_2_logos_750000_bytes_at_max_and_max_plus_one_without_switch() {
    for slot in [LogoSlot::ThemeBackground, LogoSlot::WhiteBackground] {
        let id = slot.field();
        let mut plan = Plan::default();
        // 800 × 300 is no problem today (no maximum pixel size).
        plan.apply(Action::SetLogo(
            slot,
            Some(Logo::from_bytes("logo.png", &png_sized(800, 300, 750_000))),
        ));
        assert_eq!(blockers(&now(&plan), id), vec![], "{slot:?} at 750,000");
        let mut plan = Plan::default();
        plan.apply(Action::SetLogo(
            slot,
            Some(Logo::from_bytes("logo.png", &png_sized(800, 300, 750_001))),
        ));
        assert_eq!(
            blockers(&now(&plan), id),
            vec![Code::LogoTooLarge {
                bytes: 750_001,
                max: 750_000
            }],
            "{slot:?} at 750,001"
        );
    }
}

#[test]
fn s4_2_logo_height_72_or_less_is_a_warning_never_an_error() {
    for (height, warned) in [(72, true), (73, false), (10, true)] {
        let mut plan = Plan::default();
        plan.apply(Action::SetLogo(
            LogoSlot::ThemeBackground,
            Some(Logo::from_bytes(
                "logo.png",
                &common::images::png_with_size(300, height),
            )),
        ));
        let a = now(&plan);
        assert_eq!(blockers(&a, FieldId::LogoThemeBackground), vec![]);
        assert_eq!(
            warnings(&a, FieldId::LogoThemeBackground),
            if warned {
                vec![Code::LogoLow { height, over: 72 }]
            } else {
                vec![]
            },
            "height {height}"
        );
        // No such warning under 2017.
        plan.company_portal.include_logo = true;
        assert!(!warnings(&then(&plan), FieldId::LogoThemeBackground)
            .iter()
            .any(|c| matches!(c, Code::LogoLow { .. })));
    }
    let m = i18n::finding_message(
        &Code::LogoLow {
            height: 60,
            over: 72,
        },
        Locale::En,
    );
    assert!(m.contains("60") && m.contains("72"), "{m}");
}

#[test]
fn s4_2_brand_image_1300000_bytes_at_max_and_max_plus_one() {
    let image = |total| {
        Logo::from_bytes_in(
            "brand.png",
            &png_sized(1600, 900, total),
            &BRAND_IMAGE_BOUNDS,
        )
    };
    let mut plan = Plan::default();
    plan.apply(Action::SetLogo(
        LogoSlot::BrandImage,
        Some(image(1_300_000)),
    ));
    let a = now(&plan);
    assert_eq!(findings(&a, FieldId::BrandImage), vec![]);
    // Kept whole (its content is in the plan) and shown in the preview.
    let kept = plan.company_portal.brand_image.as_ref().unwrap();
    assert!(!kept.content_base64.is_empty() && kept.complete);
    assert!(plan
        .company_portal
        .preview_in(&company_portal::INTUNE_2026)
        .brand_image
        .is_some());
    let mut plan = Plan::default();
    plan.apply(Action::SetLogo(
        LogoSlot::BrandImage,
        Some(image(1_300_001)),
    ));
    assert_eq!(
        blockers(&now(&plan), FieldId::BrandImage),
        vec![Code::LogoTooLarge {
            bytes: 1_300_001,
            max: 1_300_000
        }]
    );
    // PNG or JPEG only, by content.
    let mut plan = Plan::default();
    plan.apply(Action::SetLogo(
        LogoSlot::BrandImage,
        Some(Logo::from_bytes_in(
            "brand.png",
            b"GIF89a not an image we take",
            &BRAND_IMAGE_BOUNDS,
        )),
    ));
    assert_eq!(
        blockers(&now(&plan), FieldId::BrandImage),
        vec![Code::LogoNotImage]
    );
}

#[test]
fn s4_2_brand_image_width_1125_or_less_is_a_warning_never_an_error() {
    for (width, warned) in [(1125, true), (1126, false), (640, true)] {
        let mut plan = Plan::default();
        plan.apply(Action::SetLogo(
            LogoSlot::BrandImage,
            Some(Logo::from_bytes_in(
                "brand.png",
                &common::images::png_with_size(width, 400),
                &BRAND_IMAGE_BOUNDS,
            )),
        ));
        let a = now(&plan);
        assert_eq!(blockers(&a, FieldId::BrandImage), vec![]);
        assert_eq!(
            warnings(&a, FieldId::BrandImage),
            if warned {
                vec![Code::BrandImageNarrow { width, over: 1125 }]
            } else {
                vec![]
            },
            "width {width}"
        );
    }
}

// ---- §4.4 Configuration --------------------------------------------------------

#[test]
fn s4_4_privacy_messages_520_characters_markdown() {
    for id in [
        FieldId::PrivacyMessageCantSee,
        FieldId::PrivacyMessageCanSee,
    ] {
        assert_eq!(max_of(id), 520);
        assert_eq!(
            Some(max_of(id)),
            INTUNE_2026.company_portal.privacy_message_max
        );
        let hint = INTUNE_2026.company_portal.spec(id).hint.unwrap();
        assert!(hint.get(Locale::En).contains("Markdown"));
        // Markdown is kept as typed.
        let md = "* **No** access to your *photos*\n* [More](https://contoso.com)";
        let mut plan = Plan::default();
        plan.apply(Action::SetText(id, md.into()));
        assert_eq!(plan.company_portal.text(id), Some(md));
        assert_eq!(findings(&now(&plan), id), vec![]);
    }
}

#[test]
fn s4_4_device_enrollment_three_values_default_with_prompts() {
    let labels: Vec<&str> = Select::EnrollmentAvailability
        .options()
        .iter()
        .map(|(_, t)| t.get(Locale::En))
        .collect();
    assert_eq!(
        labels,
        [
            "Available, with prompts",
            "Available, no prompts",
            "Unavailable"
        ]
    );
    assert!(Select::EnrollmentAvailability
        .unset_label()
        .get(Locale::En)
        .contains("Available, with prompts"));
    let graph_names: Vec<&str> = EnrollmentAvailability::ALL
        .iter()
        .map(|v| v.graph())
        .collect();
    assert_eq!(graph_names, graph::ENROLLMENT_AVAILABILITY_OPTIONS);
    assert_eq!(
        graph_names,
        [
            "availableWithPrompts",
            "availableWithoutPrompts",
            "unavailable"
        ]
    );
}

#[test]
fn s4_4_privacy_statement_url_79() {
    assert_eq!(max_of(FieldId::PrivacyStatementUrl), 79);
}

// ---- §4.5 Graph ------------------------------------------------------------------

fn full_2026() -> Plan {
    let mut plan = Plan::default();
    let p = &mut plan.company_portal;
    p.company_name = "Contoso".into();
    p.show_in_header = Some(ShowInHeader::LogoOnly);
    p.enrollment_availability = Some(EnrollmentAvailability::AvailableWithoutPrompts);
    p.privacy_message_cant_see = "We can't see your photos.".into();
    p.privacy_message_can_see = "We can see the device model.".into();
    p.brand_image = Some(Logo::from_bytes_in(
        "brand.png",
        &common::images::png_with_size(1600, 900),
        &BRAND_IMAGE_BOUNDS,
    ));
    p.logo_theme_background = Some(Logo::from_bytes("logo.png", &common::images::png()));
    plan
}

#[test]
fn s4_5_new_properties_written_only_when_set() {
    let plan = full_2026();
    let body = graph::branding_body_in(
        &plan.company_portal,
        &company_portal::INTUNE_2026,
        Request::UpdateDefault,
        &PROFILE,
    );
    assert_eq!(body["enrollmentAvailability"], "availableWithoutPrompts");
    assert_eq!(
        body["customCantSeePrivacyMessage"],
        "We can't see your photos."
    );
    assert_eq!(
        body["customCanSeePrivacyMessage"],
        "We can see the device model."
    );
    assert_eq!(body["landingPageCustomizedImage"]["type"], "image/png");
    // No "Include company logo" today: the logo is written without it.
    assert!(body.get("themeColorLogo").is_some());
    assert_eq!(body["showLogo"], true);
    for (key, _) in body.as_object().unwrap() {
        assert!(
            graph::PROPERTIES.iter().any(|(k, _)| k == key),
            "{key} is in PROPERTIES"
        );
    }
    // Not set: not written.
    let empty = graph::branding_body_in(
        &Plan::default().company_portal,
        &company_portal::INTUNE_2026,
        Request::UpdateDefault,
        &PROFILE,
    );
    assert_eq!(empty.as_object().unwrap().len(), 1, "{empty}");
    // Under 2017 none of today's properties is written.
    let old = graph::branding_body(&plan.company_portal, Request::UpdateDefault, &PROFILE);
    for key in [
        "enrollmentAvailability",
        "customCantSeePrivacyMessage",
        "customCanSeePrivacyMessage",
        "landingPageCustomizedImage",
        "themeColorLogo",
    ] {
        assert!(old.get(key).is_none(), "{key}: {old}");
    }
}

#[test]
fn s4_5_cli_graph_uses_the_plan_ruleset_and_exits_1_on_blockers() {
    let plan = full_2026();
    let meta = FileMeta {
        ruleset: INTUNE_2026.id.into(),
        ..FileMeta::default()
    };
    let json = format::to_json(&plan, &meta, "2026-05-20T00:00:00Z").unwrap();
    let dir = std::env::temp_dir().join(format!("enrollready-portal-2026-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plan.json");
    std::fs::write(&file, &json).unwrap();
    let run = |file: &std::path::Path| {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let args: Vec<String> = ["graph", file.to_str().unwrap()]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let code =
            enrollready::cli::run(&args, Date::new(2026, 5, 20).unwrap(), &mut out, &mut err);
        (code, String::from_utf8(out).unwrap())
    };
    let (code, out) = run(&file);
    assert_eq!(code, 0, "{out}");
    let body: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(body["enrollmentAvailability"], "availableWithoutPrompts");
    // A privacy message over 520 characters: a blocker of step 4, exit 1.
    let mut bad = plan.clone();
    bad.company_portal.privacy_message_can_see = "x".repeat(521);
    std::fs::write(
        &file,
        format::to_json(&bad, &meta, "2026-05-20T00:00:00Z").unwrap(),
    )
    .unwrap();
    assert_eq!(run(&file).0, 1);
    std::fs::remove_dir_all(&dir).ok();
}

// ---- The file: read, written, round trip ----------------------------------------------

#[test]
fn file_new_fields_round_trip_under_2026() {
    let plan = full_2026();
    let meta = FileMeta {
        ruleset: INTUNE_2026.id.into(),
        ..FileMeta::default()
    };
    let json = format::to_json(&plan, &meta, "2026-05-20T00:00:00Z").unwrap();
    for key in [
        "\"show_in_header\":\"logo_only\"",
        "\"enrollment_availability\":\"available_without_prompts\"",
        "\"privacy_message_cant_see\"",
        "\"privacy_message_can_see\"",
        "\"brand_image\"",
    ] {
        assert!(json.contains(key), "{key}");
    }
    let env = format::import(json.as_bytes()).unwrap();
    assert_eq!(env.plan.company_portal, plan.company_portal);
    assert_eq!(env.ruleset, "intune-2026");
    // A brand image over 750,000 bytes keeps its content through the file.
    let mut big = Plan::default();
    big.company_portal.brand_image = Some(Logo::from_bytes_in(
        "brand.png",
        &png_sized(1600, 900, 1_200_000),
        &BRAND_IMAGE_BOUNDS,
    ));
    let json = format::to_json(&big, &meta, "2026-05-20T00:00:00Z").unwrap();
    let back = format::import(json.as_bytes()).unwrap().plan;
    assert_eq!(
        back.company_portal.brand_image,
        big.company_portal.brand_image
    );
    assert!(!back
        .company_portal
        .brand_image
        .unwrap()
        .content_base64
        .is_empty());
}

#[test]
fn file_a_2017_plan_is_written_without_the_new_members() {
    let plan = Plan::default();
    let json = format::to_json(&plan, &FileMeta::default(), "2017-10-10T00:00:00Z").unwrap();
    for key in [
        "show_in_header",
        "brand_image",
        "privacy_message",
        "enrollment_availability",
    ] {
        assert!(!json.contains(key), "{key}");
    }
}

#[test]
fn file_wrong_new_values_are_refused_with_their_position() {
    let text = r#"{"format":"enrollready-plan","schema_version":1,"ruleset":"intune-2026","plan":{"company_portal":{"show_in_header":"logo"}}}"#;
    assert!(format::import(text.as_bytes()).is_err());
    let text = r#"{"format":"enrollready-plan","schema_version":1,"ruleset":"intune-2026","plan":{"company_portal":{"enrollment_availability":"unavailable","show_in_header":null}}}"#;
    let env = format::import(text.as_bytes()).unwrap();
    assert_eq!(
        env.plan.company_portal.enrollment_availability,
        Some(EnrollmentAvailability::Unavailable)
    );
    assert_eq!(env.plan.company_portal.show_in_header, None);
}

#[test]
fn ruleset_intune_2026_is_offered() {
    assert!(ruleset::by_id("intune-2026").is_some());
}

// ---- Undo, the meter, the report -------------------------------------------------------

#[test]
fn undo_every_new_field() {
    let mut plan = Plan::default();
    let before = plan.clone();
    let actions = [
        Action::SetChoice(FieldId::ShowInHeader, Some("name_only")),
        Action::SetChoice(FieldId::EnrollmentAvailability, Some("unavailable")),
        Action::SetText(FieldId::PrivacyMessageCantSee, "a".into()),
        Action::SetText(FieldId::PrivacyMessageCanSee, "b".into()),
        Action::SetLogo(
            LogoSlot::BrandImage,
            Some(Logo::from_bytes_in(
                "b.png",
                &common::images::png(),
                &BRAND_IMAGE_BOUNDS,
            )),
        ),
    ];
    let mut undo = Vec::new();
    for a in actions {
        undo.push(plan.apply_reversible(a).expect("a change"));
    }
    assert_eq!(
        plan.company_portal.show_in_header,
        Some(ShowInHeader::NameOnly)
    );
    // Choosing what is chosen changes nothing.
    assert_eq!(
        plan.apply_reversible(Action::SetChoice(FieldId::ShowInHeader, Some("name_only"))),
        None
    );
    for a in undo.into_iter().rev() {
        plan.apply(a);
    }
    assert_eq!(plan, before);
}

#[test]
fn report_lists_todays_fields_only_under_2026() {
    let plan = full_2026();
    let report = |ruleset: &'static Ruleset| {
        let a = analyze(&plan, &ctx(ruleset));
        enrollready::report::build(
            &plan,
            &a,
            &enrollready::report::Context {
                ruleset,
                locale: Locale::En,
                today: Date::new(2026, 5, 20).unwrap(),
                app_version: "test",
            },
        )
    };
    let md_now = enrollready::report::markdown::render(&report(&INTUNE_2026));
    assert!(md_now.contains("Organization name"), "{md_now}");
    assert!(md_now.contains("Show in header"));
    assert!(md_now.contains("Organization logo only"));
    assert!(md_now.contains("Available, no prompts"));
    assert!(md_now.contains("We can't see your photos."));
    assert!(!md_now.contains("Include company logo"));
    let md_then = enrollready::report::markdown::render(&report(&CLASSIC_2017));
    assert!(!md_then.contains("Show in header"));
    assert!(md_then.contains("Include company logo"));
    // The meter counts a choice made as work done.
    let a = analyze(&plan, &ctx(&INTUNE_2026));
    let step = a.readiness.step(StepId::CompanyPortal).unwrap();
    assert!(step.work_done >= 6, "{step:?}");
}

#[test]
fn preview_follows_show_in_header() {
    let mut plan = full_2026();
    let rules = &company_portal::INTUNE_2026;
    let p = plan.company_portal.preview_in(rules);
    assert!(!p.show_name && p.logo.is_some() && p.brand_image.is_some());
    plan.company_portal.show_in_header = Some(ShowInHeader::NameOnly);
    let p = plan.company_portal.preview_in(rules);
    assert!(p.show_name && p.logo.is_none());
    plan.company_portal.show_in_header = None;
    let p = plan.company_portal.preview_in(rules);
    assert!(p.show_name && p.logo.is_some());
    // 2017: no brand image, the logo only with "Include company logo".
    let p = plan.company_portal.preview();
    assert!(p.show_name && p.logo.is_none() && p.brand_image.is_none());
}

#[test]
fn messages_image_limits_per_ruleset() {
    let now = i18n::messages::image_limits(
        Locale::En,
        &company_portal::INTUNE_2026,
        LogoSlot::BrandImage,
    );
    assert!(now.contains("1,300,000") && now.contains("1,125"), "{now}");
    assert!(now.contains("not documented by Microsoft"), "{now}");
    let logo = i18n::messages::image_limits(
        Locale::Nl,
        &company_portal::INTUNE_2026,
        LogoSlot::ThemeBackground,
    );
    assert!(logo.contains("750.000") && logo.contains("72"), "{logo}");
    let old = i18n::messages::image_limits(
        Locale::En,
        &company_portal::CLASSIC_2017,
        LogoSlot::ThemeBackground,
    );
    assert!(old.contains("400 × 100"), "{old}");
}
