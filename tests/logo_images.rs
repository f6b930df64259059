//! Logos are judged by their structure (issue 8, review F6–F10, F16): the PNG
//! chunk list and the JPEG marker segments are walked, broken and disguised
//! files are refused, trailing bytes are a warning, the preview shows only
//! logos within the limits, and logo content in a plan file is read leniently
//! or kept unchanged. The broken files come from `common::images`.

mod common;

use std::sync::Arc;

use common::analyze;
use common::images::*;
use enrollready::domain::company_portal::LOGO_MAX_BYTES;
use enrollready::domain::image::{decode_base64_lenient, inspect};
use enrollready::domain::{
    Action, Code, FieldId, FieldPath, Finding, ImageKind, Logo, LogoSlot, Plan, Severity,
};
use enrollready::format;
use enrollready::i18n::{finding_message, Locale};

/// The step-4 findings of a plan whose white-background logo is `logo`.
fn findings_of(logo: Logo) -> Vec<Finding> {
    let mut plan = Plan::default();
    plan.apply(Action::SetText(FieldId::CompanyName, "Contoso".into()));
    plan.apply(Action::SetIncludeLogo(true));
    plan.apply(Action::SetAppBackground(
        enrollready::domain::AppBackground::White,
    ));
    plan.apply(Action::SetLogo(LogoSlot::WhiteBackground, Some(logo)));
    analyze(&plan)
        .for_path(FieldPath::Portal(FieldId::LogoWhiteBackground))
        .cloned()
        .collect()
}

fn codes_of(bytes: &[u8]) -> Vec<(Severity, Code)> {
    findings_of(Logo::from_bytes("logo", bytes))
        .into_iter()
        .map(|f| (f.severity, f.code))
        .collect()
}

fn damaged() -> Vec<(Severity, Code)> {
    vec![(Severity::Blocker, Code::LogoTruncated)]
}

#[test]
fn real_images_are_complete_without_trailing_bytes() {
    for (name, bytes) in valid_fixtures() {
        let info = inspect(&bytes);
        assert!(info.complete, "{name}: {info:?}");
        assert_eq!(info.trailing_bytes, 0, "{name}");
        assert!(
            info.width.unwrap() >= 1 && info.height.unwrap() >= 1,
            "{name}"
        );
    }
}

#[test]
fn f7_header_only_png_is_invalid() {
    let b = header_only_png(400, 100);
    let info = inspect(&b);
    assert_eq!(
        (info.kind, info.width, info.height, info.complete),
        (ImageKind::Png, Some(400), Some(100), false)
    );
    assert_eq!(codes_of(&b), damaged());
}

#[test]
fn f7_zero_by_zero_png_is_invalid() {
    for (w, h) in [(0, 0), (0, 100), (400, 0)] {
        assert!(!inspect(&header_only_png(w, h)).complete, "{w}×{h}");
        let b = png_with_size(w, h);
        assert!(!inspect(&b).complete, "{w}×{h} with image data");
        assert_eq!(codes_of(&b), damaged(), "{w}×{h}");
    }
    assert!(inspect(&png_with_size(1, 1)).complete, "1×1 is a size");
}

#[test]
fn f7_polyglots_are_invalid() {
    assert_eq!(inspect(&polyglot_magic_only()).kind, ImageKind::Other);
    assert_eq!(
        codes_of(&polyglot_magic_only()),
        vec![(Severity::Blocker, Code::LogoNotImage)]
    );
    assert!(!inspect(&polyglot_full_signature()).complete);
    assert_eq!(codes_of(&polyglot_full_signature()), damaged());
}

#[test]
fn f7_png_chunk_order_idat_and_ihdr_crc_are_checked() {
    for (what, b) in [
        ("IHDR not first", png_ihdr_not_first()),
        ("no IDAT", png_without_idat()),
        ("bad IHDR CRC", png_bad_ihdr_crc()),
    ] {
        assert!(!inspect(&b).complete, "{what}");
        assert_eq!(codes_of(&b), damaged(), "{what}");
    }
}

