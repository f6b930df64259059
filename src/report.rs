//! The readiness report, one model for every output: the printed view, the
//! Markdown ([`markdown`]) and CSV ([`csv`]) downloads, and the command line
//! (`enrollready report --format md|csv|json`, where `json` is this model
//! serialised).
//!
//! [`build`] turns a plan and its analysis into the report's words in one
//! language, once; the renderers only lay them out. Every word comes from the
//! catalogue ([`crate::i18n::Text`]) or the message functions, so the report
//! exists in English and Dutch or not at all. Values the user typed are kept
//! as typed (trimmed): each renderer escapes them for its format.
//!
//! Sections: a cover (company, "Prepared by", "Prepared for", date, ruleset,
//! app version), an executive summary (overall readiness in words and
//! percent, the counts of problems, warnings and open items), every step and
//! the recovery path (title as in the page's headings, state in words, its
//! values, its findings with severity in words and what to do, its checklist
//! items), the DNS records, the MDM-authority decision (with the checklists
//! that apply and their tick state), the open items with owner and due date,
//! and a sign-off block.

use serde::Serialize;

pub use blocks::{blocks, css_string, page_rule, Block};

use crate::domain::checklist::{self, ItemStatus};
use crate::domain::company_portal::FieldKind;
use crate::domain::edit::{At, Choice, Value};
use crate::domain::form::{self, Control, Kind};
use crate::domain::limits::List;
use crate::domain::readiness::{Readiness, StepReadiness};
use crate::domain::recovery::{Decision, ResetList};
use crate::domain::{Analysis, Date, FieldPath, Finding, Plan, Ruleset, Severity, StepId};
use crate::i18n::{self, builder, finding_message, messages, Locale, ReportText as R, Text};

mod blocks;
pub mod calendar;
pub mod compare;
pub mod csv;
mod file_name;
pub mod markdown;

pub use file_name::{file_name, file_stem};

/// The readiness report of a plan, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The language's code (`en`, `nl`).
    pub language: &'static str,
    /// "Readiness report".
    pub title: String,
    /// The ruleset the plan follows, named with its date (the CSV and the
    /// command line repeat it).
    pub ruleset: Row,
    pub cover: Cover,
    pub summary: Summary,
    /// The seven steps and the recovery path, in the page's order.
    pub steps: Vec<StepSection>,
    pub dns_records: Table,
    pub decision: DecisionSection,
    pub open_items: Table,
    pub sign_off: SignOff,
    /// Words the renderers need besides the sections' own.
    pub words: Words,
}

/// A label and its value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub label: String,
    pub value: String,
    /// The field's key where its label depends on the ruleset (step 4's
    /// fields), so that a comparison across rulesets pairs the same field;
    /// empty elsewhere. Not written.
    #[serde(skip)]
    pub key: &'static str,
}

/// A table with its heading and column names; `empty` is shown when it has
/// no rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Table {
    pub heading: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub empty: String,
}

/// The cover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cover {
    /// The company name as entered (trimmed; may be empty), for the title and
    /// the printed view's running header.
    pub company: String,
    /// Company name, Prepared by, Prepared for, date, ruleset, app version.
    pub rows: Vec<Row>,
    /// Notes about the cover's own fields (a name over its length).
    pub findings: Vec<FindingLine>,
}

/// The executive summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub heading: String,
    /// The overall state's key: `not_started`, `blocked`, `in_progress`,
    /// `ready_with_warnings`, `ready`.
    pub readiness: &'static str,
    /// The overall state in words.
    pub state: String,
    /// Percentage of applicable items done.
    pub percent: u8,
    pub blockers: u32,
    pub warnings: u32,
    pub open_items: u32,
    /// The same facts as label and value, in order.
    pub rows: Vec<Row>,
}

