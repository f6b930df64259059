//! Logo files: the type is judged by the file's content (never its name), and
//! the structure is walked without decoding anything: the PNG chunk list (IHDR
//! first, an IDAT, IEND) or the JPEG marker segments (SOI, a frame header, a
//! scan, EOI). The dimensions come from IHDR or the frame header; a file that
//! ends before its end marker, or whose structure is broken, is not complete;
//! bytes after the end marker are counted.

use std::sync::Arc;

use base64::Engine as _;
use serde::Serialize;

use super::company_portal::{
    BRAND_IMAGE_MAX_BYTES, LOGO_MAX_BYTES, LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH,
};

/// What an image slot keeps and shows: the largest file whose content is
/// kept (larger ones are recorded by their facts only), and the largest
/// image the page decodes for a preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub max_kept_bytes: u64,
    pub max_width: u32,
    pub max_height: u32,
}

/// The two logos' bounds: 750,000 bytes, shown up to 400 × 100 pixels.
pub const LOGO_BOUNDS: Bounds = Bounds {
    max_kept_bytes: LOGO_MAX_BYTES,
    max_width: LOGO_MAX_WIDTH,
    max_height: LOGO_MAX_HEIGHT,
};

/// The brand image's bounds (intune-2026): 1,300,000 bytes, shown up to
/// 4096 × 4096 pixels (a page-side limit on what the preview decodes, no
/// Microsoft rule).
pub const BRAND_IMAGE_BOUNDS: Bounds = Bounds {
    max_kept_bytes: BRAND_IMAGE_MAX_BYTES,
    max_width: 4096,
    max_height: 4096,
};

/// What a file's content says it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageKind {
    Png,
    Jpeg,
    /// Neither PNG nor JPEG.
    Other,
}

impl ImageKind {
    pub fn media_type(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Other => "application/octet-stream",
        }
    }
}

/// What the structure of a file says: its kind, its pixel size if its header
/// is readable, whether the whole structure is there and sound, and how many
/// bytes follow the end marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageInfo {
    pub kind: ImageKind,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// PNG: signature, IHDR first (13 bytes, width and height at least 1, an
    /// allowed bit depth and colour type, CRC right), at least one IDAT, IEND. JPEG: SOI, a frame header with width
    /// and height at least 1, a scan, EOI. Every chunk or segment in between
    /// well formed.
    pub complete: bool,
    /// Bytes after IEND or EOI (0 when the file is not complete).
    pub trailing_bytes: u64,
}

/// The 8-byte PNG signature.
const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
/// The largest width or height PNG allows (2^31 - 1).
const PNG_MAX_DIMENSION: u32 = 0x7FFF_FFFF;

/// Inspects a file's bytes (or the first bytes of a file: the kind and the
/// dimensions come from the header, `complete` is then false).
pub fn inspect(bytes: &[u8]) -> ImageInfo {
    if bytes.starts_with(&PNG_SIGNATURE) {
        inspect_png(bytes)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        inspect_jpeg(bytes)
    } else {
        ImageInfo {
            kind: ImageKind::Other,
            width: None,
            height: None,
            complete: false,
            trailing_bytes: 0,
        }
    }
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes(b.try_into().ok()?))
}

fn be16(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_be_bytes(b.try_into().ok()?))
}

