//! Logo files: the type is judged by the file's content (never its name), the
//! dimensions are read from the file's header, and a file that ends before its
//! end marker is reported as truncated.

use std::sync::Arc;

use base64::Engine as _;
use serde::{Deserialize, Serialize};

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

/// What the header of a file says: its kind, its pixel size if readable, and
/// whether the file is complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageInfo {
    pub kind: ImageKind,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub complete: bool,
}

/// The last 12 bytes of every complete PNG: the IEND chunk.
const PNG_IEND: [u8; 12] = [0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82];

/// Inspects a file's bytes.
pub fn inspect(bytes: &[u8]) -> ImageInfo {
    let kind = match imagesize::image_type(bytes) {
        Ok(imagesize::ImageType::Png) => ImageKind::Png,
        Ok(imagesize::ImageType::Jpeg) => ImageKind::Jpeg,
        _ => ImageKind::Other,
    };
    let size = match kind {
        ImageKind::Other => None,
        _ => imagesize::blob_size(bytes).ok(),
    };
    let complete = match kind {
        ImageKind::Png => bytes.ends_with(&PNG_IEND),
        // A JPEG ends with the EOI marker; some writers pad a few zero bytes after it.
        ImageKind::Jpeg => {
            let trimmed = bytes
                .iter()
                .rposition(|&b| b != 0)
                .map_or(&[][..], |i| &bytes[..=i]);
            trimmed.ends_with(&[0xFF, 0xD9])
        }
        ImageKind::Other => false,
    };
    ImageInfo {
        kind,
        width: size.and_then(|s| u32::try_from(s.width).ok()),
        height: size.and_then(|s| u32::try_from(s.height).ok()),
        complete: complete && size.is_some(),
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
    /// The kept content ends with its format's end marker (false when the
    /// content is not kept).
    pub complete: bool,
    /// The file's bytes, base64 (standard alphabet, padded). Empty when the
    /// file was too large to keep: its facts are still known and reported.
    pub content_base64: Arc<str>,
    /// Members of the logo record this version does not know, kept and written back.
    pub extra: super::Extra,
}

impl Logo {
    /// Files larger than this are not kept (their facts are): they are invalid
    /// anyway and would fill the browser's storage.
    pub const MAX_KEPT_BYTES: u64 = super::company_portal::LOGO_MAX_BYTES;

    pub fn from_bytes(file_name: &str, bytes: &[u8]) -> Logo {
        let info = inspect(bytes);
        let byte_size = bytes.len() as u64;
        let kept = byte_size <= Self::MAX_KEPT_BYTES;
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
            content_base64,
            extra: super::Extra::new(),
        }
    }

    pub fn media_type(&self) -> &'static str {
        self.kind.media_type()
    }

    /// A `data:` URL for showing the logo in the page, when its content is kept
    /// and it is an image.
    pub fn data_url(&self) -> Option<String> {
        (self.kind != ImageKind::Other && !self.content_base64.is_empty())
            .then(|| format!("data:{};base64,{}", self.media_type(), self.content_base64))
    }
}

/// The file record of a logo in the export format. Everything but the file
/// name and the content is re-derived from the content when a file is read.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Logo")]
struct LogoRecord {
    /// The name of the uploaded file (informational).
    file_name: String,
    /// `image/png` or `image/jpeg` (from the content), else `application/octet-stream`.
    media_type: String,
    /// Pixels, from the file's header; null when unreadable.
    width: Option<u32>,
    height: Option<u32>,
    /// The file's size in bytes.
    byte_size: u64,
    /// The file's bytes, standard base64 with padding. Empty for files over
    /// 750,000 bytes, which are recorded without their content.
    content_base64: String,
    #[serde(flatten)]
    extra: super::Extra,
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

impl<'de> Deserialize<'de> for Logo {
    /// Reading a logo re-derives every fact from the content. A record without
    /// content keeps its stated facts (that is how too-large files are saved),
    /// and a record whose content is not base64 is treated as a non-image.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = LogoRecord::deserialize(d)?;
        if r.content_base64.is_empty() {
            let kind = match r.media_type.as_str() {
                "image/png" => ImageKind::Png,
                "image/jpeg" => ImageKind::Jpeg,
                _ => ImageKind::Other,
            };
            return Ok(Logo {
                file_name: r.file_name,
                kind,
                width: r.width,
                height: r.height,
                byte_size: r.byte_size,
                complete: false,
                content_base64: Arc::from(""),
                extra: r.extra,
            });
        }
        let mut logo =
            match base64::engine::general_purpose::STANDARD.decode(r.content_base64.as_bytes()) {
                Ok(bytes) => Logo::from_bytes(&r.file_name, &bytes),
                Err(_) => Logo::from_bytes(&r.file_name, r.content_base64.as_bytes()),
            };
        logo.extra = r.extra;
        Ok(logo)
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
        let cut = (real.clone(), any::<prop::sample::Index>())
            .prop_map(|(b, i)| b[..i.index(b.len())].to_vec());
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
