//! The whole plan, the actions that change it, and its analysis.

use serde::Serialize;

use super::checklist::{self, Checklist, ItemState};
use super::company_portal::{AppBackground, CompanyPortal, FieldId, LogoSlot};
use super::date::Date;
use super::finding::{FieldPath, Finding, Severity};
use super::image::Logo;
use super::readiness::{self, Report};
use super::ruleset::Ruleset;
use super::steps::StepId;
use super::{authority, connections, enrollment, groups, licenses, next_steps, recovery};

/// The readiness plan: what the user entered, step by step. Every section
/// defaults when missing from a file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Plan {
    pub connections: connections::Connections,
    pub mdm_authority: authority::MdmAuthority,
    pub groups: groups::Groups,
    pub company_portal: CompanyPortal,
    pub licenses: licenses::Licenses,
    pub enrollment: enrollment::Enrollment,
    pub next_steps: next_steps::NextSteps,
    pub recovery: recovery::Recovery,
    /// The state of each checklist item, by item id. Items not listed are "not started".
    #[serde(skip_serializing_if = "Checklist::is_empty")]
    #[schemars(extend("maxProperties" = super::limits::MAX_CHECKLIST_ITEMS))]
    pub checklist: Checklist,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

impl Plan {
    /// True when the user entered anything in this step's own section
    /// (checklist items are looked at separately).
    pub fn section_touched(&self, step: StepId) -> bool {
        match step {
            StepId::Connections => self.connections != Default::default(),
            StepId::MdmAuthority => self.mdm_authority != Default::default(),
            StepId::Groups => self.groups != Default::default(),
            StepId::CompanyPortal => self.company_portal != Default::default(),
            StepId::Licenses => self.licenses != Default::default(),
            StepId::Enrollment => self.enrollment != Default::default(),
            StepId::NextSteps => self.next_steps != Default::default(),
            StepId::Recovery => self.recovery != Default::default(),
        }
    }
}

/// What the analysis needs besides the plan: the date (the core reads no
/// clock) and the ruleset.
#[derive(Clone, Copy, Debug)]
pub struct Ctx {
    pub today: Date,
    pub ruleset: &'static Ruleset,
}

/// Every change the page can make to a plan. Components build actions; only
/// [`Plan::apply`] changes the plan, which keeps undo and autosave in one place.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetText(FieldId, String),
    SetIncludeLogo(bool),
    SetLogo(LogoSlot, Option<Logo>),
    SetAppBackground(AppBackground),
    /// Record the state of a checklist item (an empty state removes it).
    SetItem(String, ItemState),
    /// Replace the whole plan (restore, import).
    Replace(Box<Plan>),
}

impl Plan {
    pub fn apply(&mut self, action: Action) {
        let cp = &mut self.company_portal;
        match action {
            Action::SetText(id, value) => cp.set_text(id, value),
            Action::SetIncludeLogo(on) => cp.include_logo = on,
            Action::SetLogo(slot, logo) => cp.set_logo(slot, logo),
            Action::SetAppBackground(bg) => cp.app_background = bg,
            Action::SetItem(id, state) => {
                if state.is_empty() {
                    self.checklist.remove(&id);
                } else {
                    self.checklist.insert(id, state);
                }
            }
            Action::Replace(plan) => *self = *plan,
        }
    }
}

/// Everything the analysis works out about a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub findings: Vec<Finding>,
    pub connections: connections::Derived,
    pub mdm_authority: authority::Derived,
    pub groups: groups::Derived,
    pub licenses: licenses::Derived,
    pub enrollment: enrollment::Derived,
    pub next_steps: next_steps::Derived,
    pub recovery: recovery::Derived,
    pub readiness: Report,
}

impl Analysis {
    /// The findings for one field, most severe first.
    pub fn for_path(&self, path: FieldPath) -> impl Iterator<Item = &Finding> {
        let mut v: Vec<&Finding> = self.findings.iter().filter(|f| f.path == path).collect();
        v.sort_by_key(|f| std::cmp::Reverse(f.severity));
        v.into_iter()
    }

    /// True when a blocker points at this field: the page marks it invalid.
    pub fn is_invalid(&self, path: FieldPath) -> bool {
        self.findings
            .iter()
            .any(|f| f.path == path && f.severity == Severity::Blocker)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// Findings of one step.
    pub fn count_in(&self, step: StepId, severity: Severity, ruleset: &Ruleset) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity && f.path.step(ruleset) == step)
            .count()
    }
}

/// Analyses a plan. Never fails: problems are findings.
pub fn analyze(plan: &Plan, ctx: &Ctx) -> Analysis {
    let mut findings = Vec::new();
    let connections = connections::analyze(plan, ctx, &mut findings);
    let mdm_authority = authority::analyze(plan, ctx, &mut findings);
    let groups = groups::analyze(plan, ctx, &mut findings);
    plan.company_portal.validate(&mut findings);
    let licenses = licenses::analyze(plan, ctx, &mut findings);
    let enrollment = enrollment::analyze(plan, ctx, &mut findings);
    let next_steps = next_steps::analyze(plan, ctx, &mut findings);
    let recovery = recovery::analyze(plan, ctx, &mut findings);
    checklist::check_items(plan, ctx, &mut findings);
    let readiness = readiness::compute(plan, ctx, &findings);
    Analysis {
        findings,
        connections,
        mdm_authority,
        groups,
        licenses,
        enrollment,
        next_steps,
        recovery,
        readiness,
    }
}
