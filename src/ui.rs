//! Leptos components. They hold no business rule: they render what the core
//! computes (findings, preview) and turn user input into [`Action`]s.
//!
//! [`Action`]: crate::domain::Action

mod app;
mod portal;
mod preview;
mod state;

pub use app::App;
pub use state::AppState;
