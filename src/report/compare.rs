//! What changed between two versions of a plan (issue 14, "Compare"), step
//! by step: fields changed (old → new), list entries added, removed, moved or
//! changed, checklist items whose status, owner, due date, reason or note
//! changed, findings that appeared or were resolved, and each version's
//! readiness. Steps without a change are left out.
//!
//! Both plans are compared through their readiness reports
//! ([`super::build`]) in one language, so every value is compared as the
//! report shows it, and every label and message is the report's own.

use serde::Serialize;

use super::{FindingLine, Report, Row, StepSection};
use crate::i18n::{compare as words, Locale};

/// One field's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub label: String,
    /// "—" when the field was empty.
    pub old: String,
    pub new: String,
}

/// What happened to a list entry (a domain, a group), named by its first
/// column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum EntryChange {
    Added { name: String },
    Removed { name: String },
    /// Its place in the list, counted from 1.
    Moved { name: String, from: usize, to: usize },
    /// The same name, other values: the columns that changed.
    Changed {
        name: String,
        fields: Vec<FieldChange>,
    },
}

/// A checklist item with what changed in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    pub id: &'static str,
    pub label: String,
    pub fields: Vec<FieldChange>,
}

/// One step's changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepChanges {
    pub key: &'static str,
    pub title: String,
    /// "in progress (40%)" in each version.
    pub old_state: String,
    pub new_state: String,
    pub fields: Vec<FieldChange>,
    pub entries: Vec<EntryChange>,
    pub items: Vec<ItemChange>,
    /// Findings in the new version only, and in the old one only.
    pub appeared: Vec<String>,
    pub resolved: Vec<String>,
    /// A move to another ruleset ([`migration_preview`]) only: fields the
    /// new rules show that the old did not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shown: Vec<String>,
    /// Fields with a value that the new rules do not show: the value (as
    /// `old`) stays in the plan and its file (`new` says so).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<FieldChange>,
    /// Limits of the step that differ between the two rulesets.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<FieldChange>,
}

impl StepChanges {
    fn is_empty(&self) -> bool {
        self.shown.is_empty()
            && self.hidden.is_empty()
            && self.limits.is_empty()
            && self.fields.is_empty()
            && self.entries.is_empty()
            && self.items.is_empty()
            && self.appeared.is_empty()
            && self.resolved.is_empty()
            && self.old_state == self.new_state
    }
}

/// The comparison of two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The overall readiness of each version ("58% — blocked").
    pub old_readiness: String,
    pub new_readiness: String,
    /// The steps that changed, in the page's order.
    pub steps: Vec<StepChanges>,
    /// How many steps did not change.
    pub unchanged: usize,
    /// When the two plans follow different rulesets: the one both were
    /// moved to for the comparison (the newer), by id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<&'static str>,
}

impl Comparison {
    /// True when nothing changed.
    pub fn equal(&self) -> bool {
        self.steps.is_empty() && self.old_readiness == self.new_readiness
    }
}

fn dash(s: &str) -> String {
    if s.is_empty() {
        "—".to_owned()
    } else {
        s.to_owned()
    }
}

fn state(s: &StepSection) -> String {
    format!("{} ({}%)", s.state, s.percent)
}

