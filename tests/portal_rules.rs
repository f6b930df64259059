//! Step 4, the Company Portal: every limit at its boundary, every format rule
//! with valid and invalid examples, and the logo checks on real image files.
//! Limits are read from the core's field table, never repeated here.

mod common;

use common::analyze;
use enrollready::domain::checks::{self, CharList};
use enrollready::domain::company_portal::{
    spec, FieldKind, FIELDS, LOGO_MAX_BYTES, LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH,
};
use enrollready::domain::{
    Action, AppBackground, Code, FieldId, FieldPath, Finding, ImageKind, Logo, LogoSlot, Plan,
    Severity,
};
use enrollready::i18n::{finding_message, messages, Locale, Text};

fn plan_with(id: FieldId, value: &str) -> Plan {
    let mut plan = Plan::default();
    plan.apply(Action::SetText(FieldId::CompanyName, "Contoso".into()));
    plan.apply(Action::SetText(id, value.into()));
    plan
}

fn codes(plan: &Plan, id: FieldId) -> Vec<Code> {
    analyze(plan)
        .for_path(FieldPath::Portal(id))
        .map(|f| f.code.clone())
        .collect()
}

fn blockers(plan: &Plan, id: FieldId) -> Vec<Code> {
    analyze(plan)
        .for_path(FieldPath::Portal(id))
        .filter(|f| f.severity == Severity::Blocker)
        .map(|f| f.code.clone())
        .collect()
}

fn max_of(id: FieldId) -> usize {
    match spec(id).kind {
        FieldKind::Text { max } | FieldKind::MultiLine { max } => max,
        other => panic!("{id:?} is {other:?}"),
    }
}

/// A value of exactly `len` characters that passes the field's format rule.
fn valid_of_len(id: FieldId, len: usize) -> String {
    match id {
        FieldId::ItPhone => "1".repeat(len),
        FieldId::ItEmail => format!("{}@contoso.com", "a".repeat(len - "@contoso.com".len())),
        FieldId::PrivacyStatementUrl | FieldId::SupportWebsiteUrl => {
            format!(
                "https://www.contoso.com/{}",
                "p".repeat(len - "https://www.contoso.com/".len())
            )
        }
        // Multi-byte letters: lengths count characters, not bytes.
        _ => "é".repeat(len),
    }
}

#[test]
fn the_table_has_every_field_once_with_the_source_limits() {
    let expected = [
        (FieldId::CompanyName, 40),
        (FieldId::ItContactName, 40),
        (FieldId::ItPhone, 20),
        (FieldId::ItEmail, 40),
        (FieldId::AdditionalInfo, 120),
        (FieldId::PrivacyStatementUrl, 79),
        (FieldId::SupportWebsiteUrl, 150),
        (FieldId::WebsiteName, 40),
    ];
    for (id, max) in expected {
        assert_eq!(max_of(id), max, "{id:?}");
    }
    assert_eq!(
        FIELDS.len(),
        13,
        "eleven settings of the source, with the two logo files apart"
    );
    for (i, f) in FIELDS.iter().enumerate() {
        assert_eq!(
            FIELDS.iter().filter(|g| g.id == f.id).count(),
            1,
            "{:?}",
            f.id
        );
        assert_eq!(spec(f.id).id, f.id);
        assert!(
            FIELDS[..i].iter().all(|g| g.key != f.key),
            "duplicate key {}",
            f.key
        );
    }
    assert!(matches!(
        spec(FieldId::AdditionalInfo).kind,
        FieldKind::MultiLine { .. }
    ));
    assert_eq!(
        (LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT, LOGO_MAX_BYTES),
        (400, 100, 750_000)
    );
}

#[test]
fn every_text_limit_at_max_and_max_plus_one() {
    for f in FIELDS {
        let (FieldKind::Text { max } | FieldKind::MultiLine { max }) = f.kind else {
            continue;
        };
        let ok = plan_with(f.id, &valid_of_len(f.id, max));
        assert_eq!(blockers(&ok, f.id), vec![], "{:?} at {max}", f.id);
        let long = valid_of_len(f.id, max + 1);
        let bad = plan_with(f.id, &long);
        assert!(
            blockers(&bad, f.id).contains(&Code::TooLong {
                max,
                actual: max + 1
            }),
            "{:?} at {}: {:?}",
            f.id,
            max + 1,
            blockers(&bad, f.id)
        );
        // Nothing is cut short: the plan keeps the whole value.
        assert_eq!(bad.company_portal.text(f.id), Some(long.as_str()));
    }
}

