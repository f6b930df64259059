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
        if !(c.is_alphanumeric() || c == ' ') && !found.contains(c) {
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

/// An absolute `https://` URL whose host name contains a dot. Host names must
/// be ASCII (internationalised names in their `xn--` form): the page ships an
/// ASCII-only IDNA back end to stay small (see ARCHITECTURE.md).
pub fn https_url(value: &str) -> Option<Code> {
    let v = value.trim();
    let Some((scheme, rest)) = v.split_once("://") else {
        return Some(Code::UrlMissingScheme);
    };
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return Some(Code::UrlMissingScheme);
    }
    if !scheme.eq_ignore_ascii_case("https") {
        return Some(Code::UrlNotHttps {
            scheme: scheme.to_ascii_lowercase(),
        });
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_part = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if !host_part.is_ascii() {
        return Some(Code::UrlNonAsciiHost);
    }
    match url::Url::parse(v) {
        Err(_) => Some(Code::UrlInvalid),
        Ok(u) => match u.host_str() {
            Some(h) if h.contains('.') => None,
            Some(_) => Some(Code::UrlHostWithoutDot),
            None => Some(Code::UrlInvalid),
        },
    }
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
}
