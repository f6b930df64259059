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
