//! Readiness per step and overall, from the findings and the checklist, and
//! the share of the work done (the meter).
//!
//! **The work rule.** A step's work is every unit that applies to this plan:
//! * each checklist item that applies (informational items included), done
//!   when it is Done, or Not applicable with a reason;
//! * each visible field that is required (step 4's required fields, a logo
//!   while "include a logo" is ticked, the first field, the name, of every
//!   list entry) or filled in (text, a ticked box, a number, a choice), done
//!   when it is filled in and has no blocker.
//!
//! * each visible field with a blocker, even when empty (an authority not
//!   chosen): open until fixed.
//!
//! So every useful edit moves the meter: a valid value adds a done unit, a
//! wrong one an open unit, and marking an item Done closes one. The
//! percentage is the done units over all units, shown as at most 99 while
//! the state is not ready, and 100 when it is (the state word is the
//! readiness, unchanged: informational items never hold it back).

use std::collections::BTreeSet;

use super::checklist::{self, ItemStatus};
use super::company_portal::FieldKind;
use super::edit::{At, Choice, Value};
use super::finding::{FieldPath, Finding, Severity};
use super::form;
use super::plan::{Ctx, Plan};
use super::ruleset::Ruleset;
use super::steps::StepId;

/// How far a step (or the whole plan) is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    /// Nothing entered and no item touched.
    NotStarted,
    /// At least one blocker finding.
    Blocked,
    /// No blocker, but applicable items are still open.
    InProgress,
    /// Every applicable item done, no blocker, some warnings.
    ReadyWithWarnings,
    /// Every applicable item done, no blocker, no warning.
    Ready,
}

/// The readiness of one step, or of the whole plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepReadiness {
    /// `None` for the whole plan.
    pub step: Option<StepId>,
    pub readiness: Readiness,
    /// Items that apply and count (not informational, not marked not applicable).
    pub applicable: u32,
    pub done: u32,
    pub blockers: u32,
    pub warnings: u32,
    /// The units of work that apply (see the module's work rule).
    pub work: u32,
    /// The units of work done.
    pub work_done: u32,
}

impl StepReadiness {
    /// The share of the work done, in percent (the module's work rule): 100
    /// when ready (informational items left open do not hold it back), at
    /// most 99 otherwise; rounded down, but never 0 once some work is done.
    pub fn percent(&self) -> u8 {
        if matches!(
            self.readiness,
            Readiness::Ready | Readiness::ReadyWithWarnings
        ) {
            return 100;
        }
        let share = u64::from(self.work_done)
            .saturating_mul(100)
            .checked_div(u64::from(self.work))
            .and_then(|p| u8::try_from(p).ok())
            .unwrap_or(0);
        let share = if self.work_done > 0 { share.max(1) } else { share };
        share.min(99)
    }
}

/// Readiness of every step and of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub steps: Vec<StepReadiness>,
    pub overall: Option<StepReadiness>,
}

impl Report {
    pub fn step(&self, step: StepId) -> Option<&StepReadiness> {
        self.steps.iter().find(|s| s.step == Some(step))
    }
}

/// Computes readiness. `findings` must be the plan's findings.
pub fn compute(plan: &Plan, ctx: &Ctx, findings: &[Finding]) -> Report {
    // One pass over the items and one over the findings, bucketed by step.
    let blank = |step| StepReadiness {
        step: Some(step),
        readiness: Readiness::NotStarted,
        applicable: 0,
        done: 0,
        blockers: 0,
        warnings: 0,
        work: 0,
        work_done: 0,
    };
    let mut steps: Vec<StepReadiness> = StepId::ALL.into_iter().map(blank).collect();
    let mut touched: Vec<bool> = StepId::ALL
        .into_iter()
        .map(|s| plan.section_touched(s))
        .collect();
    // Both vectors have a slot for every StepId (StepId::ALL), so `get_mut`
    // always finds one.
    for def in ctx.ruleset.items() {
        let i = def.step as usize;
        let state = checklist::state(plan, def.id);
        if let Some(t) = touched.get_mut(i) {
            *t |= !state.is_empty();
        }
        if def.applies_to(plan) {
            let done = match state.status {
                ItemStatus::Done => true,
                ItemStatus::NotApplicable => !state.reason.trim().is_empty(),
                _ => false,
            };
            if let Some(r) = steps.get_mut(i) {
                add_work(r, done);
            }
        }
        if !def.counts_for_readiness
            || state.status == ItemStatus::NotApplicable
            || !def.applies_to(plan)
        {
            continue;
        }
        if let Some(r) = steps.get_mut(i) {
            r.applicable = r.applicable.saturating_add(1);
            r.done = r
                .done
                .saturating_add(u32::from(state.status == ItemStatus::Done));
        }
    }
    let blocked: BTreeSet<FieldPath> = findings
        .iter()
        .filter(|f| f.severity == Severity::Blocker)
        .map(|f| f.path)
        .collect();
    field_work(plan, ctx.ruleset, &blocked, &mut steps);
    for f in findings {
        let Some(r) = steps.get_mut(f.path.step(ctx.ruleset) as usize) else {
            continue;
        };
        match f.severity {
            Severity::Blocker => r.blockers = r.blockers.saturating_add(1),
            Severity::Warning => r.warnings = r.warnings.saturating_add(1),
            Severity::Info => {}
        }
    }
    for (r, touched) in steps.iter_mut().zip(touched) {
        r.readiness = classify(touched, r);
    }
    let overall = overall(&steps, ctx.ruleset);
    Report {
        steps,
        overall: Some(overall),
    }
}

