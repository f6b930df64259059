//! The message catalogue: every word of the page in English and Dutch.
//!
//! [`Text`] is one table with both languages side by side; the `catalogue!`
//! macro will not compile a row without both. Messages with parameters (the
//! findings) are in [`messages`], where every arm matches on both languages, so
//! a new finding code does not compile until it has both texts. Dutch follows
//! the source document's terms (DOMAIN.md §13).

pub mod authority;
pub mod builder;
pub mod calendar;
pub mod compare;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod connections;
pub mod enrollment;
pub mod graph;
pub mod groups;
pub mod handoff;
pub mod licenses;
pub mod messages;
pub mod next_steps;
pub mod notices;
pub mod recovery;
pub mod report;
pub mod retired;
mod text;

pub use messages::finding_message;
pub use report::ReportText;
pub use text::Text;

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Nl,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Nl];

    /// The BCP 47 code, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
        }
    }

    /// The language's own name, as the language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
        }
    }

    /// The locale for a language tag such as `nl-BE` or `en-US`, if we have it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported locale in a browser's preference list, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    pub fn text(self, t: Text) -> &'static str {
        t.get(self)
    }
}

/// The item label tables of every part, the 2017 ruleset's then
/// `intune-2026`'s (its recovery path has no items): (id, English, Dutch).
pub const ITEM_TABLES: &[&[(&str, &str, &str)]] = &[
    connections::ITEMS,
    authority::ITEMS,
    groups::ITEMS,
    messages::PORTAL_ITEMS,
    licenses::ITEMS,
    enrollment::ITEMS,
    next_steps::ITEMS,
    recovery::ITEMS,
    connections::ITEMS_2026,
    authority::ITEMS_2026,
    groups::ITEMS_2026,
    messages::PORTAL_ITEMS_2026,
    licenses::ITEMS_2026,
    enrollment::ITEMS_2026,
    next_steps::ITEMS_2026,
];

/// The label of a checklist item, by id.
pub fn item_label(id: &str, l: Locale) -> Option<&'static str> {
    ITEM_TABLES
        .iter()
        .flat_map(|t| t.iter())
        .find(|(i, _, _)| *i == id)
        .map(|&(_, en, nl)| match l {
            Locale::En => en,
            Locale::Nl => nl,
        })
}

/// Formats a whole number with the locale's thousands separator.
pub fn format_int(locale: Locale, n: u64) -> String {
    let sep = match locale {
        Locale::En => ',',
        Locale::Nl => '.',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len().saturating_add(digits.len() / 3));
    for (i, c) in digits.chars().enumerate() {
        // i < digits.len(): the digits still to come.
        if i > 0 && digits.len().saturating_sub(i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_the_browser() {
        assert_eq!(Locale::negotiate(["nl-BE", "en"]), Locale::Nl);
        assert_eq!(Locale::negotiate(["de-DE", "nl"]), Locale::Nl);
        assert_eq!(Locale::negotiate(["en-GB", "nl"]), Locale::En);
        assert_eq!(Locale::negotiate(["fr"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn thousands() {
        assert_eq!(format_int(Locale::En, 750_000), "750,000");
        assert_eq!(format_int(Locale::Nl, 1_234_567), "1.234.567");
        assert_eq!(format_int(Locale::Nl, 999), "999");
    }
}