/// CRC-32 as PNG uses it (ISO 3309), bit by bit: only run on IHDR.
fn crc32(data: &[u8]) -> u32 {
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

/// IHDR's bit depth, colour type, compression, filter and interlace method:
/// one of the combinations PNG allows (PNG spec 11.2.2), else no decoder
/// shows the image (PngSuite xc1n0g08, xd0n2c08).
fn png_header_fields_ok(f: &[u8]) -> bool {
    let [depth, colour, compression, filter, interlace, ..] = *f else {
        return false;
    };
    let depth_ok = match colour {
        0 => matches!(depth, 1 | 2 | 4 | 8 | 16),
        3 => matches!(depth, 1 | 2 | 4 | 8),
        2 | 4 | 6 => matches!(depth, 8 | 16),
        _ => false,
    };
    depth_ok && compression == 0 && filter == 0 && interlace <= 1
}

/// Walks the PNG chunk list: length, type, data, CRC, until IEND.
fn inspect_png(bytes: &[u8]) -> ImageInfo {
    let mut info = ImageInfo {
        kind: ImageKind::Png,
        width: None,
        height: None,
        complete: false,
        trailing_bytes: 0,
    };
    // `rest` starts at the current chunk; offsets below are relative to it.
    let Some(mut rest) = bytes.get(PNG_SIGNATURE.len()..) else {
        return info;
    };
    let mut first = true;
    let mut header_ok = false;
    let mut has_idat = false;
    loop {
        let (Some(len), Some(kind)) = (be32(rest, 0), rest.get(4..8)) else {
            return info; // ends before IEND
        };
        if len > 0x7FFF_FFFF || !kind.iter().all(u8::is_ascii_alphabetic) {
            return info; // not a chunk: damaged or not really a PNG
        }
        // Length and type (8 bytes), the data, the CRC (4 bytes).
        let Some(end) = usize::try_from(len).ok().and_then(|l| l.checked_add(12)) else {
            return info;
        };
        let is_first = first;
        if first {
            // IHDR first, 13 bytes: width and height are read even when the
            // rest of the file is missing (a header read for a large file).
            if kind != b"IHDR" || len != 13 {
                return info;
            }
            let (Some(w), Some(h)) = (be32(rest, 8), be32(rest, 12)) else {
                return info;
            };
            info.width = Some(w);
            info.height = Some(h);
            // The CRC covers the type and the 13 data bytes.
            let crc_ok = match (rest.get(4..21), be32(rest, 21)) {
                (Some(typed), Some(crc)) => crc32(typed) == crc,
                _ => false,
            };
            header_ok = crc_ok
                && (1..=PNG_MAX_DIMENSION).contains(&w)
                && (1..=PNG_MAX_DIMENSION).contains(&h)
                && rest.get(16..21).is_some_and(png_header_fields_ok);
            first = false;
        }
        let Some(next) = rest.get(end..) else {
            return info; // the chunk is cut off
        };
        match kind {
            b"IHDR" if !is_first => return info, // a second IHDR
            b"IDAT" => has_idat = true,
            b"IEND" => {
                info.complete = header_ok && has_idat && len == 0;
                if info.complete {
                    info.trailing_bytes = next.len() as u64;
                }
                return info;
            }
            _ => {}
        }
        rest = next;
    }
}

/// Walks the JPEG marker segments (ITU T.81 B.1.1): fill bytes (0xFF) before a
/// marker are allowed; entropy-coded data after a scan header runs to the next
/// marker that is not a stuffed zero or a restart marker.
fn inspect_jpeg(bytes: &[u8]) -> ImageInfo {
    let mut info = ImageInfo {
        kind: ImageKind::Jpeg,
        width: None,
        height: None,
        complete: false,
        trailing_bytes: 0,
    };
    let mut frame_ok = false;
    let mut has_scan = false;
    // `rest` starts at the current position; offsets below are relative to it.
    let Some(mut rest) = bytes.get(2..) else {
        return info; // after SOI
    };
    loop {
        // A marker: 0xFF, any number of fill bytes 0xFF, then the code.
        if rest.first() != Some(&0xFF) {
            return info;
        }
        let fill = rest.iter().take_while(|&&b| b == 0xFF).count();
        let Some((&code, after)) = rest.get(fill..).and_then(<[u8]>::split_first) else {
            return info;
        };
        rest = after;
        match code {
            0xD9 => {
                // EOI
                info.complete = frame_ok && has_scan;
                if info.complete {
                    info.trailing_bytes = rest.len() as u64;
                }
                return info;
            }
            0x01 | 0xD0..=0xD7 => continue, // TEM, RSTn: no length
            0x00 | 0xD8 => return info,     // not a marker here, or a second SOI
            _ => {}
        }
        let Some(len) = be16(rest, 0).map(usize::from) else {
            return info;
        };
        if len < 2 {
            return info;
        }
        let is_frame = matches!(code, 0xC0..=0xCF) && !matches!(code, 0xC4 | 0xC8 | 0xCC);
        if is_frame && info.width.is_none() {
            // P, Y (height), X (width), Nf: read even when the file is cut off later.
            let (Some(h), Some(w)) = (be16(rest, 3), be16(rest, 5)) else {
                return info;
            };
            info.width = Some(u32::from(w));
            info.height = Some(u32::from(h));
            frame_ok = len >= 8 && w >= 1 && h >= 1;
        }
        // The segment (its length counts the two length bytes).
        let Some(next) = rest.get(len..) else {
            return info;
        };
        rest = next;
        if code == 0xDA {
            // SOS: a scan needs a frame before it; skip its entropy-coded data.
            if info.width.is_none() {
                return info;
            }
            has_scan = true;
            loop {
                let Some(marker) = rest
                    .iter()
                    .position(|&b| b == 0xFF)
                    .and_then(|i| rest.get(i..))
                else {
                    return info; // no end marker
                };
                match marker.get(1) {
                    None => return info,
                    // A stuffed zero or a restart marker: skip both bytes.
                    Some(0x00 | 0xD0..=0xD7) => rest = marker.get(2..).unwrap_or_default(),
                    Some(_) => {
                        rest = marker;
                        break; // a marker (perhaps after fill bytes)
                    }
                }
            }
        }
    }
}

/// An uploaded logo. All facts about the file are derived from its content
/// when it is created or read back, never taken from the user or from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    pub file_name: String,
    pub kind: ImageKind,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub byte_size: u64,
    /// The kept content is a complete, sound image (false when the content is
    /// not kept).
    pub complete: bool,
    /// Bytes after the image's end marker (a warning, not damage).
    pub trailing_bytes: u64,
    /// The file's bytes, base64 (standard alphabet, padded). Empty when the
    /// file was too large to keep: its facts are still known and reported.
    /// When [`Logo::content_not_base64`] is set, the text read from a plan
    /// file, kept exactly as it was.
    pub content_base64: Arc<str>,
    /// The content read from a plan file was not base64 (in any of the forms
    /// we accept): it is kept unchanged, never encoded again, and reported.
    pub content_not_base64: bool,
    /// The `data:` URL for the page, built once when the logo is made, and
    /// only for a logo that [`Logo::displayable`] allows.
    data_url: Option<Arc<str>>,
    /// Members of the logo record this version does not know, kept and written back.
    pub extra: super::Extra,
}

