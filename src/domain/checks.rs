//! Format checks shared by the rules: lengths, names, phone numbers, e-mail
//! addresses, URLs, host names and colours. Each returns the [`Code`] that
//! describes the first problem, or `None` when the value is fine.

use super::finding::Code;

/// Length as the rules count it: Unicode scalar values after trimming
/// surrounding white space.
pub fn char_len(value: &str) -> usize {
    value.trim().chars().count()
}

/// `Some(TooLong)` when `value` has more than `max` characters.
pub fn max_len(value: &str, max: usize) -> Option<Code> {
    let actual = char_len(value);
    (actual > max).then_some(Code::TooLong { max, actual })
}

/// Folds case for comparing names, without Unicode's case tables (linking
/// `str::to_lowercase` costs the page about 15 KB gzip): the capitals of
/// ASCII, Latin-1, Latin Extended-A, basic Greek and basic Cyrillic become
/// their small letters, as `to_lowercase` does; every other character is kept
/// as it is (so two names that differ only in the case of, say, an accented
/// Greek capital are not found equal).
pub fn fold_case(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// One character of [`fold_case`].
pub fn fold_char(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u.saturating_add(0x20)
        }
        0x400..=0x40F => u.saturating_add(0x50),
        // Latin Extended-A: capital and small letter side by side
        // (U+0130 İ, U+0131 ı, U+0138 ĸ and U+0149 ŉ are no such pairs).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u & 1 == 0 => u.saturating_add(1),
        0x139..=0x148 | 0x179..=0x17E if u & 1 == 1 => u.saturating_add(1),
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// A bounded list of the distinct characters that broke a rule: at most
/// [`CharList::MAX_SHOWN`] of them in the order they first occur, and how many
/// other distinct characters there are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CharList {
    /// The first distinct offending characters, in order of appearance.
    pub shown: Vec<char>,
    /// How many other distinct offending characters the value has.
    pub more: usize,
}

impl CharList {
    /// The most characters a message lists.
    pub const MAX_SHOWN: usize = 10;

    /// The distinct characters of `chars` that `offends`, bounded (see
    /// [`CharCollector`]).
    pub fn collect(chars: impl IntoIterator<Item = char>, offends: impl Fn(char) -> bool) -> Self {
        let mut list = CharCollector::default();
        for c in chars.into_iter().filter(|&c| offends(c)) {
            list.push(c);
        }
        list.finish()
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// The shown characters as one string.
    pub fn shown_string(&self) -> String {
        self.shown.iter().collect()
    }
}

/// Builds a [`CharList`] one character at a time: a few comparisons per
/// character for the shown ones; the others are gathered and sorted with
/// duplicates removed whenever their number doubles, so O(n log n) over the
/// whole value, whatever it holds, with memory bounded by the distinct ones.
#[derive(Debug, Default)]
pub struct CharCollector {
    shown: Vec<char>,
    rest: Vec<char>,
    /// The length of `rest` after its last sort.
    sorted_len: usize,
}

impl CharCollector {
    pub fn push(&mut self, c: char) {
        if self.shown.contains(&c) {
            return;
        }
        if self.shown.len() < CharList::MAX_SHOWN {
            self.shown.push(c);
            return;
        }
        self.rest.push(c);
        if self.rest.len() >= self.sorted_len.max(512).saturating_mul(2) {
            self.compact();
        }
    }

    fn compact(&mut self) {
        self.rest.sort_unstable();
        self.rest.dedup();
        self.sorted_len = self.rest.len();
    }

