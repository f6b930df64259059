//! Builders of broken and disguised images, PngSuite-style, from the real
//! files in `tests/fixtures/images` or from scratch: header-only files, 0×0
//! images, polyglots, chunks out of order, missing parts, trailing bytes, JPEG
//! fill bytes. Every PNG chunk they write has a correct CRC, so only the named
//! defect is wrong.

use super::{crc32, fixture};

/// The 8-byte PNG signature.
pub const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// A real 400×100 PNG and JPEG.
pub fn png() -> Vec<u8> {
    fixture("logo-400x100.png")
}
pub fn jpeg() -> Vec<u8> {
    fixture("logo-400x100.jpg")
}

/// Every fixture that is a real, valid image.
pub fn valid_fixtures() -> Vec<(&'static str, Vec<u8>)> {
    [
        "logo-120x40.png",
        "logo-400x100.png",
        "logo-400x101.png",
        "logo-401x100.png",
        "logo-400x100.jpg",
        "logo-800x200.jpg",
    ]
    .into_iter()
    .map(|n| (n, fixture(n)))
    .collect()
}

/// One PNG chunk: length, type, data, CRC over type and data.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut typed = kind.to_vec();
    typed.extend_from_slice(data);
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(&typed);
    out.extend_from_slice(&crc32(&typed).to_be_bytes());
    out
}

/// An IHDR chunk: 8-bit RGBA.
pub fn ihdr(width: u32, height: u32) -> Vec<u8> {
    let mut data = width.to_be_bytes().to_vec();
    data.extend_from_slice(&height.to_be_bytes());
    data.extend_from_slice(&[8, 6, 0, 0, 0]);
    png_chunk(b"IHDR", &data)
}

/// The chunks of a PNG: (type, whole chunk bytes).
pub fn png_chunks(png: &[u8]) -> Vec<([u8; 4], Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 8;
    while at + 12 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = png[at + 4..at + 8].try_into().unwrap();
        out.push((kind, png[at..at + 12 + len].to_vec()));
        at += 12 + len;
    }
    out
}

/// A PNG from a signature and chunks.
pub fn png_from(chunks: impl IntoIterator<Item = Vec<u8>>) -> Vec<u8> {
    let mut out = PNG_SIGNATURE.to_vec();
    for c in chunks {
        out.extend_from_slice(&c);
    }
    out
}

/// Signature, IHDR and IEND: a header and an end, no image data.
pub fn header_only_png(width: u32, height: u32) -> Vec<u8> {
    png_from([ihdr(width, height), png_chunk(b"IEND", &[])])
}

/// The real PNG with other dimensions in IHDR (CRC correct).
pub fn png_with_size(width: u32, height: u32) -> Vec<u8> {
    let chunks = png_chunks(&png());
    png_from(chunks.into_iter().map(|(k, c)| {
        if &k == b"IHDR" {
            let mut data = c[8..21].to_vec();
            data[..4].copy_from_slice(&width.to_be_bytes());
            data[4..8].copy_from_slice(&height.to_be_bytes());
            png_chunk(b"IHDR", &data)
        } else {
            c
        }
    }))
}

/// The real PNG without any IDAT chunk.
pub fn png_without_idat() -> Vec<u8> {
    png_from(
        png_chunks(&png())
            .into_iter()
            .filter(|(k, _)| k != b"IDAT")
            .map(|(_, c)| c),
    )
}

/// The real PNG with a tEXt chunk before IHDR.
pub fn png_ihdr_not_first() -> Vec<u8> {
    let text = png_chunk(b"tEXt", b"Comment\0first");
    png_from(std::iter::once(text).chain(png_chunks(&png()).into_iter().map(|(_, c)| c)))
}

/// The real PNG with a wrong CRC on IHDR.
pub fn png_bad_ihdr_crc() -> Vec<u8> {
    let mut b = png();
    b[29] ^= 0xFF; // the last CRC byte of IHDR (8 + 4 + 4 + 13 = 29)
    b
}

/// The review's polyglot: the 4-byte PNG magic, then markup, dimensions where
/// a naive reader looks for them, and the IEND trailer at the end.
pub fn polyglot_magic_only() -> Vec<u8> {
    let mut b = b"\x89PNG<svg onload=".to_vec();
    b.extend_from_slice(&400u32.to_be_bytes());
    b.extend_from_slice(&100u32.to_be_bytes());
    b.extend_from_slice(b" alert(1)></svg><html>hello</html>");
    b.extend_from_slice(&png_chunk(b"IEND", &[]));
    b
}

/// A full signature and IHDR, then markup instead of chunks, then IEND.
pub fn polyglot_full_signature() -> Vec<u8> {
    let mut b = png_from([ihdr(400, 100)]);
    b.extend_from_slice(b"<svg onload=alert(1)></svg>");
    b.extend_from_slice(&png_chunk(b"IEND", &[]));
    b
}

/// `bytes` followed by `n` extra bytes.
pub fn with_trailing(bytes: &[u8], n: usize) -> Vec<u8> {
    let mut b = bytes.to_vec();
    b.extend(std::iter::repeat_n(0x00u8, n));
    b
}

/// Where the JPEG's first frame header (SOF0) marker starts.
pub fn jpeg_sof_at(jpeg: &[u8]) -> usize {
    let mut at = 2;
    loop {
        assert_eq!(jpeg[at], 0xFF, "a marker at {at}");
        if jpeg[at + 1] == 0xC0 {
            return at;
        }
        at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
    }
}

/// Where the JPEG's first scan (SOS) marker starts.
pub fn jpeg_sos_at(jpeg: &[u8]) -> usize {
    let mut at = 2;
    loop {
        if jpeg[at + 1] == 0xDA {
            return at;
        }
        at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
    }
}

/// The real JPEG with `n` fill bytes (0xFF) before its frame header marker.
pub fn jpeg_with_fill_bytes(n: usize) -> Vec<u8> {
    let j = jpeg();
    let at = jpeg_sof_at(&j);
    let mut out = j[..at].to_vec();
    out.extend(std::iter::repeat_n(0xFFu8, n));
    out.extend_from_slice(&j[at..]);
    out
}

/// The real JPEG's segments up to its scan, then EOI: no image data.
pub fn jpeg_without_scan() -> Vec<u8> {
    let j = jpeg();
    let mut out = j[..jpeg_sos_at(&j)].to_vec();
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// SOI, a frame header of 400×100 and EOI only.
pub fn jpeg_frame_only() -> Vec<u8> {
    let mut out = vec![
        0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 8, 0, 100, 1, 144, 1, 1, 0x11, 0,
    ];
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// The real JPEG without its EOI marker.
pub fn jpeg_without_eoi() -> Vec<u8> {
    let j = jpeg();
    assert_eq!(&j[j.len() - 2..], &[0xFF, 0xD9]);
    j[..j.len() - 2].to_vec()
}

/// The real JPEG with a frame header of `width` × `height`.
pub fn jpeg_with_size(width: u16, height: u16) -> Vec<u8> {
    let mut j = jpeg();
    let at = jpeg_sof_at(&j);
    j[at + 5..at + 7].copy_from_slice(&height.to_be_bytes());
    j[at + 7..at + 9].copy_from_slice(&width.to_be_bytes());
    j
}
