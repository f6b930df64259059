//! Members of a plan file that this version does not know.
//!
//! Every object of the file format (the envelope, the plan, each section,
//! each list entry, each checklist item state, a logo, the generator) keeps
//! the members it does not know in a field `extra` (`#[serde(flatten)]`), and
//! writes them back unchanged, so a file written by a newer version survives
//! a load, edit, save cycle in an older one.

use std::collections::BTreeMap;

/// Unknown members of one JSON object, by name, kept as read.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// Random unknown members for property tests: none, or a few members whose
/// names no plan type uses (`x_future_…`), with small JSON values (no
/// floating-point numbers, which JSON does not promise to round-trip exactly).
#[cfg(feature = "arbitrary")]
pub fn arbitrary() -> impl proptest::strategy::Strategy<Value = Extra> {
    use proptest::prelude::*;
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    // One level of nesting is enough to show that nested values are kept;
    // a recursive strategy would make every random plan much slower to build.
    let value = prop_oneof![
        3 => leaf.clone(),
        1 => prop::collection::vec(leaf.clone(), 0..3).prop_map(Value::from),
        1 => ("[a-z]{1,4}", leaf).prop_map(|(k, v)| serde_json::json!({ k: v })),
    ];
    prop_oneof![
        5 => Just(Extra::new()),
        1 => prop::collection::btree_map("x_future_[a-z0-9_]{1,8}", value, 1..4),
    ]
}
