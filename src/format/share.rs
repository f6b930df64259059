//! Share links: the plan in the address fragment, `#plan=<data>`. A fragment
//! is never sent to a server.
//!
//! `<data>` is the compact JSON envelope ([`super::to_json`]) without logo
//! content (a logo may be 750 kB; its facts stay, so the recipient is told to
//! pick it again), compressed with deflate in the zlib format (RFC 1950: raw
//! deflate with a 2-byte header and an Adler-32 check, so that a changed link
//! is refused instead of read as another plan) and written in base64url
//! without padding. The compression itself is the browser's
//! (`CompressionStream("deflate")`, in `platform`): this module builds the
//! payload, and writes and checks the text around the compressed bytes.
//! Decompression must stop at [`MAX_IMPORT_BYTES`], so that a small link
//! cannot expand into gigabytes.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::{ExportError, FileMeta, ImportError, MAX_IMPORT_BYTES};
use crate::domain::{LogoSlot, Plan};

/// What a share link's fragment starts with (after `#`).
pub const PREFIX: &str = "plan=";

/// The longest `<data>` read: the base64url of [`MAX_IMPORT_BYTES`]
/// compressed bytes (deflate never needs more than that for a plan that
/// fits). Longer text is refused before it is decoded.
pub const MAX_DATA_CHARS: usize = (MAX_IMPORT_BYTES as usize / 3).saturating_mul(4);

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// `#plan=` with nothing after it.
    Empty,
    /// Longer than [`MAX_DATA_CHARS`].
    TooLong { chars: usize },
    /// A character that base64url does not have, or a cut-off last group.
    NotBase64,
    /// The compressed data is damaged or cut short.
    Damaged,
    /// It expands beyond [`MAX_IMPORT_BYTES`].
    TooLarge { max: u64 },
    /// It expands to something that is not a readable plan.
    Plan(ImportError),
}

/// True when a fragment (without `#`) is a share link.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.starts_with(PREFIX)
}

/// The JSON that a link carries: the compact envelope with every logo's
/// content left out.
pub fn payload(plan: &Plan, meta: &FileMeta, exported_at: &str) -> Result<String, ExportError> {
    let has_content = [
        LogoSlot::WhiteBackground,
        LogoSlot::ThemeBackground,
        LogoSlot::BrandImage,
    ]
        .into_iter()
        .any(|s| plan.company_portal.logo(s).is_some());
    if !has_content {
        return super::to_json(plan, meta, exported_at);
    }
    let mut plan = plan.clone();
    for slot in [
        LogoSlot::WhiteBackground,
        LogoSlot::ThemeBackground,
        LogoSlot::BrandImage,
    ] {
        if let Some(mut logo) = plan.company_portal.logo(slot).cloned() {
            logo.content_base64 = "".into();
            logo.content_not_base64 = false;
            logo.complete = false;
            plan.company_portal.set_logo(slot, Some(logo));
        }
    }
    super::to_json(&plan, meta, exported_at)
}

/// The fragment (without `#`) for compressed bytes.
pub fn fragment(compressed: &[u8]) -> String {
    let mut out = String::with_capacity(
        PREFIX
            .len()
            .saturating_add(compressed.len().saturating_mul(4) / 3)
            .saturating_add(4),
    );
    out.push_str(PREFIX);
    URL_SAFE_NO_PAD.encode_string(compressed, &mut out);
    out
}

/// The compressed bytes of a share fragment (without `#`). Padding is
/// accepted, white space is not.
pub fn compressed(fragment: &str) -> Result<Vec<u8>, ShareError> {
    let data = fragment.strip_prefix(PREFIX).unwrap_or(fragment);
    let data = data.trim_end_matches('=');
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    let chars = data.chars().count();
    if chars > MAX_DATA_CHARS {
        return Err(ShareError::TooLong { chars });
    }
    URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ShareError::NotBase64)
}

/// Reads the decompressed bytes of a link as a plan.
pub fn read(json: &[u8]) -> Result<super::Envelope, ShareError> {
    if json.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ShareError::TooLarge {
            max: MAX_IMPORT_BYTES,
        });
    }
    super::import(json).map_err(ShareError::Plan)
}