    pub fn finish(mut self) -> CharList {
        self.compact();
        CharList {
            shown: self.shown,
            more: self.rest.len(),
        }
    }
}

impl From<&str> for CharList {
    /// The distinct characters of `s` (for tests and simple callers).
    fn from(s: &str) -> Self {
        CharList::collect(s.chars(), |_| true)
    }
}

/// Combining marks (Unicode general categories Mn, Mc and Me) in the Basic
/// Multilingual Plane, as sorted ranges; a range may also span letters
/// between two marks (letters are accepted anyway). Generated from
/// Unicode 14.0.0.
const MARKS: &[(u16, u16)] = &[
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0591, 0x05BD),
    (0x05BF, 0x05BF),
    (0x05C1, 0x05C2),
    (0x05C4, 0x05C5),
    (0x05C7, 0x05C7),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0711, 0x074A),
    (0x07A6, 0x07B0),
    (0x07EB, 0x07F3),
    (0x07FD, 0x07FD),
    (0x0816, 0x082D),
    (0x0859, 0x085B),
    (0x0898, 0x08E1),
    (0x08E3, 0x0963),
    (0x0981, 0x0983),
    (0x09BC, 0x09C4),
    (0x09C7, 0x09C8),
    (0x09CB, 0x09CD),
    (0x09D7, 0x09D7),
    (0x09E2, 0x09E3),
    (0x09FE, 0x09FE),
    (0x0A01, 0x0A03),
    (0x0A3C, 0x0A3C),
    (0x0A3E, 0x0A42),
    (0x0A47, 0x0A48),
    (0x0A4B, 0x0A4D),
    (0x0A51, 0x0A51),
    (0x0A70, 0x0A75),
    (0x0A81, 0x0A83),
    (0x0ABC, 0x0AC5),
    (0x0AC7, 0x0AC9),
    (0x0ACB, 0x0ACD),
    (0x0AE2, 0x0AE3),
    (0x0AFA, 0x0AFF),
    (0x0B01, 0x0B03),
    (0x0B3C, 0x0B44),
    (0x0B47, 0x0B48),
    (0x0B4B, 0x0B4D),
    (0x0B55, 0x0B57),
    (0x0B62, 0x0B63),
    (0x0B82, 0x0B82),
    (0x0BBE, 0x0BC2),
    (0x0BC6, 0x0BC8),
    (0x0BCA, 0x0BCD),
    (0x0BD7, 0x0BD7),
    (0x0C00, 0x0C04),
    (0x0C3C, 0x0C44),
    (0x0C46, 0x0C48),
    (0x0C4A, 0x0C4D),
    (0x0C55, 0x0C56),
    (0x0C62, 0x0C63),
    (0x0C81, 0x0C83),
    (0x0CBC, 0x0CC4),
    (0x0CC6, 0x0CC8),
    (0x0CCA, 0x0CCD),
    (0x0CD5, 0x0CD6),
    (0x0CE2, 0x0CE3),
    (0x0D00, 0x0D03),
    (0x0D3B, 0x0D44),
    (0x0D46, 0x0D48),
    (0x0D4A, 0x0D4D),
    (0x0D57, 0x0D57),
    (0x0D62, 0x0D63),
    (0x0D81, 0x0D83),
    (0x0DCA, 0x0DCA),
    (0x0DCF, 0x0DD4),
    (0x0DD6, 0x0DD6),
    (0x0DD8, 0x0DDF),
    (0x0DF2, 0x0DF3),
    (0x0E31, 0x0E3A),
    (0x0E47, 0x0E4E),
    (0x0EB1, 0x0EBC),
    (0x0EC8, 0x0ECD),
    (0x0F18, 0x0F19),
    (0x0F35, 0x0F35),
    (0x0F37, 0x0F37),
    (0x0F39, 0x0F39),
    (0x0F3E, 0x0F3F),
    (0x0F71, 0x0F84),
    (0x0F86, 0x0F97),
    (0x0F99, 0x0FBC),
    (0x0FC6, 0x0FC6),
    (0x102B, 0x103E),
    (0x1056, 0x108F),
    (0x109A, 0x109D),
    (0x135D, 0x135F),
    (0x1712, 0x1715),
    (0x1732, 0x1734),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17B4, 0x17D3),
    (0x17DD, 0x17DD),
    (0x180B, 0x180D),
    (0x180F, 0x180F),
    (0x1885, 0x18A9),
    (0x1920, 0x192B),
    (0x1930, 0x193B),
    (0x1A17, 0x1A1B),
    (0x1A55, 0x1A5E),
    (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A7F),
    (0x1AB0, 0x1ACE),
    (0x1B00, 0x1B44),
    (0x1B6B, 0x1B73),
    (0x1B80, 0x1BAD),
    (0x1BE6, 0x1BF3),
    (0x1C24, 0x1C37),
    (0x1CD0, 0x1CD2),
    (0x1CD4, 0x1CF9),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20F0),
    (0x2CEF, 0x2CF1),
    (0x2D7F, 0x2D7F),
    (0x2DE0, 0x2DFF),
    (0x302A, 0x302F),
    (0x3099, 0x309A),
    (0xA66F, 0xA672),
    (0xA674, 0xA67D),
    (0xA69E, 0xA69F),
    (0xA6F0, 0xA6F1),
    (0xA802, 0xA827),
    (0xA82C, 0xA82C),
    (0xA880, 0xA8C5),
    (0xA8E0, 0xA8F1),
    (0xA8FF, 0xA8FF),
    (0xA926, 0xA92D),
    (0xA947, 0xA953),
    (0xA980, 0xA9C0),
    (0xA9E5, 0xA9E5),
    (0xAA29, 0xAA36),
    (0xAA43, 0xAA4D),
    (0xAA7B, 0xAAC1),
    (0xAAEB, 0xAAEF),
    (0xAAF5, 0xAAF6),
    (0xABE3, 0xABEA),
    (0xABEC, 0xABED),
    (0xFB1E, 0xFB1E),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
];