/// Label–value rows: the labels in either version whose values differ.
fn rows(old: &[(String, String)], new: &[(String, String)]) -> Vec<FieldChange> {
    let mut labels: Vec<&String> = Vec::new();
    for (label, _) in old.iter().chain(new) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    let find = |v: &[(String, String)], label: &str| {
        v.iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    labels
        .into_iter()
        .filter_map(|label| {
            let (o, n) = (find(old, label), find(new, label));
            (o != n).then(|| FieldChange {
                label: label.clone(),
                old: dash(&o),
                new: dash(&n),
            })
        })
        .collect()
}

/// A step's value rows, as [`rows`]; a row with a key (step 4's fields) is
/// paired by its key, and shown with its new label. Across rulesets
/// (`across`), a keyed row on one side only is a field of one ruleset (its
/// value stays in the plan, unshown), not a change.
fn value_rows(old: &[Row], new: &[Row], across: bool) -> Vec<FieldChange> {
    let id = |r: &Row| -> String {
        if r.key.is_empty() {
            format!("label:{}", r.label)
        } else {
            format!("key:{}", r.key)
        }
    };
    let mut ids: Vec<(String, bool)> = Vec::new();
    for r in old.iter().chain(new) {
        let i = id(r);
        if !ids.iter().any(|(x, _)| *x == i) {
            ids.push((i, !r.key.is_empty()));
        }
    }
    let find = |v: &[Row], i: &str| v.iter().find(|r| id(r) == i).cloned();
    ids.into_iter()
        .filter_map(|(i, keyed)| {
            let (o, n) = (find(old, &i), find(new, &i));
            if across && keyed && (o.is_none() || n.is_none()) {
                return None;
            }
            let label = n.as_ref().or(o.as_ref()).map(|r| r.label.clone())?;
            let (o, n) = (
                o.map(|r| r.value).unwrap_or_default(),
                n.map(|r| r.value).unwrap_or_default(),
            );
            (o != n).then(|| FieldChange {
                label,
                old: dash(&o),
                new: dash(&n),
            })
        })
        .collect()
}

fn entries(old: &StepSection, new: &StepSection) -> Vec<EntryChange> {
    let (Some(o), Some(n)) = (&old.list, &new.list) else {
        return Vec::new();
    };
    let name = |row: &Vec<String>| row.first().cloned().unwrap_or_default();
    let pairs = |row: &Vec<String>, columns: &[String]| -> Vec<(String, String)> {
        columns
            .iter()
            .zip(row)
            .skip(1)
            .map(|(c, v)| (c.clone(), v.clone()))
            .collect()
    };
    let mut out = Vec::new();
    let old_names: Vec<String> = o.rows.iter().map(name).collect();
    let new_names: Vec<String> = n.rows.iter().map(name).collect();
    for row in &n.rows {
        let nm = name(row);
        match old_names.iter().position(|x| *x == nm) {
            None => out.push(EntryChange::Added { name: nm }),
            Some(j) => {
                let before = o.rows.get(j).map(|r| pairs(r, &o.columns)).unwrap_or_default();
                let fields = rows(&before, &pairs(row, &n.columns));
                if !fields.is_empty() {
                    out.push(EntryChange::Changed {
                        name: nm.clone(),
                        fields,
                    });
                }
            }
        }
    }
    for nm in &old_names {
        if !new_names.contains(nm) {
            out.push(EntryChange::Removed { name: nm.clone() });
        }
    }
    // Moved: of the names both versions have, those outside the longest
    // run that kept its order (so one entry moved is one move, not every
    // entry it passed).
    let kept: Vec<(usize, usize, &String)> = new_names
        .iter()
        .enumerate()
        .filter_map(|(to, nm)| old_names.iter().position(|x| x == nm).map(|from| (from, to, nm)))
        .collect();
    let stayed = longest_ordered(&kept.iter().map(|(from, _, _)| *from).collect::<Vec<_>>());
    for (k, (from, to, nm)) in kept.iter().enumerate() {
        if !stayed.contains(&k) {
            out.push(EntryChange::Moved {
                name: (*nm).clone(),
                from: from.saturating_add(1),
                to: to.saturating_add(1),
            });
        }
    }
    out
}

/// The indexes of a longest strictly increasing subsequence of `seq`
/// (quadratic: lists are at most a few hundred entries).
fn longest_ordered(seq: &[usize]) -> Vec<usize> {
    // For each index: the length of the longest run ending there, and the
    // index before it in that run.
    let mut best: Vec<(usize, Option<usize>)> = Vec::with_capacity(seq.len());
    for (i, x) in seq.iter().enumerate() {
        let mut entry = (1usize, None);
        for (j, (y, (len, _))) in seq.iter().zip(&best).enumerate().take(i) {
            if y < x && len.saturating_add(1) > entry.0 {
                entry = (len.saturating_add(1), Some(j));
            }
        }
        best.push(entry);
    }
    let mut end = best
        .iter()
        .enumerate()
        .max_by_key(|(i, (len, _))| (*len, std::cmp::Reverse(*i)))
        .map(|(i, _)| i);
    let mut out = Vec::new();
    while let Some(i) = end {
        out.push(i);
        end = best.get(i).and_then(|(_, prev)| *prev);
    }
    out.reverse();
    out
}

fn items(old: &StepSection, new: &StepSection, l: Locale) -> Vec<ItemChange> {
    let mut out = Vec::new();
    let mut ids: Vec<&'static str> = Vec::new();
    for i in old.items.iter().chain(&new.items) {
        if !ids.contains(&i.id) {
            ids.push(i.id);
        }
    }
    for id in ids {
        let o = old.items.iter().find(|i| i.id == id);
        let n = new.items.iter().find(|i| i.id == id);
        let fields_of = |i: Option<&super::ItemLine>| -> Vec<(String, String)> {
            match i {
                Some(i) => vec![
                    (words::status(l).to_owned(), i.status_word.clone()),
                    (words::owner(l).to_owned(), i.owner.clone()),
                    (words::due_date(l).to_owned(), i.due_date.clone()),
                    (words::note(l).to_owned(), i.note.clone()),
                ],
                None => vec![(words::status(l).to_owned(), words::not_applying(l).to_owned())],
            }
        };
        let fields = rows(&fields_of(o), &fields_of(n));
        if !fields.is_empty() {
            let label = n.or(o).map(|i| i.label.clone()).unwrap_or_default();
            out.push(ItemChange { id, label, fields });
        }
    }
    out
}

fn finding_text(f: &FindingLine) -> String {
    if f.field.is_empty() {
        format!("{}: {}", f.severity_word, f.message)
    } else {
        format!("{}: {}: {}", f.severity_word, f.field, f.message)
    }
}

/// Compares two reports of the same language (`l`).
pub fn compare(old: &Report, new: &Report, l: Locale) -> Comparison {
    let mut steps = Vec::new();
    let mut unchanged = 0usize;
    let across = old.ruleset.value != new.ruleset.value;
    // Paired by step: a step only one report has (the recovery path under
    // today's rules) is not compared here.
    let pairs = new
        .steps
        .iter()
        .filter_map(|n| old.steps.iter().find(|o| o.key == n.key).map(|o| (o, n)));
    for (o, n) in pairs {
        let old_f: Vec<String> = o.findings.iter().map(finding_text).collect();
        let new_f: Vec<String> = n.findings.iter().map(finding_text).collect();
        let changes = StepChanges {
            key: n.key,
            title: n.title.clone(),
            old_state: state(o),
            new_state: state(n),
            fields: value_rows(&o.values, &n.values, across),
            entries: entries(o, n),
            items: items(o, n, l),
            appeared: new_f.iter().filter(|f| !old_f.contains(f)).cloned().collect(),
            resolved: old_f.iter().filter(|f| !new_f.contains(f)).cloned().collect(),
            shown: Vec::new(),
            hidden: Vec::new(),
            limits: Vec::new(),
        };
        if changes.is_empty() {
            unchanged = unchanged.saturating_add(1);
        } else {
            steps.push(changes);
        }
    }
    let readiness = |r: &Report| {
        r.summary
            .rows
            .first()
            .map(|row| row.value.clone())
            .unwrap_or_default()
    };
    Comparison {
        old_readiness: readiness(old),
        new_readiness: readiness(new),
        steps,
        unchanged,
        moved_to: None,
    }
}

/// The ruleset two plans are compared under when theirs differ: the newer
/// (the later `as_of`).
pub fn newer(
    a: &'static crate::domain::Ruleset,
    b: &'static crate::domain::Ruleset,
) -> &'static crate::domain::Ruleset {
    if b.as_of > a.as_of {
        b
    } else {
        a
    }
}