#[test]
fn lengths_are_counted_after_trimming() {
    let padded = format!("   {}   ", "x".repeat(40));
    assert_eq!(
        blockers(
            &plan_with(FieldId::ItContactName, &padded),
            FieldId::ItContactName
        ),
        vec![]
    );
    let forty_e = "é".repeat(40);
    assert_eq!(
        blockers(
            &plan_with(FieldId::CompanyName, &forty_e),
            FieldId::CompanyName
        ),
        vec![]
    );
    let forty_one = "é".repeat(41);
    assert_eq!(
        blockers(
            &plan_with(FieldId::CompanyName, &forty_one),
            FieldId::CompanyName
        ),
        vec![Code::TooLong {
            max: 40,
            actual: 41
        }]
    );
}

#[test]
fn company_name_is_required_and_alphanumeric() {
    assert_eq!(
        blockers(&Plan::default(), FieldId::CompanyName),
        vec![Code::Required]
    );
    assert_eq!(
        blockers(
            &plan_with(FieldId::CompanyName, "   "),
            FieldId::CompanyName
        ),
        vec![Code::Required]
    );
    for ok in ["Contoso", "Contoso 2017", "Café Zoë", "Ｃｏｎｔｏｓｏ"] {
        // Letters outside ASCII are warnings (see q1_*), never blockers.
        assert_eq!(
            blockers(&plan_with(FieldId::CompanyName, ok), FieldId::CompanyName),
            vec![],
            "{ok}"
        );
    }
    assert_eq!(
        blockers(
            &plan_with(FieldId::CompanyName, "Contoso & Co."),
            FieldId::CompanyName
        ),
        vec![Code::CompanyNameCharacters { found: "&.".into() }]
    );
    for bad in ["Contoso-NL", "Contoso_NL", "Contoso!", "Con\ttoso"] {
        assert!(
            matches!(
                blockers(&plan_with(FieldId::CompanyName, bad), FieldId::CompanyName)[..],
                [Code::CompanyNameCharacters { .. }]
            ),
            "{bad}"
        );
    }
}

#[test]
fn other_fields_are_optional() {
    let plan = plan_with(FieldId::CompanyName, "Contoso");
    assert_eq!(
        analyze(&plan).findings,
        vec![],
        "a plan with only a company name is valid"
    );
}

#[test]
fn phone_numbers() {
    for ok in ["+31 20 123 4567", "(020) 123-4567", "020.123.45.67", "112"] {
        assert_eq!(
            blockers(&plan_with(FieldId::ItPhone, ok), FieldId::ItPhone),
            vec![],
            "{ok}"
        );
    }
    // Review 2, Q3: no format is documented (seed l.87: at most 20
    // characters only), so an odd number is a warning, never a blocker.
    for bad in ["+31 20 123 4567 x9", "call us", "+-()", "020\\1234567"] {
        let plan = plan_with(FieldId::ItPhone, bad);
        assert_eq!(blockers(&plan, FieldId::ItPhone), vec![], "{bad}");
        assert_eq!(
            graded(&plan, FieldId::ItPhone),
            vec![(Severity::Warning, Code::PhoneFormat)],
            "{bad}"
        );
    }
}

#[test]
fn email_addresses() {
    for ok in [
        "it@contoso.com",
        "helpdesk.ict@eu.contoso.nl",
        "it+mdm@contoso.co.uk",
    ] {
        assert_eq!(
            blockers(&plan_with(FieldId::ItEmail, ok), FieldId::ItEmail),
            vec![],
            "{ok}"
        );
    }
    for bad in [
        "it@contoso",
        "helpdesk",
        "@contoso.com",
        "it@@contoso.com",
        "it @contoso.com",
        "it@contoso..com",
        "it@-contoso.com",
        ".it@contoso.com",
    ] {
        assert_eq!(
            blockers(&plan_with(FieldId::ItEmail, bad), FieldId::ItEmail),
            vec![Code::EmailFormat],
            "{bad}"
        );
    }
}

