//! Enrollready: an Intune mobile-device enrollment readiness planner.
//!
//! The crate has a pure core and a thin browser shell:
//!
//! * [`domain`]: the plan model, its rules and the analysis (findings, preview).
//! * [`format`]: the versioned JSON file format used by autosave and export.
//! * [`i18n`]: the English and Dutch message catalogue.
//! * [`desk`]: the plans kept in this browser (ids, summaries, the move of
//!   the single plan of earlier versions, "Export all").
//! * [`report`]: the readiness report's model, shared by the printed view,
//!   Markdown, CSV and the command line, and the export file name.
//! * `cli` (native targets only): the command-line tool.
//! * `platform` (feature `web`): the only module that calls browser APIs.
//! * `ui` (feature `web`): Leptos components that render what the core computes.
//!
//! `cargo test --no-default-features` builds and tests the core without any
//! browser or UI crate, which proves the split.

// The pure core never panics and never does unchecked arithmetic or indexing
// (ARCHITECTURE.md, invariant 11). Only outside `cfg(test)`: `#[cfg(test)]`
// modules may unwrap and index; `--all-targets` still checks the plain lib.
/// The pure core: `autosave`, `domain`, `format`, `i18n` and `report` cannot panic on
/// input. Each denies clippy's panicking and unchecked lints outside tests
/// (ARCHITECTURE.md, invariant 11).
macro_rules! core_modules {
    ($($name:ident),*) => {
        $(
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
            pub mod $name;
        )*
    };
}
core_modules!(autosave, codec, desk, domain, format, i18n, report);

/// The command-line tool (`enrollready check|report`): native targets only,
/// so the page never contains it. Under the core's lint policy too.
#[cfg(not(target_arch = "wasm32"))]
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
pub mod cli;

#[cfg(feature = "web")]
pub mod platform;
#[cfg(feature = "web")]
pub mod ui;
