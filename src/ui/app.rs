//! The root component: header with the language menu, notices, the step and
//! its preview.

use leptos::prelude::*;

use super::shell::{Current, Meter, Nav, Toolbar};
use super::split::{self, deferred};
use super::state::{AppState, IncomingError};
use crate::autosave::StoreError;
use crate::i18n::{handoff, messages, notices, Locale, Text};

/// The whole page.
/// `backend`: the open plan's records from `platform::desk::boot`; without
/// it (component tests), the single plan in `localStorage`.
#[component]
pub fn App(#[prop(optional)] backend: Option<crate::platform::desk::Backend>) -> impl IntoView {
    let state = AppState::restore(backend);
    provide_context(state);
    view! {
        <div class="app">
            // Sticky on wide screens as a whole; on narrow ones only the bar
            // with the meter, the Overview link and the notices stays in view.
            <div class="top">
                <header class="app-header">
                    <div class="brand">
                        <h1>{move || state.t(Text::AppName)}</h1>
                        <p class="tagline">{move || state.t(Text::AppTagline)}</p>
                        // The ruleset the plan follows, with its date.
                        <p class="rules" id="rules">
                            <strong>{move || state.t(Text::Rules)} ": "</strong>
                            {move || {
                                state.meta.track();
                                crate::i18n::report::ruleset_title(state.ruleset(), state.locale.get())
                            }}
                        </p>
                        <p class="header-links">
                            <super::plans::PlansButton/>
                            <super::rules::MoveButton/>
                        </p>
                    </div>
                    <div class="header-tools">
                        <Toolbar/>
                        <LanguageMenu/>
                    </div>
                </header>
                // An alert stays in view wherever the page is scrolled.
                <div class="sticky-bar" role="region" aria-labelledby="meter-label">
                    <Meter/>
                    <Notices/>
                </div>
            </div>
            <div class="frame">
                <Nav/>
                <main class="main">
                    <Current/>
                </main>
            </div>
            <footer class="app-footer">
                <p>{move || state.t(Text::PrivacyNote)}</p>
            </footer>
        </div>
    }
}

/// The language menu, labelled "Language" / "Taal".
#[component]
fn LanguageMenu() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="tool language">
            <label for="language">{move || state.t(Text::Language)}</label>
            <select
                id="language"
                on:change=move |ev| {
                    if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                        state.locale.set(l);
                    }
                }
            >
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() prop:selected=move || state.locale.get() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Storage problems and questions about the saved plan, as alerts.
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let storage = move || {
        state.storage_error.get().map(|e| {
            let l = state.locale.get();
            let reason = match e {
                StoreError::Full => Text::StorageFull,
                StoreError::Unavailable => Text::StorageUnavailable,
            };
            messages::storage_failed(l, l.text(reason))
        })
    };
    view! {
        <div class="notices" role="alert" id="notices">
            // The plan stays in memory: the download keeps it safe.
            {move || storage().map(|m| view! {
                <div class="notice notice-warning" id="storage-notice">
                    <p>{m}</p>
                    <div class="notice-actions">
                        <button type="button" id="storage-export" on:click=move |_| state.export_json()>
                            {move || state.t(Text::ExportJson)}
                        </button>
                    </div>
                </div>
            })}
            {move || {
                state
                    .save_refused
                    .with(|e| e.as_ref().map(|e| notices::save_refused(state.locale.get(), e)))
                    .map(|m| view! { <p class="notice notice-warning">{m}</p> })
            }}
            // The rare notices are parts fetched on first use (ui::split).
            {move || state.unreadable.with(Option::is_some).then(|| deferred(split::unreadable_notice()))}
            {move || {
                state
                    .conflict
                    .get()
                    .then(|| {
                        view! {
                            <div class="notice notice-warning" id="conflict-notice">
                                <p>{move || state.t(Text::ConflictOtherTab)}</p>
                                <div class="notice-actions">
                                    <button type="button" id="keep-mine" on:click=move |_| state.keep_mine()>
                                        {move || state.t(Text::KeepMine)}
                                    </button>
                                    <button type="button" class="secondary" id="load-theirs" on:click=move |_| state.load_theirs()>
                                        {move || state.t(Text::LoadTheirs)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            {move || state.incoming_error.with(Option::is_some).then(|| deferred(split::incoming_error_notice()))}
            {move || state.incoming.with(Option::is_some).then(|| deferred(split::replace_notice()))}
        </div>
        <p class="status" role="status" id="status">{move || state.status.get().map(|t| state.t(t))}</p>
    }
}

/// The plan kept in this browser could not be read: its backup, and a way on.
#[component]
pub fn UnreadableNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let unreadable = move || {
        state.unreadable.with(|u| {
            u.as_ref().map(|u| {
                let l = state.locale.get();
                notices::restore_failed(l, &messages::import_error(&u.error, l), u.backup)
            })
        })
    };
    view! {
            {move || {
                unreadable()
                    .map(|m| {
                        view! {
                            <div class="notice notice-warning" id="unreadable-notice">
                                <p>{m}</p>
                                <div class="notice-actions">
                                    <button type="button" id="download-unreadable" on:click=move |_| state.download_unreadable()>
                                        {move || state.t(Text::DownloadUnreadable)}
                                    </button>
                                    <button
                                        type="button"
                                        class="secondary"
                                        id="discard-unreadable"
                                        hidden=move || !state.save_blocked.get()
                                        on:click=move |_| state.discard_unreadable()
                                    >
                                        {move || state.t(Text::DiscardUnreadable)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
    }
}

/// A file or link that could not be read.
#[component]
pub fn IncomingErrorNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
            {move || {
                state
                    .incoming_error
                    .with(|e| {
                        e.as_ref()
                            .map(|e| {
                                let l = state.locale.get();
                                match e {
                                    IncomingError::File(name, e) => handoff::file_error(l, name, e),
                                    IncomingError::Link(e) => handoff::share_error(l, e),
                                }
                            })
                    })
                    .map(|m| view! { <p class="notice notice-warning" id="incoming-error">{m}</p> })
            }}
    }
}

/// An incoming plan: replace, add as a new plan, or keep.
#[component]
pub fn ReplaceNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
            {move || {
                state
                    .incoming
                    .with(|i| i.as_ref().map(|i| handoff::replace_question(state.locale.get(), &i.source)))
                    .map(|m| {
                        view! {
                            <div class="notice notice-warning" id="replace-notice">
                                <p>{m}</p>
                                <div class="notice-actions">
                                    <button type="button" id="replace-plan" on:click=move |_| state.accept_incoming()>
                                        {move || state.t(Text::ReplacePlan)}
                                    </button>
                                    <button type="button" class="secondary" id="add-as-new"
                                        hidden=move || state.plan_id().is_none()
                                        on:click=move |_| state.add_incoming_as_new()>
                                        {move || state.t(Text::AddAsNewPlan)}
                                    </button>
                                    <button type="button" class="secondary" id="keep-plan" on:click=move |_| state.incoming.set(None)>
                                        {move || state.t(Text::KeepMyPlan)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
    }
}
