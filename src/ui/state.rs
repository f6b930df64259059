//! The app's state, provided once as context: the plan, its analysis, the
//! language and the storage status. Autosave and language persistence are the
//! effects here.

use leptos::prelude::*;

use crate::domain::{analyze, ruleset, Action, Analysis, Ctx, Plan};
use crate::format;
use crate::i18n::{Locale, Text};
use crate::platform::{self, PlatformError};

/// Where the plan is saved, in the export format.
pub const PLAN_KEY: &str = "enrollready.plan";
/// Where an unreadable saved plan is kept instead of being overwritten.
pub const BACKUP_KEY: &str = "enrollready.plan.backup";
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
        Effect::new(move |_| {
            let json = plan.with(|p| format::to_json(p, &platform::now_rfc3339()));
            storage_error.set(platform::storage::set(PLAN_KEY, &json).err());
        });
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
