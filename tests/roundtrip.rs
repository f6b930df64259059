//! Property test: for any plan, export then import gives back the same plan.
//! Needs the `arbitrary` feature (random plans):
//! `cargo test --no-default-features --features arbitrary --test roundtrip`.
#![cfg(feature = "arbitrary")]

use enrollready::domain::Plan;
use enrollready::format;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_the_same_plan(plan in any::<Plan>()) {
        let text = format::to_json(&plan, "2026-11-26T12:00:00Z");
        let back = format::from_json(&text);
        prop_assert!(back.is_ok(), "{:?}", back.err());
        prop_assert_eq!(back.unwrap().plan, plan);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Analysis never fails: any plan, any day, and readiness stays consistent.
    #[test]
    fn analysis_never_fails(plan in any::<Plan>(), day in -20_000i64..40_000) {
        use enrollready::domain::{analyze, ruleset, Ctx, Date};
        let ctx = Ctx { today: Date::from_days_since_epoch(day), ruleset: &ruleset::CLASSIC_2017 };
        let a = analyze(&plan, &ctx);
        for step in &a.readiness.steps {
            prop_assert!(step.done <= step.applicable);
            prop_assert!(step.percent() <= 100);
        }
        // Every finding has a message in both languages.
        for f in &a.findings {
            for l in enrollready::i18n::Locale::ALL {
                prop_assert!(!enrollready::i18n::finding_message(&f.code, l).is_empty());
            }
        }
    }
}
