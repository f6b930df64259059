//! The root component: header with the language menu, notices, the step and
//! its preview.

use leptos::prelude::*;

use super::portal::PortalStep;
use super::preview::Preview;
use super::state::AppState;
use crate::i18n::{messages, Locale, Text};
use crate::platform::PlatformError;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::restore();
    provide_context(state);
    view! {
        <div class="app">
            <header class="app-header">
                <div class="brand">
                    <h1>{move || state.t(Text::AppName)}</h1>
                    <p class="tagline">{move || state.t(Text::AppTagline)}</p>
                </div>
                <LanguageMenu/>
            </header>
            <Notices/>
            <main class="layout">
                <PortalStep/>
                <Preview/>
            </main>
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
        <div class="language">
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
                            <option value=l.code() lang=l.code() selected=move || state.locale.get() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Storage problems, as alerts.
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let storage = move || {
        state.storage_error.get().map(|e| {
            let l = state.locale.get();
            let reason = match e {
                PlatformError::StorageFull => Text::StorageFull,
                _ => Text::StorageUnavailable,
            };
            messages::storage_failed(l, l.text(reason))
        })
    };
    view! {
        <div class="notices" role="alert" id="notices">
            {move || storage().map(|m| view! { <p class="notice notice-warning">{m}</p> })}
            {move || {
                state.restore_notice.get().map(|t| view! { <p class="notice notice-warning">{state.t(t)}</p> })
            }}
        </div>
    }
}
