//! The shared components that draw every row of the core's form tables
//! (`domain::form`): one control of any kind with its label, its findings and
//! its `aria` links, and a step's messages. A label, option or id lives in the
//! table, never here.

use leptos::prelude::*;

use super::state::AppState;
use crate::domain::edit::{At, Choice, Field, ItemInput, Value};
use crate::domain::form::{self, ChoiceStyle, Control, Input, Kind};
use crate::domain::{Scope, Severity};
use crate::i18n::{builder, finding_message, Text};
use crate::platform;

/// The findings of one field as messages, most severe first.
pub fn messages_of(
    state: AppState,
    mine: Memo<Option<Vec<crate::domain::Finding>>>,
    extra: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let l = state.locale.get();
        let out: Vec<(Severity, String)> = mine.with(|m| {
            m.iter()
                .flatten()
                .map(|f| (f.severity, finding_message(&f.code, l)))
                .collect()
        });
        let extra = extra();
        view! {
            {extra.map(|m| view! { <p class="message message-info">{m}</p> })}
            {out
                .into_iter()
                .map(|(severity, text)| {
                    let (class, word) = severity_class(severity);
                    view! {
                        <p class=class>
                            <strong>{l.text(word)} ": "</strong>
                            {text}
                        </p>
                    }
                })
                .collect_view()}
        }
    }
}

pub fn severity_class(s: Severity) -> (&'static str, Text) {
    match s {
        Severity::Blocker => ("message message-blocker", Text::SeverityBlocker),
        Severity::Warning => ("message message-warning", Text::SeverityWarning),
        Severity::Info => ("message message-info", Text::SeverityInfo),
    }
}

fn text_of(v: Option<Value>) -> String {
    match v {
        Some(Value::Text(t)) => t,
        Some(Value::Number(Some(n))) => n.to_string(),
        _ => String::new(),
    }
}

fn choice_of(v: Option<Value>) -> Choice {
    match v {
        Some(Value::Choice(c)) => c,
        _ => Choice::Unset,
    }
}

