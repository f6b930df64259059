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
        if self.applicable == 0 {
            100
        } else {
            // done <= applicable, so this is at most 100.
            u8::try_from(u64::from(self.done) * 100 / u64::from(self.applicable)).unwrap_or(100)
        }
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
    let mut steps = Vec::with_capacity(StepId::ALL.len());
    for step in StepId::ALL {
        let mut r = StepReadiness {
            step: Some(step),
            readiness: Readiness::NotStarted,
            applicable: 0,
            done: 0,
            blockers: 0,
            warnings: 0,
        };
        let mut touched = plan.section_touched(step);
        for def in ctx.ruleset.items().filter(|d| d.step == step) {
            let state = checklist::state(plan, def.id);
            touched |= !state.is_empty();
            if !def.counts_for_readiness
                || !def.applies_to(plan)
                || state.status == ItemStatus::NotApplicable
            {
                continue;
            }
            r.applicable += 1;
            r.done += u32::from(state.status == ItemStatus::Done);
        }
        for f in findings.iter().filter(|f| f.path.step(ctx.ruleset) == step) {
            match f.severity {
                Severity::Blocker => r.blockers += 1,
                Severity::Warning => r.warnings += 1,
                Severity::Info => {}
            }
        }
        r.readiness = classify(touched, &r);
        steps.push(r);
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
    let sum = |f: fn(&StepReadiness) -> u32| counted.iter().map(|s| f(s)).sum::<u32>();
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