/// One step, or the recovery path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepSection {
    /// The step's key in the file format (`connections`, …, `recovery`).
    pub key: &'static str,
    /// The step's heading, as in the page ("Step 1: Enable connections").
    pub title: String,
    /// The state's key (see [`Summary::readiness`]) and the state in words.
    pub readiness: &'static str,
    pub state: String,
    pub percent: u8,
    /// "2 problems to fix, 1 warning." or "No problems in this step."
    pub status: String,
    /// The step's values (label and value as entered; visible controls only).
    pub values: Vec<Row>,
    /// The step's list (domains, groups) as a table.
    pub list: Option<Table>,
    /// What the analysis derives for the step, one sentence each (ports,
    /// certificate expiry, …).
    pub derived: Vec<String>,
    /// The step's findings, most severe first.
    pub findings: Vec<FindingLine>,
    /// The checklist items that apply to the plan.
    pub items: Vec<ItemLine>,
}

/// A finding: its severity in words, the field it is about, and the message,
/// which says what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingLine {
    /// `blocker`, `warning` or `info`.
    pub severity: &'static str,
    /// "Problem", "Warning" or "Note".
    pub severity_word: String,
    /// The label of the field (with the entry's name for list entries), or
    /// empty when the finding is about the step as a whole.
    pub field: String,
    pub message: String,
}

/// A checklist item and what the user recorded for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemLine {
    pub id: &'static str,
    /// The title of the item's step.
    pub step: String,
    pub label: String,
    /// `not_started`, `in_progress`, `done`, `not_applicable`.
    pub status: &'static str,
    /// The status in words ("Not applicable: <reason>" with a reason).
    pub status_word: String,
    pub owner: String,
    pub due_date: String,
    pub note: String,
    /// Counts for readiness and is neither done nor not applicable.
    pub open: bool,
}

/// The MDM-authority decision: step 2's choice and what it implies, then the
/// recovery path's decision with its checklists, when it is in use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecisionSection {
    pub heading: String,
    /// Step 2's MDM authority.
    pub authority: Row,
    /// What that choice implies.
    pub implications: Vec<String>,
    /// The recovery path's decision, reasons, missing inputs, effects and
    /// notes; or one sentence saying it is not in use.
    pub lines: Vec<String>,
    /// The checklists that apply, with their tick state.
    pub checklists: Vec<TickList>,
    /// The support request's state and text, when there is one.
    pub support: Vec<String>,
}

/// A checklist of the recovery path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TickList {
    pub title: String,
    pub items: Vec<Tick>,
}

/// An item of a recovery checklist: ticked when done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tick {
    pub id: &'static str,
    pub label: String,
    pub done: bool,
}

/// The sign-off block: a sentence, then one row per party to sign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SignOff {
    pub heading: String,
    pub text: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Words the renderers use for the parts every step has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Words {
    pub readiness: String,
    pub values: String,
    pub field: String,
    pub value: String,
    pub findings: String,
    pub severity: String,
    /// The column of a finding's message (which says what to do).
    pub what_to_do: String,
    pub checklist: String,
    /// The checklist's columns: item, status, owner, due date, note.
    pub item_columns: Vec<String>,
    /// The CSV's columns: step, item, status, owner, due date, note.
    pub csv_columns: Vec<String>,
    /// The printed view's running footer, "Page N of M" ("Pagina N van M"):
    /// the words around the two numbers.
    pub page: String,
    pub page_of: String,
}

/// What the report is built from besides the plan and its analysis.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub ruleset: &'a Ruleset,
    pub locale: Locale,
    /// The report's date (the core reads no clock).
    pub today: Date,
    /// The version of Enrollready that writes the report.
    pub app_version: &'a str,
}

/// The key of a readiness state.
pub fn readiness_key(r: Readiness) -> &'static str {
    match r {
        Readiness::NotStarted => "not_started",
        Readiness::Blocked => "blocked",
        Readiness::InProgress => "in_progress",
        Readiness::ReadyWithWarnings => "ready_with_warnings",
        Readiness::Ready => "ready",
    }
}

