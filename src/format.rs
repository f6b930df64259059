//! The file format: one versioned JSON envelope serves autosave, download and
//! (later) share links.
//!
//! ```json
//! { "format": "enrollready-plan", "schema_version": 1, "ruleset": "intune-classic-2017",
//!   "generator": { "name": "enrollready", "version": "0.1.0" },
//!   "exported_at": "2026-11-26T12:00:00Z",
//!   "plan": { "company_portal": { ... } } }
//! ```
//!
//! Writing: [`to_json`] writes compact JSON (autosave, share links),
//! [`to_json_pretty`] indented JSON (downloads). Both write the plan's ruleset
//! and every unknown member that was read ([`FileMeta`]), and refuse a plan
//! that the reader would refuse (a list over its cap, an unknown ruleset), so
//! whatever is written reads back.
//!
//! Reading: [`import`] reads a file the user picked: the size limit
//! ([`MAX_IMPORT_BYTES`], also checkable from the file's size alone with
//! [`check_file_size`] before it is read), then the encoding (a UTF-8
//! byte-order mark is skipped, UTF-16 is decoded), then [`from_json`].
//! [`from_json`] restores what the app wrote and has no size limit. It makes
//! one light pass over the whole text first (syntax, nesting depth, duplicate
//! keys, `format`, `schema_version`, the length of each capped list, without
//! keeping any entry), and only then reads the plan, so that every failure has
//! a precise message with a line and a column (counted in characters) where
//! there is one. Missing sections and fields take their defaults; unknown
//! members are kept at every level (the `extra` fields, see
//! [`crate::domain::extra`]) and written back; values that break rules are
//! kept (the analysis reports them).
//!
//! The plan is read by the typed reader (`format::read`: a `serde_json::Value`
//! mapped onto the types; no derived `Deserialize` in the page), which reads
//! exactly what serde's derive read (`tests/typed_reader.rs`).
//!
//! Bump policy: add a schema version only when a reader would need to treat old
//! files differently; new optional fields need no bump (a default in the type
//! and the field in its type's `record!` list in `format::read`),
//! and older readers keep them. History: version 1 (crate 0.1): first
//! `company_portal` only; then, with no version change (all optional with
//! defaults), `connections`, `mdm_authority`, `groups`, `licenses`,
//! `enrollment`, `next_steps`, `recovery` and `checklist`. FORMAT.md describes
//! every field.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};
use serde::Serialize;

pub mod graph;
mod read;
pub mod share;
use read::At;
pub use read::{Read, Reader};

use crate::domain::limits::{self, List};
pub use crate::domain::Extra;
pub use crate::domain::plan::FileMeta;
use crate::domain::Plan;

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "enrollready-plan";
/// The newest schema version this build reads and the one it writes.
pub const SCHEMA_VERSION: u32 = 1;
/// The rule set of the source document.
pub const RULESET_CLASSIC_2017: &str = "intune-classic-2017";
/// Files the user picks that are larger than this (5 MiB) are refused before
/// they are read. What the app wrote itself is restored whatever its size.
pub const MAX_IMPORT_BYTES: u64 = 5_242_880;

