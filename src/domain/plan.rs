//! The whole plan, the actions that change it, and its analysis.

use serde::Serialize;

use super::checklist::{self, Checklist, ItemState};
use super::company_portal::{AppBackground, CompanyPortal, FieldId, LogoSlot};
use super::date::Date;
use super::edit::{At, Direction, Entry, Field, Value};
use super::enrollment::ImeiCsv;
use super::finding::{FieldPath, Finding, Severity};
use super::image::Logo;
use super::limits::List;
use super::readiness::{self, Report};
use super::report_info::ReportInfo;
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
    /// "Prepared by" and "Prepared for", for the report's cover (written
    /// only when set).
    #[serde(skip_serializing_if = "ReportInfo::is_empty")]
    pub report: ReportInfo,
    /// The state of each checklist item, by item id. Items not listed are "not started".
    #[serde(skip_serializing_if = "Checklist::is_empty")]
    #[schemars(extend("maxProperties" = super::limits::MAX_CHECKLIST_ITEMS))]
    pub checklist: Checklist,
    /// The envelope of the file this plan belongs to (its ruleset and the
    /// members this version does not know), written beside the plan, never
    /// in it. The page keeps it with the plan while it replaces one plan by
    /// another, so that undoing an import brings the replaced file's
    /// envelope back with its plan.
    #[serde(skip)]
    #[cfg_attr(feature = "arbitrary", proptest(value = "FileMeta::default()"))]
    pub file: FileMeta,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// What a file carries besides the plan, kept from load to save: the ruleset
/// id and the unknown members of the envelope and of its `generator`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileMeta {
    pub ruleset: String,
    /// Unknown members of the envelope (the top level).
    pub extra: super::Extra,
    /// Unknown members of `generator` (its `name` and `version` are always
    /// this build's).
    pub generator_extra: super::Extra,
}

impl Default for FileMeta {
    /// The ruleset a new plan follows (today's, `intune-2026`) and no
    /// unknown members.
    fn default() -> Self {
        FileMeta {
            ruleset: super::ruleset::NEW_PLAN.id.into(),
            extra: super::Extra::new(),
            generator_extra: super::Extra::new(),
        }
    }
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
    /// Choose an option of a step 4 select field by its key (`None`: none
    /// chosen): "Show in header", "Device enrollment".
    SetChoice(FieldId, Option<&'static str>),
    /// Record the state of a checklist item (an empty state removes it).
    SetItem(String, ItemState),
    /// Replace the whole plan (restore, import).
    Replace(Box<Plan>),
    /// Write one field of steps 1–3, 5, 6, the recovery path or an item
    /// (the form tables of [`super::form`] build these). An item is rebuilt
    /// from its old state, so its unknown members survive.
    Set(Field, At, Value),
    /// The IMEI file of corporate-owned devices (its facts), or none.
    SetImeiCsv(Option<Box<ImeiCsv>>),
    /// Add an empty entry at the end of a list; refused (no change) when the
    /// list is full ([`Plan::can_add`]).
    Add(List),
    /// Remove the entry at this index.
    Remove(List, usize),
    /// Put an entry back at this index (the undo of a remove).
    Insert(usize, Entry),
    /// Swap the entry at this index with its neighbour; nothing at the ends.
    Move(List, usize, Direction),
}

/// The part of the plan an action changes, so that a view redraws only the
/// controls that show that part (one keystroke in one of 200 domains touches
/// one entry, not the whole list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// A value of the plan itself (not of a list entry or an item).
    Plan,
    /// One entry of a list.
    Entry(List, usize),
    /// One checklist item.
    Item(&'static str),
    /// Anything: a list's shape, a replaced plan, several parts.
    Whole,
}

impl Scope {
    /// The part that holds `field` at `at`.
    pub fn of(field: Field, at: At) -> Scope {
        match (field, at) {
            (_, At::Plan) => Scope::Plan,
            (Field::Domain(_), At::Entry(i)) => Scope::Entry(List::Domains, i),
            (Field::Group(_), At::Entry(i)) => Scope::Entry(List::Groups, i),
            (Field::Item(_), At::Item(id)) => Scope::Item(id),
            _ => Scope::Whole,
        }
    }
}

impl Action {
    /// What this action can change.
    pub fn scope(&self) -> Scope {
        match self {
            Action::Set(field, at, _) => Scope::of(*field, *at),
            Action::SetText(..)
            | Action::SetIncludeLogo(_)
            | Action::SetLogo(..)
            | Action::SetAppBackground(_)
            | Action::SetChoice(..)
            | Action::SetImeiCsv(_) => Scope::Plan,
            Action::SetItem(..)
            | Action::Replace(_)
            | Action::Add(_)
            | Action::Remove(..)
            | Action::Insert(..)
            | Action::Move(..) => Scope::Whole,
        }
    }
}

impl Plan {
    /// Applies an action. An action that cannot apply (an index past the
    /// end, a full list, a value of the wrong kind) changes nothing.
    pub fn apply(&mut self, action: Action) {
        let _ = self.apply_reversible(action);
    }

    /// True when one more entry fits in this list (the page offers "Add").
    pub fn can_add(&self, list: List) -> bool {
        list != List::ChecklistItems && list.has_room(self)
    }