/// The key and the word of a severity.
pub fn severity(s: Severity) -> (&'static str, Text) {
    match s {
        Severity::Blocker => ("blocker", Text::SeverityBlocker),
        Severity::Warning => ("warning", Text::SeverityWarning),
        Severity::Info => ("info", Text::SeverityInfo),
    }
}

fn status_of(s: ItemStatus) -> (&'static str, Text) {
    match s {
        ItemStatus::NotStarted => ("not_started", Text::StatusNotStarted),
        ItemStatus::InProgress => ("in_progress", Text::StatusInProgress),
        ItemStatus::Done => ("done", Text::StatusDone),
        ItemStatus::NotApplicable => ("not_applicable", Text::StatusNotApplicable),
    }
}

/// Builds the report. Never fails.
pub fn build(plan: &Plan, analysis: &Analysis, cx: &Context<'_>) -> Report {
    let l = cx.locale;
    let t = |x: Text| x.get(l).to_owned();
    let rt = |x: R| x.get(l).to_owned();
    let overall = analysis.readiness.overall.clone().unwrap_or(StepReadiness {
        step: None,
        readiness: Readiness::NotStarted,
        applicable: 0,
        done: 0,
        blockers: 0,
        warnings: 0,
        work: 0,
        work_done: 0,
    });
    let steps: Vec<StepSection> = form::FORMS
        .iter()
        .filter(|f| cx.ruleset.offers(f.step))
        .map(|f| step_section(plan, analysis, cx, f))
        .collect();
    let recovery_counts = analysis
        .readiness
        .step(StepId::Recovery)
        .is_some_and(|r| r.readiness != Readiness::NotStarted);
    let open: Vec<&ItemLine> = steps
        .iter()
        .filter(|s| s.key != StepId::Recovery.key() || recovery_counts)
        .flat_map(|s| s.items.iter())
        .filter(|i| i.open)
        .collect();
    let open_count = u32::try_from(open.len()).unwrap_or(u32::MAX);
    let open_items = Table {
        heading: rt(R::OpenItems),
        columns: vec![
            rt(R::Step),
            rt(R::Item),
            t(Text::ItemStatus),
            t(Text::ItemOwner),
            t(Text::ItemDueDate),
        ],
        rows: open
            .iter()
            .map(|i| {
                vec![
                    i.step.clone(),
                    i.label.clone(),
                    i.status_word.clone(),
                    i.owner.clone(),
                    i.due_date.clone(),
                ]
            })
            .collect(),
        empty: rt(R::NoOpenItems),
    };
    let company = plan.company_portal.company_name.trim().to_owned();
    let info = &plan.report;
    let cover = Cover {
        // Rows with nothing to say ("Prepared by" when empty) are left out.
        rows: [
            row(t(Text::FieldCompanyName), &company),
            row(t(Text::PreparedBy), &info.prepared_by),
            row(t(Text::PreparedFor), &info.prepared_for),
            row(
                rt(R::Date),
                &i18n::authority::long_date(cx.today, l),
            ),
            row(rt(R::Ruleset), &i18n::report::ruleset_name(cx.ruleset, l)),
            row(rt(R::AppVersion), cx.app_version),
        ]
        .into_iter()
        .filter(|r| !r.value.is_empty())
        .collect(),
        company,
        findings: findings_where(plan, analysis, cx.ruleset, l, |f| f.path.is_cover()),
    };
    let summary = Summary {
        heading: rt(R::ExecutiveSummary),
        readiness: readiness_key(overall.readiness),
        state: t(builder::state_word(overall.readiness)),
        percent: overall.percent(),
        blockers: overall.blockers,
        warnings: overall.warnings,
        open_items: open_count,
        rows: vec![
            row(t(Text::OverallReadiness), &builder::meter_text(&overall, l)),
            row(
                rt(R::SummaryBlockers),
                &i18n::format_int(l, overall.blockers.into()),
            ),
            row(
                rt(R::SummaryWarnings),
                &i18n::format_int(l, overall.warnings.into()),
            ),
            row(rt(R::OpenItems), &i18n::format_int(l, open_count.into())),
        ],
    };
    let dns_records = Table {
        heading: t(Text::DnsRecords),
        columns: vec![
            t(Text::DnsName),
            t(Text::DnsType),
            t(Text::DnsTarget),
            t(Text::DnsTtl),
        ],
        rows: analysis
            .connections
            .cname_records
            .iter()
            .map(|r| builder::dns_row(r).into())
            .collect(),
        empty: rt(R::NoDnsRecords),
    };
    let sign_off = SignOff {
        heading: rt(R::SignOff),
        text: rt(R::SignOffText),
        columns: vec![
            rt(R::SignOffRole),
            rt(R::SignOffName),
            rt(R::Date),
            rt(R::SignOffSignature),
        ],
        rows: vec![
            vec![
                t(Text::PreparedBy),
                info.prepared_by.trim().to_owned(),
                String::new(),
                String::new(),
            ],
            vec![
                t(Text::PreparedFor),
                info.prepared_for.trim().to_owned(),
                String::new(),
                String::new(),
            ],
        ],
    };
    let words = Words {
        readiness: rt(R::Readiness),
        values: rt(R::Values),
        field: rt(R::Field),
        value: rt(R::Value),
        findings: rt(R::Findings),
        severity: rt(R::Severity),
        what_to_do: rt(R::WhatToDo),
        checklist: rt(R::Checklist),
        item_columns: vec![
            rt(R::Item),
            t(Text::ItemStatus),
            t(Text::ItemOwner),
            t(Text::ItemDueDate),
            t(Text::ItemNote),
        ],
        page: rt(R::Page),
        page_of: rt(R::PageOf),
        csv_columns: vec![
            rt(R::Step),
            rt(R::Item),
            t(Text::ItemStatus),
            t(Text::ItemOwner),
            t(Text::ItemDueDate),
            t(Text::ItemNote),
            rt(R::Ruleset),
        ],
    };
    Report {
        language: l.code(),
        title: rt(R::Title),
        ruleset: row(rt(R::Ruleset), &i18n::report::ruleset_name(cx.ruleset, l)),
        cover,
        summary,
        decision: decision(plan, analysis, &steps, recovery_counts, cx.ruleset, l),
        steps,
        dns_records,
        open_items,
        sign_off,
        words,
    }
}