impl Logo {
    /// Files larger than this are not kept (their facts are): they are invalid
    /// anyway and would fill the browser's storage.
    pub const MAX_KEPT_BYTES: u64 = LOGO_MAX_BYTES;

    /// How much of a file over [`Logo::MAX_KEPT_BYTES`] is read: its header.
    pub const HEADER_BYTES: usize = 65_536;

    pub fn from_bytes(file_name: &str, bytes: &[u8]) -> Logo {
        Logo::from_bytes_in(file_name, bytes, &LOGO_BOUNDS)
    }

    /// A logo (or brand image) within a slot's bounds: its content is kept
    /// up to `bounds.max_kept_bytes`, and shown within its pixel bounds.
    pub fn from_bytes_in(file_name: &str, bytes: &[u8], bounds: &Bounds) -> Logo {
        let info = inspect(bytes);
        let byte_size = bytes.len() as u64;
        let kept = byte_size <= bounds.max_kept_bytes;
        let content_base64: Arc<str> = if kept {
            base64::engine::general_purpose::STANDARD
                .encode(bytes)
                .into()
        } else {
            Arc::from("")
        };
        Logo {
            file_name: file_name.to_owned(),
            kind: info.kind,
            width: info.width,
            height: info.height,
            byte_size,
            // Completeness is known only for kept content (it is re-derived
            // from the content whenever a file is read).
            complete: kept && info.complete,
            trailing_bytes: if kept { info.trailing_bytes } else { 0 },
            content_base64,
            content_not_base64: false,
            data_url: None,
            extra: super::Extra::new(),
        }
        .with_data_url(bounds)
    }