/// Characters that Rust counts as alphabetic but that are not letters: letter
/// numbers (Nl, such as Roman numerals) and the circled and squared Latin
/// letters (So).
const ALPHABETIC_NON_LETTERS: &[(u32, u32)] = &[
    (0x16EE, 0x16F0),
    (0x2160, 0x2182),
    (0x2185, 0x2188),
    (0x24B6, 0x24E9),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303A),
    (0xA6E6, 0xA6EF),
    (0x10140, 0x10174),
    (0x10341, 0x10341),
    (0x1034A, 0x1034A),
    (0x103D1, 0x103D5),
    (0x12400, 0x1246E),
    (0x1F130, 0x1F149),
    (0x1F150, 0x1F169),
    (0x1F170, 0x1F189),
];

/// Invisible format characters and the bidirectional controls (general
/// category Cf as listed by RFC 3987 §4.1 and UTS #39), as sorted ranges.
const FORMAT_CHARS: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x061C, 0x061C),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

fn in_ranges<T: Copy + Into<u32>>(table: &[(T, T)], c: char) -> bool {
    let c = u32::from(c);
    let i = table.partition_point(|&(_, hi)| hi.into() < c);
    table.get(i).is_some_and(|&(lo, _)| lo.into() <= c)
}

/// A combining mark (Mn, Mc, Me) of the Basic Multilingual Plane.
pub fn is_mark(c: char) -> bool {
    in_ranges(MARKS, c)
}

/// An invisible format character or bidirectional control (see
/// [`FORMAT_CHARS`]) or a noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF).
pub fn is_format_or_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    in_ranges(FORMAT_CHARS, c) || (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// A private-use code point.
pub fn is_private_use(c: char) -> bool {
    let n = u32::from(c);
    (0xE000..=0xF8FF).contains(&n) || (0xF0000..=0x10FFFD).contains(&n)
}

/// A character the user cannot see or tell apart when it is quoted, so
/// messages name it by its code point: white space, control, format and
/// noncharacters, combining marks and private-use characters.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_format_or_noncharacter(c)
        || is_mark(c)
        || is_private_use(c)
}

/// A letter outside ASCII: an alphabetic character that is not a letter
/// number or a circled or squared letter.
fn is_non_ascii_letter(c: char) -> bool {
    !c.is_ascii() && c.is_alphabetic() && !in_ranges(ALPHABETIC_NON_LETTERS, c)
}

