//! Helpers shared by the native test crates.
#![allow(dead_code)]

use std::path::PathBuf;

use enrollready::domain::{ruleset, Analysis, Ctx, Date, Plan};

/// The day the tests analyse on: the Dutch source was localised on 2017-10-10.
pub fn ctx() -> Ctx {
    Ctx {
        today: Date::new(2017, 10, 10).unwrap(),
        ruleset: &ruleset::CLASSIC_2017,
    }
}

/// The analysis of a plan on [`ctx`]'s day with the source's ruleset.
pub fn analyze(plan: &Plan) -> Analysis {
    enrollready::domain::analyze(plan, &ctx())
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/images")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A real, valid PNG of exactly `total` bytes: `png` with a tEXt chunk (correct
/// CRC) inserted before IEND to reach the size.
pub fn png_padded_to(png: &[u8], total: usize) -> Vec<u8> {
    let iend_at = png.len() - 12;
    let overhead = 12 + b"Comment\0".len();
    assert!(total >= png.len() + overhead, "too small to pad");
    let mut data = b"Comment\0".to_vec();
    data.resize(total - png.len() - 12, b'x');
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    let mut typed = b"tEXt".to_vec();
    typed.extend_from_slice(&data);
    chunk.extend_from_slice(&typed);
    chunk.extend_from_slice(&crc32(&typed).to_be_bytes());
    let mut out = png[..iend_at].to_vec();
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[iend_at..]);
    assert_eq!(out.len(), total);
    out
}

pub mod images;
