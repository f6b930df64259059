//! The words of a comparison of two plans ([`crate::report::compare`]).

use super::{Locale, Text};
use crate::report::compare::EntryChange;

/// The Compare view's introduction: which file the open plan is compared
/// with.
pub fn intro(file: &str, l: Locale) -> String {
    match l {
        Locale::En => format!("This plan compared with the file {file}. Steps without a change are left out."),
        Locale::Nl => format!("Dit plan vergeleken met het bestand {file}. Stappen zonder wijziging zijn weggelaten."),
    }
}

pub fn title(l: Locale) -> &'static str {
    match l {
        Locale::En => "What changed",
        Locale::Nl => "Wat is er gewijzigd",
    }
}

pub fn readiness(l: Locale) -> &'static str {
    l.text(Text::OverallReadiness)
}

pub fn state(l: Locale) -> &'static str {
    l.text(Text::SummaryState)
}

pub fn status(l: Locale) -> &'static str {
    l.text(Text::ItemStatus)
}

pub fn owner(l: Locale) -> &'static str {
    l.text(Text::ItemOwner)
}

pub fn due_date(l: Locale) -> &'static str {
    l.text(Text::ItemDueDate)
}

pub fn note(l: Locale) -> &'static str {
    l.text(Text::ItemNote)
}

/// An item that applies in one version only.
pub fn not_applying(l: Locale) -> &'static str {
    match l {
        Locale::En => "does not apply to this plan",
        Locale::Nl => "niet van toepassing op dit plan",
    }
}

pub fn no_changes(l: Locale) -> &'static str {
    match l {
        Locale::En => "The two plans are the same.",
        Locale::Nl => "De twee plannen zijn gelijk.",
    }
}

pub fn appeared(l: Locale) -> &'static str {
    match l {
        Locale::En => "New",
        Locale::Nl => "Nieuw",
    }
}

pub fn resolved(l: Locale) -> &'static str {
    match l {
        Locale::En => "Resolved",
        Locale::Nl => "Opgelost",
    }
}

/// "3 steps unchanged."
pub fn unchanged(n: usize, l: Locale) -> String {
    let count = super::format_int(l, n as u64);
    match (n, l) {
        (1, Locale::En) => "1 step unchanged.".into(),
        (1, Locale::Nl) => "1 stap ongewijzigd.".into(),
        (_, Locale::En) => format!("{count} steps unchanged."),
        (_, Locale::Nl) => format!("{count} stappen ongewijzigd."),
    }
}

/// A list entry's change in words.
pub fn entry(e: &EntryChange, l: Locale) -> String {
    match (e, l) {
        (EntryChange::Added { name }, Locale::En) => format!("Added: {name}"),
        (EntryChange::Added { name }, Locale::Nl) => format!("Toegevoegd: {name}"),
        (EntryChange::Removed { name }, Locale::En) => format!("Removed: {name}"),
        (EntryChange::Removed { name }, Locale::Nl) => format!("Verwijderd: {name}"),
        (EntryChange::Moved { name, from, to }, Locale::En) => {
            format!("Moved: {name}, from place {from} to place {to}")
        }
        (EntryChange::Moved { name, from, to }, Locale::Nl) => {
            format!("Verplaatst: {name}, van plaats {from} naar plaats {to}")
        }
        (EntryChange::Changed { name, fields }, l) => {
            let changes = fields
                .iter()
                .map(|f| format!("{}: {} → {}", f.label, f.old, f.new))
                .collect::<Vec<_>>()
                .join("; ");
            match l {
                Locale::En => format!("Changed: {name} ({changes})"),
                Locale::Nl => format!("Gewijzigd: {name} ({changes})"),
            }
        }
    }
}

/// A value the new ruleset does not show: it stays in the plan.
pub fn kept(l: Locale) -> &'static str {
    match l {
        Locale::En => "kept in the plan, not shown under these rules",
        Locale::Nl => "blijft in het plan, niet getoond onder deze regels",
    }
}

/// A step the new ruleset does not have (the recovery path).
pub fn not_in_rules(l: Locale) -> &'static str {
    match l {
        Locale::En => "not part of these rules (its values are kept)",
        Locale::Nl => "hoort niet bij deze regels (de waarden blijven bewaard)",
    }
}

/// Fields that appear under the new rules.
pub fn shown(l: Locale) -> &'static str {
    match l {
        Locale::En => "New field",
        Locale::Nl => "Nieuw veld",
    }
}

/// The heading of a field no longer shown.
pub fn hidden(l: Locale) -> &'static str {
    match l {
        Locale::En => "No longer shown",
        Locale::Nl => "Niet meer getoond",
    }
}

/// The heading of a limit that differs.
pub fn limit_word(l: Locale) -> &'static str {
    match l {
        Locale::En => "Limit",
        Locale::Nl => "Limiet",
    }
}

/// The limits a move between rulesets compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    DnsPropagationHours,
    LogoMaxBytes,
    LogoMaxPixels,
    LogoRecommendedHeight,
    BrandImageMaxBytes,
    PrivacyMessageMax,
    TargetedPolicies,
    DevicesPerUser,
    DeviceLimit,
    ApnsGrace,
    DemAccounts,
    PcClientMax,
    VppValidity,
    EspProfiles,
}

