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

pub mod authority;
pub mod checklist;
pub mod checks;
pub mod company_portal;
pub mod connections;
pub mod date;
pub mod edit;
pub mod enrollment;
pub mod extra;
pub mod finding;
pub mod form;
pub mod groups;
pub mod history;
pub mod image;
pub mod licenses;
pub mod limits;
pub mod next_steps;
pub mod plan;
pub mod readiness;
pub mod recovery;
pub mod report_info;
pub mod retired;
pub mod ruleset;
pub mod steps;

pub use checklist::{ItemState, ItemStatus};
pub use company_portal::{AppBackground, CompanyPortal, FieldId, LogoSlot, PortalPreview};
pub use date::Date;
pub use edit::{At, Choice, Direction, Entry, Field, ItemInput, Value};
pub use extra::Extra;
pub use finding::{Code, FieldPath, Finding, Severity};
pub use history::History;
pub use image::{ImageKind, Logo};
pub use limits::List;
pub use plan::{analyze, Action, Analysis, Ctx, Plan, Scope};
pub use readiness::Readiness;
pub use report_info::ReportInfo;
pub use ruleset::Ruleset;
pub use steps::StepId;