#[test]
fn urls() {
    for id in [FieldId::PrivacyStatementUrl, FieldId::SupportWebsiteUrl] {
        for ok in [
            "https://www.contoso.com",
            "https://www.contoso.com/privacy?lang=nl#top",
            "HTTPS://contoso.nl",
            "https://xn--bcher-kva.de/",
        ] {
            assert_eq!(blockers(&plan_with(id, ok), id), vec![], "{ok}");
        }
        let cases = [
            ("www.contoso.com/privacy", Code::UrlMissingScheme),
            ("contoso.com", Code::UrlMissingScheme),
            (
                "ftp://contoso.com",
                Code::UrlNotHttps {
                    scheme: "ftp".into(),
                },
            ),
            ("https://intranet/privacy", Code::UrlHostWithoutDot),
            ("https://bücher.de", Code::UrlNonAsciiHost),
            ("https://", Code::UrlInvalid),
            ("https://exa mple.com", Code::UrlInvalid),
        ];
        for (bad, code) in cases {
            assert_eq!(blockers(&plan_with(id, bad), id), vec![code], "{bad}");
        }
    }
}

#[test]
fn website_name_depends_on_the_support_url() {
    let mut plan = plan_with(FieldId::SupportWebsiteUrl, "https://support.contoso.com");
    let f = analyze(&plan)
        .for_path(FieldPath::Portal(FieldId::WebsiteName))
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(
        f,
        vec![Finding::info(
            FieldPath::Portal(FieldId::WebsiteName),
            Code::WebsiteNameDefault
        )]
    );
    plan.apply(Action::SetText(
        FieldId::WebsiteName,
        "IT Servicedesk".into(),
    ));
    assert_eq!(codes(&plan, FieldId::WebsiteName), vec![]);
    plan.apply(Action::SetText(FieldId::SupportWebsiteUrl, String::new()));
    let f = analyze(&plan)
        .for_path(FieldPath::Portal(FieldId::WebsiteName))
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(
        f,
        vec![Finding::warning(
            FieldPath::Portal(FieldId::WebsiteName),
            Code::WebsiteNameIgnored
        )]
    );
    assert!(
        !analyze(&plan).is_invalid(FieldPath::Portal(FieldId::WebsiteName)),
        "a warning does not make the field invalid"
    );
}

#[test]
fn theme_colors() {
    for ok in ["#0078D4", "#0078d4", "#000000", ""] {
        assert_eq!(
            blockers(&plan_with(FieldId::ThemeColor, ok), FieldId::ThemeColor),
            vec![],
            "{ok:?}"
        );
    }
    for bad in [
        "0078D4",
        "#12345",
        "#1234567",
        "#GG0000",
        "blue",
        "#0078D4 ff",
    ] {
        assert_eq!(
            blockers(&plan_with(FieldId::ThemeColor, bad), FieldId::ThemeColor),
            vec![Code::ThemeColorFormat],
            "{bad}"
        );
    }
}

fn logo_plan(white: Option<Logo>, theme: Option<Logo>) -> Plan {
    let mut plan = plan_with(FieldId::CompanyName, "Contoso");
    plan.apply(Action::SetIncludeLogo(true));
    plan.apply(Action::SetLogo(LogoSlot::WhiteBackground, white));
    plan.apply(Action::SetLogo(LogoSlot::ThemeBackground, theme));
    plan
}

fn logo_codes(name: &str, bytes: &[u8]) -> Vec<Code> {
    let ok = Logo::from_bytes("ok.png", &common::fixture("logo-400x100.png"));
    let plan = logo_plan(Some(Logo::from_bytes(name, bytes)), Some(ok));
    blockers(&plan, FieldId::LogoWhiteBackground)
}

#[test]
fn logos_are_required_only_when_included() {
    let mut plan = logo_plan(None, None);
    assert_eq!(
        blockers(&plan, FieldId::LogoWhiteBackground),
        vec![Code::LogoRequired]
    );
    assert_eq!(
        blockers(&plan, FieldId::LogoThemeBackground),
        vec![Code::LogoRequired]
    );
    plan.apply(Action::SetIncludeLogo(false));
    assert_eq!(analyze(&plan).findings, vec![]);
}

