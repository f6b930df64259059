//! Step 3 of the source: create user and device groups, to simplify
//! management and target apps, policies and company resources.

use std::collections::BTreeMap;

use serde::Serialize;

use super::checklist::ItemDef;
use super::finding::{self, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// Whether a group holds users or devices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    #[default]
    User,
    Device,
}

impl GroupKind {
    pub const ALL: [GroupKind; 2] = [GroupKind::User, GroupKind::Device];
}

/// How a Microsoft Entra group gets its members (today's rules only,
/// DOMAIN-2026.md §3: "security; assigned or dynamic").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    /// Members added by hand.
    #[default]
    Assigned,
    /// Members by a rule (for example on `enrollmentProfileName`).
    Dynamic,
}

/// A group to create.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Group {
    /// The group's name, such as `Intune pilot users`.
    pub name: String,
    /// A user group or a device group.
    pub kind: GroupKind,
    /// What the group is for (free text), such as `Pilot` or `iOS devices`.
    pub purpose: String,
    /// Assigned or dynamic membership (shown under today's rules; a 2017
    /// plan keeps the default and does not write it).
    #[serde(skip_serializing_if = "is_default")]
    pub membership: Membership,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Groups {
    /// The user and device groups to create.
    #[schemars(length(max = super::limits::MAX_GROUPS))]
    pub groups: Vec<Group>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// The fields of a group a finding can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupField {
    Name,
    Kind,
    Purpose,
    Membership,
}

/// Where a finding of this part points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    /// A field of the group at this index of [`Groups::groups`].
    Group(usize, GroupField),
}

/// What a finding of this part says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// The group has no name (blocker: a group cannot be created without one).
    NameEmpty,
    /// The same name (ignoring case and surrounding spaces) as the group at
    /// `first` (warning: allowed, but targeting becomes ambiguous).
    DuplicateName { first: usize },
}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// Named user groups.
    pub user_groups: usize,
    /// Named device groups.
    pub device_groups: usize,
}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
    /// Groups are assigned or dynamic (Microsoft Entra groups).
    pub membership: bool,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    items: &[
        // At least one user group for the pilot users.
        ItemDef::new("S3-01", StepId::Groups),
        // Device groups per platform (the 2017 tip: separate iOS, Android and
        // Windows device groups).
        ItemDef::new("S3-02", StepId::Groups),
    ],
    membership: false,
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §3): targeting uses
/// Microsoft Entra groups; Company Portal customization targets user groups
/// only (§4.1).
pub const INTUNE_2026: Rules = Rules {
    items: &[
        // Microsoft Entra security groups (assigned or dynamic) for the pilot users.
        ItemDef::new("T3-01", StepId::Groups),
        // Device groups (for example dynamic on enrollmentProfileName).
        ItemDef::new("T3-02", StepId::Groups),
        // Customization policies and group evaluation (about 15 minutes).
        ItemDef::new("T3-03", StepId::Groups).informational(),
    ],
    // §3: "Microsoft Entra groups (security; assigned or dynamic)".
    membership: true,
};

/// Analyses this part. Never fails. Linear in the number of groups.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let _ = ctx;
    let groups = &plan.groups.groups;
    let mut derived = Derived::default();
    // A B-tree, not a hash map: n log n, no hashing code in the page.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate() {
        let path = FieldPath::Groups(Path::Group(i, GroupField::Name));
        let name = g.name.trim();
        if name.is_empty() {
            findings.push(Finding::blocker(
                path,
                finding::Code::Groups(Code::NameEmpty),
            ));
            continue;
        }
        match g.kind {
            GroupKind::User => derived.user_groups = derived.user_groups.saturating_add(1),
            GroupKind::Device => derived.device_groups = derived.device_groups.saturating_add(1),
        }
        // Case folded without Unicode's tables (see `checks::fold_case`).
        let key = super::checks::fold_case(name);
        match seen.get(&key) {
            Some(&first) => findings.push(Finding::warning(
                path,
                finding::Code::Groups(Code::DuplicateName { first }),
            )),
            None => {
                seen.insert(key, i);
            }
        }
    }
    derived
}
