//! "Compare" (`#compare`): the open plan and a picked plan file, step by
//! step, as [`crate::report::compare`] computes it. Steps without a change
//! are left out.

use leptos::prelude::*;

use super::state::AppState;
use crate::domain::form::OVERVIEW_FRAGMENT;
use crate::domain::ruleset;
use crate::i18n::{compare as words, Text};
use crate::platform;
use crate::report::compare::{self, Comparison, FieldChange};

#[component]
pub fn CompareView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let comparison = move || -> Option<(String, Comparison)> {
        let (name, other) = state.compared.get()?;
        let l = state.locale.get();
        let theirs = ruleset::by_id_or_new(&other.ruleset);
        let c = state.plan.with(|mine| {
            compare::compare_plans(
                (mine, state.ruleset()),
                (&other.plan, theirs),
                state.today.get(),
                env!("CARGO_PKG_VERSION"),
                l,
            )
        });
        Some((name, c))
    };
    let back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        state.go(OVERVIEW_FRAGMENT);
        platform::focus_soon("overview".to_owned());
    };
    view! {
        <section class="step compare" aria-labelledby="compare">
            <h2 id="compare" tabindex="-1">{move || state.t(Text::Compare)}</h2>
            <p><a href="#overview" on:click=back>{move || state.t(Text::BackToOverview)}</a></p>
            <StoredPicker/>
            {move || match comparison() {
                None => view! { <p class="intro">{state.t(Text::CompareNoFile)}</p> }.into_any(),
                Some((name, c)) => {
                    let l = state.locale.get_untracked();
                    view! {
                        <Changes
                            intro=words::intro(&name, l)
                            old_column=l.text(Text::CompareThisPlan).to_owned()
                            new_column=name
                            c=c
                        />
                    }
                        .into_any()
                }
            }}
        </section>
    }
    .into_any()
}

