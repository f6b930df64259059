//! Every step's form, drawn from the core's tables (`domain::form`) with the
//! shared components in `controls`, plus what the core derives for the step
//! (DNS records, the authority's implications, the recovery decision) and the
//! step's checklist items.

use leptos::prelude::*;

use super::controls::ControlView;
use super::portal::PortalStep;
use super::preview::Preview;
use super::split::{self, deferred};
use super::state::AppState;
use crate::domain::connections::CnameRecord;
use crate::domain::edit::{At, Direction, Value};
use crate::domain::form::{self, Form, ListForm};
use crate::domain::{Action, Scope, StepId};
use crate::i18n::{self, builder, messages, Text};
use crate::platform;

/// The heading's element id of a step.
pub fn title_id(form: &Form) -> String {
    format!("{}-title", form.fragment)
}

/// A step's status line: its problems and warnings.
fn step_status(state: AppState, step: StepId) -> impl Fn() -> String + Copy {
    move || {
        let l = state.locale.get();
        state.analysis.with(|a| {
            let (b, w) = a
                .readiness
                .step(step)
                .map_or((0, 0), |r| (r.blockers as usize, r.warnings as usize));
            if b == 0 && w == 0 {
                l.text(Text::StatusReady).to_owned()
            } else {
                messages::step_status(l, b, w)
            }
        })
    }
}

/// What Microsoft retired since the plan's ruleset that this step describes,
/// each with the day it ended (a note, not a finding: it changes no state).
#[component]
pub fn RetiredNotes(step: StepId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let notes = move || {
        state.meta.track();
        let rules = state.ruleset().retired;
        let l = state.locale.get();
        crate::domain::retired::for_step(rules, step, state.today.get())
            .into_iter()
            .filter_map(|r| i18n::retired::note(r, l))
            .collect::<Vec<_>>()
    };
    move || {
        let notes = notes();
        (!notes.is_empty()).then(|| {
            view! {
                <div class="notice notice-history" role="note">
                    {notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                </div>
            }
        })
    }
}

/// One step (or the recovery path).
#[component]
pub fn StepView(form: &'static Form) -> impl IntoView {
    let state = expect_context::<AppState>();
    if form.step == StepId::CompanyPortal {
        return view! {
            {deferred(split::portal_part())}
            <RetiredNotes step=form.step/>
            <Items step=form.step/>
        }
        .into_any();
    }
    let status = step_status(state, form.step);
    view! {
        <section class="step" aria-labelledby=title_id(form)>
            <h2 id=title_id(form) tabindex="-1">{move || state.t(form.title)}</h2>
            <p class="status" aria-live="polite">{status}</p>
            {form.list.map(|l| view! { <ListView list=l/> })}
            {form
                .controls
                .iter()
                .filter(|c| c.offered(state.ruleset()))
                .map(|c| view! { <ControlView control=c at=At::Plan/> })
                .collect_view()}
            {(form.step == StepId::MdmAuthority && state.ruleset().mdm_authority.choices.len() == 1)
                .then(|| view! { <p class="intro" id="authority-today">{move || state.t(Text::AuthorityToday)}</p> })}
            <Derived step=form.step/>
            // Before the checklist, whose items name the retired paths.
            <RetiredNotes step=form.step/>
            <Items step=form.step/>
        </section>
    }
    .into_any()
}

/// A list of entries (domains, groups), keyboard-operable: add, remove, move.
#[component]
fn ListView(list: ListForm) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lf = list;
    // Memos: a keystroke in an entry changes neither, so the list and its
    // entries' buttons are left alone.
    let len = Memo::new(move |_| state.plan.with(|p| lf.list.count(p)));
    let can_add = Memo::new(move |_| state.plan.with(|p| p.can_add(lf.list)));
    let len = move || len.get();
    let can_add = move || can_add.get();
    let add = move |_| {
        let n = len();
        state.dispatch(Action::Add(lf.list));
        if let Some(first) = lf.controls.first() {
            platform::focus_soon(first.dom_id(At::Entry(n)));
        }
    };
    let full_msg = format!("{}-full", lf.add_key);
    view! {
        <div class="list">
            <For each=move || 0..len() key=|i| *i let:i>
                <Entry list=lf index=i len=Signal::derive(len)/>
            </For>
            <button type="button" id=lf.add_key on:click=add disabled=move || !can_add()
                aria-describedby=move || (!can_add()).then(|| full_msg.clone())>
                {move || state.t(lf.add)}
            </button>
            {move || {
                (!can_add())
                    .then(|| {
                        view! {
                            <p class="message message-warning" id=format!("{}-full", lf.add_key)>
                                {i18n::notices::list_full(state.locale.get(), lf.list)}
                            </p>
                        }
                    })
            }}
        </div>
    }
    .into_any()
}

