//! Step 7 of the source: next steps. The source lists four management options
//! to set up once enrollment is enabled; they are informational items that never
//! make the plan "not ready".

use serde::Serialize;

use super::checklist::{ItemDef, ItemStatus};
use super::finding::Finding;
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// What the user entered for this part of the plan (only item states, kept in
/// the plan's checklist).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct NextSteps {
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Where a finding of this part points (this part has no findings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {}

/// What a finding of this part says (this part has no findings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// The options not yet done (or marked not applicable), in the source's order.
    pub open: Vec<&'static str>,
}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    items: &[
        // Deploy policies that manage settings and features on devices.
        ItemDef::new("S7-01", StepId::NextSteps).informational(),
        // Enable access to company resources such as e-mail, Wi-Fi and VPN.
        ItemDef::new("S7-02", StepId::NextSteps).informational(),
        // Add apps and deploy them to managed devices.
        ItemDef::new("S7-03", StepId::NextSteps).informational(),
        // Create device compliance policies and restrict access based on compliance.
        ItemDef::new("S7-04", StepId::NextSteps).informational(),
    ],
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §7): informational
/// items, no limits.
pub const INTUNE_2026: Rules = Rules {
    items: &[
        // Compliance policies.
        ItemDef::new("T7-01", StepId::NextSteps).informational(),
        // Configuration profiles and the settings catalog.
        ItemDef::new("T7-02", StepId::NextSteps).informational(),
        // Apps and app protection policies.
        ItemDef::new("T7-03", StepId::NextSteps).informational(),
        // Microsoft Entra Conditional Access.
        ItemDef::new("T7-04", StepId::NextSteps).informational(),
    ],
};

/// Analyses this part. Never fails.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let _ = findings;
    let open =
        ctx.ruleset
            .next_steps
            .items
            .iter()
            .filter(|d| {
                !plan.checklist.get(d.id).is_some_and(|s| {
                    matches!(s.status, ItemStatus::Done | ItemStatus::NotApplicable)
                })
            })
            .map(|d| d.id)
            .collect();
    Derived { open }
}