/// Compares two plans (issue 14, "Compare"): each under its own rules when
/// they follow the same; otherwise both are moved to the newer ruleset first
/// (every value is kept in a move), and the comparison says so.
pub fn compare_plans(
    old: (&crate::domain::Plan, &'static crate::domain::Ruleset),
    new: (&crate::domain::Plan, &'static crate::domain::Ruleset),
    today: crate::domain::Date,
    app_version: &str,
    l: Locale,
) -> Comparison {
    let target = newer(old.1, new.1);
    let moved = old.1.id != new.1.id;
    let build = |plan: &crate::domain::Plan, own: &'static crate::domain::Ruleset| {
        let rules = if moved { target } else { own };
        let analysis = crate::domain::analyze(
            plan,
            &crate::domain::Ctx {
                today,
                ruleset: rules,
            },
        );
        super::build(
            plan,
            &analysis,
            &super::Context {
                ruleset: rules,
                locale: l,
                today,
                app_version,
            },
        )
    };
    let mut c = compare(&build(old.0, old.1), &build(new.0, new.1), l);
    if moved {
        c.moved_to = Some(target.id);
    }
    c
}

/// What would change if the plan followed `to` instead of `from` (issue 13,
/// "Moving a plan between rulesets"), step by step: items that no longer
/// apply and items that are new, values that become invalid or valid
/// (findings that appear or are resolved), states. The plan itself is the
/// same under both: every value typed is kept, and item states of the old
/// ruleset stay in the file (the reader keeps ids it does not know).
pub fn migration_preview(
    plan: &crate::domain::Plan,
    from: &'static crate::domain::Ruleset,
    to: &'static crate::domain::Ruleset,
    today: crate::domain::Date,
    l: Locale,
) -> Comparison {
    let build = |rules: &'static crate::domain::Ruleset| {
        let analysis = crate::domain::analyze(
            plan,
            &crate::domain::Ctx {
                today,
                ruleset: rules,
            },
        );
        super::build(
            plan,
            &analysis,
            &super::Context {
                ruleset: rules,
                locale: l,
                today,
                app_version: "",
            },
        )
    };
    let (old, new) = (build(from), build(to));
    let mut c = compare(&old, &new, l);
    for step in crate::domain::StepId::ALL {
        if !from.offers(step) && !to.offers(step) {
            continue;
        }
        let Some(form) = crate::domain::form::form(step) else {
            continue;
        };
        let (shown, hidden) = if step == crate::domain::StepId::CompanyPortal {
            portal_fields(plan, from, to, l)
        } else {
            (
                shown_fields(form, from, to, l),
                hidden_values(plan, form, from, to, l),
            )
        };
        let limits = limit_changes(step, from, to, l);
        // A value no longer shown is said once, as kept, not as emptied
        // (and a default value not at all).
        let gone: Vec<String> = controls_of(form)
            .filter(|(c, _)| offered_in(from, step, c) && !offered_in(to, step, c))
            .map(|(c, _)| c.label_in(from).get(l).to_owned())
            .collect();
        if let Some(s) = c.steps.iter_mut().find(|s| s.key == step.key()) {
            s.fields
                .retain(|f| !(f.new == "—" && gone.contains(&f.label)));
        }
        if shown.is_empty() && hidden.is_empty() && limits.is_empty() {
            continue;
        }
        let at = c.steps.iter().position(|s| s.key == step.key());
        let s = match at {
            Some(i) => c.steps.get_mut(i),
            None => {
                // A step without other changes: added in the page's order.
                let section = old.steps.iter().chain(&new.steps).find(|s| s.key == step.key());
                let blank = StepChanges {
                    key: step.key(),
                    title: section.map(|s| s.title.clone()).unwrap_or_default(),
                    old_state: section.map(state).unwrap_or_default(),
                    new_state: section.map(state).unwrap_or_default(),
                    fields: Vec::new(),
                    entries: Vec::new(),
                    items: Vec::new(),
                    appeared: Vec::new(),
                    resolved: Vec::new(),
                    shown: Vec::new(),
                    hidden: Vec::new(),
                    limits: Vec::new(),
                };
                let i = c
                    .steps
                    .iter()
                    .position(|s| step_order(s.key) > step as usize)
                    .unwrap_or(c.steps.len());
                c.steps.insert(i, blank);
                c.unchanged = c.unchanged.saturating_sub(1);
                c.steps.get_mut(i)
            }
        };
        if let Some(s) = s {
            s.shown = shown;
            s.hidden = hidden;
            s.limits = limits;
            if !to.offers(step) {
                s.new_state = words::not_in_rules(l).to_owned();
            }
        }
    }
    for s in &mut c.steps {
        merge_renamed(&mut s.fields, from, to, l);
    }
    let before = c.steps.len();
    c.steps.retain(|s| !s.is_empty());
    c.unchanged = c
        .unchanged
        .saturating_add(before.saturating_sub(c.steps.len()));
    c
}