#[test]
fn real_png_and_jpeg_files_at_the_dimension_limits() {
    let png = Logo::from_bytes("logo.png", &common::fixture("logo-400x100.png"));
    assert_eq!(
        (png.kind, png.width, png.height, png.complete),
        (ImageKind::Png, Some(400), Some(100), true)
    );
    assert_eq!(
        logo_codes("logo.png", &common::fixture("logo-400x100.png")),
        vec![]
    );
    assert_eq!(
        logo_codes("logo.jpg", &common::fixture("logo-400x100.jpg")),
        vec![]
    );
    assert_eq!(
        logo_codes("small.png", &common::fixture("logo-120x40.png")),
        vec![]
    );
    let too = |w, h| Code::LogoDimensions {
        width: w,
        height: h,
        max_width: 400,
        max_height: 100,
    };
    assert_eq!(
        logo_codes("wide.png", &common::fixture("logo-401x100.png")),
        vec![too(401, 100)]
    );
    assert_eq!(
        logo_codes("tall.png", &common::fixture("logo-400x101.png")),
        vec![too(400, 101)]
    );
    assert_eq!(
        logo_codes("big.jpg", &common::fixture("logo-800x200.jpg")),
        vec![too(800, 200)]
    );
    let jpeg = Logo::from_bytes("big.jpg", &common::fixture("logo-800x200.jpg"));
    assert_eq!(
        (jpeg.kind, jpeg.media_type()),
        (ImageKind::Jpeg, "image/jpeg")
    );
}

#[test]
fn file_size_at_750_000_and_750_001_bytes() {
    let base = common::fixture("logo-400x100.png");
    let at_max = common::png_padded_to(&base, 750_000);
    assert_eq!(logo_codes("max.png", &at_max), vec![]);
    let over = common::png_padded_to(&base, 750_001);
    assert_eq!(
        logo_codes("over.png", &over),
        vec![Code::LogoTooLarge {
            bytes: 750_001,
            max: 750_000
        }]
    );
    let logo = Logo::from_bytes("over.png", &over);
    assert!(
        logo.content_base64.is_empty(),
        "too-large files are not kept"
    );
    assert_eq!(
        (logo.width, logo.height, logo.byte_size),
        (Some(400), Some(100), 750_001)
    );
}

#[test]
fn content_decides_not_the_name() {
    assert_eq!(
        logo_codes("logo.png", &common::fixture("not-a-png.png")),
        vec![Code::LogoNotImage]
    );
    // A JPEG named .png is a JPEG, and fine.
    let jpeg_named_png = Logo::from_bytes("logo.png", &common::fixture("logo-400x100.jpg"));
    assert_eq!(jpeg_named_png.kind, ImageKind::Jpeg);
    assert_eq!(
        logo_codes("logo.png", &common::fixture("logo-400x100.jpg")),
        vec![]
    );
    assert_eq!(logo_codes("empty.png", &[]), vec![Code::LogoNotImage]);
}

#[test]
fn truncated_files() {
    assert_eq!(
        logo_codes("cut.png", &common::fixture("truncated.png")),
        vec![Code::LogoTruncated]
    );
    assert_eq!(
        logo_codes("cut.png", &common::fixture("truncated-header.png")),
        vec![Code::LogoTruncated]
    );
    let jpeg = common::fixture("logo-400x100.jpg");
    assert_eq!(
        logo_codes("cut.jpg", &jpeg[..jpeg.len() - 100]),
        vec![Code::LogoTruncated]
    );
    assert_eq!(
        logo_codes("cut.png", &common::fixture("logo-400x100.png")[..20]),
        vec![Code::LogoTruncated]
    );
}

#[test]
fn preview_follows_the_settings() {
    let white = Logo::from_bytes("w.png", &common::fixture("logo-400x100.png"));
    let theme = Logo::from_bytes("t.jpg", &common::fixture("logo-400x100.jpg"));
    let mut plan = logo_plan(Some(white.clone()), Some(theme.clone()));
    plan.apply(Action::SetText(FieldId::ThemeColor, "#ffcc00".into()));
    let p = plan.company_portal.preview();
    assert_eq!(
        (p.company_name, p.theme_color.as_str(), p.text_on_theme),
        ("Contoso", "#FFCC00", "#000000")
    );
    assert_eq!(
        p.logo,
        Some(&theme),
        "the header is in the theme colour: it shows the theme logo"
    );
    // Review 2, Q5: the app background affects only the app (seed l.111)
    // and its choices are an assumption: the preview does not follow it.
    let before = format!("{:?}", plan.company_portal.preview());
    plan.apply(Action::SetAppBackground(AppBackground::White));
    assert_eq!(format!("{:?}", plan.company_portal.preview()), before);
    assert_eq!(plan.company_portal.preview().logo, Some(&theme));
    assert_ne!(Some(&white), Some(&theme));
    plan.apply(Action::SetText(FieldId::ThemeColor, "#12".into()));
    let p = plan.company_portal.preview();
    assert_eq!(
        p.theme_color, "#0078D4",
        "an invalid colour falls back to the default"
    );
    plan.apply(Action::SetText(FieldId::ThemeColor, "#003366".into()));
    assert_eq!(plan.company_portal.preview().text_on_theme, "#FFFFFF");
    plan.apply(Action::SetIncludeLogo(false));
    assert_eq!(plan.company_portal.preview().logo, None);
    assert_eq!(plan.company_portal.preview().website_label, None);
}

