//! Property tests: reading a file never panics, whatever its bytes, nor on the
//! golden fixtures with bytes flipped, cut or duplicated. Needs the
//! `arbitrary` feature (proptest):
//! `cargo test --no-default-features --features arbitrary --test format_fuzz`.
#![cfg(feature = "arbitrary")]

use std::path::PathBuf;

use enrollready::format::{self, Envelope, ImportError};
use enrollready::i18n::{messages::import_error, Locale};
use proptest::prelude::*;
use proptest::sample::Index;

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name().into_string().ok()?;
            name.ends_with(".json")
                .then(|| (name, std::fs::read(e.path()).unwrap()))
        })
        .collect();
    all.sort();
    assert!(all.len() >= 10);
    all
}

/// Reads the bytes both ways (as a picked file and as restored text) and
/// checks what comes out: an error has a message in both languages; a plan
/// can be written again, and what is written reads back the same.
fn read_everything(bytes: &[u8]) -> Result<(), TestCaseError> {
    let picked = format::import(bytes);
    let restored = format::from_json(&String::from_utf8_lossy(bytes));
    for result in [&picked, &restored] {
        match result {
            Err(e) => check_message(e)?,
            Ok(env) => check_written_back(env)?,
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // (A zero byte beside a non-zero one at the start reads as UTF-16.)
        let utf16_like = matches!(bytes, [a, b, ..] if (*a == 0) != (*b == 0));
        if !text.starts_with('\u{FEFF}') && !utf16_like {
            // Plain UTF-8: the two paths agree (the size limit aside).
            if !matches!(picked, Err(ImportError::TooLarge { .. })) {
                prop_assert_eq!(&picked, &restored);
            }
        }
    }
    Ok(())
}

fn check_message(e: &ImportError) -> Result<(), TestCaseError> {
    for l in Locale::ALL {
        prop_assert!(!import_error(e, l).is_empty());
    }
    Ok(())
}

fn check_written_back(env: &Envelope) -> Result<(), TestCaseError> {
    let text = format::to_json(&env.plan, &env.meta(), "2026-11-26T12:00:00Z");
    prop_assert!(text.is_ok(), "{:?}", text.err());
    let back = format::from_json(&text.unwrap());
    prop_assert!(back.is_ok(), "{:?}", back.err());
    Ok(())
}

#[derive(Clone, Debug)]
enum Mutation {
    /// XOR one byte with a non-zero mask.
    Flip(Index, u8),
    /// Keep only the bytes before a position.
    Cut(Index),
    /// Insert a copy of a range of bytes right after it.
    Duplicate(Index, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 1..=255u8).prop_map(|(i, m)| Mutation::Flip(i, m)),
        any::<Index>().prop_map(Mutation::Cut),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    match m {
        Mutation::Flip(i, mask) => {
            let i = i.index(bytes.len());
            bytes[i] ^= mask;
        }
        Mutation::Cut(i) => bytes.truncate(i.index(bytes.len())),
        Mutation::Duplicate(a, b) => {
            let (a, b) = (a.index(bytes.len()), b.index(bytes.len()));
            let (start, end) = (a.min(b), a.max(b) + 1);
            let copy = bytes[start..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn reading_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        read_everything(&bytes)?;
    }

    /// Text made of JSON's own characters reaches deeper into the reader.
    #[test]
    fn reading_never_panics_on_json_like_text(
        text in r#"[{}\[\]":,0-9a-z_. \n\-eE\\\u{FEFF}é中]{0,300}"#,
    ) {
        read_everything(text.as_bytes())?;
        let wrapped = format!(r#"{{"format":"enrollready-plan","schema_version":1,"plan":{text}}}"#);
        read_everything(wrapped.as_bytes())?;
    }

    #[test]
    fn reading_never_panics_on_golden_fixtures_with_bytes_flipped_cut_or_duplicated(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let all = fixtures();
        let (_, original) = &all[which.index(all.len())];
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        read_everything(&bytes)?;
    }
}

/// Every fixture cut at every position, and every byte of the small ones
/// flipped: never a panic.
#[test]
fn every_cut_of_every_golden_fixture_is_read_without_panic() {
    for (name, bytes) in fixtures() {
        // The big fixtures (logos) in steps, the small ones at every byte.
        let step = if bytes.len() > 2_000 { 13 } else { 1 };
        for end in (0..bytes.len()).step_by(step) {
            let cut = &bytes[..end];
            let r = format::import(cut);
            assert!(
                r.is_err() || end + 1 >= bytes.len() - 1,
                "{name} cut at {end}"
            );
        }
        if bytes.len() <= 2_000 {
            for i in 0..bytes.len() {
                let mut flipped = bytes.clone();
                flipped[i] ^= 0x20;
                let _ = format::import(&flipped);
            }
        }
    }
}
