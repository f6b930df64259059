//! Leptos components. They hold no business rule: they render what the core
//! computes (findings, preview) and turn user input into [`Action`]s.
//!
//! [`Action`]: crate::domain::Action

mod app;
mod compare;
mod controls;
mod handoff;
mod plans;
mod portal;
mod preview;
mod report;
mod rules;
mod shell;
mod split;
mod state;
mod steps;

pub use app::App;
pub use state::AppState;
