//! Readiness per step and overall, from the findings and the checklist.

use super::checklist::{self, ItemStatus};
use super::finding::{Finding, Severity};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// How far a step (or the whole plan) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
}

impl StepReadiness {
    /// Percentage of applicable items done (100 when none apply).
    pub fn percent(&self) -> u8 {
        // 100 when no item applies (the division fails); done <= applicable,
        // so the quotient is at most 100.
        u64::from(self.done)
            .saturating_mul(100)
            .checked_div(u64::from(self.applicable))
            .and_then(|p| u8::try_from(p).ok())
            .unwrap_or(100)
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
    let overall = overall(&steps);
    Report {
        steps,
        overall: Some(overall),
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
fn overall(steps: &[StepReadiness]) -> StepReadiness {
    let counted: Vec<&StepReadiness> = steps
        .iter()
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