#[test]
fn f7_jpeg_needs_frame_scan_and_eoi() {
    for (what, b) in [
        ("frame only", jpeg_frame_only()),
        ("no scan", jpeg_without_scan()),
        ("no EOI", jpeg_without_eoi()),
        ("0×0", jpeg_with_size(0, 0)),
        ("width 0", jpeg_with_size(0, 100)),
    ] {
        let info = inspect(&b);
        assert_eq!(info.kind, ImageKind::Jpeg, "{what}");
        assert!(!info.complete, "{what}");
        assert_eq!(codes_of(&b), damaged(), "{what}");
    }
    // The frame header's dimensions are read even when the rest is missing.
    let info = inspect(&jpeg_frame_only());
    assert_eq!((info.width, info.height), (Some(400), Some(100)));
}

#[test]
fn f8_jpeg_fill_bytes_are_allowed() {
    for n in [1, 2, 7] {
        let b = jpeg_with_fill_bytes(n);
        let info = inspect(&b);
        assert!(info.complete, "{n} fill bytes");
        assert_eq!((info.width, info.height), (Some(400), Some(100)));
        assert_eq!(codes_of(&b), vec![], "{n} fill bytes");
    }
}

#[test]
fn f8_trailing_bytes_are_a_warning_not_damage() {
    for (what, base) in [("png", png()), ("jpeg", jpeg())] {
        let b = with_trailing(&base, 16);
        let info = inspect(&b);
        assert!(info.complete, "{what}");
        assert_eq!(info.trailing_bytes, 16, "{what}");
        assert_eq!(
            codes_of(&b),
            vec![(Severity::Warning, Code::LogoTrailingData { bytes: 16 })],
            "{what}"
        );
        let logo = Logo::from_bytes("t", &b);
        assert!(
            logo.displayable(),
            "{what}: a warning does not hide the preview"
        );
    }
    let m = finding_message(&Code::LogoTrailingData { bytes: 1_234 }, Locale::En);
    assert!(m.contains("1,234"), "{m}");
}

#[test]
fn f6_from_header_reads_kind_and_size_from_the_first_bytes() {
    let big = common::png_padded_to(&png(), 2_000_000);
    let header = &big[..Logo::HEADER_BYTES];
    let logo = Logo::from_header("big.png", header, big.len() as u64);
    assert_eq!(
        (logo.kind, logo.width, logo.height, logo.byte_size),
        (ImageKind::Png, Some(400), Some(100), 2_000_000)
    );
    assert!(logo.content_base64.is_empty() && !logo.complete && !logo.displayable());
    assert_eq!(
        findings_of(logo)
            .into_iter()
            .map(|f| f.code)
            .collect::<Vec<_>>(),
        vec![Code::LogoTooLarge {
            bytes: 2_000_000,
            max: LOGO_MAX_BYTES
        }],
        "the message names the file's byte size, nothing else is wrong"
    );
    let j = jpeg();
    let logo = Logo::from_header("big.jpg", &j[..700], 5_000_000);
    assert_eq!(
        (logo.kind, logo.width, logo.height),
        (ImageKind::Jpeg, Some(400), Some(100))
    );
    let logo = Logo::from_header("big.gif", b"GIF89a....", 900_000);
    assert_eq!((logo.kind, logo.width), (ImageKind::Other, None));
}

#[test]
fn f9_preview_shows_only_logos_within_the_limits() {
    let mut plan = Plan::default();
    plan.apply(Action::SetIncludeLogo(true));
    for (what, bytes) in [
        ("401×100", common::fixture("logo-401x100.png")),
        ("800×200", common::fixture("logo-800x200.jpg")),
        ("30000×30000", png_with_size(30_000, 30_000)),
        ("cut", common::fixture("truncated.png")),
        ("header only", header_only_png(400, 100)),
        ("not an image", common::fixture("not-a-png.png")),
    ] {
        let logo = Logo::from_bytes(what, &bytes);
        assert!(!logo.displayable(), "{what}");
        assert_eq!(logo.data_url(), None, "{what}");
        plan.apply(Action::SetLogo(LogoSlot::ThemeBackground, Some(logo)));
        assert_eq!(plan.company_portal.preview().logo, None, "{what}");
    }
    let ok = Logo::from_bytes("ok.png", &png());
    assert!(ok.displayable());
    assert!(ok
        .data_url()
        .is_some_and(|u| u.starts_with("data:image/png;base64,iVBOR")));
}