/// A field the new rules only rename ("iOS and Mac" is today "iOS/iPadOS
/// and macOS") compares as one field: its old value under the old name
/// against its new value under the new name (left out when equal).
fn merge_renamed(
    fields: &mut Vec<FieldChange>,
    from: &crate::domain::Ruleset,
    to: &crate::domain::Ruleset,
    l: Locale,
) {
    let pairs = to
        .renamed
        .iter()
        .copied()
        .chain(from.renamed.iter().map(|&(a, b)| (b, a)));
    for (old, new) in pairs.clone() {
        // The same choice in today's words ("Office 365 admin portal" is
        // today's "Microsoft 365 admin center") is no change.
        let (a, b) = (old.get(l), new.get(l));
        fields.retain(|f| !(f.old == a && f.new == b));
    }
    for (old, new) in pairs {
        let (lo, ln) = (old.get(l), new.get(l));
        let gone = fields.iter().position(|f| f.label == lo && f.new == "—");
        let came = fields.iter().position(|f| f.label == ln && f.old == "—");
        let (Some(g), Some(c)) = (gone, came) else {
            continue;
        };
        let before = fields.get(g).map(|f| f.old.clone()).unwrap_or_default();
        let after = fields.get(c).map(|f| f.new.clone()).unwrap_or_default();
        if let Some(f) = fields.get_mut(c) {
            f.old = before.clone();
        }
        if before == after {
            fields.retain(|f| !(f.label == ln && f.old == before && f.new == after));
        }
        fields.retain(|f| !(f.label == lo && f.new == "—"));
    }
}