    /// A logo from only the first bytes of a file too large to keep (at most
    /// [`Logo::HEADER_BYTES`] are needed): kind and dimensions from the header,
    /// the size from the file system, no content. For files over the limit.
    pub fn from_header(file_name: &str, header: &[u8], total_size: u64) -> Logo {
        let info = inspect(header);
        Logo {
            file_name: file_name.to_owned(),
            kind: info.kind,
            width: info.width,
            height: info.height,
            byte_size: total_size,
            complete: false,
            trailing_bytes: 0,
            content_base64: Arc::from(""),
            content_not_base64: false,
            data_url: None,
            extra: super::Extra::new(),
        }
    }

    /// Builds the cached data URL when the logo may be shown.
    fn with_data_url(mut self, bounds: &Bounds) -> Logo {
        self.data_url = self
            .displayable_in(bounds)
            .then(|| format!("data:{};base64,{}", self.media_type(), self.content_base64).into());
        self
    }

    pub fn media_type(&self) -> &'static str {
        self.kind.media_type()
    }

    /// Whether the page may decode this logo: a PNG or JPEG whose content is
    /// kept, complete and within the limits (so a decoded preview is at most
    /// 400 × 100 pixels). Cheap: no formatting.
    pub fn displayable(&self) -> bool {
        self.displayable_in(&LOGO_BOUNDS)
    }

    /// Whether the page may decode this image within a slot's bounds.
    pub fn displayable_in(&self, bounds: &Bounds) -> bool {
        self.kind != ImageKind::Other
            && self.complete
            && !self.content_not_base64
            && !self.content_base64.is_empty()
            && self.byte_size <= bounds.max_kept_bytes
            && self
                .width
                .is_some_and(|w| (1..=bounds.max_width).contains(&w))
            && self
                .height
                .is_some_and(|h| (1..=bounds.max_height).contains(&h))
    }

    /// The `data:` URL built when the logo was made, shared (no copy), when
    /// the logo is [`Logo::displayable`].
    pub fn data_url_shared(&self) -> Option<Arc<str>> {
        self.data_url.clone()
    }

    /// The `data:` URL as a `String` (a copy of the cached one), when the logo
    /// is [`Logo::displayable`].
    pub fn data_url(&self) -> Option<String> {
        self.data_url.as_deref().map(str::to_owned)
    }
}

/// Reads logo content from a plan file leniently: surrounding and embedded
/// ASCII white space (base64 wrapped at 76 columns, CRLF), a `data:…;base64,`
/// prefix, the URL-safe alphabet and missing padding are all accepted.
/// `None` when the text is not base64 in any of these forms.
pub fn decode_base64_lenient(text: &str) -> Option<Vec<u8>> {
    let mut t = text.trim();
    if let Some(rest) = t.strip_prefix("data:") {
        let (meta, data) = rest.split_once(',')?;
        if !meta.ends_with(";base64") {
            return None;
        }
        t = data;
    }
    let cleaned: Vec<u8> = t
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| match b {
            b'-' => b'+',
            b'_' => b'/',
            other => other,
        })
        .collect();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    engine.decode(cleaned).ok()
}

/// The file record of a logo in the export format. Everything but the file
/// name and the content is re-derived from the content when a file is read.
// Read by `format::read` in the page; the derived `Deserialize` exists only
// for the property test that compares the two readers.
#[derive(Default, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[schemars(rename = "Logo")]
pub(crate) struct LogoRecord {
    /// The name of the uploaded file (informational).
    pub(crate) file_name: String,
    /// `image/png` or `image/jpeg` (from the content), else `application/octet-stream`.
    pub(crate) media_type: String,
    /// Pixels, from the file's header; null when unreadable.
    pub(crate) width: Option<u32>,
    pub(crate) height: Option<u32>,
    /// The file's size in bytes.
    pub(crate) byte_size: u64,
    /// The file's bytes, standard base64 with padding. Empty for files over
    /// 750,000 bytes, which are recorded without their content.
    pub(crate) content_base64: String,
    #[serde(flatten)]
    pub(crate) extra: super::Extra,
}

