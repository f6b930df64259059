//! The caps on the lists of a plan, in one place. They keep a file of empty
//! entries (`[{},{},…]`: 5 MiB is about 1.7 million of them) from flooding the
//! page: a file over a cap is refused with a message naming the list, its
//! count and the cap ([`crate::format::ImportError::TooMany`]), and a plan over
//! a cap is not written ([`crate::format::ExportError::TooMany`]). Nothing is
//! ever cut silently.

use super::Plan;

/// At most this many custom domains (step 1).
pub const MAX_DOMAINS: usize = 1_000;
/// At most this many groups (step 3).
pub const MAX_GROUPS: usize = 2_000;
/// At most this many checklist item states. The ruleset defines about 110
/// items; states of unknown item ids (from a newer version) are kept too.
pub const MAX_CHECKLIST_ITEMS: usize = 1_000;

/// A capped list of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List {
    /// `plan.connections.domains`
    Domains,
    /// `plan.groups.groups`
    Groups,
    /// `plan.checklist`
    ChecklistItems,
}

impl List {
    pub const ALL: [List; 3] = [List::Domains, List::Groups, List::ChecklistItems];

    /// The most entries this list may have.
    pub const fn max(self) -> usize {
        match self {
            List::Domains => MAX_DOMAINS,
            List::Groups => MAX_GROUPS,
            List::ChecklistItems => MAX_CHECKLIST_ITEMS,
        }
    }

    /// How many entries the plan has in this list.
    pub fn count(self, plan: &Plan) -> usize {
        match self {
            List::Domains => plan.connections.domains.len(),
            List::Groups => plan.groups.groups.len(),
            List::ChecklistItems => plan.checklist.len(),
        }
    }

    /// True when one more entry still fits (the page can offer "Add").
    pub fn has_room(self, plan: &Plan) -> bool {
        self.count(plan) < self.max()
    }
}

/// A list over its cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverCap {
    pub list: List,
    pub count: usize,
    pub max: usize,
}

/// The first list of the plan over its cap, if any.
pub fn over_cap(plan: &Plan) -> Option<OverCap> {
    List::ALL.into_iter().find_map(|list| {
        let count = list.count(plan);
        (count > list.max()).then_some(OverCap {
            list,
            count,
            max: list.max(),
        })
    })
}