#[test]
fn f16_the_data_url_is_built_once_per_logo() {
    let logo = Logo::from_bytes("ok.png", &png());
    let mut plan = Plan::default();
    plan.apply(Action::SetIncludeLogo(true));
    // The preview's header is in the theme colour: it shows that logo.
    plan.apply(Action::SetLogo(LogoSlot::ThemeBackground, Some(logo)));
    let stored = plan.company_portal.logo(LogoSlot::ThemeBackground).unwrap();
    let first = stored.data_url_shared().unwrap();
    // Typing elsewhere does not rebuild it: the preview hands out the same one.
    plan.apply(Action::SetText(FieldId::CompanyName, "Contoso B".into()));
    let again = plan
        .company_portal
        .preview()
        .logo
        .unwrap()
        .data_url_shared();
    assert!(Arc::ptr_eq(&first, &again.unwrap()));
    let cloned = plan.clone();
    let from_clone = cloned
        .company_portal
        .logo(LogoSlot::ThemeBackground)
        .unwrap()
        .data_url_shared()
        .unwrap();
    assert!(Arc::ptr_eq(&first, &from_clone), "a clone shares it");
}

/// The content of a logo in a plan file, as the JSON text of a plan.
fn plan_with_content(content: &str) -> String {
    serde_json::json!({
        "format": "enrollready-plan", "schema_version": 1,
        "plan": { "company_portal": { "company_name": "Contoso", "include_logo": true,
            "logo_white_background": { "file_name": "logo.png", "media_type": "image/png",
                "width": 400, "height": 100, "byte_size": 957, "content_base64": content } } }
    })
    .to_string()
}

fn read_logo(content: &str) -> Logo {
    format::from_json(&plan_with_content(content))
        .expect("the plan reads")
        .plan
        .company_portal
        .logo_white_background
        .expect("a logo")
}

