//! The name of an exported file: `enrollready-<company>-<YYYY-MM-DD>.<ext>`,
//! the same stem for `.json`, `.md` and `.csv`.
//!
//! `<company>` is the company name reduced: lower case; a letter with an
//! accent (Latin-1, Latin Extended-A and -B, Latin Extended Additional)
//! becomes its base letter (`ß` and the ligatures become two letters); any other non-ASCII character is dropped;
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
        _ => return extended_base_letter(c),
    })
}

/// Latin Extended-B and Latin Extended Additional: every letter whose
/// canonical decomposition starts with an ASCII letter (Romanian ș and ț,
/// Vietnamese, pinyin tones, …), and ẞ. Generated from Unicode's
/// decompositions (Python's `unicodedata.normalize("NFD", c)`), not typed.
fn extended_base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{1CD}'..='\u{1CE}' | '\u{1DE}'..='\u{1E1}' | '\u{1FA}'..='\u{1FB}' | '\u{200}'..='\u{203}' | '\u{226}'..='\u{227}' | '\u{1E00}'..='\u{1E01}' | '\u{1EA0}'..='\u{1EB7}' => "a",
        '\u{1E02}'..='\u{1E07}' => "b",
        '\u{1E08}'..='\u{1E09}' => "c",
        '\u{1E0A}'..='\u{1E13}' => "d",
        '\u{204}'..='\u{207}' | '\u{228}'..='\u{229}' | '\u{1E14}'..='\u{1E1D}' | '\u{1EB8}'..='\u{1EC7}' => "e",
        '\u{1E1E}'..='\u{1E1F}' => "f",
        '\u{1E6}'..='\u{1E7}' | '\u{1F4}'..='\u{1F5}' | '\u{1E20}'..='\u{1E21}' => "g",
        '\u{21E}'..='\u{21F}' | '\u{1E22}'..='\u{1E2B}' | '\u{1E96}' => "h",
        '\u{1CF}'..='\u{1D0}' | '\u{208}'..='\u{20B}' | '\u{1E2C}'..='\u{1E2F}' | '\u{1EC8}'..='\u{1ECB}' => "i",
        '\u{1F0}' => "j",
        '\u{1E8}'..='\u{1E9}' | '\u{1E30}'..='\u{1E35}' => "k",
        '\u{1E36}'..='\u{1E3D}' => "l",
        '\u{1E3E}'..='\u{1E43}' => "m",
        '\u{1F8}'..='\u{1F9}' | '\u{1E44}'..='\u{1E4B}' => "n",
        '\u{1A0}'..='\u{1A1}' | '\u{1D1}'..='\u{1D2}' | '\u{1EA}'..='\u{1ED}' | '\u{20C}'..='\u{20F}' | '\u{22A}'..='\u{231}' | '\u{1E4C}'..='\u{1E53}' | '\u{1ECC}'..='\u{1EE3}' => "o",
        '\u{1E54}'..='\u{1E57}' => "p",
        '\u{210}'..='\u{213}' | '\u{1E58}'..='\u{1E5F}' => "r",
        '\u{218}'..='\u{219}' | '\u{1E60}'..='\u{1E69}' => "s",
        '\u{1E9E}' => "ss",
        '\u{21A}'..='\u{21B}' | '\u{1E6A}'..='\u{1E71}' | '\u{1E97}' => "t",
        '\u{1AF}'..='\u{1B0}' | '\u{1D3}'..='\u{1DC}' | '\u{214}'..='\u{217}' | '\u{1E72}'..='\u{1E7B}' | '\u{1EE4}'..='\u{1EF1}' => "u",
        '\u{1E7C}'..='\u{1E7F}' => "v",
        '\u{1E80}'..='\u{1E89}' | '\u{1E98}' => "w",
        '\u{1E8A}'..='\u{1E8D}' => "x",
        '\u{232}'..='\u{233}' | '\u{1E8E}'..='\u{1E8F}' | '\u{1E99}' | '\u{1EF2}'..='\u{1EF9}' => "y",
        '\u{1E90}'..='\u{1E95}' => "z",
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
    fn letters_of_the_extended_latin_blocks_keep_their_base() {
        assert_eq!(reduce("Științ SRL"), "stiint-srl");
        assert_eq!(reduce("Công ty Nguyễn Thị Ánh"), "cong-ty-nguyen-thi-anh");
        assert_eq!(reduce("Ǎ Ǒ Ǔ ẞ"), "a-o-u-ss");
        // Letters with a stroke or hook have no decomposition: dropped.
        assert_eq!(reduce("ƀƈ AB"), "ab");
    }

    #[test]
    fn long_names_are_cut_without_a_trailing_hyphen() {
        let long = format!("{}-b", "a".repeat(MAX_COMPANY_LEN - 1));
        let r = reduce(&long);
        assert_eq!(r, "a".repeat(MAX_COMPANY_LEN - 1));
        assert_eq!(reduce(&"x".repeat(500)).len(), MAX_COMPANY_LEN);
    }
}