impl Limit {
    pub const ALL: [Limit; 14] = [
        Limit::DnsPropagationHours,
        Limit::LogoMaxBytes,
        Limit::LogoMaxPixels,
        Limit::LogoRecommendedHeight,
        Limit::BrandImageMaxBytes,
        Limit::PrivacyMessageMax,
        Limit::TargetedPolicies,
        Limit::DevicesPerUser,
        Limit::DeviceLimit,
        Limit::ApnsGrace,
        Limit::DemAccounts,
        Limit::PcClientMax,
        Limit::VppValidity,
        Limit::EspProfiles,
    ];
}

/// A limit's name.
pub fn limit(k: Limit, l: Locale) -> String {
    let s = match (k, l) {
        (Limit::DnsPropagationHours, Locale::En) => "DNS propagation, at most",
        (Limit::DnsPropagationHours, Locale::Nl) => "DNS-doorvoer, hoogstens",
        (Limit::LogoMaxBytes, Locale::En) => "Largest logo file",
        (Limit::LogoMaxBytes, Locale::Nl) => "Grootste logobestand",
        (Limit::LogoMaxPixels, Locale::En) => "Largest logo size",
        (Limit::LogoMaxPixels, Locale::Nl) => "Grootste logoformaat",
        (Limit::LogoRecommendedHeight, Locale::En) => "Recommended logo height",
        (Limit::LogoRecommendedHeight, Locale::Nl) => "Aanbevolen logohoogte",
        (Limit::BrandImageMaxBytes, Locale::En) => "Largest brand image file",
        (Limit::BrandImageMaxBytes, Locale::Nl) => "Grootste bestand voor de merkafbeelding",
        (Limit::PrivacyMessageMax, Locale::En) => "Longest privacy message (iOS/iPadOS)",
        (Limit::PrivacyMessageMax, Locale::Nl) => "Langste privacybericht (iOS/iPadOS)",
        (Limit::TargetedPolicies, Locale::En) => "Customization policies for groups, at most",
        (Limit::TargetedPolicies, Locale::Nl) => "Aanpassingsbeleid voor groepen, hoogstens",
        (Limit::DevicesPerUser, Locale::En) => "Devices per user licence, at most",
        (Limit::DevicesPerUser, Locale::Nl) => "Apparaten per gebruikerslicentie, hoogstens",
        (Limit::DeviceLimit, Locale::En) => "Device limit",
        (Limit::DeviceLimit, Locale::Nl) => "Apparaatlimiet",
        (Limit::ApnsGrace, Locale::En) => "Grace period after the APNs certificate expires",
        (Limit::ApnsGrace, Locale::Nl) => "Respijtperiode na het verlopen van het APNs-certificaat",
        (Limit::DemAccounts, Locale::En) => "Device enrollment manager accounts, at most",
        (Limit::DemAccounts, Locale::Nl) => "Accounts voor apparaatinschrijvingsmanagers, hoogstens",
        (Limit::PcClientMax, Locale::En) => "PCs with the Intune client, at most",
        (Limit::PcClientMax, Locale::Nl) => "Pc's met de Intune-client, hoogstens",
        (Limit::VppValidity, Locale::En) => "Apps and Books (VPP) token valid for",
        (Limit::VppValidity, Locale::Nl) => "Apps and Books-token (VPP) geldig gedurende",
        (Limit::EspProfiles, Locale::En) => "Enrollment Status Page profiles, at most",
        (Limit::EspProfiles, Locale::Nl) => "Profielen voor de inschrijvingsstatuspagina, hoogstens",
    };
    s.to_owned()
}

/// A file size in bytes: "750,000 bytes" / "750.000 bytes".
pub fn bytes(n: u64, l: Locale) -> String {
    format!("{} bytes", super::format_int(l, n))
}

/// "72 hours" / "72 uur".
pub fn hours(n: u64, l: Locale) -> String {
    let count = super::format_int(l, n);
    match (n, l) {
        (1, Locale::En) => "1 hour".into(),
        (_, Locale::En) => format!("{count} hours"),
        (_, Locale::Nl) => format!("{count} uur"),
    }
}

/// "30 days" / "30 dagen".
pub fn days(n: u64, l: Locale) -> String {
    let count = super::format_int(l, n);
    match (n, l) {
        (1, Locale::En) => "1 day".into(),
        (1, Locale::Nl) => "1 dag".into(),
        (_, Locale::En) => format!("{count} days"),
        (_, Locale::Nl) => format!("{count} dagen"),
    }
}

/// "520 characters" / "520 tekens".
pub fn characters(n: u64, l: Locale) -> String {
    let count = super::format_int(l, n);
    match l {
        Locale::En => format!("{count} characters"),
        Locale::Nl => format!("{count} tekens"),
    }
}

/// Two plans on different rulesets: the rules both were compared under.
pub fn moved_to(rules: &str, l: Locale) -> String {
    match l {
        Locale::En => format!(
            "The two plans follow different rules: both were compared as if moved to {rules} (every value is kept in a move)."
        ),
        Locale::Nl => format!(
            "De twee plannen volgen verschillende regels: beide zijn vergeleken alsof ze naar {rules} zijn verplaatst (bij verplaatsen blijft elke waarde bewaard)."
        ),
    }
}
