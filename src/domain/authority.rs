//! Step 2 of the source: set the MDM authority.
//!
//! Skeleton: the section, its finding paths and codes, its derived outputs,
//! its rules (per ruleset) and its analysis. Filled in step by step.

use serde::{Deserialize, Serialize};

use super::checklist::ItemDef;
use super::finding::Finding;
use super::plan::{Ctx, Plan};

/// An MDM authority. The source's step 2 offers Intune and Configuration
/// Manager (hybrid); Office 365 MDM appears in the recovery path.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    Intune,
    ConfigurationManager,
    Office365,
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct MdmAuthority {
    /// The chosen authority; none while undecided.
    pub authority: Option<Authority>,
}

/// Where a finding of this part points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {}

/// What a finding of this part says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules { items: &[] };

/// Analyses this part. Never fails.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let _ = (plan, ctx, findings);
    Derived::default()
}
