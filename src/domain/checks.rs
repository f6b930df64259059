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

/// Letters (any script), digits and spaces only.
pub fn company_name(value: &str) -> Option<Code> {
    let mut found = String::new();
    for c in value.trim().chars() {
        if !(c.is_alphanumeric() || c == ' ' || found.contains(c)) {
            found.push(c);
        }
    }
    (!found.is_empty()).then_some(Code::CompanyNameCharacters { found })
}

/// Digits, spaces and `+ - ( ) .`, with at least one digit.
pub fn phone(value: &str) -> Option<Code> {
    let v = value.trim();
    let allowed = v
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let has_digit = v.chars().any(|c| c.is_ascii_digit());
    (!(allowed && has_digit)).then_some(Code::PhoneFormat)
}

/// A host name of at least two labels: each label 1–63 ASCII letters, digits or
/// hyphens, not starting or ending with a hyphen; the whole at most 253
/// characters; the last label (the top-level domain) not all digits.
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
    let tld = labels[labels.len() - 1];
    labels.iter().all(label_ok) && !tld.chars().all(|c| c.is_ascii_digit())
}

/// An address of the form alias@domain.tld: one `@`, a non-empty alias of
/// printable characters without spaces, and a host name with a dot.
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
/// * Path, query and fragment hold no white space or control characters, none of
///   `< > " { } | \ ^` and backtick, and every `%` starts a two-digit hex escape.
///   Other non-ASCII letters are allowed there (browsers escape them).
///
/// The `url` crate would parse more than we check and costs 20 KB of gzip in
/// the page (see ARCHITECTURE.md, size decisions), hence this function.
pub fn https_url(value: &str) -> Option<Code> {
    let v = value.trim();
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
        return Some(Code::UrlNotHttps {
            scheme: scheme.to_ascii_lowercase(),
        });
    }
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    if authority.contains('@') || !url_tail_ok(tail) {
        return Some(Code::UrlInvalid);
    }
    let (host, port) = if let Some(literal) = authority.strip_prefix('[') {
        let Some(end) = literal.find(']') else {
            return Some(Code::UrlInvalid);
        };
        let after = &literal[end + 1..];
        match after.strip_prefix(':') {
            Some(port) => (&authority[..end + 2], Some(port)),
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

/// A dotted IPv4 address: four decimal numbers 0–255.
fn is_ipv4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.chars().all(|c| c.is_ascii_digit())
                && p.parse::<u8>().is_ok()
        })
}

/// Path, query and fragment: see [`https_url`].
fn url_tail_ok(tail: &str) -> bool {
    let bytes = tail.as_bytes();
    let mut i = 0;
    for (at, c) in tail.char_indices() {
        if at < i {
            continue;
        }
        if c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c) {
            return false;
        }
        if c == '%' {
            let hex = |k: usize| bytes.get(at + k).is_some_and(|b| b.is_ascii_hexdigit());
            if !(hex(1) && hex(2)) {
                return false;
            }
            i = at + 3;
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
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
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
}
