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
//! Reading checks the size first, then reads only the version, and only then
//! the plan, so that every failure has a precise message. Missing sections and
//! fields take their defaults; unknown fields are ignored; values that break
//! rules are kept (the analysis reports them).
//!
//! Bump policy: add a schema version only when a reader would need to treat old
//! files differently; new optional fields need no bump (`#[serde(default)]`).
//! History: version 1 (crate 0.1): first `company_portal` only; then, with
//! no version change (all optional with defaults), `connections`,
//! `mdm_authority`, `groups`, `licenses`, `enrollment`, `next_steps`,
//! `recovery` and `checklist`. FORMAT.md describes every field.

use serde::{Deserialize, Serialize};

use crate::domain::Plan;

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "enrollready-plan";
/// The newest schema version this build reads and the one it writes.
pub const SCHEMA_VERSION: u32 = 1;
/// The rule set of the source document.
pub const RULESET_CLASSIC_2017: &str = "intune-classic-2017";
/// Files larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The program that wrote the file.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, schemars::JsonSchema)]
pub struct Generator {
    pub name: String,
    pub version: String,
}

impl Default for Generator {
    fn default() -> Self {
        Generator {
            name: "enrollready".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

/// An Enrollready plan file (autosave, download, share link).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(title = "Enrollready plan, schema version 1")]
pub struct Envelope {
    /// Always `enrollready-plan`.
    pub format: String,
    /// The version of this format; readers refuse versions newer than their own.
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
}

fn default_ruleset() -> String {
    RULESET_CLASSIC_2017.into()
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_IMPORT_BYTES`]; not parsed.
    TooLarge { bytes: usize, max: usize },
    /// Not JSON; 1-based line and column of the problem.
    InvalidJson { line: usize, column: usize },
    /// JSON, but not an Enrollready plan.
    NotAPlan,
    /// Written by a newer version than this build reads.
    NewerVersion { found: u32, supported: u32 },
    /// A ruleset this build does not know.
    UnknownRuleset { id: String },
    /// A plan whose structure does not fit (for example a number where text belongs).
    BadStructure { line: usize, column: usize },
}

/// The JSON Schema of the current format, generated from the types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Envelope);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes a plan as the current format. `exported_at` is an RFC 3339 UTC time
/// stamp from the caller (the core reads no clock).
pub fn to_json(plan: &Plan, exported_at: &str) -> String {
    let env = Envelope {
        format: FORMAT_NAME.into(),
        schema_version: SCHEMA_VERSION,
        ruleset: RULESET_CLASSIC_2017.into(),
        generator: Generator::default(),
        exported_at: exported_at.into(),
        plan: plan.clone(),
    };
    // Serialising plain data to a String cannot fail.
    serde_json::to_string_pretty(&env).unwrap_or_default()
}

/// Reads a file written by this or an earlier version.
pub fn from_json(text: &str) -> Result<Envelope, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        schema_version: Option<serde_json::Value>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ImportError::InvalidJson {
                line: e.line(),
                column: e.column(),
            }
        } else {
            ImportError::NotAPlan
        }
    })?;
    if head.format.as_deref() != Some(FORMAT_NAME) {
        return Err(ImportError::NotAPlan);
    }
    let version = head
        .schema_version
        .and_then(|v| v.as_u64())
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(ImportError::NotAPlan)?;
    if version > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(ImportError::NotAPlan);
    }
    let env = serde_json::from_str::<Envelope>(text).map_err(|e| ImportError::BadStructure {
        line: e.line(),
        column: e.column(),
    })?;
    if crate::domain::ruleset::by_id(&env.ruleset).is_none() {
        return Err(ImportError::UnknownRuleset { id: env.ruleset });
    }
    Ok(env)
}