fn add_work(r: &mut StepReadiness, done: bool) {
    r.work = r.work.saturating_add(1);
    r.work_done = r.work_done.saturating_add(u32::from(done));
}

/// The fields' units of work (the module's work rule), added to their steps.
fn field_work(
    plan: &Plan,
    rules: &Ruleset,
    blocked: &BTreeSet<FieldPath>,
    steps: &mut [StepReadiness],
) {
    let mut unit = |step: StepId, required: bool, filled: bool, path: Option<FieldPath>| {
        let has_blocker = path.is_some_and(|p| blocked.contains(&p));
        if !(required || filled || has_blocker) {
            return;
        }
        let done = filled && !has_blocker;
        if let Some(r) = steps.get_mut(step as usize) {
            add_work(r, done);
        }
    };
    for f in form::FORMS.iter().filter(|f| rules.offers(f.step)) {
        for c in f.controls {
            if c.visible(plan, At::Plan, rules) {
                unit(f.step, false, filled(c.read(plan, At::Plan)), c.path(At::Plan));
            }
        }
        let Some(list) = &f.list else { continue };
        for i in 0..list.list.count(plan) {
            let at = At::Entry(i);
            for (n, c) in list.controls.iter().enumerate() {
                if c.visible(plan, at, rules) {
                    unit(f.step, n == 0, filled(c.read(plan, at)), c.path(at));
                }
            }
        }
    }
    let portal = &plan.company_portal;
    let logo_switch = rules.company_portal.logo_switch();
    for f in rules.company_portal.fields {
        let (required, filled) = match f.kind {
            FieldKind::Text { .. } | FieldKind::MultiLine { .. } | FieldKind::Color => (
                f.required,
                portal.text(f.id).is_some_and(|t| !t.trim().is_empty()),
            ),
            FieldKind::Logo(slot) => (
                logo_switch && portal.include_logo,
                portal.logo(slot).is_some(),
            ),
            // A choice made is work done; none made is no work.
            FieldKind::Select(_) => (false, portal.choice(f.id).is_some()),
            // Settings with a default, not work.
            FieldKind::Checkbox | FieldKind::Choice => continue,
        };
        unit(
            StepId::CompanyPortal,
            required,
            filled,
            Some(FieldPath::Portal(f.id)),
        );
    }
}

/// True when a field holds something: text that is not blank, a ticked box,
/// a number, a choice.
fn filled(value: Option<Value>) -> bool {
    match value {
        Some(Value::Text(t)) => !t.trim().is_empty(),
        Some(Value::Bool(b)) => b,
        Some(Value::Number(n)) => n.is_some(),
        Some(Value::Choice(c)) => c != Choice::Unset,
        None => false,
    }
}

fn classify(touched: bool, r: &StepReadiness) -> Readiness {
    if !touched {
        Readiness::NotStarted
    } else if r.blockers > 0 {
        Readiness::Blocked
    } else if r.done < r.applicable {
        Readiness::InProgress
    } else if r.warnings > 0 {
        Readiness::ReadyWithWarnings
    } else {
        Readiness::Ready
    }
}

/// The plan is ready when every numbered step is; the recovery path counts
/// only once it is in use.
fn overall(steps: &[StepReadiness], rules: &Ruleset) -> StepReadiness {
    // A step the ruleset does not have never counts; the recovery path
    // counts only once started.
    let counted: Vec<&StepReadiness> = steps
        .iter()
        .filter(|s| s.step.is_none_or(|id| rules.offers(id)))
        .filter(|s| s.step != Some(StepId::Recovery) || s.readiness != Readiness::NotStarted)
        .collect();
    let sum =
        |f: fn(&StepReadiness) -> u32| counted.iter().map(|s| f(s)).fold(0, u32::saturating_add);
    let mut r = StepReadiness {
        step: None,
        readiness: Readiness::NotStarted,
        applicable: sum(|s| s.applicable),
        done: sum(|s| s.done),
        blockers: sum(|s| s.blockers),
        warnings: sum(|s| s.warnings),
        work: sum(|s| s.work),
        work_done: sum(|s| s.work_done),
    };
    r.readiness = if counted.iter().all(|s| s.readiness == Readiness::NotStarted) {
        Readiness::NotStarted
    } else if r.blockers > 0 {
        Readiness::Blocked
    } else {
        // The least ready step decides; a step not started is not ready.
        match counted.iter().map(|s| s.readiness).min() {
            Some(Readiness::NotStarted) | Some(Readiness::InProgress) | None => {
                Readiness::InProgress
            }
            Some(other) => other,
        }
    };
    r
}
