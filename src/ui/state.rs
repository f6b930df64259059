//! The app's state, provided once as context: the plan, its analysis, the
//! language and the storage status. Autosave and language persistence are the
//! effects here.

use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::domain::{analyze, ruleset, Action, Analysis, Ctx, Plan};
use crate::format;
use crate::i18n::{Locale, Text};
use crate::platform::{self, PlatformError};

/// Where the plan is saved, in the export format.
pub const PLAN_KEY: &str = "enrollready.plan";
/// Where an unreadable saved plan is kept instead of being overwritten.
pub const BACKUP_KEY: &str = "enrollready.plan.backup";
/// How long typing must pause before the plan is saved.
const SAVE_DELAY: Duration = Duration::from_millis(300);
/// Where the chosen language is remembered.
pub const LOCALE_KEY: &str = "enrollready.locale";

#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: RwSignal<Plan>,
    pub analysis: Memo<Analysis>,
    pub locale: RwSignal<Locale>,
    /// The last storage failure, if the last save failed.
    pub storage_error: RwSignal<Option<PlatformError>>,
    /// A notice about the saved plan found at start.
    pub restore_notice: RwSignal<Option<Text>>,
}

impl AppState {
    /// Restores the saved plan and language, and starts autosave.
    pub fn restore() -> Self {
        let (plan, notice) = restore_plan();
        let plan = RwSignal::new(plan);
        let ctx = Ctx {
            today: platform::today(),
            ruleset: &ruleset::CLASSIC_2017,
        };
        let analysis = Memo::new(move |_| plan.with(|p| analyze(p, &ctx)));
        let locale = RwSignal::new(initial_locale());
        let state = AppState {
            plan,
            analysis,
            locale,
            storage_error: RwSignal::new(None),
            restore_notice: RwSignal::new(notice),
        };
        state.start_effects();
        state
    }

    fn start_effects(self) {
        let AppState {
            plan,
            locale,
            storage_error,
            ..
        } = self;
        // Autosave, debounced: typing does not serialise the plan (logos
        // included) on every key. A pending save is flushed when the page is
        // hidden or unloaded, so a reload never loses the last keystrokes.
        let pending = StoredValue::new(None::<TimeoutHandle>);
        let save = move || {
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            pending.set_value(None);
            let json = plan.with_untracked(|p| format::to_json(p, &platform::now_rfc3339()));
            storage_error.set(platform::storage::set(PLAN_KEY, &json).err());
        };
        Effect::new(move |_| {
            plan.track();
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            pending.set_value(set_timeout_with_handle(save, SAVE_DELAY).ok());
        });
        let flush = move || {
            if pending.get_value().is_some() {
                save();
            }
        };
        // The listeners live as long as the page.
        std::mem::forget(window_event_listener(leptos::ev::pagehide, move |_| {
            flush()
        }));
        std::mem::forget(window_event_listener(
            leptos::ev::visibilitychange,
            move |_| flush(),
        ));
        Effect::new(move |_| {
            let l = locale.get();
            platform::set_document_language(l.code());
            // Remembering the language is a convenience; a failure is shown by
            // the plan's autosave already.
            let _ = platform::storage::set(LOCALE_KEY, l.code());
        });
    }

    pub fn dispatch(&self, action: Action) {
        self.plan.update(|p| p.apply(action));
    }

    /// A fixed text in the current language (reactive).
    pub fn t(&self, text: Text) -> &'static str {
        self.locale.get().text(text)
    }
}

fn initial_locale() -> Locale {
    if let Ok(Some(code)) = platform::storage::get(LOCALE_KEY) {
        if let Some(l) = Locale::from_tag(&code) {
            return l;
        }
    }
    let langs = platform::preferred_languages();
    Locale::negotiate(langs.iter().map(String::as_str))
}

fn restore_plan() -> (Plan, Option<Text>) {
    let Ok(Some(text)) = platform::storage::get(PLAN_KEY) else {
        return (Plan::default(), None);
    };
    match format::from_json(&text) {
        Ok(env) => (env.plan, None),
        Err(e) => {
            let _ = platform::storage::set(BACKUP_KEY, &text);
            let notice = match e {
                format::ImportError::NewerVersion { .. } => Text::StorageRestoreNewer,
                _ => Text::StorageRestoreFailed,
            };
            (Plan::default(), Some(notice))
        }
    }
}