/// One control of a form table at `at` (the plan, a list entry or a
/// checklist item). `name` is the accessible name's suffix for repeated
/// controls ("Domain name 2"); `label` replaces the table's label when set
/// (a reset item's tick box is named by the item's text).
#[component]
pub fn ControlView(
    control: &'static Control,
    at: At,
    #[prop(optional, into)] name: Option<Signal<String>>,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = control;
    let id = c.dom_id(at);
    let msg_id = format!("{id}-msg");
    let path = c.path(at);
    // Each control follows only its own findings and value: a keystroke
    // elsewhere re-runs these memos but changes no DOM here.
    let mine = Memo::new(move |_| path.and_then(|p| state.findings_of(p)));
    // Only the two expiry dates follow the analysis' expiry states.
    let expiry_memo = matches!(
        c.field,
        Field::ApnsExpiry | Field::DepTokenExpiry | Field::VppTokenExpiry
    )
    .then(|| {
        Memo::new(move |_| {
            state.analysis.with(|a| {
                let e = match c.field {
                    Field::ApnsExpiry => a.enrollment.apns.as_ref(),
                    Field::DepTokenExpiry => a.enrollment.dep_token.as_ref(),
                    _ => a.enrollment.vpp_token.as_ref(),
                };
                e.and_then(|e| builder::expiry_message(e.state, state.locale.get()))
            })
        })
    });
    let expiry = move || expiry_memo.and_then(|m| m.get());
    let invalid = Memo::new(move |_| {
        mine.with(|m| m.iter().flatten().any(|f| f.severity == Severity::Blocker))
    });
    let has_messages =
        move || expiry_memo.is_some_and(|m| m.with(Option::is_some)) || mine.with(Option::is_some);
    let described_by = {
        let msg_id = msg_id.clone();
        move || has_messages().then(|| msg_id.clone())
    };
    let aria_invalid = move || if invalid.get() { "true" } else { "false" };
    let label_text = move || match label {
        Some(l) => l.get(),
        None => state.t(c.label).to_owned(),
    };
    let suffix = move || name.map(|n| format!(" {}", n.get())).unwrap_or_default();
    let label_view = {
        let id = id.clone();
        move || {
            view! {
                <label for=id.clone()>
                    {label_text}
                    <span class="visually-hidden">{suffix}</span>
                </label>
            }
        }
    };
    // Only this control's part of the plan: a keystroke in another entry
    // does not even re-run this memo.
    let scope = Scope::of(c.field, at);
    let value = Memo::new(move |_| {
        state.track(scope);
        state.plan.with_untracked(|p| c.read(p, at))
    });
    let read = move || value.get();
    let send = move |input: Input<'_>| {
        if let Some(action) = c.action(at, input) {
            state.dispatch(action);
        }
    };
    let is_checkbox = matches!(c.kind, Kind::Checkbox);
    let control_view = match c.kind {
        Kind::Text => view! {
            <input type="text" id=id.clone() autocomplete="off"
                prop:value=move || text_of(read())
                on:input=move |ev| send(Input::Text(&event_target_value(&ev)))
                aria-invalid=aria_invalid aria-describedby=described_by.clone() />
        }
        .into_any(),
        Kind::MultiLine => view! {
            <textarea id=id.clone() rows="3"
                prop:value=move || text_of(read())
                on:input=move |ev| send(Input::Text(&event_target_value(&ev)))
                aria-invalid=aria_invalid aria-describedby=described_by.clone()></textarea>
        }
        .into_any(),
        Kind::Date => view! {
            <input type="date" id=id.clone()
                prop:value=move || text_of(read())
                on:input=move |ev| send(Input::Text(&event_target_value(&ev)))
                aria-invalid=aria_invalid aria-describedby=described_by.clone() />
        }
        .into_any(),
        Kind::Number => view! {
            <input type="number" id=id.clone() min="0" step="1" inputmode="numeric"
                prop:value=move || text_of(read())
                on:input=move |ev| send(Input::Text(&event_target_value(&ev)))
                aria-invalid=aria_invalid aria-describedby=described_by.clone() />
        }
        .into_any(),
        Kind::Checkbox => view! {
            <input type="checkbox" id=id.clone()
                prop:checked=move || matches!(read(), Some(Value::Bool(true)))
                on:change=move |ev| send(Input::Checked(event_target_checked(&ev)))
                aria-invalid=aria_invalid aria-describedby=described_by.clone() />
        }
        .into_any(),
        Kind::Choice {
            options,
            style: ChoiceStyle::Select,
        } => view! {
            <select id=id.clone()
                on:change=move |ev| send(Input::Choice(&event_target_value(&ev)))
                aria-invalid=aria_invalid aria-describedby=described_by.clone()>
                {options
                    .iter()
                    .map(|&(choice, text)| {
                        view! {
                            <option value=choice.key() prop:selected=move || choice_of(read()) == choice>
                                {move || state.t(text)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
        .into_any(),
        Kind::Choice {
            options,
            style: ChoiceStyle::Radio,
        } => {
            let group = id.clone();
            view! {
                <fieldset class="radio-group" id=id.clone() aria-invalid=aria_invalid aria-describedby=described_by.clone()>
                    <legend>{label_text}<span class="visually-hidden">{suffix}</span></legend>
                    {options
                        .iter()
                        .map(|&(choice, text)| {
                            let rid = format!("{group}-{}", choice.key());
                            view! {
                                <div class="radio">
                                    <input type="radio" id=rid.clone() name=group.clone() value=choice.key()
                                        prop:checked=move || choice_of(read()) == choice
                                        on:change=move |_| send(Input::Choice(choice.key())) />
                                    <label for=rid>{move || state.t(text)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
            }
            .into_any()
        }
        Kind::File => {
            let on_change = move |ev: leptos::ev::Event| {
                let Some(file) = platform::picked_file(&ev) else {
                    return;
                };
                let ruleset = state.ruleset();
                // Judged by size first: at most one byte over the limit is read.
                let max = ruleset.enrollment.imei_max_bytes.saturating_add(1);
                leptos::task::spawn_local(async move {
                    if let Ok(bytes) = platform::read_file_head(&file, max).await {
                        state.dispatch(form::imei_file_action(&file.name(), &bytes, ruleset));
                    }
                });
            };
            let summary = move || {
                state.track(Scope::Plan);
                state.plan.with_untracked(|p| {
                    p.enrollment
                        .corporate
                        .imei_csv
                        .as_ref()
                        .map(|f| format!("{} ({} B)", f.file_name, f.bytes))
                })
            };
            view! {
                <input type="file" id=id.clone() accept=".csv,text/csv,text/plain" on:change=on_change
                    aria-invalid=aria_invalid aria-describedby=described_by.clone() />
                <p class="file-summary">{summary}</p>
            }
            .into_any()
        }
    };
    let is_radio = matches!(
        c.kind,
        Kind::Choice {
            style: ChoiceStyle::Radio,
            ..
        }
    );
    // Only controls that can hide (a platform's, an item's reason) follow it.
    let can_hide = c.platform.is_some() || matches!(c.field, Field::Item(ItemInput::Reason));
    let visible = can_hide.then(|| {
        Memo::new(move |_| {
            state.track(scope);
            state
                .plan
                .with_untracked(|p| c.visible(p, at, state.ruleset()))
        })
    });
    // A platform that Microsoft retired since the ruleset: its note, beside
    // the tick box.
    let retired = move || {
        let Field::Platform(p) = c.field else {
            return Vec::new();
        };
        state.meta.track();
        let l = state.locale.get();
        crate::domain::retired::for_platform(state.ruleset().retired, p, state.today.get())
            .into_iter()
            .filter_map(|r| crate::i18n::retired::note(r, l))
            .collect()
    };
    view! {
        <div class="field" class:field-checkbox=is_checkbox class:field-invalid=move || invalid.get() hidden=move || visible.is_some_and(|v| !v.get())>
            {(!is_checkbox && !is_radio).then(label_view.clone())}
            <div class="control">
                {control_view}
                {is_checkbox.then(label_view)}
            </div>
            <div class="messages" id=msg_id role="alert">{messages_of(state, mine, expiry)}</div>
            {move || retired().into_iter().map(|n| view! { <p class="hint history-note">{n}</p> }).collect_view()}
        </div>
    }
    .into_any()
}