fn row(label: String, value: &str) -> Row {
    Row {
        label,
        value: value.trim().to_owned(),
        key: "",
    }
}

fn step_section(
    plan: &Plan,
    analysis: &Analysis,
    cx: &Context<'_>,
    f: &form::Form,
) -> StepSection {
    let l = cx.locale;
    let r = analysis.readiness.step(f.step);
    let readiness = r.map_or(Readiness::NotStarted, |r| r.readiness);
    let (b, w) = r.map_or((0, 0), |r| (r.blockers as usize, r.warnings as usize));
    let status = if b == 0 && w == 0 {
        Text::StatusReady.get(l).to_owned()
    } else {
        messages::step_status(l, b, w)
    };
    let title = f.title.get(l).to_owned();
    let mut values: Vec<Row> = f
        .controls
        .iter()
        .filter(|c| c.visible(plan, At::Plan, cx.ruleset))
        .map(|c| Row {
            label: c.label_in(cx.ruleset).get(l).to_owned(),
            value: control_text(c, plan, At::Plan, cx.ruleset, l),
            key: "",
        })
        .collect();
    let mut derived = Vec::new();
    match f.step {
        StepId::CompanyPortal => values = portal_values(plan, cx.ruleset, l),
        StepId::Connections => {
            values.push(row(
                Text::ManualServerName.get(l).to_owned(),
                analysis.connections.manual_server,
            ));
            derived.extend(analysis.connections.ports.iter().map(|p| {
                let protocol = match p.protocol {
                    crate::domain::connections::Protocol::Tcp => "TCP",
                    crate::domain::connections::Protocol::Udp => "UDP",
                };
                format!(
                    "{protocol} {}: {}",
                    p.port,
                    i18n::connections::port_reason(p.reason, l)
                )
            }));
            derived.extend(
                analysis
                    .connections
                    .unauthenticated_hosts
                    .iter()
                    .map(|h| (*h).to_owned()),
            );
        }
        StepId::Enrollment => {
            let e = &analysis.enrollment;
            for (label, expiry) in [
                (Text::ApnsExpiry, e.apns.as_ref()),
                (Text::DepTokenExpiry, e.dep_token.as_ref()),
                (Text::VppTokenExpiry, e.vpp_token.as_ref()),
            ] {
                if let Some(m) = expiry.and_then(|x| builder::expiry_message(x.state, l)) {
                    derived.push(format!("{}: {m}", cx.ruleset.text(label).get(l)));
                }
            }
        }
        _ => {}
    }
    // A row with nothing to say (an empty field) is left out.
    values.retain(|r| !r.value.is_empty());
    let list = f.list.map(|lf| Table {
        heading: match lf.list {
            List::Domains => R::Domains,
            List::Groups | List::ChecklistItems => R::Groups,
        }
        .get(l)
        .to_owned(),
        columns: lf
            .controls
            .iter()
            .filter(|c| c.offered(cx.ruleset))
            .map(|c| c.label_in(cx.ruleset).get(l).to_owned())
            .collect(),
        rows: (0..lf.list.count(plan))
            .map(|i| {
                lf.controls
                    .iter()
                    .filter(|c| c.offered(cx.ruleset))
                    .map(|c| control_value(c, plan, At::Entry(i), cx.ruleset, l))
                    .collect()
            })
            .collect(),
        empty: String::new(),
    });
    let ids: Vec<&'static str> = if f.step == StepId::Recovery {
        analysis.recovery.items.clone()
    } else {
        cx.ruleset
            .items()
            .filter(|d| d.step == f.step && d.applies_to(plan))
            .map(|d| d.id)
            .collect()
    };
    let items = ids
        .into_iter()
        .map(|id| item_line(plan, cx, id, &title))
        .collect();
    StepSection {
        key: f.step.key(),
        title,
        readiness: readiness_key(readiness),
        state: builder::state_word(readiness).get(l).to_owned(),
        // A step not started has done nothing (not "100%" of no items).
        percent: match r {
            Some(r) if readiness != Readiness::NotStarted => r.percent(),
            _ => 0,
        },
        status,
        values,
        list,
        derived,
        findings: findings_where(plan, analysis, cx.ruleset, l, |x| {
            !x.path.is_cover() && x.path.step(cx.ruleset) == f.step
        }),
        items,
    }
}

