//! Deep nesting on every way in (issue 12, point 1): a file nested 10^5 or
//! 10^6 levels deep, anywhere in it, is refused with "nested too deeply" at
//! the bracket that passes [`format::MAX_DEPTH`], before anything recursive
//! runs. Before the fix, 100,000 nested arrays in `schema_version` overflowed
//! the stack (in the page: "memory access out of bounds").
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Stdio};

use enrollready::autosave::{Autosave, Start, Store, StoreError, PLAN_KEY};
use enrollready::format::{self, share, ImportError, MAX_DEPTH};
use enrollready::i18n::{messages::import_error, Locale};

const HEAD: &str = r#""format":"enrollready-plan","schema_version":1"#;

fn nested(depth: usize) -> String {
    let mut s = "[".repeat(depth);
    s.push_str(&"]".repeat(depth));
    s
}

/// Where the nesting sits, as a function from the nested value to the file.
fn placements(deep: &str) -> Vec<(&'static str, String, usize)> {
    // (name, file, number of brackets open before the nested value)
    vec![
        ("the top level", deep.to_owned(), 0),
        (
            "format (a head field)",
            format!(r#"{{"format":{deep},"schema_version":1}}"#),
            1,
        ),
        (
            "schema_version (a head field)",
            format!(r#"{{"format":"enrollready-plan","schema_version":{deep}}}"#),
            1,
        ),
        (
            "generator.version (a head field)",
            format!(r#"{{{HEAD},"generator":{{"name":"x","version":{deep}}}}}"#),
            2,
        ),
        (
            "a known member (the company name)",
            format!(r#"{{{HEAD},"plan":{{"company_portal":{{"company_name":{deep}}}}}}}"#),
            3,
        ),
        (
            "a known list (the groups)",
            format!(r#"{{{HEAD},"plan":{{"groups":{{"groups":{deep}}}}}}}"#),
            3,
        ),
        ("an unknown member", format!(r#"{{{HEAD},"x":{deep}}}"#), 1),
        (
            "a string-looking value (the ruleset)",
            format!(r#"{{{HEAD},"ruleset":{deep}}}"#),
            1,
        ),
        (
            "after strings holding brackets, quotes and escapes",
            format!(r#"{{{HEAD},"x":"[[{{\"\\","y\"":{deep}}}"#),
            1,
        ),
    ]
}

/// The column just after the bracket that opens level MAX_DEPTH + 1.
fn expected_column(file: &str, open_before: usize) -> usize {
    let brackets_to_pass = MAX_DEPTH + 1 - open_before;
    let mut seen = 0;
    let mut in_string = false;
    let mut escaped = false;
    // Find the nested value: the first run of '[' outside strings after the
    // enclosing brackets; count characters up to the bracket that passes.
    let mut open = 0;
    for (i, c) in file.chars().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                open += 1;
                if open > open_before {
                    seen += 1;
                    if seen == brackets_to_pass {
                        return i + 2;
                    }
                }
            }
            ']' | '}' => open -= 1,
            _ => {}
        }
    }
    panic!("no bracket passes the limit in the file");
}

fn assert_too_deep(result: Result<format::Envelope, ImportError>, file: &str, open_before: usize) {
    let column = expected_column(file, open_before);
    match result {
        Err(ImportError::TooDeep { line: 1, column: c }) => assert_eq!(c, column),
        other => panic!("expected TooDeep at 1:{column}, got {other:?}"),
    }
}

#[test]
fn deep_nesting_is_refused_anywhere_in_a_picked_file() {
    for depth in [100_000, 1_000_000] {
        let deep = nested(depth);
        for (place, file, open_before) in placements(&deep) {
            let result = format::import(file.as_bytes());
            assert!(
                matches!(result, Err(ImportError::TooDeep { .. })),
                "{depth} levels in {place}: {result:?}"
            );
            assert_too_deep(result, &file, open_before);
            // The saved record takes the same road without the size check.
            assert_too_deep(format::from_json(&file), &file, open_before);
        }
    }
}

#[test]
fn the_message_is_translated_and_names_the_position() {
    let file = format!(
        r#"{{"format":"enrollready-plan","schema_version":{}}}"#,
        nested(100_000)
    );
    let e = format::import(file.as_bytes()).unwrap_err();
    let en = import_error(&e, Locale::En);
    let nl = import_error(&e, Locale::Nl);
    assert!(en.contains("nested too deeply"), "{en}");
    assert!(nl.contains("te diep genest"), "{nl}");
    let column =
        (r#"{"format":"enrollready-plan","schema_version":"#.len() + MAX_DEPTH + 1).to_string();
    assert!(en.contains(&column) && nl.contains(&column), "{en} / {nl}");
}

#[test]
fn a_string_full_of_brackets_is_text_not_nesting() {
    let brackets = "[".repeat(1_000_000);
    let file = format!(r#"{{{HEAD},"plan":{{"company_portal":{{"company_name":"{brackets}"}}}}}}"#);
    let env = format::import(file.as_bytes()).expect("a long name is read");
    assert_eq!(env.plan.company_portal.company_name.len(), 1_000_000);
}

#[test]
fn exactly_the_limit_is_read_one_more_is_refused() {
    // The envelope's object is level 1: MAX_DEPTH - 1 arrays inside it fit.
    let fits = format!(r#"{{{HEAD},"x":{}}}"#, nested(MAX_DEPTH - 1));
    assert!(format::from_json(&fits).is_ok());
    assert_eq!(format::too_deep_at(&fits), None);
    let over = format!(r#"{{{HEAD},"x":{}}}"#, nested(MAX_DEPTH));
    assert_too_deep(format::from_json(&over), &over, 1);
    // In a head field as well.
    let fits = format!(
        r#"{{"format":"enrollready-plan","schema_version":{}}}"#,
        nested(MAX_DEPTH - 1)
    );
    assert_eq!(format::from_json(&fits), Err(ImportError::NotAPlan));
}

#[test]
fn an_earlier_error_is_reported_before_the_depth() {
    let deep = nested(100_000);
    // Bad syntax before the deep value: the syntax error, where it is.
    let file = format!(r#"{{{HEAD},"a":tru,"x":{deep}}}"#);
    let column = format!(r#"{{{HEAD},"a":tru,"#).len();
    assert!(
        matches!(format::from_json(&file), Err(ImportError::InvalidJson { line: 1, column: c }) if c == column),
        "{:?}",
        format::from_json(&file)
    );
    // A duplicate member before it: the duplicate.
    let file = format!(r#"{{{HEAD},"a":1,"a":2,"x":{deep}}}"#);
    assert!(
        matches!(format::from_json(&file), Err(ImportError::DuplicateKey { ref key, .. }) if key == "a"),
        "{:?}",
        format::from_json(&file)
    );
    // Lines are counted too.
    let file = format!("{{\n{HEAD},\n\"x\":\n{deep}}}");
    assert_eq!(
        format::from_json(&file),
        Err(ImportError::TooDeep {
            line: 4,
            column: MAX_DEPTH + 1
        })
    );
}

#[test]
fn a_share_link_with_deep_nesting_is_refused() {
    for depth in [100_000, 1_000_000] {
        let deep = nested(depth);
        for (place, file, open_before) in placements(&deep) {
            let compressed = miniz_oxide::deflate::compress_to_vec_zlib(file.as_bytes(), 9);
            let fragment = share::fragment(&compressed);
            let bytes = share::compressed(&fragment).expect("a link of the right shape");
            let mut inflated = Vec::new();
            let mut d = miniz_oxide::inflate::decompress_to_vec_zlib(&bytes).expect("inflates");
            inflated.append(&mut d);
            match share::read(&inflated) {
                Err(share::ShareError::Plan(e)) => assert_too_deep(Err(e), &file, open_before),
                other => panic!("{depth} levels in {place}: {other:?}"),
            }
        }
    }
}

#[derive(Default)]
struct Memory(std::collections::BTreeMap<String, String>);

impl Store for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key);
        Ok(())
    }
}

#[test]
fn a_deep_saved_record_is_kept_as_a_backup_and_reported() {
    let file = format!(
        r#"{{"format":"enrollready-plan","schema_version":{}}}"#,
        nested(1_000_000)
    );
    let mut store = Memory::default();
    store.set(PLAN_KEY, &file).unwrap();
    let (_, start) = Autosave::start(&mut store, format::from_json);
    match start {
        Start::Unreadable(u) => {
            assert!(matches!(u.error, ImportError::TooDeep { line: 1, .. }));
            assert!(u.backup.is_safe());
        }
        _ => panic!("the deep record must be reported as unreadable"),
    }
}

#[test]
fn the_command_line_refuses_a_deep_file_with_exit_2() {
    let dir = std::env::temp_dir().join(format!("enrollready-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for depth in [100_000, 1_000_000] {
        let file = format!(
            r#"{{"format":"enrollready-plan","schema_version":{}}}"#,
            nested(depth)
        );
        let path = dir.join(format!("deep-{depth}.json"));
        std::fs::write(&path, &file).unwrap();
        for args in [
            vec!["check", path.to_str().unwrap()],
            vec!["report", path.to_str().unwrap(), "--format", "md"],
        ] {
            let out = Command::new(env!("CARGO_BIN_EXE_enrollready"))
                .args(&args)
                .stdin(Stdio::null())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
            let err = String::from_utf8(out.stderr).unwrap();
            assert!(err.contains("nested too deeply"), "{err}");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
