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

/// Labels of this part's checklist items under `intune-2026`: (id, English, Dutch).
pub const ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T3-01",
        "A Microsoft Entra security group (assigned or dynamic) created for the pilot users, in the Microsoft Entra admin center or Microsoft Intune admin center > Groups",
        "Een Microsoft Entra-beveiligingsgroep (toegewezen of dynamisch) gemaakt voor de pilotgebruikers, in het Microsoft Entra-beheercentrum of Microsoft Intune-beheercentrum > Groepen",
    ),
    (
        "T3-02",
        "Device groups created where policies target devices (such as per platform, or dynamic on the enrollment profile name)",
        "Apparaatgroepen gemaakt waar beleid op apparaten is gericht (zoals per platform, of dynamisch op de naam van het inschrijvingsprofiel)",
    ),
    (
        "T3-03",
        "Company Portal customization policies target user groups only; group membership is evaluated within about 15 minutes, so enroll a few minutes after adding users",
        "Aanpassingsbeleid voor de bedrijfsportal is alleen op gebruikersgroepen gericht; groepslidmaatschap wordt binnen ongeveer 15 minuten geëvalueerd, dus schrijf een paar minuten na het toevoegen van gebruikers in",
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
