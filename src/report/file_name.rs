//! The name of an exported file: `enrollready-<company>-<YYYY-MM-DD>.<ext>`,
//! the same stem for `.json`, `.md` and `.csv`.
//!
//! `<company>` is the company name reduced: lower case; a letter with an
//! accent (Latin-1 and Latin Extended-A) becomes its base letter (`ß` and the
//! ligatures become two letters); any other non-ASCII character is dropped;
//! each run of characters other than ASCII letters and digits becomes one
//! hyphen; no hyphen at either end; `plan` when nothing is left. It is cut to
//! [`MAX_COMPANY_LEN`] characters (at a hyphen's end), so that the name fits
//! every file system.

use crate::domain::Date;

/// The most characters of the company part of a file name.
pub const MAX_COMPANY_LEN: usize = 60;

/// The ASCII letters a Latin-1 or Latin Extended-A letter is written with,
/// in lower case; `None` for any other non-ASCII character.
fn base_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | '\u{100}'..='\u{105}' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | '\u{106}'..='\u{10D}' => "c",
        'Ð' | 'ð' | '\u{10E}'..='\u{111}' => "d",
        'È'..='Ë' | 'è'..='ë' | '\u{112}'..='\u{11B}' => "e",
        '\u{11C}'..='\u{123}' => "g",
        '\u{124}'..='\u{127}' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | '\u{128}'..='\u{131}' => "i",
        '\u{132}' | '\u{133}' => "ij",
        '\u{134}' | '\u{135}' => "j",
        '\u{136}'..='\u{138}' => "k",
        '\u{139}'..='\u{142}' => "l",
        'Ñ' | 'ñ' | '\u{143}'..='\u{14B}' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | '\u{14C}'..='\u{151}' => "o",
        '\u{152}' | '\u{153}' => "oe",
        '\u{154}'..='\u{159}' => "r",
        'ß' => "ss",
        '\u{15A}'..='\u{161}' | '\u{17F}' => "s",
        '\u{162}'..='\u{167}' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | '\u{168}'..='\u{173}' => "u",
        '\u{174}' | '\u{175}' => "w",
        'Ý' | 'ý' | 'ÿ' | '\u{176}'..='\u{178}' => "y",
        '\u{179}'..='\u{17E}' => "z",
        _ => return None,
    })
}

/// The company part of a file name (see the module's rules).
pub fn reduce(company: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    let push = |out: &mut String, s: &str, gap: &mut bool| {
        if *gap && !out.is_empty() {
            out.push('-');
        }
        *gap = false;
        out.push_str(s);
    };
    for c in company.chars() {
        if c.is_ascii_alphanumeric() {
            push(&mut out, c.to_ascii_lowercase().encode_utf8(&mut [0; 4]), &mut gap);
        } else if let Some(s) = base_letters(c) {
            push(&mut out, s, &mut gap);
        } else if c.is_ascii() {
            gap = true;
        }
        // Any other non-ASCII character is dropped.
    }
    if out.chars().count() > MAX_COMPANY_LEN {
        out = out.chars().take(MAX_COMPANY_LEN).collect();
        while out.ends_with('-') {
            out.pop();
        }
    }
    if out.is_empty() {
        "plan".to_owned()
    } else {
        out
    }
}

/// `enrollready-<company>-<YYYY-MM-DD>`.
pub fn file_stem(company: &str, date: Date) -> String {
    format!("enrollready-{}-{date}", reduce(company))
}

/// `enrollready-<company>-<YYYY-MM-DD>.<extension>` (`json`, `md`, `csv`).
pub fn file_name(company: &str, date: Date, extension: &str) -> String {
    format!("{}.{extension}", file_stem(company, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::new(2017, 10, 10).unwrap()
    }

    #[test]
    fn names_follow_the_contract() {
        assert_eq!(
            file_name("Contoso", day(), "json"),
            "enrollready-contoso-2017-10-10.json"
        );
        assert_eq!(reduce("Café Zoë & Søn"), "cafe-zoe-son");
        assert_eq!(reduce("Straße Œuvre Łódź"), "strasse-oeuvre-lodz");
        assert_eq!(reduce("  --A__b!!c--  "), "a-b-c");
        assert_eq!(reduce("Fabrikam 2017 B.V."), "fabrikam-2017-b-v");
        // Other non-ASCII is dropped, not a separator.
        assert_eq!(reduce("日本Contoso株式会社"), "contoso");
        assert_eq!(reduce("A株B"), "ab");
        assert_eq!(reduce("Zürich 株式会社 AG"), "zurich-ag");
        assert_eq!(reduce(""), "plan");
        assert_eq!(reduce("株式会社"), "plan");
        assert_eq!(reduce("!!!"), "plan");
        assert_eq!(file_stem("", day()), "enrollready-plan-2017-10-10");
    }

    #[test]
    fn long_names_are_cut_without_a_trailing_hyphen() {
        let long = format!("{}-b", "a".repeat(MAX_COMPANY_LEN - 1));
        let r = reduce(&long);
        assert_eq!(r, "a".repeat(MAX_COMPANY_LEN - 1));
        assert_eq!(reduce(&"x".repeat(500)).len(), MAX_COMPANY_LEN);
    }
}