/// The program that wrote the file.
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[derive(Serialize, Clone, Debug, PartialEq, Eq, schemars::JsonSchema)]
pub struct Generator {
    pub name: String,
    pub version: String,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for Generator {
    fn default() -> Self {
        Generator {
            name: "enrollready".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            extra: Extra::new(),
        }
    }
}

/// An Enrollready plan file (autosave, download, share link).
// Read by [`Read`] (the typed reader); the derived `Deserialize` exists only
// for the property test that compares the two (feature `arbitrary`).
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[derive(Serialize, Clone, Debug, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(title = "Enrollready plan, schema version 1")]
pub struct Envelope {
    /// Always `enrollready-plan`.
    pub format: String,
    /// The version of this format; readers refuse versions newer than their
    /// own. A whole number (`1.0` reads as `1`).
    #[serde(deserialize_with = "whole_version")]
    pub schema_version: u32,
    /// The ruleset the plan is checked against, such as `intune-classic-2017`.
    #[serde(default = "default_ruleset")]
    pub ruleset: String,
    #[serde(default)]
    pub generator: Generator,
    /// When the file was written: RFC 3339, UTC.
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub plan: Plan,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_ruleset() -> String {
    RULESET_CLASSIC_2017.into()
}

impl Envelope {
    /// What to carry to the next save besides the plan.
    pub fn meta(&self) -> FileMeta {
        FileMeta {
            ruleset: self.ruleset.clone(),
            extra: self.extra.clone(),
            generator_extra: self.generator.extra.clone(),
        }
    }
}

/// Why a file could not be read. Lines and columns are 1-based; columns count
/// characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// A picked file over [`MAX_IMPORT_BYTES`]; not read.
    TooLarge { bytes: u64, max: u64 },
    /// Nothing but white space.
    Empty,
    /// Neither UTF-8 nor UTF-16 text: the position of the first bad byte.
    NotText { line: usize, column: usize },
    /// Not JSON.
    InvalidJson { line: usize, column: usize },
    /// Nested deeper than [`MAX_DEPTH`] (128) levels.
    TooDeep { line: usize, column: usize },
    /// An object has the same member twice.
    DuplicateKey {
        key: String,
        line: usize,
        column: usize,
    },
    /// JSON, but not an Enrollready plan.
    NotAPlan,
    /// Written by a newer version than this build reads; `written_by` is the
    /// file's `generator.version`, when it has one.
    NewerVersion {
        found: u64,
        supported: u32,
        written_by: Option<String>,
    },
    /// A ruleset this build does not know.
    UnknownRuleset { id: String },
    /// A list with more entries than its cap ([`crate::domain::limits`]).
    TooMany {
        list: List,
        count: usize,
        max: usize,
    },
    /// A value of the wrong type (for example a number where text belongs).
    BadStructure { line: usize, column: usize },
    /// The page's reader could not be fetched (a chunk of its own, see
    /// [`crate::codec`]); the text is kept unread.
    ReaderUnavailable,
}

/// Why a plan could not be written. Nothing is written then: the last good
/// record stays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// A list over its cap: the reader would refuse the file.
    TooMany {
        list: List,
        count: usize,
        max: usize,
    },
    /// A ruleset this build does not know: the reader would refuse the file.
    UnknownRuleset { id: String },
    /// The serialiser failed (not expected for plain data).
    Json(String),
}

/// The JSON Schema of the current format, generated from the types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Envelope);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The envelope as written, borrowing the plan (no copy of the plan per save).
/// Same members in the same order as [`Envelope`].
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    schema_version: u32,
    ruleset: &'a str,
    generator: GeneratorOut<'a>,
    exported_at: &'a str,
    plan: &'a Plan,
    #[serde(flatten)]
    extra: &'a Extra,
}

#[derive(Serialize)]
struct GeneratorOut<'a> {
    name: &'a str,
    version: &'a str,
    #[serde(flatten)]
    extra: &'a Extra,
}

fn envelope_out<'a>(
    plan: &'a Plan,
    meta: &'a FileMeta,
    exported_at: &'a str,
) -> Result<EnvelopeOut<'a>, ExportError> {
    if let Some(over) = limits::over_cap(plan) {
        return Err(ExportError::TooMany {
            list: over.list,
            count: over.count,
            max: over.max,
        });
    }
    if crate::domain::ruleset::by_id(&meta.ruleset).is_none() {
        return Err(ExportError::UnknownRuleset {
            id: meta.ruleset.clone(),
        });
    }
    Ok(EnvelopeOut {
        format: FORMAT_NAME,
        schema_version: SCHEMA_VERSION,
        ruleset: &meta.ruleset,
        generator: GeneratorOut {
            name: "enrollready",
            version: env!("CARGO_PKG_VERSION"),
            extra: &meta.generator_extra,
        },
        exported_at,
        plan,
        extra: &meta.extra,
    })
}