fn step_order(key: &str) -> usize {
    crate::domain::StepId::ALL
        .iter()
        .position(|s| s.key() == key)
        .unwrap_or(usize::MAX)
}

/// Every control of a step's form: its own, then its list's (at entry
/// `None`), with where to read it.
fn controls_of(
    form: &'static crate::domain::form::Form,
) -> impl Iterator<Item = (&'static crate::domain::form::Control, bool)> {
    form.controls
        .iter()
        .map(|c| (c, false))
        .chain(form.list.iter().flat_map(|l| l.controls.iter().map(|c| (c, true))))
}

fn offered_in(rules: &crate::domain::Ruleset, step: crate::domain::StepId, c: &crate::domain::form::Control) -> bool {
    rules.offers(step) && c.offered(rules)
}

/// Step 4 has a field table per ruleset: the fields the new table has and
/// the old has not, and the old table's fields the new has not that hold a
/// value other than a new plan's (kept in the plan).
fn portal_fields(
    plan: &crate::domain::Plan,
    from: &crate::domain::Ruleset,
    to: &crate::domain::Ruleset,
    l: Locale,
) -> (Vec<String>, Vec<FieldChange>) {
    let (old, new) = (
        super::portal_values(plan, from, l),
        super::portal_values(plan, to, l),
    );
    let blank = super::portal_values(&crate::domain::Plan::default(), from, l);
    let has = |rows: &[super::Row], key: &str| rows.iter().any(|r| r.key == key);
    let shown = new
        .iter()
        .filter(|r| !has(&old, r.key))
        .map(|r| r.label.clone())
        .collect();
    let hidden = old
        .into_iter()
        .filter(|r| !has(&new, r.key))
        .filter(|r| {
            !r.value.is_empty() && blank.iter().all(|b| b.key != r.key || b.value != r.value)
        })
        .map(|r| FieldChange {
            label: r.label,
            old: r.value,
            new: words::kept(l).to_owned(),
        })
        .collect();
    (shown, hidden)
}

/// The fields the new rules show that the old did not.
fn shown_fields(
    form: &'static crate::domain::form::Form,
    from: &crate::domain::Ruleset,
    to: &crate::domain::Ruleset,
    l: Locale,
) -> Vec<String> {
    controls_of(form)
        .filter(|(c, _)| !offered_in(from, form.step, c) && offered_in(to, form.step, c))
        .map(|(c, _)| c.label_in(to).get(l).to_owned())
        .collect()
}

