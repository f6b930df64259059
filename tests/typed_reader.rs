//! Property tests: the page's typed reader (`format::from_json`, a
//! `serde_json::Value` mapped by `format::Read`) reads exactly what serde's
//! derived `Deserialize` reads (`format::from_json_derived`): the same plan,
//! or the same refusal with the same line and column. Needs the `arbitrary`
//! feature (the derive exists only there):
//! `cargo test --no-default-features --features arbitrary --test typed_reader`.
#![cfg(feature = "arbitrary")]

use std::path::PathBuf;

use enrollready::domain::{extra, Plan};
use enrollready::format::{self, FileMeta, ImportError};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

fn same(text: &str) -> Result<(), TestCaseError> {
    let typed = format::from_json(text);
    let derived = format::from_json_derived(text);
    prop_assert_eq!(&typed, &derived, "{}", text);
    Ok(())
}

/// Values of every kind, including the near misses of each type: a float
/// whole number, a negative, one past `u32::MAX`, choice names, the object
/// spelling of a choice, and its broken forms.
fn odd_value() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(0),
        json!(7),
        json!(-1),
        json!(1.0),
        json!(2.5),
        json!(4_294_967_296u64),
        json!(u64::MAX),
        json!(""),
        json!("x"),
        json!("intune"),
        json!("office365"),
        json!("device"),
        json!("white"),
        json!("group"),
        json!("done"),
        json!("not_applicable"),
        json!("aGVsbG8="),
        json!([]),
        json!([1, "a"]),
        json!({}),
        json!({"intune": null}),
        json!({"done": null}),
        json!({"group": null}),
        json!({"intune": 1}),
        json!({"jamf": null}),
        json!({"intune": null, "x": 1}),
        json!({"name": "a", "version": "1"}),
        json!({"file_name": "a.png", "media_type": "image/png", "byte_size": 3, "content_base64": ""}),
    ])
}

/// Every path to a value in a JSON tree (members and list entries).
fn paths(v: &Value, here: &mut Vec<PathSeg>, out: &mut Vec<Vec<PathSeg>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                here.push(PathSeg::Key(k.clone()));
                paths(v, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                here.push(PathSeg::Index(i));
                paths(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathSeg {
    Key(String),
    Index(usize),
}

fn at<'v>(v: &'v mut Value, path: &[PathSeg]) -> &'v mut Value {
    path.iter().fold(v, |v, s| match s {
        PathSeg::Key(k) => &mut v[k.as_str()],
        PathSeg::Index(i) => &mut v[*i],
    })
}

#[derive(Clone, Debug)]
enum Edit {
    /// Replace a value.
    Replace(Index, Value),
    /// Remove a member (a required one, for logos and the generator).
    Remove(Index),
    /// Add a member with a name the types use.
    Add(Index, &'static str, Value),
}

fn edit() -> impl Strategy<Value = Edit> {
    let names = prop::sample::select(vec![
        "name",
        "status",
        "authority",
        "kind",
        "domains",
        "checklist",
        "logo_white_background",
        "devices_per_user",
        "x_unknown",
    ]);
    prop_oneof![
        3 => (any::<Index>(), odd_value()).prop_map(|(i, v)| Edit::Replace(i, v)),
        1 => any::<Index>().prop_map(Edit::Remove),
        1 => (any::<Index>(), names, odd_value()).prop_map(|(i, k, v)| Edit::Add(i, k, v)),
    ]
}

fn apply(v: &mut Value, e: &Edit) {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    match e {
        Edit::Replace(i, new) => {
            // Not the head (format, schema_version): the first pass judges it.
            let p = &all[i.index(all.len())];
            if p.len() > 1
                || !matches!(p.first(), Some(PathSeg::Key(k)) if k == "format" || k == "schema_version")
            {
                *at(v, p) = new.clone();
            }
        }
        Edit::Remove(i) => {
            let p = &all[i.index(all.len())];
            if let Some((PathSeg::Key(k), parent)) = p.split_last() {
                if parent.is_empty() && (k == "format" || k == "schema_version") {
                    return;
                }
                if let Value::Object(m) = at(v, parent) {
                    m.remove(k);
                }
            }
        }
        Edit::Add(i, k, new) => {
            let p = &all[i.index(all.len())];
            if let Value::Object(m) = at(v, p) {
                if !p.is_empty() || (*k != "format" && *k != "schema_version") {
                    m.insert((*k).to_owned(), new.clone());
                }
            }
        }
    }
}

fn any_meta() -> impl Strategy<Value = FileMeta> {
    (extra::arbitrary(), extra::arbitrary()).prop_map(|(extra, generator_extra)| FileMeta {
        extra,
        generator_extra,
        ..FileMeta::default()
    })
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name().into_string().ok()?;
            name.ends_with(".json")
                .then(|| (name, std::fs::read(e.path()).unwrap()))
        })
        .collect();
    all.sort();
    assert!(all.len() >= 10);
    all.into_iter().map(|(_, b)| b).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any plan, written, then edited as JSON (values replaced by values of
    /// other kinds, members removed or added): both readers agree.
    #[test]
    fn typed_reader_reads_any_edited_plan_as_the_derive_does(
        plan in any::<Plan>(),
        meta in any_meta(),
        edits in prop::collection::vec(edit(), 0..4),
        pretty in any::<bool>(),
    ) {
        let text = format::to_json(&plan, &meta, "2026-11-26T12:00:00Z").unwrap();
        let mut v: Value = serde_json::from_str(&text).unwrap();
        for e in &edits {
            apply(&mut v, e);
        }
        let text = if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            serde_json::to_string(&v).unwrap()
        };
        same(&text)?;
        if edits.is_empty() {
            prop_assert_eq!(format::from_json(&text).unwrap().plan, plan);
        }
    }

    /// The golden fixtures, as JSON edited as above and as bytes flipped or
    /// cut: both readers agree.
    #[test]
    fn typed_reader_reads_edited_golden_fixtures_as_the_derive_does(
        which in any::<Index>(),
        edits in prop::collection::vec(edit(), 1..4),
        flip in any::<Option<(Index, u8)>>(),
    ) {
        let all = fixtures();
        let bytes = &all[which.index(all.len())];
        let text = String::from_utf8_lossy(bytes).into_owned();
        same(&text)?;
        if let Ok(mut v) = serde_json::from_str::<Value>(&text) {
            for e in &edits {
                apply(&mut v, e);
            }
            same(&serde_json::to_string_pretty(&v).unwrap())?;
        }
        if let Some((i, mask)) = flip {
            let mut b = bytes.clone();
            let i = i.index(b.len());
            b[i] ^= mask | 1;
            same(&String::from_utf8_lossy(&b))?;
        }
    }
}

