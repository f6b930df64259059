//! Enrollready: an Intune mobile-device enrollment readiness planner.
//!
//! The crate has a pure core and a thin browser shell:
//!
//! * [`domain`]: the plan model, its rules and the analysis (findings, preview).
//! * [`format`]: the versioned JSON file format used by autosave and export.
//! * [`i18n`]: the English and Dutch message catalogue.
//! * `platform` (feature `web`): the only module that calls browser APIs.
//! * `ui` (feature `web`): Leptos components that render what the core computes.
//!
//! `cargo test --no-default-features` builds and tests the core without any
//! browser or UI crate, which proves the split.

pub mod autosave;
pub mod domain;
pub mod format;
pub mod i18n;

#[cfg(feature = "web")]
pub mod platform;
#[cfg(feature = "web")]
pub mod ui;