/// The findings of one field with their severities.
fn graded(plan: &Plan, id: FieldId) -> Vec<(Severity, Code)> {
    analyze(plan)
        .for_path(FieldPath::Portal(id))
        .map(|f| (f.severity, f.code.clone()))
        .collect()
}

fn chars(shown: &str, more: usize) -> CharList {
    CharList {
        shown: shown.chars().collect(),
        more,
    }
}

#[test]
fn q1_non_ascii_letters_in_the_company_name_are_a_warning() {
    for (name, letters) in [
        ("Café Zoë", "éë"),
        ("Ｃｏｎｔｏｓｏ", "Ｃｏｎｔｓ"),
        ("Müller Bakker", "ü"),
    ] {
        assert_eq!(
            graded(&plan_with(FieldId::CompanyName, name), FieldId::CompanyName),
            vec![(
                Severity::Warning,
                Code::CompanyNameNonAsciiLetters {
                    found: chars(letters, 0)
                }
            )],
            "{name}"
        );
    }
    assert_eq!(
        graded(
            &plan_with(FieldId::CompanyName, "Contoso 2017"),
            FieldId::CompanyName
        ),
        vec![]
    );
    // Both at once: the blocker for the symbol, the warning for the letter.
    assert_eq!(
        graded(
            &plan_with(FieldId::CompanyName, "Café & Co"),
            FieldId::CompanyName
        ),
        vec![
            (
                Severity::Blocker,
                Code::CompanyNameCharacters {
                    found: chars("&", 0)
                }
            ),
            (
                Severity::Warning,
                Code::CompanyNameNonAsciiLetters {
                    found: chars("é", 0)
                }
            ),
        ]
    );
}

#[test]
fn f15_combining_marks_after_a_letter_are_letters() {
    // NFD "José" (as macOS copies file names), Hindi with a virama, Tamil with a pulli.
    for name in ["Jose\u{301} Bakker", "हिन्दी", "தமிழ்"] {
        let found = graded(&plan_with(FieldId::CompanyName, name), FieldId::CompanyName);
        assert!(
            matches!(
                &found[..],
                [(Severity::Warning, Code::CompanyNameNonAsciiLetters { .. })]
            ),
            "{name}: {found:?}"
        );
    }
    // A mark with no letter before it is not part of a letter.
    assert_eq!(
        blockers(
            &plan_with(FieldId::CompanyName, "\u{301}Contoso"),
            FieldId::CompanyName
        ),
        vec![Code::CompanyNameCharacters {
            found: chars("\u{301}", 0)
        }]
    );
}

#[test]
fn f15_symbols_that_look_like_letters_or_digits_are_refused() {
    for (name, refused) in [
        ("ⒸⓄⓃⓉⓄⓈⓄ", "ⒸⓄⓃⓉⓈ"),
        ("Contoso ½", "½"),
        ("Contoso ²", "²"),
        ("Contoso Ⅻ", "Ⅻ"),
        ("Con\u{200B}toso", "\u{200B}"),
        ("Contoso\u{A0}NL", "\u{A0}"),
    ] {
        assert_eq!(
            blockers(&plan_with(FieldId::CompanyName, name), FieldId::CompanyName),
            vec![Code::CompanyNameCharacters {
                found: chars(refused, 0)
            }],
            "{name}"
        );
    }
}

#[test]
fn f15_invisible_characters_are_named_by_code_point() {
    let code = Code::CompanyNameCharacters {
        found: chars("\u{200B}\u{A0}&\u{F0000}", 0),
    };
    let en = finding_message(&code, Locale::En);
    assert!(en.contains("U+200B (zero width space)"), "{en}");
    assert!(en.contains("U+00A0 (no-break space)"), "{en}");
    assert!(en.contains("\u{201C}&\u{201D}"), "{en}");
    assert!(en.contains("U+F0000") && !en.contains('\u{F0000}'), "{en}");
    let nl = finding_message(&code, Locale::Nl);
    assert!(nl.contains("U+200B (spatie zonder breedte)"), "{nl}");
}