fn item_line(plan: &Plan, cx: &Context<'_>, id: &'static str, step: &str) -> ItemLine {
    let l = cx.locale;
    let s = checklist::state(plan, id);
    let (status, word) = status_of(s.status);
    let reason = s.reason.trim();
    let status_word = if s.status == ItemStatus::NotApplicable && !reason.is_empty() {
        format!("{}: {reason}", word.get(l))
    } else {
        word.get(l).to_owned()
    };
    let counts = cx.ruleset.item(id).is_some_and(|d| d.counts_for_readiness);
    ItemLine {
        id,
        step: step.to_owned(),
        label: i18n::item_label(id, l).unwrap_or(id).to_owned(),
        status,
        status_word,
        owner: s.owner.trim().to_owned(),
        due_date: s.due_date.trim().to_owned(),
        note: s.note.trim().to_owned(),
        open: counts && matches!(s.status, ItemStatus::NotStarted | ItemStatus::InProgress),
    }
}

/// The findings that `keep` selects, most severe first (in the analysis'
/// order within a severity).
fn findings_where(
    plan: &Plan,
    analysis: &Analysis,
    ruleset: &Ruleset,
    l: Locale,
    keep: impl Fn(&Finding) -> bool,
) -> Vec<FindingLine> {
    let mut v: Vec<&Finding> = analysis.findings.iter().filter(|f| keep(f)).collect();
    v.sort_by_key(|f| std::cmp::Reverse(f.severity));
    v.into_iter()
        .map(|f| {
            let (key, word) = severity(f.severity);
            FindingLine {
                severity: key,
                severity_word: word.get(l).to_owned(),
                field: field_label(plan, f.path, ruleset, l),
                message: finding_message(&f.code, l),
            }
        })
        .collect()
}

