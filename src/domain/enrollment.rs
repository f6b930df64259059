//! Step 6 of the source: enable enrollment per platform.
//!
//! Skeleton: the section, its finding paths and codes, its derived outputs,
//! its rules (per ruleset) and its analysis. Filled in step by step.

use serde::{Deserialize, Serialize};

use super::checklist::ItemDef;
use super::finding::Finding;
use super::plan::{Ctx, Plan};

/// The platforms in scope of the plan (the source's step 6 sections).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Platforms {
    pub ios_mac: bool,
    pub android: bool,
    pub android_for_work: bool,
    /// Windows 10 Mobile and Windows Phone.
    pub windows_phone: bool,
    /// Windows PCs managed with the Intune client software.
    pub windows_pc: bool,
    pub corporate_owned: bool,
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Enrollment {
    pub platforms: Platforms,
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
