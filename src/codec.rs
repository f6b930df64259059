//! The plan's readers and writers as one value of function pointers
//! ([`Codec`]), so that the page can keep them out of its first load (issue
//! 15): the typed reader, serde_json, the share link's encoding and the
//! desk's summaries are about 46 KB gzip of the wasm, and a first visit with
//! an empty plan needs none of them before the first step is usable. The page
//! fetches them as a chunk of their own (`platform::codec`) when a stored
//! plan is there to be read, and otherwise right after the first screen;
//! native code (tests, the command line) uses [`CODEC`] directly.
//!
//! The core's functions that read a stored plan take a [`Reader`] rather
//! than calling [`format::from_json`], so that which reader runs is the
//! caller's choice.

use crate::desk::Summary;
use crate::domain::Plan;
use crate::format::share::{self, ShareError};
use crate::format::{self, Envelope, ExportError, FileMeta, ImportError};

/// Reads a stored plan ([`format::from_json`]).
pub type Reader = fn(&str) -> Result<Envelope, ImportError>;

/// Writes a plan with its file head and export time.
pub type Writer = fn(&Plan, &FileMeta, &str) -> Result<String, ExportError>;

/// Every reader and writer of the plan file, the share link and the desk's
/// summaries.
#[derive(Clone, Copy)]
pub struct Codec {
    /// [`format::from_json`]: a stored plan.
    pub read: Reader,
    /// [`format::import`]: a picked or dropped file's bytes.
    pub import: fn(&[u8]) -> Result<Envelope, ImportError>,
    /// [`format::to_json`]: autosave.
    pub write: Writer,
    /// [`format::to_json_pretty`]: the download.
    pub write_pretty: Writer,
    /// [`share::payload`]: the JSON a share link carries.
    pub share_payload: Writer,
    /// [`share::fragment`]: compressed bytes as a link's fragment.
    pub share_fragment: fn(&[u8]) -> String,
    /// [`share::compressed`]: a link's fragment as compressed bytes.
    pub share_compressed: fn(&str) -> Result<Vec<u8>, ShareError>,
    /// [`share::read`]: a link's decompressed JSON.
    pub share_read: fn(&[u8]) -> Result<Envelope, ShareError>,
    /// [`Summary::from_json`]: a stored summary.
    pub summary_read: fn(&str) -> Option<Summary>,
    /// [`Summary::to_json`]: a summary as stored.
    pub summary_write: fn(&Summary) -> String,
}

impl std::fmt::Debug for Codec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Codec")
    }
}

/// The readers and writers themselves.
pub const CODEC: Codec = Codec {
    read: format::from_json,
    import: format::import,
    write: format::to_json,
    write_pretty: format::to_json_pretty,
    share_payload: share::payload,
    share_fragment: share::fragment,
    share_compressed: share::compressed,
    share_read: share::read,
    summary_read: Summary::from_json,
    summary_write: Summary::to_json,
};

/// The reader to use when the readers could not be fetched: every stored
/// plan is then kept as it is, unread ([`ImportError::ReaderUnavailable`]).
pub fn unavailable(_: &str) -> Result<Envelope, ImportError> {
    Err(ImportError::ReaderUnavailable)
}