/// Writes a plan as compact JSON (autosave, share links). `exported_at` is an
/// RFC 3339 UTC time stamp from the caller (the core reads no clock); `meta`
/// is what the plan was read with ([`Envelope::meta`]), or the default for a
/// new plan.
pub fn to_json(plan: &Plan, meta: &FileMeta, exported_at: &str) -> Result<String, ExportError> {
    serde_json::to_string(&envelope_out(plan, meta, exported_at)?)
        .map_err(|e| ExportError::Json(e.to_string()))
}

/// Writes a plan as indented JSON (downloads), otherwise like [`to_json`].
pub fn to_json_pretty(
    plan: &Plan,
    meta: &FileMeta,
    exported_at: &str,
) -> Result<String, ExportError> {
    serde_json::to_string_pretty(&envelope_out(plan, meta, exported_at)?)
        .map_err(|e| ExportError::Json(e.to_string()))
}

/// Refuses a picked file from its size alone, before it is read.
pub fn check_file_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes,
            max: MAX_IMPORT_BYTES,
        });
    }
    Ok(())
}

/// Reads a file the user picked: its size, its encoding (UTF-8 with or
/// without a byte-order mark, or UTF-16 with a byte-order mark or recognised
/// by its zero bytes), then [`from_json`].
pub fn import(bytes: &[u8]) -> Result<Envelope, ImportError> {
    check_file_size(bytes.len() as u64)?;
    from_json(&decode(bytes)?)
}

fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        // No byte-order mark: JSON starts with an ASCII character, so a zero
        // byte beside it means UTF-16 (RFC 4627, section 3).
        [a, 0, ..] if *a != 0 => utf16(bytes, u16::from_le_bytes),
        [0, b, ..] if *b != 0 => utf16(bytes, u16::from_be_bytes),
        _ => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
        // The prefix before the first bad byte is valid UTF-8.
        let valid = bytes
            .get(..e.valid_up_to())
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default();
        let (line, column) = end_position(valid);
        ImportError::NotText { line, column }
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<Cow<'_, str>, ImportError> {
    let units = bytes
        .chunks_exact(2)
        .map(|c| unit(<[u8; 2]>::try_from(c).unwrap_or_default()));
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Err(not_text(&text)),
        }
    }
    if !bytes.len().is_multiple_of(2) {
        return Err(not_text(&text));
    }
    Ok(Cow::Owned(text))
}

fn not_text(decoded: &str) -> ImportError {
    let (line, column) = end_position(decoded);
    ImportError::NotText { line, column }
}

/// The line and column (in characters) just after `prefix`.
fn end_position(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count().saturating_add(1);
    let last = prefix.rsplit('\n').next().unwrap_or(prefix);
    (line, last.chars().count().saturating_add(1))
}

/// serde_json's line and column, with the column counted in characters
/// instead of bytes (never 0).
fn position(text: &str, e: &serde_json::Error) -> (usize, usize) {
    let line = e.line().max(1);
    let line_text = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    let bytes = line_text
        .as_bytes()
        .get(..e.column().min(line_text.len()))
        .unwrap_or_default();
    // Count the characters that start within those bytes.
    let chars = bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count();
    (line, chars.max(1))
}

/// Reads a file written by this or an earlier version. No size limit: the
/// app restores what it wrote itself with this; a picked file goes through
/// [`import`].
pub fn from_json(text: &str) -> Result<Envelope, ImportError> {
    // The first pass has refused anything nested deeper than MAX_DEPTH, so
    // the second may parse without serde_json's own limit.
    read_envelope(text, |text| read_value(text, true))
}

/// The deepest nesting a file may have, the envelope's own object included:
/// deeper files are refused with [`ImportError::TooDeep`] at the line and
/// column where the limit is passed.
pub const MAX_DEPTH: usize = 128;

/// [`from_json`] with serde's derived `Deserialize` instead of the typed
/// reader: only for the property test that shows both read the same.
#[cfg(feature = "arbitrary")]
pub fn from_json_derived(text: &str) -> Result<Envelope, ImportError> {
    read_envelope(text, |text| {
        serde_json::from_str::<Envelope>(text).map_err(|e| {
            let (line, column) = position(text, &e);
            ImportError::BadStructure { line, column }
        })
    })
}