/// The label of the field a finding points at, as the page names it.
pub fn field_label(plan: &Plan, path: FieldPath, ruleset: &Ruleset, l: Locale) -> String {
    match path {
        FieldPath::Portal(id) => ruleset.company_portal.spec(id).label.get(l).to_owned(),
        FieldPath::Item(id, _) => i18n::item_label(id, l).unwrap_or(id).to_owned(),
        _ => match form::control(path) {
            Some((c, At::Entry(i))) => {
                // The entry's name is its first control's text.
                let name = form::FORMS
                    .iter()
                    .filter_map(|f| f.list)
                    .find(|lf| lf.controls.iter().any(|x| x.field == c.field))
                    .and_then(|lf| lf.controls.first())
                    .and_then(|first| plan.value(first.field, At::Entry(i)));
                let name = match name {
                    Some(Value::Text(t)) => t,
                    _ => String::new(),
                };
                builder::entry_label(ruleset.text(c.label), i, &name, l)
            }
            Some((c, _)) => c.label_in(ruleset).get(l).to_owned(),
            None => String::new(),
        },
    }
}

/// A control's value in words: text as entered (trimmed), yes or no, a
/// number, the chosen option's label; "—" when empty.
fn control_value(c: &Control, plan: &Plan, at: At, rules: &Ruleset, l: Locale) -> String {
    dash_if_empty(control_text(c, plan, at, rules, l))
}

/// A control's value as text (empty when nothing is entered).
fn control_text(c: &Control, plan: &Plan, at: At, rules: &Ruleset, l: Locale) -> String {
    match (c.read(plan, at), c.kind) {
        (Some(Value::Text(t)), _) => t.trim().to_owned(),
        (Some(Value::Bool(b)), _) => yes_no(b, l),
        (Some(Value::Number(n)), _) => n.map(|n| n.to_string()).unwrap_or_default(),
        (Some(Value::Choice(Choice::Unset)), _) => Text::NotChosen.get(l).to_owned(),
        (Some(Value::Choice(choice)), Kind::Choice { options, .. }) => options
            .iter()
            .find(|(o, _)| *o == choice)
            .map(|(_, t)| rules.text(*t).get(l).to_owned())
            .unwrap_or_else(|| choice.key().to_owned()),
        (Some(Value::Choice(choice)), _) => choice.key().to_owned(),
        (None, _) => String::new(),
    }
}

fn dash_if_empty(s: String) -> String {
    if s.is_empty() {
        "—".to_owned()
    } else {
        s
    }
}

fn yes_no(b: bool, l: Locale) -> String {
    if b { R::Yes } else { R::No }.get(l).to_owned()
}

