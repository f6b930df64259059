//! The pure domain core: the plan model, its rules and its analysis.
//!
//! Invariants:
//! * no browser or UI crate is used here (the `web` feature gates them and
//!   `cargo test --no-default-features` builds this module alone);
//! * every limit and rule lives in exactly one place (the tables in
//!   [`company_portal`]), and the UI and the tests read them from there;
//! * analysis never fails: invalid input is data ([`Finding`]s);
//! * the core holds no prose: findings are codes with parameters, and
//!   [`crate::i18n`] turns them into English or Dutch text.

pub mod checks;
pub mod company_portal;
pub mod finding;
pub mod image;
pub mod plan;

pub use company_portal::{AppBackground, CompanyPortal, FieldId, LogoSlot, PortalPreview};
pub use finding::{Code, FieldPath, Finding, Severity};
pub use image::{ImageKind, Logo};
pub use plan::{analyze, Action, Analysis, Plan};