fn read_envelope(
    text: &str,
    read: impl FnOnce(&str) -> Result<Envelope, ImportError>,
) -> Result<Envelope, ImportError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
        return Err(ImportError::Empty);
    }
    let probe = probe(text)?;
    if !probe.object || probe.format.as_ref().and_then(|v| v.as_str()) != Some(FORMAT_NAME) {
        return Err(ImportError::NotAPlan);
    }
    let version = probe
        .schema_version
        .as_ref()
        .and_then(|v| v.as_number())
        .and_then(whole_number)
        .ok_or(ImportError::NotAPlan)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
            written_by: probe
                .generator_version
                .as_ref()
                .and_then(|v| v.as_str())
                .map(str::to_owned),
        });
    }
    if version == 0 {
        return Err(ImportError::NotAPlan);
    }
    for list in List::ALL {
        let count = probe.count(list);
        if count > list.max() {
            return Err(ImportError::TooMany {
                list,
                count,
                max: list.max(),
            });
        }
    }
    let env = read(text)?;
    if crate::domain::ruleset::by_id(&env.ruleset).is_none() {
        return Err(ImportError::UnknownRuleset { id: env.ruleset });
    }
    Ok(env)
}

/// Reads one value of a plan type from JSON text with the typed reader (no
/// envelope, no first pass). A value of the wrong type is a
/// [`ImportError::BadStructure`] at its position; text that is not JSON an
/// [`ImportError::InvalidJson`].
pub fn read_json<T: Read>(text: &str) -> Result<T, ImportError> {
    read_value(text, false)
}

/// [`read_json`]; `checked_depth` when the text's nesting was checked
/// already (then serde_json's own limit, 127 levels, is lifted).
fn read_value<T: Read>(text: &str, checked_depth: bool) -> Result<T, ImportError> {
    let mut de = serde_json::Deserializer::from_str(text);
    if checked_depth {
        de.disable_recursion_limit();
    }
    let value = <serde_json::Value as serde::Deserialize>::deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| {
            let (line, column) = position(text, &e);
            ImportError::InvalidJson { line, column }
        })?;
    let mut reader = Reader::default();
    let read = T::read(&mut reader, value);
    if reader.errors.is_empty() {
        Ok(read)
    } else {
        Err(locate(text, &reader.errors))
    }
}

/// The position of the first wrong value in the text's order: walks the text
/// again and fails at that value, so serde_json gives the line and column it
/// gave when the derived `Deserialize` failed there.
fn locate(text: &str, errors: &BTreeMap<String, At>) -> ImportError {
    let mut path = String::new();
    let mut probe = Probe::default();
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let walked = Walk {
        node: Node::Root,
        probe: &mut probe,
        locate: Some(Locate {
            path: &mut path,
            errors,
        }),
        fail_at_end: false,
        depth: 0,
    }
    .deserialize(&mut de);
    let (line, column) = match walked {
        Err(e) => position(text, &e),
        // Not expected: every recorded path is in the text.
        Ok(()) => (1, 1),
    };
    ImportError::BadStructure { line, column }
}

/// A whole number: an integer, or a number such as `1.0` (JSON Schema counts
/// it as an integer). Numbers above `u64::MAX` saturate.
fn whole_number(n: &serde_json::Number) -> Option<u64> {
    n.as_u64().or_else(|| {
        let f = n.as_f64()?;
        (f >= 0.0 && f.fract() == 0.0).then_some(f as u64)
    })
}

#[cfg(feature = "arbitrary")]
fn whole_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let n = <serde_json::Number as serde::Deserialize>::deserialize(d)?;
    whole_number(&n)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| de::Error::custom("schema_version is not a whole number"))
}

/// What the first pass over a file finds.
#[derive(Default)]
struct Probe {
    /// The top level is an object.
    object: bool,
    format: Option<serde_json::Value>,
    schema_version: Option<serde_json::Value>,
    /// `generator.version`.
    generator_version: Option<serde_json::Value>,
    /// The number of entries of each capped list, by [`List`] as index.
    counts: [usize; List::ALL.len()],
    /// The member found twice, when the pass stopped on one.
    duplicate: Option<String>,
}

impl Probe {
    fn count(&self, list: List) -> usize {
        self.counts.get(list as usize).copied().unwrap_or(0)
    }