impl schemars::JsonSchema for Logo {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        LogoRecord::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        LogoRecord::json_schema(generator)
    }
}

impl Serialize for Logo {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        LogoRecord {
            file_name: self.file_name.clone(),
            media_type: self.media_type().to_owned(),
            width: self.width,
            height: self.height,
            byte_size: self.byte_size,
            content_base64: self.content_base64.to_string(),
            extra: self.extra.clone(),
        }
        .serialize(s)
    }
}

/// serde's derived reading of a brand image (the property test's second
/// reader): a logo record within [`BRAND_IMAGE_BOUNDS`].
#[cfg(feature = "arbitrary")]
pub(crate) fn deserialize_brand_image<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Logo>, D::Error> {
    use serde::Deserialize as _;
    Option::<LogoRecord>::deserialize(d)
        .map(|r| r.map(|r| Logo::from_record_in(r, &BRAND_IMAGE_BOUNDS)))
}

#[cfg(feature = "arbitrary")]
impl<'de> serde::Deserialize<'de> for Logo {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        LogoRecord::deserialize(d).map(Logo::from_record)
    }
}

impl Logo {
    /// Reading a logo re-derives every fact from the content. A record without
    /// content keeps its stated facts (that is how too-large files are saved).
    /// Content is read leniently ([`decode_base64_lenient`]); content that is
    /// not base64 at all is kept as it was, never encoded again, and reported.
    pub(crate) fn from_record(r: LogoRecord) -> Logo {
        Logo::from_record_in(r, &LOGO_BOUNDS)
    }

    /// [`Logo::from_record`] within a slot's bounds (the brand image keeps
    /// larger files).
    pub(crate) fn from_record_in(r: LogoRecord, bounds: &Bounds) -> Logo {
        if r.content_base64.is_empty() {
            let kind = match r.media_type.as_str() {
                "image/png" => ImageKind::Png,
                "image/jpeg" => ImageKind::Jpeg,
                _ => ImageKind::Other,
            };
            return Logo {
                file_name: r.file_name,
                kind,
                width: r.width,
                height: r.height,
                byte_size: r.byte_size,
                complete: false,
                trailing_bytes: 0,
                content_base64: Arc::from(""),
                content_not_base64: false,
                data_url: None,
                extra: r.extra,
            };
        }
        match decode_base64_lenient(&r.content_base64) {
            Some(bytes) => {
                let mut logo = Logo::from_bytes_in(&r.file_name, &bytes, bounds);
                logo.extra = r.extra;
                logo
            }
            None => Logo {
                file_name: r.file_name,
                kind: ImageKind::Other,
                width: None,
                height: None,
                byte_size: r.byte_size,
                complete: false,
                trailing_bytes: 0,
                content_base64: r.content_base64.into(),
                content_not_base64: true,
                data_url: None,
                extra: r.extra,
            },
        }
    }
}

#[cfg(feature = "arbitrary")]
impl proptest::arbitrary::Arbitrary for Logo {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Logo>;

    /// Logos made from real image headers, cut or padded, and from random bytes.
    fn arbitrary_with(_: ()) -> Self::Strategy {
        use proptest::prelude::*;
        const PNG_400X100: &[u8] = include_bytes!("../../tests/fixtures/images/logo-400x100.png");
        const JPEG_400X100: &[u8] = include_bytes!("../../tests/fixtures/images/logo-400x100.jpg");
        let real = prop_oneof![Just(PNG_400X100.to_vec()), Just(JPEG_400X100.to_vec())];
        let cut = (real.clone(), any::<prop::sample::Index>()).prop_map(|(mut b, i)| {
            b.truncate(i.index(b.len()));
            b
        });
        let random = prop::collection::vec(any::<u8>(), 0..64);
        let extra = super::extra::arbitrary();
        (".{0,20}", prop_oneof![real, cut, random], extra)
            .prop_map(|(name, bytes, extra)| Logo {
                extra,
                ..Logo::from_bytes(&name, &bytes)
            })
            .boxed()
    }
}