#[component]
fn Entry(list: ListForm, index: usize, len: Signal<usize>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lf = list;
    let i = index;
    let name_memo = Memo::new(move |_| {
        let first = lf.controls.first();
        state.track(Scope::Entry(lf.list, i));
        let typed = first
            .and_then(|c| state.plan.with_untracked(|p| c.read(p, At::Entry(i))))
            .and_then(|v| match v {
                Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
                _ => None,
            });
        typed.unwrap_or_else(|| i.saturating_add(1).to_string())
    });
    let name: Signal<String> = name_memo.into();
    let [remove_id, up_id, down_id] = lf.button_ids(i);
    let remove = move |_| {
        let remaining = len.get_untracked().saturating_sub(1);
        state.dispatch(Action::Remove(lf.list, i));
        platform::focus_soon(lf.focus_after_remove(i, remaining));
    };
    let go = move |d: Direction| {
        let to = match d {
            Direction::Up => i.checked_sub(1),
            Direction::Down => Some(i.saturating_add(1)).filter(|n| *n < len.get_untracked()),
        };
        if let Some(to) = to {
            state.dispatch(Action::Move(lf.list, i, d));
            // The same button at the entry's new place, unless it is
            // disabled there (at either end): then the other move button.
            let [_, up, down] = lf.button_ids(to);
            let last = to.saturating_add(1) == len.get_untracked();
            platform::focus_soon(match d {
                Direction::Up if to == 0 => down,
                Direction::Up => up,
                Direction::Down if last => up,
                Direction::Down => down,
            });
        }
    };
    // Comparisons stay out of `view!`: a `>` or `>=` in an attribute ends
    // the tag there (tests/view_source.rs).
    let is_first = move || i == 0;
    let is_last = move || i.saturating_add(1) >= len.get();
    view! {
        <div class="entry" id=lf.entry_id(i) role="group" aria-label=move || name.get()>
            {lf
                .controls
                .iter()
                .filter(|c| c.offered(state.ruleset()))
                .map(|c| view! { <ControlView control=c at=At::Entry(i) name=name/> })
                .collect_view()}
            <div class="entry-buttons">
                // The entry's name completes each button's accessible name
                // ("Remove domain contoso.com"), after its visible text.
                <button type="button" class="secondary" id=remove_id on:click=remove>
                    {move || state.t(lf.remove)}
                    <span class="visually-hidden">{move || format!(" {}", name.get())}</span>
                </button>
                <button type="button" class="secondary" id=up_id disabled=is_first on:click=move |_| go(Direction::Up)>
                    {move || state.t(Text::MoveUp)}
                    <span class="visually-hidden">{move || format!(" {}", name.get())}</span>
                </button>
                <button type="button" class="secondary" id=down_id disabled=is_last on:click=move |_| go(Direction::Down)>
                    {move || state.t(Text::MoveDown)}
                    <span class="visually-hidden">{move || format!(" {}", name.get())}</span>
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// The checklist items of a step that apply to the plan.
#[component]
fn Items(step: StepId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ids = Memo::new(move |_| {
        if step == StepId::Recovery {
            state.analysis.with(|a| a.recovery.items.clone())
        } else {
            let ruleset = state.ruleset();
            state.plan.with(|p| {
                ruleset
                    .items()
                    .filter(|d| d.step == step && d.applies_to(p))
                    .map(|d| d.id)
                    .collect::<Vec<_>>()
            })
        }
    });
    view! {
        <div class="items">
            <For each=move || ids.get() key=|id| *id let:id>
                <Item id=id/>
            </For>
        </div>
    }
    .into_any()
}

#[component]
fn Item(id: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = Signal::derive(move || {
        i18n::item_label(id, state.locale.get())
            .unwrap_or(id)
            .to_owned()
    });
    let controls = form::item_controls(id);
    if form::is_reset_item(id) {
        let (first, rest) = controls
            .split_first()
            .map_or((None, &[][..]), |(f, r)| (Some(f), r));
        return view! {
            <div class="item item-reset" id=format!("item-{id}")>
                {first.map(|c| view! { <ControlView control=c at=At::Item(id) label=text/> })}
                <div class="item-details">
                    {rest
                        .iter()
                        .map(|c| view! { <ControlView control=c at=At::Item(id) name=text/> })
                        .collect_view()}
                </div>
            </div>
        }
        .into_any();
    }
    view! {
        <fieldset class="item" id=format!("item-{id}")>
            <legend>{text}</legend>
            <div class="item-details">
                {controls
                    .iter()
                    .map(|c| view! { <ControlView control=c at=At::Item(id) name=text/> })
                    .collect_view()}
            </div>
        </fieldset>
    }
    .into_any()
}

/// What the core derives for a step, shown beside its form.
#[component]
fn Derived(step: StepId) -> impl IntoView {
    match step {
        StepId::Connections => view! { <DnsRecords/> }.into_any(),
        StepId::MdmAuthority => deferred(split::implications_part()),
        StepId::Recovery => deferred(split::recovery_part()),
        _ => ().into_any(),
    }
}

#[component]
fn DnsRecords() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Memoised and keyed: a keystroke redraws only the rows it changes.
    let records = Memo::new(move |_| state.analysis.with(|a| a.connections.cname_records.clone()));
    let count = Memo::new(move |_| records.with(Vec::len));
    view! {
        <section class="derived" aria-labelledby="dns-records-title">
            <h3 id="dns-records-title">{move || state.t(Text::DnsRecords)}</h3>
            <div class="table-wrap">
                <table id="dns-records" aria-labelledby="dns-records-title">
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t(Text::DnsName)}</th>
                            <th scope="col">{move || state.t(Text::DnsType)}</th>
                            <th scope="col">{move || state.t(Text::DnsTarget)}</th>
                            <th scope="col">{move || state.t(Text::DnsTtl)}</th>
                            <th scope="col"><span class="visually-hidden">{move || state.t(Text::Copy)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        // Keyed by position: renaming a domain rewrites the
                        // text of its two rows instead of replacing them.
                        <For each=move || 0..count.get() key=|i| *i let:i>
                            <DnsRow records=records index=i/>
                        </For>
                    </tbody>
                </table>
            </div>
            <p class="hint" id="dns-propagation" hidden=move || records.with(Vec::is_empty)>
                {move || {
                    let hours = state.ruleset().connections.cname_propagation_hours;
                    builder::dns_propagation(hours, state.locale.get())
                }}
            </p>
            <button type="button" id="copy-all-records" hidden=move || records.with(Vec::is_empty)
                on:click=move |_| state.copy(&records.with_untracked(|r| builder::zone_file(r)))>
                {move || state.t(Text::CopyAllRecords)}
            </button>
            // One block per line, keyed by position: renaming a domain lays
            // out its two lines again, not the whole zone file.
            <div class="zone" id="zone-file" hidden=move || records.with(Vec::is_empty)>
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <ZoneLine records=records index=i/>
                </For>
            </div>
            <p>
                <strong>{move || state.t(Text::ManualServerName)} ": "</strong>
                <code>{move || state.analysis.with(|a| a.connections.manual_server)}</code>
            </p>
            <h3>{move || state.t(Text::NetworkPorts)}</h3>
            <ul>
                {move || {
                    let l = state.locale.get();
                    state
                        .analysis
                        .with(|a| {
                            a.connections
                                .ports
                                .iter()
                                .map(|p| {
                                    format!(
                                        "{:?} {}: {}",
                                        p.protocol,
                                        p.port,
                                        i18n::connections::port_reason(p.reason, l),
                                    )
                                })
                                .chain(a.connections.unauthenticated_hosts.iter().map(|h| (*h).to_owned()))
                                .collect::<Vec<_>>()
                        })
                        .into_iter()
                        .map(|t| view! { <li>{t}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
    .into_any()
}

/// One line of the zone file, following the record at `index`.
#[component]
fn ZoneLine(records: Memo<Vec<CnameRecord>>, index: usize) -> impl IntoView {
    let line = Memo::new(move |_| records.with(|r| r.get(index).map(CnameRecord::zone_line)));
    view! { <div class="zone-line">{move || line.get()}</div> }
}

/// One row of the "DNS records" table, following the record at `index`.
#[component]
fn DnsRow(records: Memo<Vec<CnameRecord>>, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let record = Memo::new(move |_| records.with(|r| r.get(index).cloned()));
    let cells = Memo::new(move |_| record.with(|r| r.as_ref().map(builder::dns_row)));
    let cell = move |n: usize| move || cells.with(|c| c.as_ref().and_then(|c| c.get(n)).cloned());
    let copy = move |_| {
        if let Some(line) = record.with_untracked(|r| r.as_ref().map(CnameRecord::zone_line)) {
            state.copy(&line);
        }
    };
    view! {
        <tr>
            <td>{cell(0)}</td>
            <td>{cell(1)}</td>
            <td>{cell(2)}</td>
            <td>{cell(3)}</td>
            <td>
                <button type="button" class="secondary" on:click=copy>
                    {move || state.t(Text::Copy)}
                    <span class="visually-hidden">" "{cell(0)}</span>
                </button>
            </td>
        </tr>
    }
    .into_any()
}

#[component]
pub fn Implications() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <ul class="derived">
            {move || {
                let l = state.locale.get();
                state
                    .analysis
                    .with(|a| {
                        a.mdm_authority
                            .implications
                            .iter()
                            .map(|i| i18n::authority::implication(i, l))
                            .collect::<Vec<_>>()
                    })
                    .into_iter()
                    .map(|t| view! { <li>{t}</li> })
                    .collect_view()
            }}
        </ul>
    }
    .into_any()
}

/// Step 4's form and its live preview, side by side.
#[component]
pub fn PortalLayout() -> impl IntoView {
    view! {
        <div class="layout">
            <PortalStep/>
            <Preview/>
        </div>
    }
}

#[component]
pub fn RecoveryDecision() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lines = move || {
        let l = state.locale.get();
        state.analysis.with(|a| {
            let r = &a.recovery;
            let mut v = vec![i18n::recovery::decision_text(&r.decision, l)];
            v.extend(r.reasons.iter().map(|x| i18n::recovery::reason_text(x, l)));
            if !r.missing.is_empty() {
                v.push(i18n::recovery::missing_text(&r.missing, l));
            }
            v.extend(r.effects.iter().map(|e| i18n::recovery::effect_text(e, l)));
            v.extend(
                r.notes
                    .iter()
                    .map(|n| i18n::recovery::note_text(n, l).to_owned()),
            );
            if let Some(n) = &r.notice {
                v.extend(i18n::recovery::notice_text(n, l));
            }
            v
        })
    };
    let request = move || {
        let l = state.locale.get();
        state.analysis.with(|a| {
            let r = &a.recovery;
            r.pack.as_ref().and_then(|p| builder::support_request(p, l))
        })
    };
    view! {
        <section class="derived" aria-live="polite">
            <ul class="decision">{move || lines().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            {move || {
                request()
                    .map(|text| {
                        let copy = text.clone();
                        view! {
                            <div class="field">
                                <label for="support-request">{move || state.t(Text::SupportRequest)}</label>
                                <textarea id="support-request" readonly rows="8" prop:value=text></textarea>
                                <button type="button" id="copy-support-request" on:click=move |_| state.copy(&copy)>
                                    {move || state.t(Text::CopySupportRequest)}
                                </button>
                            </div>
                        }
                    })
            }}
        </section>
    }
    .into_any()
}