    fn set_count(&mut self, list: List, count: usize) {
        if let Some(c) = self.counts.get_mut(list as usize) {
            *c = count;
        }
    }
}

/// The byte offset of the first `[` or `{` that opens a level deeper than
/// [`MAX_DEPTH`], found without recursion: one pass over the bytes that
/// skips strings (with their escapes) and counts the brackets outside them.
/// In valid JSON the count is exact up to the first syntax error; after one,
/// serde_json stops before any deeper value anyway.
pub fn too_deep_at(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth = depth.saturating_add(1);
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The first pass, behind the depth check that every way in (a picked or
/// dropped file, a share link, the saved record, the command line) passes
/// before anything recursive runs. When the text is too deep, only the text
/// up to the offending bracket is walked: an earlier error (bad syntax, a
/// duplicate member) is reported as it would be, otherwise the depth.
fn probe(text: &str) -> Result<Probe, ImportError> {
    let deep = too_deep_at(text);
    let walked_text = deep.and_then(|at| text.get(..=at)).unwrap_or(text);
    let mut probe = Probe::default();
    let mut de = serde_json::Deserializer::from_str(walked_text);
    // Nesting is bounded: by the check above, and by the walk's own count.
    de.disable_recursion_limit();
    let walked = Walk {
        node: Node::Root,
        probe: &mut probe,
        locate: None,
        fail_at_end: false,
        depth: 0,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end());
    let e = match walked {
        Ok(()) if deep.is_none() => return Ok(probe),
        Ok(()) => None,
        Err(e) => Some(e),
    };
    let too_deep = |e: &serde_json::Error| e.to_string().starts_with("recursion limit exceeded");
    Err(match e {
        Some(e) if probe.duplicate.is_some() || deep.is_none() || !(e.is_eof() || too_deep(&e)) => {
            let (line, column) = position(walked_text, &e);
            if let Some(key) = probe.duplicate {
                ImportError::DuplicateKey { key, line, column }
            } else if too_deep(&e) {
                ImportError::TooDeep { line, column }
            } else {
                ImportError::InvalidJson { line, column }
            }
        }
        // The text ends at the bracket that is one level too deep.
        _ => {
            let (line, column) = end_position(walked_text);
            ImportError::TooDeep { line, column }
        }
    })
}

/// Where the walk is, as far as the capped lists are concerned.
#[derive(Clone, Copy)]
enum Node {
    Root,
    Generator,
    Plan,
    Connections,
    Groups,
    List(List),
    Other,
}

impl Node {
    fn child(self, key: &str) -> Node {
        match (self, key) {
            (Node::Root, "plan") => Node::Plan,
            (Node::Root, "generator") => Node::Generator,
            (Node::Plan, "connections") => Node::Connections,
            (Node::Plan, "groups") => Node::Groups,
            (Node::Plan, "checklist") => Node::List(List::ChecklistItems),
            (Node::Connections, "domains") => Node::List(List::Domains),
            (Node::Groups, "groups") => Node::List(List::Groups),
            _ => Node::Other,
        }
    }
}

/// Visits every value without keeping it: checks syntax, depth (at most
/// [`MAX_DEPTH`] levels) and duplicate members, reads the head fields and
/// counts the entries of the capped lists.
struct Walk<'p> {
    node: Node,
    probe: &'p mut Probe,
    /// Only for [`locate`]: the path of this value, and where to stop.
    locate: Option<Locate<'p>>,
    /// Fail after this object's end (a required member is missing).
    fail_at_end: bool,
    /// How many arrays and objects enclose this value.
    depth: usize,
}

/// The second walk of [`locate`]: follows the path of each value (a JSON
/// Pointer, as the typed reader writes it) and fails at the first one the
/// typed reader recorded.
struct Locate<'a> {
    path: &'a mut String,
    errors: &'a BTreeMap<String, At>,
}

