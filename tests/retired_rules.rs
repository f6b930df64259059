//! What Microsoft retired since the 2017 source, shown with the day it ended
//! (issue 13: "every step, platform and path that Microsoft later retired
//! carries a visible, translated note with the date it ended"). One test per
//! fact, named after its fact sheet row.

use enrollready::domain::enrollment::Platform;
use enrollready::domain::retired::{self, Retiree, Where};
use enrollready::domain::ruleset::CLASSIC_2017;
use enrollready::domain::{Date, StepId};
use enrollready::i18n::{retired::note, Locale};

fn ended(what: Retiree) -> Date {
    CLASSIC_2017
        .retired
        .retired
        .iter()
        .find(|r| r.what == what)
        .and_then(|r| r.ended())
        .unwrap_or_else(|| panic!("{what:?} has no readable date"))
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

#[test]
fn domain_7_4_and_11_the_classic_console_ended_on_15_october_2020() {
    assert_eq!(ended(Retiree::ClassicConsole), day(2020, 10, 15));
}

#[test]
fn domain_3_3_hybrid_mdm_was_retired_on_1_september_2019() {
    assert_eq!(ended(Retiree::HybridMdm), day(2019, 9, 1));
    // The same day as step 2's own rule (one fact, two uses must agree).
    assert_eq!(
        CLASSIC_2017.mdm_authority.hybrid_mdm_retired(),
        Some(ended(Retiree::HybridMdm))
    );
}

#[test]
fn domain_7_4_pc_client_support_ended_on_15_october_2020() {
    assert_eq!(ended(Retiree::PcClient), day(2020, 10, 15));
}

#[test]
fn domain_7_3_windows_10_mobile_ended_on_10_december_2019() {
    assert_eq!(ended(Retiree::Windows10Mobile), day(2019, 12, 10));
}

#[test]
fn domain_7_3_intune_ended_windows_8_1_on_22_october_2022() {
    assert_eq!(ended(Retiree::Windows81), day(2022, 10, 22));
}

#[test]
fn domain_7_2_device_administrator_ended_for_gms_devices_on_31_december_2024() {
    assert_eq!(ended(Retiree::AndroidDeviceAdmin), day(2024, 12, 31));
}

#[test]
fn every_retirement_names_its_source_and_shows_somewhere() {
    for r in CLASSIC_2017.retired.retired {
        assert!(r.source.contains("DOMAIN"), "{r:?}");
        match r.shown {
            Where::Steps(steps) => assert!(!steps.is_empty(), "{r:?}"),
            Where::Platform(_) => {}
        }
    }
}

#[test]
fn notes_show_once_their_day_has_passed() {
    let rules = CLASSIC_2017.retired;
    let today = day(2026, 12, 4);
    // Step 2: the console and hybrid MDM; step 5 (licenses): nothing.
    let whats = |step| {
        retired::for_step(rules, step, today)
            .into_iter()
            .map(|r| r.what)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        whats(StepId::MdmAuthority),
        [Retiree::ClassicConsole, Retiree::HybridMdm]
    );
    assert_eq!(whats(StepId::Licenses), []);
    for (platform, what) in [
        (Platform::WindowsPc, Retiree::PcClient),
        (Platform::WindowsPhone, Retiree::Windows10Mobile),
        (Platform::WindowsMdm, Retiree::Windows81),
        (Platform::Android, Retiree::AndroidDeviceAdmin),
    ] {
        let found = retired::for_platform(rules, platform, today);
        assert_eq!(found.len(), 1, "{platform:?}");
        assert_eq!(found[0].what, what);
    }
    assert!(retired::for_platform(rules, Platform::IosMac, today).is_empty());
    // On the source's own day nothing had ended yet; the day itself counts.
    assert!(retired::for_step(rules, StepId::MdmAuthority, day(2017, 10, 10)).is_empty());
    assert_eq!(
        retired::for_platform(rules, Platform::Android, day(2024, 12, 31)).len(),
        1
    );
    assert!(retired::for_platform(rules, Platform::Android, day(2024, 12, 30)).is_empty());
}

#[test]
fn every_note_has_its_date_in_both_languages() {
    for r in CLASSIC_2017.retired.retired {
        let en = note(r, Locale::En).unwrap();
        let nl = note(r, Locale::Nl).unwrap();
        let d = r.ended().unwrap();
        let (en_date, nl_date) = (
            enrollready::i18n::authority::long_date(d, Locale::En),
            enrollready::i18n::authority::long_date(d, Locale::Nl),
        );
        assert!(
            en.starts_with("Historical:") && en.contains(&en_date),
            "{en}"
        );
        assert!(
            nl.starts_with("Historisch:") && nl.contains(&nl_date),
            "{nl}"
        );
        assert_ne!(en, nl);
    }
    let console = CLASSIC_2017.retired.retired[0];
    assert!(note(&console, Locale::En)
        .unwrap()
        .contains("15 October 2020"));
    assert!(note(&console, Locale::Nl)
        .unwrap()
        .contains("15 oktober 2020"));
}
