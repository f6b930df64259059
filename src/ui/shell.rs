//! The frame around the steps: the readiness meter, the "Steps" navigation,
//! the overview of every blocker and warning, and the toolbar (undo, redo,
//! theme). Every state and count comes from the analysis.

use leptos::prelude::*;

use super::controls::severity_class;
use super::state::{AppState, Theme};
use super::steps::title_id;
use crate::domain::form::{self, FORMS, OVERVIEW_FRAGMENT, REPORT_FRAGMENT};
use crate::domain::readiness::Readiness;
use crate::domain::{Severity, StepId};
use crate::i18n::{builder, finding_message, messages, Text};
use crate::platform;

fn icon(r: Readiness) -> &'static str {
    match r {
        Readiness::NotStarted => "○",
        Readiness::Blocked => "✕",
        Readiness::InProgress => "◐",
        Readiness::ReadyWithWarnings => "!",
        Readiness::Ready => "✓",
    }
}

fn state_class(r: Readiness) -> &'static str {
    match r {
        Readiness::NotStarted => "state state-not-started",
        Readiness::Blocked => "state state-blocked",
        Readiness::InProgress => "state state-in-progress",
        Readiness::ReadyWithWarnings => "state state-warnings",
        Readiness::Ready => "state state-ready",
    }
}

/// The overall readiness meter, always visible.
#[component]
pub fn Meter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let overall = move || state.analysis.with(|a| a.readiness.overall.clone());
    let percent = move || overall().map_or(0, |r| r.percent());
    let text = move || {
        overall()
            .map(|r| builder::meter_text(&r, state.locale.get()))
            .unwrap_or_default()
    };
    view! {
        <div class="meter">
            <span id="meter-label">{move || state.t(Text::OverallReadiness)}</span>
            <div
                class="meter-bar"
                role="progressbar"
                aria-labelledby="meter-label"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || percent().to_string()
                aria-valuetext=text
            >
                <div class="meter-fill" style:width=move || format!("{}%", percent())></div>
            </div>
            <span class="meter-text" aria-hidden="true">{text}</span>
            // In the sticky header, so it is always in view.
            <a
                href="#overview"
                id="overview-link"
                aria-current=move || (state.route.get() == OVERVIEW_FRAGMENT).then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    state.go(OVERVIEW_FRAGMENT);
                    platform::focus_soon("overview".to_owned());
                }
            >
                {move || state.t(Text::Overview)}
            </a>
        </div>
    }
    .into_any()
}

/// The navigation landmark "Steps": each step with its state and counts.
#[component]
pub fn Nav() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <nav class="steps-nav" aria-label=move || state.t(Text::NavSteps)>
            <ul>
                {FORMS
                    .iter()
                    .map(|f| {
                        let r = move || state.analysis.with(|a| a.readiness.step(f.step).cloned());
                        let readiness = move || r().map_or(Readiness::NotStarted, |r| r.readiness);
                        let counts = move || {
                            let (b, w) = r().map_or((0, 0), |r| (r.blockers as usize, r.warnings as usize));
                            (b > 0 || w > 0).then(|| messages::step_status(state.locale.get(), b, w))
                        };
                        let href = format!("#{}", f.fragment);
                        view! {
                            <li>
                                <a
                                    href=href
                                    aria-current=move || (state.route.get() == f.fragment).then_some("page")
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        state.go(f.fragment);
                                        platform::focus_soon(title_id(f));
                                    }
                                >
                                    <span class=move || state_class(readiness()) role="img"
                                        aria-label=move || state.t(builder::state_word(readiness()))>
                                        {move || icon(readiness())}
                                    </span>
                                    <span class="nav-title">{move || state.t(f.title)}</span>
                                    <span class="nav-counts">{counts}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
    .into_any()
}

/// Every blocker and warning of the plan, by step; each links to its control.
#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = move || {
        let l = state.locale.get();
        let ruleset = state.ruleset();
        state.analysis.with(|a| {
            FORMS
                .iter()
                .filter_map(|f| {
                    let entries: Vec<(Severity, String, Option<String>)> = a
                        .findings
                        .iter()
                        .filter(|x| x.severity != Severity::Info && x.path.step(ruleset) == f.step)
                        .map(|x| {
                            (
                                x.severity,
                                finding_message(&x.code, l),
                                form::dom_id(x.path),
                            )
                        })
                        .collect();
                    (!entries.is_empty()).then_some((f, entries))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="step overview" aria-labelledby="overview">
            <h2 id="overview" tabindex="-1">{move || state.t(Text::Overview)}</h2>
            {move || {
                let g = groups();
                if g.is_empty() {
                    return view! { <p class="status">{state.t(Text::OverviewClear)}</p> }.into_any();
                }
                g.into_iter()
                    .map(|(f, entries)| {
                        view! {
                            <h3>{state.t(f.title)}</h3>
                            <ul class="findings">
                                {entries
                                    .into_iter()
                                    .map(|(severity, text, target)| {
                                        let (class, word) = severity_class(severity);
                                        let target = target.unwrap_or_else(|| title_id(f));
                                        view! {
                                            <li class=class>
                                                <a
                                                    href=format!("#{}", f.fragment)
                                                    on:click=move |ev| {
                                                        ev.prevent_default();
                                                        state.go(f.fragment);
                                                        platform::focus_soon(target.clone());
                                                    }
                                                >
                                                    <strong>{state.t(word)} ": "</strong>
                                                    {text}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
            <super::handoff::HandOff/>
        </section>
    }
    .into_any()
}

/// Undo, redo and the theme.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="toolbar">
            <button type="button" id="undo" class="secondary" disabled=move || !state.can_undo.get()
                aria-keyshortcuts="Control+Z" on:click=move |_| state.undo()>
                {move || state.t(Text::Undo)}
            </button>
            <button type="button" id="redo" class="secondary" disabled=move || !state.can_redo.get()
                aria-keyshortcuts="Control+Shift+Z Control+Y" on:click=move |_| state.redo()>
                {move || state.t(Text::Redo)}
            </button>
            <label for="theme">{move || state.t(Text::Theme)}</label>
            <select id="theme" on:change=move |ev| {
                if let Some(t) = Theme::from_key(&event_target_value(&ev)) {
                    state.theme.set(t);
                }
            }>
                {Theme::ALL
                    .into_iter()
                    .map(|t| view! {
                        <option value=t.key() prop:selected=move || state.theme.get() == t>{move || state.t(t.label())}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// The step (or overview) the address names; the first step otherwise.
#[component]
pub fn Current() -> impl IntoView {
    let state = expect_context::<AppState>();
    let which = Memo::new(move |_| {
        let r = state.route.get();
        match r.as_str() {
            OVERVIEW_FRAGMENT => Err(false),
            REPORT_FRAGMENT => Err(true),
            _ => Ok(form::step_of_fragment(&r).unwrap_or(StepId::Connections)),
        }
    });
    move || match which.get() {
        Err(false) => view! { <Overview/> }.into_any(),
        Err(true) => view! { <super::report::ReportView/> }.into_any(),
        Ok(step) => match form::form(step) {
            Some(f) => view! { <super::steps::StepView form=f/> }.into_any(),
            None => ().into_any(),
        },
    }
}