    /// Applies an action and returns the action that undoes it, or `None`
    /// when nothing changed. The undo holds only what was overwritten (the old
    /// value, the removed entry, the replaced plan), never a copy of the plan.
    pub fn apply_reversible(&mut self, action: Action) -> Option<Action> {
        match action {
            Action::SetText(id, value) => {
                let old = self.company_portal.text(id)?.to_owned();
                if old == value {
                    return None;
                }
                self.company_portal.set_text(id, value);
                Some(Action::SetText(id, old))
            }
            Action::SetIncludeLogo(on) => {
                let old = std::mem::replace(&mut self.company_portal.include_logo, on);
                (old != on).then_some(Action::SetIncludeLogo(old))
            }
            Action::SetLogo(slot, logo) => {
                let old = self.company_portal.logo(slot).cloned();
                if old == logo {
                    return None;
                }
                self.company_portal.set_logo(slot, logo);
                Some(Action::SetLogo(slot, old))
            }
            Action::SetAppBackground(bg) => {
                let old = std::mem::replace(&mut self.company_portal.app_background, bg);
                (old != bg).then_some(Action::SetAppBackground(old))
            }
            Action::SetChoice(id, key) => {
                let old = self.company_portal.choice(id);
                self.company_portal.set_choice(id, key);
                let new = self.company_portal.choice(id);
                (old != new).then_some(Action::SetChoice(id, old))
            }
            Action::SetItem(id, state) => self.put_item(id, state),
            Action::Replace(plan) => {
                if *self == *plan {
                    return None;
                }
                let old = std::mem::replace(self, *plan);
                Some(Action::Replace(Box::new(old)))
            }
            Action::Set(Field::Item(input), At::Item(id), value) => {
                let state = self.item_with(id, input, value)?;
                self.put_item(id.to_owned(), state)
            }
            Action::Set(field, at, value) => {
                let old = self.value(field, at)?;
                if old == value || !self.set(field, at, value) {
                    return None;
                }
                Some(Action::Set(field, at, old))
            }
            Action::SetImeiCsv(file) => {
                let slot = &mut self.enrollment.corporate.imei_csv;
                let new = file.map(|b| *b);
                if *slot == new {
                    return None;
                }
                let old = std::mem::replace(slot, new);
                Some(Action::SetImeiCsv(old.map(Box::new)))
            }
            Action::Add(list) => {
                if !self.can_add(list) {
                    return None;
                }
                let index = list.count(self);
                match list {
                    List::Domains => self.connections.domains.push(Default::default()),
                    List::Groups => self.groups.groups.push(Default::default()),
                    List::ChecklistItems => return None,
                }
                Some(Action::Remove(list, index))
            }
            Action::Remove(list, index) => {
                let entry = match list {
                    List::Domains => {
                        Entry::Domain(remove_at(&mut self.connections.domains, index)?)
                    }
                    List::Groups => Entry::Group(remove_at(&mut self.groups.groups, index)?),
                    List::ChecklistItems => return None,
                };
                Some(Action::Insert(index, entry))
            }
            Action::Insert(index, entry) => {
                let list = match &entry {
                    Entry::Domain(_) => List::Domains,
                    Entry::Group(_) => List::Groups,
                };
                if !self.can_add(list) || index > list.count(self) {
                    return None;
                }
                match entry {
                    Entry::Domain(d) => self.connections.domains.insert(index, d),
                    Entry::Group(g) => self.groups.groups.insert(index, g),
                }
                Some(Action::Remove(list, index))
            }
            Action::Move(list, index, dir) => {
                let other = match dir {
                    Direction::Up => index.checked_sub(1)?,
                    Direction::Down => index.checked_add(1)?,
                };
                let swapped = match list {
                    List::Domains => swap(&mut self.connections.domains, index, other),
                    List::Groups => swap(&mut self.groups.groups, index, other),
                    List::ChecklistItems => false,
                };
                let back = match dir {
                    Direction::Up => Direction::Down,
                    Direction::Down => Direction::Up,
                };
                swapped.then_some(Action::Move(list, other, back))
            }
        }
    }

    /// Records an item's state (an empty state removes it); a new item is
    /// refused when the checklist is full.
    fn put_item(&mut self, id: String, state: ItemState) -> Option<Action> {
        let old = self.checklist.get(&id).cloned();
        if old.as_ref().unwrap_or(&ItemState::default()) == &state {
            return None;
        }
        if state.is_empty() {
            self.checklist.remove(&id);
        } else {
            if old.is_none() && !List::ChecklistItems.has_room(self) {
                return None;
            }
            self.checklist.insert(id.clone(), state);
        }
        Some(Action::SetItem(id, old.unwrap_or_default()))
    }
}

fn remove_at<T>(v: &mut Vec<T>, index: usize) -> Option<T> {
    (index < v.len()).then(|| v.remove(index))
}

fn swap<T>(v: &mut [T], a: usize, b: usize) -> bool {
    if a < v.len() && b < v.len() {
        v.swap(a, b);
        true
    } else {
        false
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
    plan.company_portal
        .validate_in(ctx.ruleset.company_portal, &mut findings);
    let licenses = licenses::analyze(plan, ctx, &mut findings);
    let enrollment = enrollment::analyze(plan, ctx, &mut findings);
    let next_steps = next_steps::analyze(plan, ctx, &mut findings);
    let recovery = recovery::analyze(plan, ctx, &mut findings);
    plan.report.validate(&mut findings);
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