/// The company name: ASCII letters, digits and spaces are fine (the 2017
/// console promises alphanumerics). Other letters, with the combining marks
/// that follow them (decomposed accents, viramas), are not confirmed: a
/// warning lists them. Anything else (symbols, punctuation, invisible
/// characters) is a blocker. Returns (blocker, warning).
pub fn company_name(value: &str) -> (Option<Code>, Option<Code>) {
    let mut refused = CharCollector::default();
    let mut unconfirmed = CharCollector::default();
    // A mark continues the letter before it (or the mark before it).
    let mut after_letter = false;
    for c in value.trim().chars() {
        if c.is_ascii_alphanumeric() {
            after_letter = true;
        } else if is_non_ascii_letter(c) || (after_letter && is_mark(c)) {
            after_letter = true;
            unconfirmed.push(c);
        } else {
            after_letter = false;
            if c != ' ' {
                refused.push(c);
            }
        }
    }
    let (refused, unconfirmed) = (refused.finish(), unconfirmed.finish());
    (
        (!refused.is_empty()).then_some(Code::CompanyNameCharacters { found: refused }),
        (!unconfirmed.is_empty())
            .then_some(Code::CompanyNameNonAsciiLetters { found: unconfirmed }),
    )
}

/// Digits, spaces and `+ - ( ) . /`, with at least one digit.
pub fn phone(value: &str) -> Option<Code> {
    let v = value.trim();
    let allowed = v
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
    let has_digit = v.chars().any(|c| c.is_ascii_digit());
    (!(allowed && has_digit)).then_some(Code::PhoneFormat)
}

/// A host name of at least two labels: each label 1–63 ASCII letters, digits or
/// hyphens, not starting or ending with a hyphen; the whole at most 253
/// characters; the last label (the top-level domain) not a number: not all
/// digits and not `0x` followed by hex digits (browsers read both as an IPv4
/// address, WHATWG "ends in a number").
pub fn is_host_name(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    let Some(&tld) = labels.last() else {
        return false;
    };
    let numeric = tld.chars().all(|c| c.is_ascii_digit())
        || tld
            .strip_prefix("0x")
            .or_else(|| tld.strip_prefix("0X"))
            .is_some_and(|hex| hex.chars().all(|c| c.is_ascii_hexdigit()));
    labels.iter().all(label_ok) && !numeric
}

/// An address of the form alias@domain.tld: one `@`, a non-empty alias of
/// printable characters without spaces, and a host name with a dot that does
/// not end with a dot (RFC 5321 `Domain`).
pub fn email(value: &str) -> Option<Code> {
    let v = value.trim();
    let ok = match v.split_once('@') {
        Some((alias, domain)) => {
            !alias.is_empty()
                && !alias.starts_with('.')
                && !alias.ends_with('.')
                && !alias.contains("..")
                && alias
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c))
                && !domain.ends_with('.')
                && is_host_name(domain)
        }
        None => false,
    };
    (!ok).then_some(Code::EmailFormat)
}

