//! The whole plan, the actions that change it, and its analysis.

use serde::{Deserialize, Serialize};

use super::company_portal::{AppBackground, CompanyPortal, FieldId, LogoSlot};
use super::finding::{FieldPath, Finding, Severity};
use super::image::Logo;

/// The readiness plan: what the user entered, step by step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub company_portal: CompanyPortal,
}

/// Every change the page can make to a plan. Components build actions; only
/// [`Plan::apply`] changes the plan, which keeps undo and autosave in one place.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetText(FieldId, String),
    SetIncludeLogo(bool),
    SetLogo(LogoSlot, Option<Logo>),
    SetAppBackground(AppBackground),
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
            Action::Replace(plan) => *self = *plan,
        }
    }
}

/// Everything the analysis works out about a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub findings: Vec<Finding>,
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
}

/// Analyses a plan. Never fails: problems are findings.
pub fn analyze(plan: &Plan) -> Analysis {
    let mut findings = Vec::new();
    plan.company_portal.validate(&mut findings);
    Analysis { findings }
}
