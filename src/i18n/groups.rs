//! Messages of `domain::groups`, English and Dutch.

use super::Locale;
use crate::domain::groups::{Code, GroupKind};

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[
    (
        "S3-01",
        "A user group created for the pilot users",
        "Een gebruikersgroep gemaakt voor de pilotgebruikers",
    ),
    (
        "S3-02",
        "Device groups created per platform (such as iOS, Android and Windows)",
        "Apparaatgroepen gemaakt per platform (zoals iOS, Android en Windows)",
    ),
];

/// The name of a group kind.
pub fn kind_label(kind: GroupKind, l: Locale) -> &'static str {
    match (kind, l) {
        (GroupKind::User, Locale::En) => "User group",
        (GroupKind::User, Locale::Nl) => "Gebruikersgroep",
        (GroupKind::Device, Locale::En) => "Device group",
        (GroupKind::Device, Locale::Nl) => "Apparaatgroep",
    }
}

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::NameEmpty => match l {
            En => "Enter the group's name, or remove this row.".into(),
            Nl => "Voer de naam van de groep in of verwijder deze rij.".into(),
        },
        Code::DuplicateName { first } => match l {
            // Rows are numbered from 1.
            En => format!(
                "A group with this name is already listed in row {}: give each group its own name.",
                first.saturating_add(1)
            ),
            Nl => format!(
                "Een groep met deze naam staat al in rij {}: geef elke groep een eigen naam.",
                first.saturating_add(1)
            ),
        },
    }
}
