//! Checklist items: every step's items carry a status (not started, in
//! progress, done, not applicable with a reason) and an optional owner, due
//! date and note. Item *definitions* are rules (in the ruleset); item *states*
//! are what the user entered (in the plan, keyed by item id).

use std::collections::BTreeMap;

use serde::Serialize;

use super::date::Date;
use super::finding::{Code, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// Where a checklist item stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    /// Does not apply to this tenant; needs a reason.
    NotApplicable,
}

impl ItemStatus {
    pub const ALL: [ItemStatus; 4] = [
        ItemStatus::NotStarted,
        ItemStatus::InProgress,
        ItemStatus::Done,
        ItemStatus::NotApplicable,
    ];
}

/// What the user recorded for one item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct ItemState {
    pub status: ItemStatus,
    /// Why the item does not apply (when `status` is `not_applicable`).
    pub reason: String,
    pub owner: String,
    /// `YYYY-MM-DD`, or empty.
    pub due_date: String,
    pub note: String,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

impl ItemState {
    /// True when nothing was recorded (such states are not saved).
    pub fn is_empty(&self) -> bool {
        *self == ItemState::default()
    }
}

/// The states of all items of a plan, keyed by item id (ids are unique across
/// steps). Items without a state are "not started".
pub type Checklist = BTreeMap<String, ItemState>;

/// When an item applies to a plan.
#[derive(Clone, Copy)]
pub enum Applies {
    Always,
    /// Applies when the function says so (for example, only when iOS is in scope).
    When(fn(&Plan) -> bool),
}

impl std::fmt::Debug for Applies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Applies::Always => "Always",
            Applies::When(_) => "When(..)",
        })
    }
}

/// The definition of a checklist item (a rule of a ruleset).
#[derive(Clone, Copy, Debug)]
pub struct ItemDef {
    /// Stable id, used in the file format: for example `S1-01`, `RST-A-03`.
    pub id: &'static str,
    pub step: StepId,
    pub applies: Applies,
    /// Informational items (the next steps) never make a step "not ready".
    pub counts_for_readiness: bool,
}

impl ItemDef {
    pub const fn new(id: &'static str, step: StepId) -> ItemDef {
        ItemDef {
            id,
            step,
            applies: Applies::Always,
            counts_for_readiness: true,
        }
    }
    pub const fn when(self, f: fn(&Plan) -> bool) -> ItemDef {
        ItemDef {
            applies: Applies::When(f),
            ..self
        }
    }
    pub const fn informational(self) -> ItemDef {
        ItemDef {
            counts_for_readiness: false,
            ..self
        }
    }
    pub fn applies_to(&self, plan: &Plan) -> bool {
        match self.applies {
            Applies::Always => true,
            Applies::When(f) => f(plan),
        }
    }
}

/// The fields of an item a finding can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemField {
    Status,
    Reason,
    DueDate,
}

/// Findings about item states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemCode {
    /// Not applicable without a reason.
    ReasonMissing,
    /// The due date is not a date of the form YYYY-MM-DD.
    DueDateFormat,
    /// The due date has passed and the item is not done.
    Overdue { days: i64 },
}

/// The state of an item (default when none was recorded).
pub fn state<'a>(plan: &'a Plan, id: &str) -> std::borrow::Cow<'a, ItemState> {
    match plan.checklist.get(id) {
        Some(s) => std::borrow::Cow::Borrowed(s),
        None => std::borrow::Cow::Owned(ItemState::default()),
    }
}

/// Checks the recorded state of each item of the ruleset.
pub fn check_items(plan: &Plan, ctx: &Ctx, out: &mut Vec<Finding>) {
    for def in ctx.ruleset.items() {
        let Some(s) = plan.checklist.get(def.id) else {
            continue;
        };
        let path = |field| FieldPath::Item(def.id, field);
        if s.status == ItemStatus::NotApplicable && s.reason.trim().is_empty() {
            out.push(Finding::blocker(
                path(ItemField::Reason),
                Code::Item(ItemCode::ReasonMissing),
            ));
        }
        if !s.due_date.trim().is_empty() {
            match Date::parse(&s.due_date) {
                None => out.push(Finding::blocker(
                    path(ItemField::DueDate),
                    Code::Item(ItemCode::DueDateFormat),
                )),
                Some(due) => {
                    let days = due.days_until(ctx.today);
                    let open = matches!(s.status, ItemStatus::NotStarted | ItemStatus::InProgress);
                    if days > 0 && open && def.applies_to(plan) {
                        out.push(Finding::warning(
                            path(ItemField::DueDate),
                            Code::Item(ItemCode::Overdue { days }),
                        ));
                    }
                }
            }
        }
    }
}