/// An absolute `https://` URL whose host name contains a dot, checked against
/// the generic syntax of RFC 3986: `https://host[:port][/path][?query][#fragment]`.
///
/// * The host is a host name of at least two labels ([`is_host_name`]) or a
///   dotted IPv4 address; host names must be ASCII (internationalised names in
///   their `xn--` form, as the Intune console stores them).
/// * User information (`user@`) is refused: a portal link carries no credentials.
/// * The port, when given, is 1 to 65535.
/// * No invisible format character or bidirectional control anywhere (RFC 3987
///   §4.1): such a URL is refused with the characters named.
/// * Path, query and fragment hold no white space or control characters, none of
///   `< > " { } | \ ^` and backtick, and every `%` starts a two-digit hex escape.
///   Other non-ASCII letters are allowed there (browsers escape them).
///
/// The `url` crate would parse more than we check and costs 20 KB of gzip in
/// the page (see ARCHITECTURE.md, size decisions), hence this function.
pub fn https_url(value: &str) -> Option<Code> {
    let v = value.trim();
    let invisible = CharList::collect(v.chars(), is_format_or_noncharacter);
    if !invisible.is_empty() {
        return Some(Code::UrlInvisibleCharacters { found: invisible });
    }
    let Some((scheme, rest)) = v.split_once("://") else {
        return Some(Code::UrlMissingScheme);
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok {
        return Some(Code::UrlMissingScheme);
    }
    if !scheme.eq_ignore_ascii_case("https") {
        let not_https = Code::UrlNotHttps {
            scheme: scheme.to_ascii_lowercase(),
        };
        // `http://` is only a warning, so it must not hide a broken URL
        // (corpus case `http://a/%%30%30`): the rest's problem comes first.
        if scheme.eq_ignore_ascii_case("http") {
            return Some(https_url(&format!("https://{rest}")).unwrap_or(not_https));
        }
        return Some(not_https);
    }
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    if authority.contains('@') || !url_tail_ok(tail) {
        return Some(Code::UrlInvalid);
    }
    let (host, port) = if let Some(literal) = authority.strip_prefix('[') {
        let Some((_, after)) = literal.split_once(']') else {
            return Some(Code::UrlInvalid);
        };
        // `after` is the tail of `authority`, so the host is what comes before it.
        let bracketed = authority.strip_suffix(after).unwrap_or(authority);
        match after.strip_prefix(':') {
            Some(port) => (bracketed, Some(port)),
            None if after.is_empty() => (authority, None),
            None => return Some(Code::UrlInvalid),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if let Some(port) = port {
        let digits = !port.is_empty() && port.chars().all(|c| c.is_ascii_digit());
        if !digits || !port.parse::<u16>().is_ok_and(|p| p > 0) {
            return Some(Code::UrlInvalid);
        }
    }
    if !host.is_ascii() {
        return Some(Code::UrlNonAsciiHost);
    }
    if host.is_empty() || host.starts_with('[') {
        // Empty, or an IPv6 literal: neither has a dotted host name.
        return Some(if host.is_empty() {
            Code::UrlInvalid
        } else {
            Code::UrlHostWithoutDot
        });
    }
    if !host.contains('.') {
        return Some(
            if host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                Code::UrlHostWithoutDot
            } else {
                Code::UrlInvalid
            },
        );
    }
    (!(is_host_name(host) || is_ipv4(host))).then_some(Code::UrlInvalid)
}

/// A dotted IPv4 address: four decimal numbers 0–255 without leading zeros
/// (RFC 3986 `dec-octet`; browsers read `010` as octal).
fn is_ipv4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.chars().all(|c| c.is_ascii_digit())
                && !(p.len() > 1 && p.starts_with('0'))
                && p.parse::<u8>().is_ok()
        })
}

/// Path, query and fragment: see [`https_url`].
fn url_tail_ok(tail: &str) -> bool {
    let mut chars = tail.chars();
    while let Some(c) = chars.next() {
        if c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c) {
            return false;
        }
        if c == '%' {
            // The escape's two hex digits are consumed here.
            let mut hex = || chars.next().is_some_and(|h| h.is_ascii_hexdigit());
            if !(hex() && hex()) {
                return false;
            }
        }
    }
    true
}