/// The golden fixtures read the same both ways, and as plans (not refused).
#[test]
fn typed_reader_reads_every_golden_fixture_as_the_derive_does() {
    for bytes in fixtures() {
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(format::from_json(&text), format::from_json_derived(&text));
    }
}

/// Each kind of wrong value is refused at the place the derive named.
#[test]
fn typed_reader_reports_wrong_values_where_the_derive_did() {
    let head = r#""format":"enrollready-plan","schema_version":1"#;
    for plan in [
        r#"{"mdm_authority":{"authority":{"intune":null}}}"#,
        r#"{"mdm_authority":{"authority":{"intune":null,"x":1}}}"#,
        r#"{"mdm_authority":{"authority":{"intune":3}}}"#,
        r#"{"mdm_authority":{"authority":{"jamf":null}}}"#,
        r#"{"mdm_authority":{"authority":17}}"#,
        r#"{"mdm_authority":{"authority":[]}}"#,
        r#"{"mdm_authority":{"authority":"jamf"}}"#,
        r#"{"licenses":{"devices_per_user":-1}}"#,
        r#"{"licenses":{"devices_per_user":1.0}}"#,
        r#"{"licenses":{"devices_per_user":4294967296}}"#,
        r#"{"company_portal":{"logo_white_background":{"file_name":"a"}}}"#,
        r#"{"company_portal":{"logo_white_background":{"file_name":"a","media_type":"x","byte_size":1,"content_base64":"", "width": "1"}}}"#,
        r#"{"groups":{"groups":[{"name":"a"},{"kind":"team"}]}}"#,
        r#"{"checklist":{"S1-01":{"status":"done"},"S1-02":[]}}"#,
        r#"{"checklist":{"b":{"status":"x"},"a":{"owner":1}}}"#,
        r#""plan""#,
        r#"null"#,
    ] {
        let text = format!("{{{head},\n  \"plan\": {plan}}}");
        let typed = format::from_json(&text);
        assert!(
            matches!(typed, Err(ImportError::BadStructure { .. }))
                || plan.contains("\"intune\":null}"),
            "{plan}: {typed:?}"
        );
        assert_eq!(typed, format::from_json_derived(&text), "{plan}");
    }
    let generator = format!("{{{head},\"generator\":{{\"name\":\"x\"}}}}");
    assert_eq!(
        format::from_json(&generator),
        format::from_json_derived(&generator)
    );
    assert!(format::from_json(&generator).is_err());
}