/// The fields with a value that the new rules do not show: each with its
/// value(s), kept in the plan.
fn hidden_values(
    plan: &crate::domain::Plan,
    form: &'static crate::domain::form::Form,
    from: &crate::domain::Ruleset,
    to: &crate::domain::Ruleset,
    l: Locale,
) -> Vec<FieldChange> {
    use crate::domain::edit::At;
    let mut out = Vec::new();
    for (c, in_list) in controls_of(form) {
        if !offered_in(from, form.step, c) || offered_in(to, form.step, c) {
            continue;
        }
        let places: Vec<At> = if in_list {
            let n = form.list.map_or(0, |f| f.list.count(plan));
            (0..n).map(At::Entry).collect()
        } else {
            vec![At::Plan]
        };
        let values: Vec<String> = places
            .into_iter()
            .filter(|at| c.visible(plan, *at, from) && has_value(c, form, plan, *at))
            .map(|at| super::control_text(c, plan, at, from, l))
            .filter(|v| !v.is_empty())
            .collect();
        if !values.is_empty() {
            out.push(FieldChange {
                label: c.label_in(from).get(l).to_owned(),
                old: values.join(", "),
                new: words::kept(l).to_owned(),
            });
        }
    }
    out
}

/// True when the control holds something the user entered: not what a new
/// plan (or a new list entry) has, such as an unticked box or the first
/// group type.
fn has_value(
    c: &crate::domain::form::Control,
    form: &crate::domain::form::Form,
    plan: &crate::domain::Plan,
    at: crate::domain::edit::At,
) -> bool {
    use crate::domain::edit::{At, Value};
    let mut blank = crate::domain::Plan::default();
    let blank_at = match (at, form.list) {
        (At::Entry(_), Some(list)) => {
            blank.apply(crate::domain::Action::Add(list.list));
            At::Entry(0)
        }
        _ => at,
    };
    let value = c.read(plan, at);
    let empty = match &value {
        Some(Value::Text(t)) => t.trim().is_empty(),
        None => true,
        _ => false,
    };
    !empty && value != c.read(&blank, blank_at)
}

/// The limits of a step that differ between two rulesets, as
/// "label: old → new" with each side in words ("—" where a ruleset has none).
fn limit_changes(
    step: crate::domain::StepId,
    from: &crate::domain::Ruleset,
    to: &crate::domain::Ruleset,
    l: Locale,
) -> Vec<FieldChange> {
    let (a, b) = (limits(from, l), limits(to, l));
    a.into_iter()
        .zip(b)
        .filter(|((s, _, x), (_, _, y))| *s == step && x != y)
        .map(|((_, label, x), (_, _, y))| FieldChange {
            label,
            old: dash(&x),
            new: dash(&y),
        })
        .collect()
}

