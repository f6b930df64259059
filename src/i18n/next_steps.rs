//! Messages of `domain::next_steps`, English and Dutch.

use super::Locale;
use crate::domain::next_steps::Code;

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[];

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    let _ = l;
    match *code {}
}
