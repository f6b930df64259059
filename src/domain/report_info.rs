//! The report's own fields: who prepared the plan and for whom ("Prepared by",
//! "Prepared for"). They belong to no step of the source document; the page
//! edits them on the Overview ([`super::form::OVERVIEW_CONTROLS`]) and the
//! readiness report prints them on its cover. In the file they are the
//! optional section `report`, written only when set.

use serde::Serialize;

use super::checks;
use super::finding::{FieldPath, Finding};

/// The most characters "Prepared by" and "Prepared for" should have (a name
/// and an organisation fit; a longer text is kept but noted, since the
/// report's cover prints it in full).
pub const MAX_LEN: usize = 100;

/// What the user entered for the report's cover.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct ReportInfo {
    /// Who prepared the plan ("Prepared by"), such as a consultant and their
    /// firm. Written only when set.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prepared_by: String,
    /// For whom the plan was prepared ("Prepared for"), such as the client's
    /// IT manager. Written only when set.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prepared_for: String,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

impl ReportInfo {
    /// True when nothing is set (the section is then not written).
    pub fn is_empty(&self) -> bool {
        *self == ReportInfo::default()
    }

    /// The text of a field.
    pub fn text(&self, path: Path) -> &str {
        match path {
            Path::PreparedBy => &self.prepared_by,
            Path::PreparedFor => &self.prepared_for,
        }
    }

    /// A note (never a blocker or warning: the fields do not make a plan
    /// more or less ready) for a field over [`MAX_LEN`] characters.
    pub fn validate(&self, out: &mut Vec<Finding>) {
        for path in Path::ALL {
            if let Some(code) = checks::max_len(self.text(path), MAX_LEN) {
                out.push(Finding::info(FieldPath::Report(path), code));
            }
        }
    }
}

/// A field of the report section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    PreparedBy,
    PreparedFor,
}

impl Path {
    pub const ALL: [Path; 2] = [Path::PreparedBy, Path::PreparedFor];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Code;

    #[test]
    fn a_long_name_is_a_note_and_kept() {
        let mut r = ReportInfo {
            prepared_by: "x".repeat(MAX_LEN),
            ..Default::default()
        };
        let mut out = Vec::new();
        r.validate(&mut out);
        assert!(out.is_empty());
        r.prepared_for = format!("  {}  ", "é".repeat(MAX_LEN + 1));
        r.validate(&mut out);
        assert_eq!(
            out,
            vec![Finding::info(
                FieldPath::Report(Path::PreparedFor),
                Code::TooLong {
                    max: MAX_LEN,
                    actual: MAX_LEN + 1
                }
            )]
        );
        assert!(r.prepared_for.starts_with("  "));
    }
}