#[test]
fn f5_company_name_lists_at_most_ten_characters() {
    // Every code point U+F0000..U+FFFFD: 65,534 distinct private-use characters.
    let huge: String = (0xF0000u32..=0xFFFFD).filter_map(char::from_u32).collect();
    assert_eq!(huge.len(), 65_534 * 4);
    let (refused, warning) = checks::company_name(&huge);
    let Some(Code::CompanyNameCharacters { found }) = refused else {
        panic!("{refused:?}");
    };
    assert_eq!(warning, None);
    let first: Vec<char> = (0xF0000u32..0xF000A).filter_map(char::from_u32).collect();
    assert_eq!((found.shown, found.more), (first, 65_534 - 10));
    // Repeats count once, in the order they first appear.
    let (refused, _) = checks::company_name("a&b&c.d!e?f,g;h:i-j_k+l=m#n");
    let found = match refused {
        Some(Code::CompanyNameCharacters { found }) => found,
        other => panic!("{other:?}"),
    };
    assert_eq!(found, chars("&.!?,;:-_+", 2));
    let m = finding_message(&Code::CompanyNameCharacters { found }, Locale::En);
    assert!(m.ends_with("and 2 more"), "{m}");
    let m = finding_message(
        &Code::CompanyNameCharacters {
            found: chars("&", 1_234),
        },
        Locale::Nl,
    );
    assert!(m.ends_with("en nog 1.234 andere"), "{m}");
}

#[test]
fn q2_http_url_is_a_warning() {
    for id in [FieldId::PrivacyStatementUrl, FieldId::SupportWebsiteUrl] {
        assert_eq!(
            graded(&plan_with(id, "http://www.contoso.com/privacy"), id),
            vec![(
                Severity::Warning,
                Code::UrlNotHttps {
                    scheme: "http".into()
                }
            )]
        );
        assert_eq!(
            graded(&plan_with(id, "HTTP://www.contoso.com"), id),
            vec![(
                Severity::Warning,
                Code::UrlNotHttps {
                    scheme: "http".into()
                }
            )]
        );
        for other in ["ftp", "javascript", "file"] {
            assert_eq!(
                blockers(&plan_with(id, &format!("{other}://contoso.com")), id),
                vec![Code::UrlNotHttps {
                    scheme: other.into()
                }]
            );
        }
    }
    let warning = finding_message(
        &Code::UrlNotHttps {
            scheme: "http".into(),
        },
        Locale::En,
    );
    let blocker = finding_message(
        &Code::UrlNotHttps {
            scheme: "ftp".into(),
        },
        Locale::En,
    );
    assert_ne!(warning, blocker);
}

#[test]
fn q3_phone_allows_slash() {
    for ok in ["020/1234567", "+31 (0)20/123 45 67"] {
        assert_eq!(
            codes(&plan_with(FieldId::ItPhone, ok), FieldId::ItPhone),
            vec![],
            "{ok}"
        );
    }
    assert_eq!(
        graded(&plan_with(FieldId::ItPhone, "///"), FieldId::ItPhone),
        vec![(Severity::Warning, Code::PhoneFormat)],
        "still at least one digit (a warning)"
    );
    // The hint and the message do not state the tool's rule as Microsoft's.
    for l in [Locale::En, Locale::Nl] {
        let hint = Text::HintPhone.get(l);
        assert!(hint.contains("Microsoft"), "{hint}");
    }
}

#[test]
fn f11_ipv4_leading_zeros_refused() {
    for id in [FieldId::PrivacyStatementUrl, FieldId::SupportWebsiteUrl] {
        for bad in [
            "https://010.010.010.010/privacy",
            "https://10.01.2.3",
            "https://00.1.2.3",
            "https://10.1.2.03/",
        ] {
            assert_eq!(
                blockers(&plan_with(id, bad), id),
                vec![Code::UrlInvalid],
                "{bad}"
            );
        }
        for ok in [
            "https://10.0.2.3/privacy",
            "https://0.0.0.1",
            "https://100.200.250.255",
        ] {
            assert_eq!(blockers(&plan_with(id, ok), id), vec![], "{ok}");
        }
    }
}

