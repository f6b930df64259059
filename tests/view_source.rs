//! A `>` or `<` in an unbraced attribute closure inside `view!` ends the tag
//! there: "Move down" was always disabled and read out the rest of its Rust
//! source as its name (issue 12, point 2). This check reads the UI's source
//! and refuses such an attribute; write the comparison in a closure outside
//! the `view!`, or wrap the value in braces. The end-to-end tests check the
//! page's text for leaked source as well.

use std::path::Path;

/// The attribute closures (`name=move || body`, `name=move |_| body`) of a
/// line whose body is not in braces, as (attribute, body).
fn unbraced_closures(line: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("=move |") {
        let attr: String = rest[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_'))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after = &rest[at + "=move |".len()..];
        let Some(close) = after.find('|') else { break };
        let body = after[close + 1..].trim_start();
        rest = body;
        if attr.is_empty() || body.starts_with('{') {
            continue;
        }
        // The body ends where the next attribute starts, where the tag ends,
        // or at the line's end.
        let end = next_attribute(body).unwrap_or(body.len());
        let value = body[..end].trim_end();

        found.push((attr, value.to_owned()));
    }
    found
}

/// The offset of ` name=` (an attribute) in `s`, outside parentheses.
fn next_attribute(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let bytes = s.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            // The tag's end: `>` straight after the value (a comparison is
            // written with spaces around it).
            b'>' if depth == 0
                && i > 0
                && bytes[i - 1] != b' '
                && bytes.get(i + 1) != Some(&b'=') =>
            {
                return Some(if bytes[i - 1] == b'/' { i - 1 } else { i });
            }
            b' ' if depth == 0 => {
                let word: String = s[i + 1..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_'))
                    .collect();
                if !word.is_empty() && s[i + 1 + word.len()..].starts_with('=') {
                    let next = s[i + 1 + word.len() + 1..].chars().next();
                    if next != Some('=') {
                        return Some(i);
                    }
                }
            }
            _ => {}
        }
    }
    None
}

#[test]
fn no_comparison_in_an_unbraced_view_attribute() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut bad = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (attr, value) in unbraced_closures(line) {
                seen += 1;
                if value.contains('>') || value.contains('<') {
                    bad.push(format!(
                        "{}:{}: {attr}={value}",
                        path.file_name().unwrap().to_string_lossy(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(seen > 20, "the scan found only {seen} attribute closures");
    assert!(
        bad.is_empty(),
        "comparisons in view! attributes:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scan_finds_the_bug_it_guards_against() {
    let line = "<button id=down_id disabled=move || i.saturating_add(1) >= len.get() on:click=move |_| go(Direction::Down)>";
    let found = unbraced_closures(line);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "disabled");
    assert!(found[0].1.contains(">="), "{found:?}");
    assert_eq!(
        found[1],
        ("on:click".to_owned(), "go(Direction::Down)".to_owned())
    );
    // Braced, or compared outside the view: fine.
    assert!(unbraced_closures("class:over=move || { n() > max }>").is_empty());
    let ok = unbraced_closures("<b hidden=move || state.x.with(Option::is_none)>");
    assert_eq!(ok[0].1, "state.x.with(Option::is_none)");
    // `==` is not an attribute's start.
    let eq = unbraced_closures("<option prop:selected=move || state.theme.get() == t>");
    assert_eq!(eq[0].1, "state.theme.get() == t");
}

/// Unicode's case tables cost the page about 15 KB gzip (issue 6): the page's
/// code folds case with `checks::fold_case` (or the ASCII methods). The desk's
/// sort brought them back once (issue 15's attribution found it). The command
/// line (`cli.rs`, `i18n/cli.rs`) is not in the page and may use them.
#[test]
fn the_page_links_no_unicode_case_tables() {
    let mut bad = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "cli.rs" || path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Tests (after `#[cfg(test)]`) run natively only.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or_default();
                if line.contains(".to_lowercase()") || line.contains(".to_uppercase()") {
                    bad.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "Unicode case mapping in the page:\n{}",
        bad.join("\n")
    );
}