impl Walk<'_> {
    /// The walk of a member or an entry: `push` adds its step to the path.
    fn child(&mut self, node: Node, push: impl FnOnce(&mut String)) -> Walk<'_> {
        Walk {
            node,
            probe: self.probe,
            locate: self.locate.as_mut().map(|l| {
                push(l.path);
                Locate {
                    path: &mut *l.path,
                    errors: l.errors,
                }
            }),
            fail_at_end: false,
            depth: self.depth.saturating_add(1),
        }
    }

    /// Refuses an array or object nested deeper than [`MAX_DEPTH`]; the
    /// message is serde_json's own, which the reader maps to
    /// [`ImportError::TooDeep`].
    fn enter<E: de::Error>(&self) -> Result<(), E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom("recursion limit exceeded"));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(mut self, d: D) -> Result<(), D::Error> {
        let at = self
            .locate
            .as_ref()
            .and_then(|l| l.errors.get(l.path.as_str()).copied());
        match at {
            // Asking for text, which the value is not (or, for text, failing
            // in the visitor), puts the position where serde_json puts a
            // value of the wrong type: after a scalar, before `{` or `[`.
            Some(At::Value) => d.deserialize_str(Fail),
            Some(At::Choice(names)) => d.deserialize_enum("", names, Choice(names)),
            Some(At::End) => {
                self.fail_at_end = true;
                d.deserialize_any(self)
            }
            None => d.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.enter()?;
        let mut count = 0;
        loop {
            let len = self.locate.as_ref().map_or(0, |l| l.path.len());
            let more =
                seq.next_element_seed(self.child(Node::Other, |p| read::push_index(p, count)))?;
            if let Some(l) = &mut self.locate {
                l.path.truncate(len);
            }
            if more.is_none() {
                break;
            }
            count = usize::saturating_add(count, 1);
        }
        if let Node::List(list) = self.node {
            self.probe.set_count(list, count);
        }
        if self.fail_at_end {
            return Err(wrong());
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.enter()?;
        // A B-tree, not a hash set: no hash flooding with crafted names.
        let mut seen: BTreeSet<Cow<'de, str>> = BTreeSet::new();
        let len = self.locate.as_ref().map_or(0, |l| l.path.len());
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if seen.contains(&key) {
                self.probe.duplicate = Some(key.into_owned());
                return Err(de::Error::custom("duplicate member"));
            }
            match (self.node, key.as_ref(), self.locate.is_some()) {
                (Node::Root, "format", false) => self.probe.format = Some(map.next_value()?),
                (Node::Root, "schema_version", false) => {
                    self.probe.schema_version = Some(map.next_value()?)
                }
                (Node::Generator, "version", false) => {
                    self.probe.generator_version = Some(map.next_value()?)
                }
                _ => {
                    let node = self.node.child(&key);
                    map.next_value_seed(self.child(node, |p| read::push_key(p, &key)))?;
                    if let Some(l) = &mut self.locate {
                        l.path.truncate(len);
                    }
                }
            }
            seen.insert(key);
        }
        match self.node {
            Node::Root => self.probe.object = true,
            Node::List(list) => self.probe.set_count(list, seen.len()),
            _ => {}
        }
        if self.fail_at_end {
            // A required member is missing: after the closing brace.
            return Err(wrong());
        }
        Ok(())
    }
}

/// A member name, borrowed from the text when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

/// Fails wherever it is asked for a value.
struct Fail;

fn wrong<E: de::Error>() -> E {
    E::custom("wrong value")
}

impl<'de> Visitor<'de> for Fail {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value of another type")
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(wrong())
    }
}

impl<'de> DeserializeSeed<'de> for Fail {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

/// A choice (unit enum): serde_json reads it as an enum and fails where the
/// derive failed: at a name it does not know, at a value beside a known name
/// that is not `null`, or at anything after it.
struct Choice(&'static [&'static str]);

impl<'de> Visitor<'de> for Choice {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a choice")
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        let ((), variant) = data.variant_seed(Name(self.0))?;
        // A known name: the value beside it must be `null`, and serde_json
        // then fails at anything after it.
        de::VariantAccess::unit_variant(variant)
    }
}

/// A choice's name: fails (after the name) when it is not one of the names.
struct Name(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Name {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Name {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a choice's name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if self.0.contains(&v) {
            Ok(())
        } else {
            Err(wrong())
        }
    }
}
