//! Step 5 of the source: assign user licenses, and sync on-premises users.
//!
//! In 2017 Intune user licenses were assigned in the Office 365 admin portal
//! (selecting Microsoft Intune on the user adds the user to the Microsoft
//! Intune user group). Users from an on-premises Active Directory first get
//! the custom domain's UPN suffix and are synced with Azure AD Connect.

use serde::Serialize;

use super::checklist::ItemDef;
use super::finding::{self, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// How Intune licenses are assigned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum AssignMethod {
    /// Per user, in the Office 365 admin portal (the source's procedure).
    Office365PortalPerUser,
    /// Through a group (group-based licensing in Azure AD, in preview during
    /// 2017; the source itself describes only the per-user way).
    Group,
}

impl AssignMethod {
    pub const ALL: [AssignMethod; 2] = [AssignMethod::Office365PortalPerUser, AssignMethod::Group];
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Licenses {
    /// Who gets an Intune license (free text), such as `the 20 pilot users`.
    pub who: String,
    /// How the licenses are assigned; none while undecided.
    pub method: Option<AssignMethod>,
    /// The users come from an on-premises Active Directory (synced with Azure
    /// AD Connect) rather than being cloud-only accounts.
    pub users_from_on_premises_ad: bool,
    /// The most devices one user will enroll; none when not planned.
    pub devices_per_user: Option<u32>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Where a finding of this part points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    Who,
    Method,
    UsersFromOnPremisesAd,
    DevicesPerUser,
}

/// What a finding of this part says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// A method is chosen but nobody is named to receive licenses (warning).
    WhoMissing,
    /// More devices per user than one license covers (blocker).
    TooManyDevicesPerUser { max: u32, actual: u32 },
    /// No devices per user planned (warning: nothing would be enrolled).
    NoDevicesPerUser,
    /// Users come from on-premises AD but no custom domain of step 1 is a
    /// valid UPN suffix: synced users would sign in as `…@<tenant>.onmicrosoft.com`.
    NoUpnSuffixForSync,
    /// Users plan more devices each than the device limit (Enrollment Rules,
    /// step 6) lets them enroll (DOMAIN L-1).
    DevicesPerUserAboveDeviceLimit { planned: u32, limit: u32 },
}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// How many devices one user license covers.
    pub max_devices_per_user: u32,
    /// The ids of the sync sub-checklist, in order, when users come from
    /// on-premises AD; empty otherwise.
    pub sync_items: Vec<&'static str>,
}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
    /// The items of the on-premises sync procedure, in the source's order.
    pub sync_items: &'static [&'static str],
    /// How many devices one user license covers.
    pub max_devices_per_user: u32,
    /// The Intune licence plans the ruleset names (none in 2017's rules).
    pub plans: &'static [&'static str],
}

fn on_premises(plan: &Plan) -> bool {
    plan.licenses.users_from_on_premises_ad
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    items: &[
        // Every pilot user has an Intune license.
        ItemDef::new("S5-01", StepId::Licenses),
        // The admin account is licensed.
        ItemDef::new("S5-02", StepId::Licenses),
        // On-premises users, in the source's order: (1) UPN suffix added for
        // the custom domain in on-premises AD; (2) the suffix set on the users
        // to import; (3) Azure AD Connect sync run; (4) Intune licenses
        // assigned once the accounts appear.
        ItemDef::new("S5-SYNC-01", StepId::Licenses).when(on_premises),
        ItemDef::new("S5-SYNC-02", StepId::Licenses).when(on_premises),
        ItemDef::new("S5-SYNC-03", StepId::Licenses).when(on_premises),
        ItemDef::new("S5-SYNC-04", StepId::Licenses).when(on_premises),
    ],
    sync_items: &["S5-SYNC-01", "S5-SYNC-02", "S5-SYNC-03", "S5-SYNC-04"],
    // "up to 15 devices" per user license (2017 and today).
    max_devices_per_user: 15,
    plans: &[],
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §5): "Microsoft
/// Intune licensing" (ms.date 2026-05-13), "Assign Microsoft Intune
/// licenses" (ms.date 2025-01-24), "Microsoft Entra UserPrincipalName
/// population" (ms.date 2025-04-09).
pub const INTUNE_2026: Rules = Rules {
    items: &[
        // Every pilot user has a licence, assigned in the Microsoft 365 admin center.
        ItemDef::new("T5-01", StepId::Licenses),
        // Admins: licensed, or unlicensed admin access allowed.
        ItemDef::new("T5-02", StepId::Licenses),
        // Microsoft Entra ID P1 or P2 for Windows automatic enrollment.
        ItemDef::new("T5-03", StepId::Licenses).when(windows_mdm),
        // On-premises users, synced with Microsoft Entra Connect (§5.3).
        ItemDef::new("T5-SYNC-01", StepId::Licenses).when(on_premises),
        ItemDef::new("T5-SYNC-02", StepId::Licenses).when(on_premises),
        ItemDef::new("T5-SYNC-03", StepId::Licenses).when(on_premises),
        ItemDef::new("T5-SYNC-04", StepId::Licenses).when(on_premises),
    ],
    sync_items: &["T5-SYNC-01", "T5-SYNC-02", "T5-SYNC-03", "T5-SYNC-04"],
    // §5.1: "Each user license: manage apps and up to 15 MDM devices".
    max_devices_per_user: 15,
    // §5.1: Plan 1 (base), Plan 2 and the Suite (add-ons to Plan 1).
    plans: &[
        "Microsoft Intune Plan 1",
        "Microsoft Intune Plan 2",
        "Microsoft Intune Suite",
    ],
};

fn windows_mdm(plan: &Plan) -> bool {
    plan.enrollment.platforms.windows_mdm
}

/// Analyses this part. Never fails. Reads step 1's domains (for the UPN
/// suffix of synced users).
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let rules = ctx.ruleset.licenses;
    let l = &plan.licenses;
    let at = |p| FieldPath::Licenses(p);
    let code = finding::Code::Licenses;
    if l.method.is_some() && l.who.trim().is_empty() {
        findings.push(Finding::warning(at(Path::Who), code(Code::WhoMissing)));
    }
    match l.devices_per_user {
        Some(0) => findings.push(Finding::warning(
            at(Path::DevicesPerUser),
            code(Code::NoDevicesPerUser),
        )),
        Some(n) if n > rules.max_devices_per_user => findings.push(Finding::blocker(
            at(Path::DevicesPerUser),
            code(Code::TooManyDevicesPerUser {
                max: rules.max_devices_per_user,
                actual: n,
            }),
        )),
        _ => {}
    }
    // Synced users need the custom domain of step 1 as their UPN suffix.
    if let (Some(planned), Some(limit)) = (l.devices_per_user, plan.enrollment.device_limit) {
        if planned > limit {
            findings.push(Finding::warning(
                at(Path::DevicesPerUser),
                code(Code::DevicesPerUserAboveDeviceLimit { planned, limit }),
            ));
        }
    }
    let upn_ready = || super::connections::has_valid_upn_suffix(plan, ctx.ruleset.connections);
    if l.users_from_on_premises_ad && !upn_ready() {
        findings.push(Finding::warning(
            at(Path::UsersFromOnPremisesAd),
            code(Code::NoUpnSuffixForSync),
        ));
    }
    Derived {
        max_devices_per_user: rules.max_devices_per_user,
        sync_items: if l.users_from_on_premises_ad {
            rules.sync_items.to_vec()
        } else {
            Vec::new()
        },
    }
}
