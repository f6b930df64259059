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