/// `#RRGGBB`, returning the three bytes.
pub fn parse_hex_color(value: &str) -> Option<[u8; 3]> {
    let hex = value.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let [_, r, g, b] = u32::from_str_radix(hex, 16).ok()?.to_be_bytes();
    Some([r, g, b])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counts_scalar_values_after_trimming() {
        assert_eq!(char_len("  é  "), 1);
        assert_eq!(
            char_len("a\u{301}"),
            2,
            "combining marks count as their own scalar value"
        );
        assert_eq!(max_len(&"é".repeat(40), 40), None);
        assert_eq!(
            max_len(&"é".repeat(41), 40),
            Some(Code::TooLong {
                max: 40,
                actual: 41
            })
        );
        assert_eq!(max_len(&format!("  {}  ", "x".repeat(40)), 40), None);
    }

    #[test]
    fn host_names() {
        for ok in [
            "contoso.com",
            "eu.contoso.nl",
            "xn--bcher-kva.de",
            "a-b.c-d.io",
            "contoso.com.",
        ] {
            assert!(is_host_name(ok), "{ok}");
        }
        let long_label = format!("{}.com", "a".repeat(64));
        for bad in [
            "contoso",
            "-a.com",
            "a-.com",
            "a..com",
            "a_b.com",
            "1.2.3.4",
            "",
            long_label.as_str(),
        ] {
            assert!(!is_host_name(bad), "{bad}");
        }
    }

    #[test]
    fn https_url_syntax() {
        for ok in [
            "https://www.contoso.com",
            "https://www.contoso.com:8443/privacy",
            "https://contoso.com/a%20b?x=1&y=%C3%A9#top",
            "https://contoso.com/café",
            "https://10.1.2.3/privacy",
            "https://contoso.com.",
            "https://contoso.com?",
            "https://contoso.com#",
        ] {
            assert_eq!(https_url(ok), None, "{ok}");
        }
        let cases = [
            ("https://user:pw@contoso.com", Code::UrlInvalid),
            ("https://contoso.com:0", Code::UrlInvalid),
            ("https://contoso.com:65536", Code::UrlInvalid),
            ("https://contoso.com:", Code::UrlInvalid),
            ("https://contoso.com:+80", Code::UrlInvalid),
            ("https://contoso.com/a b", Code::UrlInvalid),
            ("https://contoso.com/%zz", Code::UrlInvalid),
            ("https://contoso.com/%4", Code::UrlInvalid),
            ("https://contoso.com/<script>", Code::UrlInvalid),
            ("https://contoso_nl.com", Code::UrlInvalid),
            ("https://-contoso.com", Code::UrlInvalid),
            ("https://contoso..com", Code::UrlInvalid),
            ("https://300.1.2.3", Code::UrlInvalid),
            ("https://[2001:db8::1]/", Code::UrlHostWithoutDot),
            ("https://localhost:8080", Code::UrlHostWithoutDot),
            ("https://müller.de", Code::UrlNonAsciiHost),
            ("://contoso.com", Code::UrlMissingScheme),
            ("1https://contoso.com", Code::UrlMissingScheme),
            ("mailto:it@contoso.com", Code::UrlMissingScheme),
            (
                "javascript://alert(1)",
                Code::UrlNotHttps {
                    scheme: "javascript".into(),
                },
            ),
        ];
        for (bad, code) in cases {
            assert_eq!(https_url(bad), Some(code), "{bad}");
        }
    }

    #[test]
    fn bracketed_hosts_and_escapes_at_the_edges() {
        for ok in [
            "https://contoso.com/%41%42é",
            "https://contoso.com/é%C3%A9?q=%20#%2F",
        ] {
            assert_eq!(https_url(ok), None, "{ok}");
        }
        let cases = [
            ("https://[2001:db8::1]:8443/", Code::UrlHostWithoutDot),
            ("https://[2001:db8::1]", Code::UrlHostWithoutDot),
            ("https://[2001:db8::1]:0/", Code::UrlInvalid),
            ("https://[2001:db8::1]:/", Code::UrlInvalid),
            ("https://[2001:db8::1]x/", Code::UrlInvalid),
            ("https://[2001:db8::1/", Code::UrlInvalid),
            ("https://contoso.com/%é1", Code::UrlInvalid),
            ("https://contoso.com/%", Code::UrlInvalid),
            ("https://contoso.com/%4é", Code::UrlInvalid),
            ("https://contoso.com/%41 x", Code::UrlInvalid),
        ];
        for (bad, code) in cases {
            assert_eq!(https_url(bad), Some(code), "{bad}");
        }
        assert_eq!(parse_hex_color(" #0078d4 "), Some([0x00, 0x78, 0xD4]));
        assert_eq!(parse_hex_color("#+78d4a"), None);
        assert_eq!(parse_hex_color("#0078d"), None);
    }
}