/// Step 4's values, from the ruleset's own table (fields of the other
/// ruleset are left out).
fn portal_values(plan: &Plan, ruleset: &Ruleset, l: Locale) -> Vec<Row> {
    let p = &plan.company_portal;
    ruleset
        .company_portal
        .fields
        .iter()
        .map(|f| {
            let value = match f.kind {
                FieldKind::Text { .. } | FieldKind::MultiLine { .. } | FieldKind::Color => {
                    p.text(f.id).unwrap_or_default().trim().to_owned()
                }
                FieldKind::Checkbox => yes_no(p.include_logo, l),
                FieldKind::Logo(slot) => p
                    .logo(slot)
                    .map(|logo| messages::logo_summary(l, logo))
                    .unwrap_or_default(),
                FieldKind::Choice => p.app_background.label().get(l).to_owned(),
                FieldKind::Select(select) => {
                    let chosen = p.choice(f.id);
                    select
                        .options()
                        .into_iter()
                        .find(|(key, _)| Some(*key) == chosen)
                        .map_or(select.unset_label(), |(_, label)| label)
                        .get(l)
                        .to_owned()
                }
            };
            Row {
                label: f.label.get(l).to_owned(),
                value,
                key: f.key,
            }
        })
        .collect()
}

fn decision(
    plan: &Plan,
    analysis: &Analysis,
    steps: &[StepSection],
    in_use: bool,
    rules: &Ruleset,
    l: Locale,
) -> DecisionSection {
    let a = &analysis.mdm_authority;
    let authority = form::AUTHORITY_CONTROLS
        .first()
        .map(|c| Row {
            label: c.label.get(l).to_owned(),
            value: control_value(c, plan, At::Plan, rules, l),
            key: "",
        })
        .unwrap_or_else(|| row(Text::MdmAuthority.get(l).to_owned(), ""));
    let implications = a
        .implications
        .iter()
        .map(|i| i18n::authority::implication(i, l))
        .collect();
    let r = &analysis.recovery;
    let mut lines = Vec::new();
    let mut checklists: Vec<TickList> = Vec::new();
    let mut support = Vec::new();
    if !in_use {
        lines.push(R::RecoveryNotInUse.get(l).to_owned());
    } else {
        lines.push(i18n::recovery::decision_text(&r.decision, l));
        lines.extend(r.reasons.iter().map(|x| i18n::recovery::reason_text(x, l)));
        if !r.missing.is_empty() {
            lines.push(i18n::recovery::missing_text(&r.missing, l));
        }
        lines.extend(r.effects.iter().map(|e| i18n::recovery::effect_text(e, l)));
        lines.extend(
            r.notes
                .iter()
                .map(|n| i18n::recovery::note_text(n, l).to_owned()),
        );
        let items = steps
            .iter()
            .find(|s| s.key == StepId::Recovery.key())
            .map_or(&[][..], |s| s.items.as_slice());
        for item in items {
            let title = match (list_of(item.id), r.decision) {
                (Some(list), _) => i18n::recovery::checklist_title(list, l),
                (None, Decision::SelfService(change)) => i18n::recovery::change_title(change, l),
                (None, _) => R::Checklist.get(l),
            };
            let tick = Tick {
                id: item.id,
                label: item.label.clone(),
                done: item.status == status_of(ItemStatus::Done).0,
            };
            match checklists.last_mut() {
                Some(last) if last.title == title => last.items.push(tick),
                _ => checklists.push(TickList {
                    title: title.to_owned(),
                    items: vec![tick],
                }),
            }
        }
        if let Some(pack) = &r.pack {
            support.push(i18n::recovery::pack_status(pack, l));
            if let Some(text) = builder::support_request(pack, l) {
                support.push(Text::SupportRequest.get(l).to_owned());
                support.extend(
                    text.lines()
                        .filter(|x| !x.trim().is_empty())
                        .map(str::to_owned),
                );
            }
            // How long the reset takes is for the admin, not for Microsoft
            // Support: it follows the request, outside it.
            if let Some(n) = &r.notice {
                support.extend(i18n::recovery::notice_text(n, l));
            }
        }
    }
    DecisionSection {
        heading: R::AuthorityDecision.get(l).to_owned(),
        authority,
        implications,
        lines,
        checklists,
        support,
    }
}

fn list_of(id: &str) -> Option<ResetList> {
    ResetList::ALL
        .into_iter()
        .find(|list| id.starts_with(list.prefix()))
}