#[test]
fn f10_wrapped_unpadded_url_safe_and_data_url_content_is_read() {
    use base64::Engine as _;
    let bytes = png();
    let canonical = base64::engine::general_purpose::STANDARD.encode(&bytes);
    let wrapped = canonical
        .as_bytes()
        .chunks(76)
        .map(|l| std::str::from_utf8(l).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n");
    let unpadded = base64::engine::general_purpose::STANDARD_NO_PAD.encode(&bytes);
    let url_safe = base64::engine::general_purpose::URL_SAFE.encode(&bytes);
    assert_ne!(url_safe, canonical, "the fixture has + or / in its base64");
    let data_url = format!("data:image/png;base64,{canonical}");
    for (what, text) in [
        ("canonical", canonical.clone()),
        ("wrapped at 76 with CRLF", wrapped),
        ("unpadded", unpadded),
        ("URL-safe", url_safe),
        ("data: URL", data_url),
    ] {
        assert_eq!(
            decode_base64_lenient(&text).as_deref(),
            Some(&bytes[..]),
            "{what}"
        );
        let logo = read_logo(&text);
        assert_eq!(
            (
                logo.kind,
                logo.width,
                logo.complete,
                logo.content_not_base64
            ),
            (ImageKind::Png, Some(400), true, false),
            "{what}"
        );
        assert_eq!(
            &*logo.content_base64, canonical,
            "{what}: stored canonically"
        );
        assert_eq!(findings_of(logo), vec![], "{what}");
    }
}

#[test]
fn f10_content_that_is_not_base64_is_refused_and_never_encoded_again() {
    for text in [
        "not base64 at all!",
        "data:image/svg+xml,<svg/>",
        "iVBOR*w0K",
    ] {
        let logo = read_logo(text);
        assert!(logo.content_not_base64, "{text}");
        assert_eq!(&*logo.content_base64, text, "kept as it was");
        assert!(!logo.displayable());
        assert_eq!(
            findings_of(logo.clone())
                .into_iter()
                .map(|f| (f.severity, f.code))
                .collect::<Vec<_>>(),
            vec![(Severity::Blocker, Code::LogoContentNotBase64)],
            "{text}"
        );
        // Saved and read again: still the same text, not base64 of it.
        let mut plan = Plan::default();
        plan.apply(Action::SetLogo(LogoSlot::WhiteBackground, Some(logo)));
        let saved =
            format::to_json(&plan, &format::FileMeta::default(), "2017-10-10T00:00:00Z").unwrap();
        let back = format::from_json(&saved).unwrap().plan;
        let again = back.company_portal.logo_white_background.unwrap();
        assert_eq!(&*again.content_base64, text, "{text}");
    }
}

#[cfg(feature = "arbitrary")]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn real() -> impl Strategy<Value = Vec<u8>> {
        prop::sample::select(
            valid_fixtures()
                .into_iter()
                .map(|(_, b)| b)
                .collect::<Vec<_>>(),
        )
    }

    /// A real image with bytes flipped, cut, inserted or removed.
    fn mutated() -> impl Strategy<Value = Vec<u8>> {
        let edit = (any::<prop::sample::Index>(), any::<u8>(), 0u8..4);
        (real(), prop::collection::vec(edit, 1..8)).prop_map(|(mut b, edits)| {
            for (at, byte, op) in edits {
                if b.is_empty() {
                    break;
                }
                let i = at.index(b.len());
                match op {
                    0 => b[i] = byte,
                    1 => b.truncate(i),
                    2 => b.insert(i, byte),
                    _ => {
                        b.remove(i);
                    }
                }
            }
            b
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

        #[test]
        fn inspecting_mutated_real_images_never_panics(b in mutated()) {
            let info = inspect(&b);
            if info.complete {
                prop_assert!(info.width.is_some_and(|w| w >= 1));
                prop_assert!(info.height.is_some_and(|h| h >= 1));
                prop_assert!(info.kind != ImageKind::Other);
            }
            let logo = Logo::from_bytes("m", &b);
            let _ = findings_of(logo);
            let _ = Logo::from_header("m", &b, 2_000_000);
        }

        #[test]
        fn header_only_and_empty_images_are_never_valid(w in any::<u32>(), h in any::<u32>()) {
            prop_assert!(!inspect(&header_only_png(w, h)).complete);
            prop_assert!(!inspect(&png_with_size(0, h)).complete);
            prop_assert!(!inspect(&png_with_size(w, 0)).complete);
        }

        #[test]
        fn lenient_base64_never_panics(s in ".{0,200}") {
            let _ = decode_base64_lenient(&s);
        }
    }
}

/// The JPEG walker skips restart markers and stuffed zeros in a scan's
/// entropy-coded data and stops at a 0xFF that ends the file.
#[test]
fn jpeg_restart_markers_and_stuffed_zeros_in_the_scan_are_skipped() {
    let base = jpeg();
    let sos = base.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
    let len = usize::from(u16::from_be_bytes([base[sos + 2], base[sos + 3]]));
    let data = sos + 2 + len;
    for insert in [
        &[0xFF, 0xD0][..],
        &[0xFF, 0xD7, 0x12, 0xFF, 0x00, 0xFF, 0xD3],
    ] {
        let mut b = base.clone();
        b.splice(data..data, insert.iter().copied());
        let info = inspect(&b);
        assert!(info.complete, "{insert:?}");
        assert_eq!(info.trailing_bytes, 0, "{insert:?}");
    }
    // Cut right after a 0xFF inside the scan: no end marker.
    let cut = &base[..data + 1 + base[data..].iter().position(|&x| x == 0xFF).unwrap()];
    assert!(!inspect(cut).complete);
}