/// The limits a ruleset sets, in a fixed order (the same rows for every
/// ruleset, empty where it has none): step, label, value in words.
fn limits(r: &crate::domain::Ruleset, l: Locale) -> Vec<(crate::domain::StepId, String, String)> {
    use crate::domain::StepId as S;
    use words::Limit as L;
    let cp = r.company_portal;
    let en = r.enrollment;
    let bytes = |n: u64| words::bytes(n, l);
    let int = |n: u32| crate::i18n::format_int(l, u64::from(n));
    let opt = |v: Option<String>| v.unwrap_or_default();
    vec![
        (
            S::Connections,
            words::limit(L::DnsPropagationHours, l),
            words::hours(u64::from(r.connections.cname_propagation_hours), l),
        ),
        (S::CompanyPortal, words::limit(L::LogoMaxBytes, l), bytes(cp.logo_max_bytes)),
        (
            S::CompanyPortal,
            words::limit(L::LogoMaxPixels, l),
            opt(cp.logo_max_dimensions.map(|(w, h)| format!("{w} × {h} px"))),
        ),
        (
            S::CompanyPortal,
            words::limit(L::LogoRecommendedHeight, l),
            opt(cp.logo_recommended_height_over.map(|h| format!("> {h} px"))),
        ),
        (
            S::CompanyPortal,
            words::limit(L::BrandImageMaxBytes, l),
            opt(cp.brand_image_max_bytes.map(bytes)),
        ),
        (
            S::CompanyPortal,
            words::limit(L::PrivacyMessageMax, l),
            opt(cp.privacy_message_max.map(|n| words::characters(n as u64, l))),
        ),
        (
            S::CompanyPortal,
            words::limit(L::TargetedPolicies, l),
            opt(cp.max_targeted_policies.map(int)),
        ),
        (
            S::Licenses,
            words::limit(L::DevicesPerUser, l),
            int(r.licenses.max_devices_per_user),
        ),
        (
            S::Enrollment,
            words::limit(L::DeviceLimit, l),
            format!("{}–{}", en.device_limit_min, en.device_limit_max),
        ),
        (
            S::Enrollment,
            words::limit(L::ApnsGrace, l),
            words::days(en.apns_grace_days.max(0).unsigned_abs(), l),
        ),
        (
            S::Enrollment,
            words::limit(L::DemAccounts, l),
            opt(en.dem_max_accounts.map(int)),
        ),
        (
            S::Enrollment,
            words::limit(L::PcClientMax, l),
            if en.platforms.contains(&crate::domain::enrollment::Platform::WindowsPc) {
                int(en.pc_client_max)
            } else {
                String::new()
            },
        ),
        (
            S::Enrollment,
            words::limit(L::VppValidity, l),
            opt(en.vpp_token_validity_days.map(|d| words::days(d.max(0).unsigned_abs(), l))),
        ),
        (
            S::Enrollment,
            words::limit(L::EspProfiles, l),
            opt(en.esp_max_profiles.map(int)),
        ),
    ]
}

/// The comparison as Markdown (user text escaped as in the report).
pub fn markdown(c: &Comparison, l: Locale) -> String {
    use super::markdown::escape;
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!("# {}", words::title(l)));
    line(String::new());
    if let Some(id) = c.moved_to {
        if let Some(r) = crate::domain::ruleset::by_id(id) {
            line(words::moved_to(&crate::i18n::report::ruleset_title(r, l), l));
            line(String::new());
        }
    }
    line(format!(
        "{}: {} → {}",
        words::readiness(l),
        escape(&c.old_readiness),
        escape(&c.new_readiness)
    ));
    if c.equal() {
        line(String::new());
        line(words::no_changes(l).to_owned());
        return out;
    }
    for s in &c.steps {
        line(String::new());
        line(format!("## {}", escape(&s.title)));
        line(String::new());
        if s.old_state != s.new_state {
            line(format!(
                "- {}: {} → {}",
                words::state(l),
                escape(&s.old_state),
                escape(&s.new_state)
            ));
        }
        for f in &s.fields {
            line(format!(
                "- {}: {} → {}",
                escape(&f.label),
                escape(&f.old),
                escape(&f.new)
            ));
        }
        for e in &s.entries {
            line(format!("- {}", escape(&words::entry(e, l))));
        }
        for i in &s.items {
            let changes = i
                .fields
                .iter()
                .map(|f| format!("{}: {} → {}", f.label, f.old, f.new))
                .collect::<Vec<_>>()
                .join("; ");
            line(format!("- {} — {}", escape(&i.label), escape(&changes)));
        }
        for f in &s.appeared {
            line(format!("- {}: {}", words::appeared(l), escape(f)));
        }
        for f in &s.resolved {
            line(format!("- {}: {}", words::resolved(l), escape(f)));
        }
        for f in &s.shown {
            line(format!("- {}: {}", words::shown(l), escape(f)));
        }
        for f in &s.hidden {
            line(format!(
                "- {}: {}: {} ({})",
                words::hidden(l),
                escape(&f.label),
                escape(&f.old),
                escape(&f.new)
            ));
        }
        for f in &s.limits {
            line(format!(
                "- {}: {}: {} → {}",
                words::limit_word(l),
                escape(&f.label),
                escape(&f.old),
                escape(&f.new)
            ));
        }
    }
    if c.unchanged > 0 {
        line(String::new());
        line(words::unchanged(c.unchanged, l));
    }
    out
}
