//! Property tests: for any plan, what the writer writes the reader reads back
//! the same, unknown members included. Needs the `arbitrary` feature (random
//! plans): `cargo test --no-default-features --features arbitrary --test roundtrip`.
#![cfg(feature = "arbitrary")]

use enrollready::domain::company_portal::FIELDS;
use enrollready::domain::{extra, Action, Plan};
use enrollready::format::{self, FileMeta, MAX_IMPORT_BYTES};
use proptest::prelude::*;

/// What a file carries besides the plan: the source's ruleset and random
/// unknown members on the envelope and on its generator.
fn any_meta() -> impl Strategy<Value = FileMeta> {
    (extra::arbitrary(), extra::arbitrary()).prop_map(|(extra, generator_extra)| FileMeta {
        extra,
        generator_extra,
        ..FileMeta::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Random plans carry random unknown members at every level (the `extra`
    /// fields' strategy), so this also covers keeping them.
    #[test]
    fn export_then_import_gives_the_same_plan(plan in any::<Plan>(), meta in any_meta()) {
        for text in [
            format::to_json(&plan, &meta, "2026-11-26T12:00:00Z").unwrap(),
            format::to_json_pretty(&plan, &meta, "2026-11-26T12:00:00Z").unwrap(),
        ] {
            let back = format::from_json(&text);
            prop_assert!(back.is_ok(), "{:?}", back.err());
            let back = back.unwrap();
            prop_assert_eq!(back.meta(), meta.clone());
            prop_assert_eq!(back.plan, plan.clone());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// F3: unknown members at every level survive load, edit, save.
    #[test]
    fn f3_unknown_members_survive_load_edit_save(
        plan in any::<Plan>(),
        meta in any_meta(),
        name in ".{0,40}",
        id in proptest::sample::select(FIELDS.iter().map(|f| f.id).collect::<Vec<_>>()),
    ) {
        let stored = format::to_json(&plan, &meta, "2026-11-26T12:00:00Z").unwrap();
        // Load.
        let env = format::from_json(&stored).unwrap();
        // Edit, as the page does.
        let mut edited = env.plan.clone();
        edited.apply(Action::SetText(id, name));
        // Save with what the file carried, and load again.
        let saved = format::to_json(&edited, &env.meta(), "2026-11-27T08:00:00Z").unwrap();
        let again = format::from_json(&saved).unwrap();
        prop_assert_eq!(again.meta(), meta);
        prop_assert_eq!(&again.plan, &edited);
        // Every level's unknown members are those of the original.
        prop_assert_eq!(&again.plan.extra, &plan.extra);
        prop_assert_eq!(&again.plan.company_portal.extra, &plan.company_portal.extra);
        prop_assert_eq!(&again.plan.checklist, &plan.checklist);
        prop_assert_eq!(&again.plan.enrollment, &plan.enrollment);
    }
}

proptest! {
    // Each case writes and reads more than 5 MiB: a few cases keep it quick.
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// F2: whatever autosave writes, restore reads back, also plans with more
    /// than 5 MiB of non-ASCII text (the limit is for picked files only).
    #[test]
    fn f2_plans_over_5_mib_of_non_ascii_text_read_back(
        mut plan in any::<Plan>(),
        seed in "[\u{80}-\u{10FFFF}]{1,6}",
        field in 0..4usize,
    ) {
        let big = seed.repeat(MAX_IMPORT_BYTES as usize / seed.len() + 1);
        prop_assert!(big.len() as u64 > MAX_IMPORT_BYTES && !big.is_ascii());
        match field {
            0 => plan.company_portal.additional_info = big,
            1 => plan.recovery.tenant_id = big,
            2 => plan.checklist.entry("S1-01".into()).or_default().note = big,
            _ => plan.groups.groups.push(enrollready::domain::groups::Group {
                name: big,
                ..Default::default()
            }),
        }
        let meta = FileMeta::default();
        let text = format::to_json(&plan, &meta, "2026-11-26T12:00:00Z").unwrap();
        prop_assert!(text.len() as u64 > MAX_IMPORT_BYTES);
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
