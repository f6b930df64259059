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

// The pure core never panics and never does unchecked arithmetic or indexing
// (ARCHITECTURE.md, invariant 11). Only outside `cfg(test)`: `#[cfg(test)]`
// modules may unwrap and index; `--all-targets` still checks the plain lib.
#[cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]
pub mod autosave;
#[cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]
pub mod domain;
#[cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]
pub mod format;
#[cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]
pub mod i18n;

#[cfg(feature = "web")]
pub mod platform;
#[cfg(feature = "web")]
pub mod ui;