#[test]
fn f12_bidi_and_invisible_characters_refused_in_urls() {
    let id = FieldId::PrivacyStatementUrl;
    for (url, c) in [
        ("https://contoso.com/\u{202E}fdp.exe", '\u{202E}'),
        ("https://contoso.com/a\u{200B}b", '\u{200B}'),
        ("https://contoso.com/?q=\u{2066}x", '\u{2066}'),
        ("https://contoso.com/#\u{FEFF}", '\u{FEFF}'),
        ("https://contoso.com/\u{AD}", '\u{AD}'),
        ("\u{200E}https://contoso.com", '\u{200E}'),
        ("https://contoso.com/\u{FFFF}", '\u{FFFF}'),
        ("https://contoso.com/\u{FDD0}", '\u{FDD0}'),
    ] {
        assert_eq!(
            blockers(&plan_with(id, url), id),
            vec![Code::UrlInvisibleCharacters {
                found: CharList {
                    shown: vec![c],
                    more: 0
                }
            }],
            "{url:?}"
        );
    }
    let m = finding_message(
        &Code::UrlInvisibleCharacters {
            found: chars("\u{202E}", 0),
        },
        Locale::En,
    );
    assert!(m.contains("U+202E (right-to-left override)"), "{m}");
    // Accented letters in the path stay allowed (browsers escape them).
    assert_eq!(
        blockers(&plan_with(id, "https://contoso.com/café"), id),
        vec![]
    );
}

#[test]
fn f13_hex_last_label_refused() {
    let id = FieldId::SupportWebsiteUrl;
    for bad in [
        "https://contoso.0x1",
        "https://contoso.0X1f/",
        "https://a.0x",
    ] {
        assert_eq!(
            blockers(&plan_with(id, bad), id),
            vec![Code::UrlInvalid],
            "{bad}"
        );
    }
    for ok in ["https://contoso.0xab-c.com", "https://0x1.contoso.com"] {
        assert_eq!(blockers(&plan_with(id, ok), id), vec![], "{ok}");
    }
    assert!(!checks::is_host_name("contoso.0x1"));
}

#[test]
fn f14_email_domain_ending_in_dot_refused() {
    assert_eq!(
        blockers(
            &plan_with(FieldId::ItEmail, "it@contoso.com."),
            FieldId::ItEmail
        ),
        vec![Code::EmailFormat]
    );
    assert_eq!(
        blockers(
            &plan_with(FieldId::ItEmail, "it@contoso.com"),
            FieldId::ItEmail
        ),
        vec![]
    );
}

#[test]
fn logo_limit_texts_come_from_the_constant() {
    let kb = (LOGO_MAX_BYTES / 1000).to_string();
    for l in [Locale::En, Locale::Nl] {
        let limits = messages::logo_limits(l);
        assert!(limits.contains(&format!("{kb} kB")), "{limits}");
        let m = finding_message(
            &Code::LogoTooLarge {
                bytes: 900_000,
                max: LOGO_MAX_BYTES,
            },
            l,
        );
        assert!(m.contains(&format!("({kb} kB)")), "{m}");
    }
    // A different maximum shows in the message: nothing is written twice.
    let m = finding_message(
        &Code::LogoTooLarge {
            bytes: 900_000,
            max: 500_000,
        },
        Locale::En,
    );
    assert!(m.contains("500,000 bytes (500 kB)"), "{m}");
}

#[test]
fn m6_s4_01_says_who_can_change_the_settings_and_that_the_links_are_fixed() {
    // Seed l.75: only a tenant or service administrator configures the
    // Company Portal; seed l.112: the links at the bottom of the page show the
    // Company Portal website and cannot be changed (review 2, M6).
    let en = enrollready::i18n::item_label("S4-01", Locale::En).unwrap();
    let nl = enrollready::i18n::item_label("S4-01", Locale::Nl).unwrap();
    for part in [
        "tenant or service administrator",
        "bottom",
        "can't be changed",
    ] {
        assert!(en.contains(part), "{part}: {en}");
    }
    for part in [
        "tenant- of servicebeheerder",
        "onder aan Beheer > Bedrijfsportal",
        "kunnen niet worden gewijzigd",
    ] {
        assert!(nl.contains(part), "{part}: {nl}");
    }
}
