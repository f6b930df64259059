//! Messages of `domain::recovery`, English and Dutch.

use super::Locale;
use crate::domain::recovery::Code;

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[];

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    format!("{code:?}{l:?}")
}