/// "Compare with a stored plan": a menu of the other plans on the desk.
#[component]
fn StoredPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    if state.db().is_none() {
        return ().into_any();
    }
    let list = super::plans::stored_plans(state);
    let open_id = StoredValue::new(state.plan_id().unwrap_or_default());
    let chosen = RwSignal::new(String::new());
    let others = move || {
        let open_id = open_id.get_value();
        list.get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(move |s| s.id != open_id && !s.unreadable)
            .collect::<Vec<_>>()
    };
    let compare_chosen = move |_| {
        let id = chosen.get_untracked();
        let id = if id.is_empty() {
            others().first().map(|s| s.id.clone()).unwrap_or_default()
        } else {
            id
        };
        let Some(db) = state.db() else {
            return;
        };
        let Some(s) = others().into_iter().find(|s| s.id == id) else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let record = db
                .records(std::slice::from_ref(&s.id))
                .await
                .ok()
                .and_then(|mut v| v.pop())
                .and_then(|(_, r)| r);
            let read = crate::platform::codec::load().await.map(|c| c.read);
            match record.and_then(|r| read.map(|read| read(&r))) {
                Some(Ok(env)) => {
                    let name = super::plans::name_of(&s, state.locale.get_untracked());
                    state.compared.set(Some((name, std::sync::Arc::new(env))));
                }
                Some(Err(_)) | None => state.status.set(Some(Text::PlansReadFailed)),
            }
        });
    };
    view! {
        <div class="field compare-stored" hidden=move || others().is_empty()>
            <label for="compare-stored">{move || state.t(Text::CompareWithStored)}</label>
            <div class="inline">
                <select id="compare-stored" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {move || {
                        let l = state.locale.get();
                        others()
                            .into_iter()
                            .map(|s| {
                                let name = super::plans::name_of(&s, l);
                                let label = format!("{name} ({})", s.changed_at.chars().take(10).collect::<String>());
                                let id = s.id.clone();
                                view! { <option value=s.id prop:selected=move || chosen.get() == id>{label}</option> }
                            })
                            .collect_view()
                    }}
                </select>
                <button type="button" id="compare-stored-button" on:click=compare_chosen>
                    {move || state.t(Text::Compare)}
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// A comparison drawn step by step: a table of what differs per step (the
/// old and new column named by the caller), and lines for entries, findings
/// and fields that appear. Also the preview of a move between rulesets.
#[component]
pub fn Changes(
    intro: String,
    old_column: String,
    new_column: String,
    c: Comparison,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let l = state.locale.get_untracked();
    let t = move |x: Text| l.text(x);
    let header = move || {
        view! {
            <thead>
                <tr>
                    <th scope="col">{t(Text::CompareWhat)}</th>
                    <th scope="col">{old_column.clone()}</th>
                    <th scope="col">{new_column.clone()}</th>
                </tr>
            </thead>
        }
    };
    let row = |label: String, old: String, new: String| {
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td>{old}</td>
                <td>{new}</td>
            </tr>
        }
    };
    let equal = c.equal();
    let unchanged = c.unchanged;
    view! {
        <p class="intro">{intro}</p>
        {c.moved_to
            .and_then(crate::domain::ruleset::by_id)
            .map(|r| {
                view! {
                    <p class="notice" id="compare-moved" role="note">
                        {words::moved_to(&crate::i18n::report::ruleset_title(r, l), l)}
                    </p>
                }
            })}
        <div class="table-wrap">
            <table class="compare-table" id="compare-summary">
                {header()}
                <tbody>{row(words::readiness(l).to_owned(), c.old_readiness.clone(), c.new_readiness.clone())}</tbody>
            </table>
        </div>
        {equal.then(|| view! { <p class="status">{words::no_changes(l)}</p> })}
        {c
            .steps
            .into_iter()
            .map(|s| {
                let mut rows: Vec<FieldChange> = Vec::new();
                if s.old_state != s.new_state {
                    rows.push(FieldChange {
                        label: words::state(l).to_owned(),
                        old: s.old_state.clone(),
                        new: s.new_state.clone(),
                    });
                }
                rows.extend(s.fields.iter().cloned());
                for f in &s.hidden {
                    rows.push(FieldChange {
                        label: format!("{}: {}", words::hidden(l), f.label),
                        old: f.old.clone(),
                        new: f.new.clone(),
                    });
                }
                for f in &s.limits {
                    rows.push(FieldChange {
                        label: format!("{}: {}", words::limit_word(l), f.label),
                        old: f.old.clone(),
                        new: f.new.clone(),
                    });
                }
                for i in &s.items {
                    for f in &i.fields {
                        rows.push(FieldChange {
                            label: format!("{} — {}", i.label, f.label),
                            old: f.old.clone(),
                            new: f.new.clone(),
                        });
                    }
                }
                let lines: Vec<String> = s
                    .entries
                    .iter()
                    .map(|e| words::entry(e, l))
                    .chain(s.appeared.iter().map(|f| format!("{}: {f}", words::appeared(l))))
                    .chain(s.resolved.iter().map(|f| format!("{}: {f}", words::resolved(l))))
                    .chain(s.shown.iter().map(|f| format!("{}: {f}", words::shown(l))))
                    .collect();
                view! {
                    <h3>{s.title.clone()}</h3>
                    {(!rows.is_empty())
                        .then(|| {
                            view! {
                                <div class="table-wrap">
                                    <table class="compare-table">
                                        {header()}
                                        <tbody>
                                            {rows.into_iter().map(|f| row(f.label, f.old, f.new)).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            }
                        })}
                    {(!lines.is_empty())
                        .then(|| {
                            view! {
                                <ul class="compare-lines">
                                    {lines.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}
                                </ul>
                            }
                        })}
                }
            })
            .collect_view()}
        {(unchanged > 0).then(|| view! { <p class="muted">{words::unchanged(unchanged, l)}</p> })}
    }
}
