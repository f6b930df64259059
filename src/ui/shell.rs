//! The frame around the steps: the readiness meter, the "Steps" navigation,
//! the overview of every blocker and warning, and the toolbar (undo, redo,
//! theme). Every state and count comes from the analysis.

use leptos::prelude::*;

use super::controls::severity_class;
use super::split::{self, deferred};
use super::state::{AppState, Theme};
use super::steps::title_id;
use crate::domain::form::{
    self, COMPARE_FRAGMENT, FORMS, MOVE_FRAGMENT, OVERVIEW_FRAGMENT, PLANS_FRAGMENT,
    REPORT_FRAGMENT,
};
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

/// The navigation landmark "Steps": each step with its state and counts (the
/// icon, the name and the counts on one line; the name wraps under itself).
/// On narrow screens the list collapses behind a disclosure that shows the
/// current step and its state, so the step itself is on the first screen.
#[component]
pub fn Nav() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    // The current page: a step, or the overview and the report (the plan's
    // readiness).
    let current = move || {
        let route = state.route.get();
        let step = form::step_of_fragment(&route).or_else(|| {
            (route != OVERVIEW_FRAGMENT && route != REPORT_FRAGMENT).then_some(StepId::Connections)
        });
        let title = step
            .and_then(form::form)
            .map_or(Text::Overview, |f| f.title);
        let readiness = state.analysis.with(|a| {
            match step {
                Some(s) => a.readiness.step(s).map(|r| r.readiness),
                None => a.readiness.overall.as_ref().map(|r| r.readiness),
            }
            .unwrap_or(Readiness::NotStarted)
        });
        (title, readiness)
    };
    let readiness_now = move || current().1;
    view! {
        <nav class="steps-nav" aria-label=move || state.t(Text::NavSteps)>
            <button
                type="button"
                class="nav-toggle secondary"
                id="steps-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="steps-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="visually-hidden">{move || format!("{}: ", state.t(Text::NavSteps))}</span>
                <span class=move || state_class(readiness_now()) role="img"
                    aria-label=move || state.t(builder::state_word(readiness_now()))>
                    {move || icon(readiness_now())}
                </span>
                <span class="nav-title">{move || state.t(current().0)}</span>
                <span class="nav-toggle-mark" aria-hidden="true">"▾"</span>
            </button>
            <ul id="steps-list" class:open=move || open.get()>
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
                            <li hidden=move || !state.ruleset().offers(f.step)>
                                <a
                                    href=href
                                    aria-current=move || (state.route.get() == f.fragment).then_some("page")
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        open.set(false);
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
                .filter(|f| ruleset.offers(f.step))
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
            <Summary/>
            <h3 id="findings-title">{move || state.t(Text::FindingsTitle)}</h3>
            {move || {
                let g = groups();
                if g.is_empty() {
                    return view! { <p class="status">{state.t(Text::OverviewClear)}</p> }.into_any();
                }
                g.into_iter()
                    .map(|(f, entries)| {
                        view! {
                            <h4>{state.t(f.title)}</h4>
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

/// The overview's first table: one row per step and the recovery path, with
/// its state, its share of the work done (the meter's rule), problems,
/// warnings and open items; each step links to itself.
#[component]
fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let header = [
        Text::SummaryStep,
        Text::SummaryState,
        Text::SummaryWorkDone,
        Text::SummaryProblems,
        Text::SummaryWarnings,
        Text::SummaryOpenItems,
    ];
    view! {
        <div class="table-wrap">
            <table id="overview-summary" class="summary">
                <caption>{move || state.t(Text::SummaryTitle)}</caption>
                <thead>
                    <tr>
                        {header
                            .into_iter()
                            .map(|h| view! { <th scope="col">{move || state.t(h)}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {FORMS
                        .iter()
                        .map(|f| {
                            let r = move || state.analysis.with(|a| a.readiness.step(f.step).cloned());
                            let readiness = move || r().map_or(Readiness::NotStarted, |r| r.readiness);
                            let number = move |pick: fn(&crate::domain::readiness::StepReadiness) -> u32| {
                                move || r().map_or(0, |r| pick(&r)).to_string()
                            };
                            view! {
                                <tr hidden=move || !state.ruleset().offers(f.step)>
                                    <th scope="row">
                                        <a
                                            href=format!("#{}", f.fragment)
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                state.go(f.fragment);
                                                platform::focus_soon(title_id(f));
                                            }
                                        >
                                            {move || state.t(f.title)}
                                        </a>
                                    </th>
                                    <td>
                                        <span class=move || state_class(readiness()) aria-hidden="true">
                                            {move || icon(readiness())}
                                        </span>
                                        " "
                                        {move || state.t(builder::state_word(readiness()))}
                                    </td>
                                    <td class="num">{move || format!("{}%", r().map_or(0, |r| r.percent()))}</td>
                                    <td class="num">{number(|r| r.blockers)}</td>
                                    <td class="num">{number(|r| r.warnings)}</td>
                                    <td class="num">{number(|r| r.applicable.saturating_sub(r.done))}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
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
            <div class="tool">
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
        </div>
    }
    .into_any()
}

/// The step (or overview) the address names; the first step otherwise.
#[component]
pub fn Current() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The page follows the ruleset too: a move redraws the step with the
    // new rules' controls, and a step the rules do not have shows step 1.
    let which = Memo::new(move |_| {
        let r = state.route.get();
        let rules = state.ruleset();
        let page = match r.as_str() {
            OVERVIEW_FRAGMENT => Err(0),
            REPORT_FRAGMENT => Err(1),
            COMPARE_FRAGMENT => Err(2),
            MOVE_FRAGMENT => Err(3),
            PLANS_FRAGMENT => Err(4),
            _ => Ok(form::step_of_fragment(&r)
                .filter(|s| rules.offers(*s))
                .unwrap_or(StepId::Connections)),
        };
        (page, rules.id)
    });
    move || match which.get().0 {
        Err(0) => deferred(split::overview_page()),
        Err(1) => deferred(split::report_page()),
        Err(3) => deferred(split::move_page()),
        Err(4) => deferred(split::plans_page()),
        Err(_) => deferred(split::compare_page()),
        Ok(step) => match form::form(step) {
            Some(f) => view! { <super::steps::StepView form=f/> }.into_any(),
            None => ().into_any(),
        },
    }
}
