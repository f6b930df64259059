//! The committed JSON Schema (served as /schema/plan-v1.json) must match the
//! Rust types. After a deliberate change of the format, regenerate it with
//! `UPDATE_SCHEMA=1 cargo test --no-default-features --test schema`.

use std::path::PathBuf;

#[test]
fn committed_schema_matches_the_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/plan-v1.json");
    let generated = enrollready::format::json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/plan-v1.json differs from the types: regenerate it with UPDATE_SCHEMA=1 (and bump the schema version if old files would read differently)"
    );
}
