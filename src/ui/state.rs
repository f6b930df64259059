//! The app's state, provided once as context: the plan, its analysis, the
//! language, "today" and the storage status. Autosave follows the pure policy
//! in [`crate::autosave`]; this module only drives it from the page's events.

use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::autosave::{Autosave, External, Saved, Start, StoreError, Unreadable, PLAN_KEY};
use crate::domain::history::History;
use std::collections::BTreeMap;

use crate::domain::{
    analyze, ruleset, Action, Analysis, Ctx, Date, FieldPath, Finding, Plan, Ruleset, Scope,
};

use crate::codec::Codec;
use crate::desk::{self, Summary};
use crate::domain::form::OVERVIEW_FRAGMENT;
use crate::format::{self, share};
use crate::i18n::handoff::Source;
use crate::i18n::{Locale, Text};
use crate::platform::{self, desk::Backend};

/// How long typing must pause before the plan is saved (autosave writes
/// within 500 ms of the last change).
const SAVE_DELAY: Duration = Duration::from_millis(300);
/// Where the chosen language is remembered.
pub const LOCALE_KEY: &str = "enrollready.locale";
/// Where the chosen theme is remembered.
pub const THEME_KEY: &str = "enrollready.theme";

/// The colour theme: the system's, or one chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn label(self) -> Text {
        match self {
            Theme::System => Text::ThemeSystem,
            Theme::Light => Text::ThemeLight,
            Theme::Dark => Text::ThemeDark,
        }
    }
}
/// How often "today" is checked, so that a tab left open past midnight judges
/// dates against the new day.
const CLOCK_CHECK: Duration = Duration::from_secs(30);

/// A plan deleted from the list: its summary and its records (storage key,
/// value), kept for "Undo delete".
pub type DeletedPlan = (Summary, Vec<(String, String)>);

#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: RwSignal<Plan>,
    /// What the file carries besides the plan (ruleset, unknown members), kept
    /// from load to save.
    pub meta: RwSignal<format::FileMeta>,
    pub analysis: Memo<Analysis>,
    pub locale: RwSignal<Locale>,
    pub today: RwSignal<Date>,
    /// The last storage failure, if the last save failed.
    pub storage_error: RwSignal<Option<StoreError>>,
    /// Why the plan cannot be written (the reader would refuse it), if so.
    pub save_refused: RwSignal<Option<format::ExportError>>,
    /// A saved plan that could not be read, while its notice is shown.
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// Autosave waits for the user: an unreadable plan without a backup.
    pub save_blocked: RwSignal<bool>,
    /// Another tab changed the plan while this tab has unsaved edits.
    pub conflict: RwSignal<bool>,
    /// A polite status line (changes from another tab were loaded).
    pub status: RwSignal<Option<Text>>,
    /// The address fragment without `#`: a step (`step-1` …, `recovery`) or
    /// `overview`.
    pub route: RwSignal<String>,
    pub theme: RwSignal<Theme>,
    /// Whether undo and redo can do something (for the buttons).
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// A plan from a file or a link, waiting for the user to confirm that it
    /// replaces local work.
    pub incoming: RwSignal<Option<Incoming>>,
    /// Why the last file or link could not be read.
    pub incoming_error: RwSignal<Option<IncomingError>>,
    /// The last share link made.
    pub share_link: RwSignal<Option<String>>,
    /// A plan file picked to compare the open plan with (its name and
    /// envelope), for the Compare view.
    pub compared: RwSignal<Option<(String, std::sync::Arc<format::Envelope>)>>,
    history: StoredValue<History>,
    /// One trigger per part of the plan ([`Scope`]) and per field's
    /// findings: a control follows only its own, so a keystroke redraws one
    /// entry, not every list.
    fine: StoredValue<Fine>,
    autosave: StoredValue<Autosave>,
    /// Where the open plan is kept: the desk (IndexedDB) or, when the
    /// browser refuses it, `localStorage`.
    store: StoredValue<Backend, LocalStorage>,
    /// Writes handed to IndexedDB and not yet finished.
    writing: StoredValue<u32>,
    /// Bumped whenever this or another tab changed a stored plan: the Plans
    /// list and the compare menu reload.
    pub desk_changed: RwSignal<u32>,
    /// Plans deleted from the list, kept in memory so that "Undo" can put
    /// them back until the page is closed: (summary, records).
    pub deleted: RwSignal<Vec<DeletedPlan>>,
    /// Whether the browser keeps the plans under storage pressure (`None`:
    /// not asked yet or not known).
    pub persisted: RwSignal<Option<bool>>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl AppState {
    /// Restores the saved plan and language, and starts autosave, over the
    /// open plan's records (`platform::desk::boot`); without them, over the
    /// single plan in `localStorage`.
    pub fn restore(backend: Option<Backend>) -> Self {
        let mut backend = backend.unwrap_or(Backend::Local(StoreError::Unavailable));
        let (autosave, start) = Autosave::start(&mut backend, platform::codec::reader());
        let (plan, meta, unreadable, storage_error) = match start {
            Start::Fresh => (Plan::default(), format::FileMeta::default(), None, None),
            Start::Restored(env) => {
                platform::mark_saved(&env.exported_at);
                let meta = env.meta();
                (env.plan, meta, None, None)
            }
            Start::Unreadable(u) => (Plan::default(), format::FileMeta::default(), Some(u), None),
            Start::NoStorage(e) => (Plan::default(), format::FileMeta::default(), None, Some(e)),
        };
        let plan = RwSignal::new(plan);
        let meta = RwSignal::new(meta);
        let today = RwSignal::new(platform::today());
        let analysis = Memo::new(move |_| {
            let ctx = Ctx {
                today: today.get(),
                ruleset: meta.with(|m| ruleset::by_id_or_new(&m.ruleset)),
            };
            plan.with(|p| analyze(p, &ctx))
        });
        let save_blocked = RwSignal::new(autosave.is_blocked());
        let state = AppState {
            plan,
            meta,
            analysis,
            locale: RwSignal::new(initial_locale()),
            today,
            storage_error: RwSignal::new(storage_error),
            save_refused: RwSignal::new(None),
            unreadable: RwSignal::new(unreadable),
            save_blocked,
            conflict: RwSignal::new(false),
            status: RwSignal::new(None),
            route: RwSignal::new(platform::location_hash()),
            theme: RwSignal::new(
                platform::storage::get(THEME_KEY)
                    .ok()
                    .flatten()
                    .and_then(|k| Theme::from_key(&k))
                    .unwrap_or(Theme::System),
            ),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            incoming: RwSignal::new(None),
            incoming_error: RwSignal::new(None),
            share_link: RwSignal::new(None),
            compared: RwSignal::new(None),
            history: StoredValue::new(History::new()),
            fine: StoredValue::new(Fine::default()),
            autosave: StoredValue::new(autosave),
            store: StoredValue::new_local(backend),
            writing: StoredValue::new(0),
            desk_changed: RwSignal::new(0),
            deleted: RwSignal::new(Vec::new()),
            persisted: RwSignal::new(None),
            pending: StoredValue::new(None),
        };
        // A backup made at start is written now.
        state.flush();
        state.start_effects();
        let fragment = platform::location_hash();
        if share::is_share_fragment(&fragment) {
            state.open_link(fragment);
        }
        state
    }

    fn start_effects(self) {
        // The findings by field, most severe first; a field's trigger fires
        // only when its own findings changed.
        let fine = self.fine;
        let analysis = self.analysis;
        Effect::new(move |_| {
            let mut now: BTreeMap<FieldPath, Vec<Finding>> = BTreeMap::new();
            analysis.with(|a| {
                for f in &a.findings {
                    now.entry(f.path).or_default().push(f.clone());
                }
            });
            for v in now.values_mut() {
                v.sort_by_key(|f| std::cmp::Reverse(f.severity));
            }
            let changed: Vec<ArcTrigger> = fine.with_value(|s| {
                s.triggers
                    .iter()
                    .filter_map(|(part, t)| match part {
                        Part::Findings(path) => (s.last.get(path) != now.get(path)).then_some(t),
                        Part::Plan(_) => None,
                    })
                    .cloned()
                    .collect()
            });
            fine.update_value(|s| s.last = now);
            for t in changed {
                t.notify();
            }
        });
        // A pending save is flushed when the page is hidden or unloaded, so a
        // reload never loses the last keystrokes.
        let flush = move || {
            if self.alive() && self.pending.with_value(Option::is_some) {
                self.save_now();
            }
            // A write to IndexedDB may be cut short when the page goes: the
            // record waits in the journal until the next start.
            if self.alive() && self.writing.get_value() > 0 {
                self.write_journal();
            }
        };
        // The listeners live as long as the page.
        std::mem::forget(window_event_listener(leptos::ev::pagehide, move |_| {
            flush()
        }));
        std::mem::forget(window_event_listener(
            leptos::ev::visibilitychange,
            move |_| {
                flush();
                self.check_clock();
            },
        ));
        // The interval lives as long as the page (its handle is never cleared).
        let _ = set_interval_with_handle(move || self.check_clock(), CLOCK_CHECK);
        if self.plan_id().is_some() {
            platform::desk::on_announce(move |id| {
                if self.alive() {
                    self.heard(id);
                }
            });
        } else {
            platform::storage::on_change(PLAN_KEY, move |new| {
                if self.alive() {
                    self.other_tab_changed(new)
                }
            });
        }
        std::mem::forget(window_event_listener(leptos::ev::hashchange, move |_| {
            if self.alive() {
                let fragment = platform::location_hash();
                if share::is_share_fragment(&fragment) {
                    self.open_link(fragment);
                } else {
                    self.route.set(fragment);
                }
            }
        }));
        // A plan file dropped anywhere on the page is imported.
        // Only drags that carry files: dropping text into a field still works.
        std::mem::forget(window_event_listener(leptos::ev::dragover, move |ev| {
            if platform::drags_files(&ev) {
                ev.prevent_default();
            }
        }));
        std::mem::forget(window_event_listener(leptos::ev::drop, move |ev| {
            if let Some(file) = platform::dropped_file(&ev) {
                ev.prevent_default();
                if self.alive() {
                    self.import_file(file);
                }
            }
        }));
        // A pause in one field ends its undo step.
        std::mem::forget(window_event_listener(leptos::ev::focusout, move |_| {
            if self.alive() {
                self.history.update_value(History::seal);
            }
        }));
        // Undo and redo from the keyboard, except in a text field, where the
        // browser's own text undo answers.
        std::mem::forget(window_event_listener(leptos::ev::keydown, move |ev| {
            if !self.alive()
                || !(ev.ctrl_key() || ev.meta_key())
                || platform::text_field_has_focus()
            {
                return;
            }
            let key = ev.key().to_ascii_lowercase();
            let redo = key == "y" || (key == "z" && ev.shift_key());
            if redo {
                ev.prevent_default();
                self.redo();
            } else if key == "z" {
                ev.prevent_default();
                self.undo();
            }
        }));
        let theme = self.theme;
        Effect::new(move |_| {
            let t = theme.get();
            platform::set_document_theme(t.key());
            let _ = platform::storage::set(THEME_KEY, t.key());
        });
        let locale = self.locale;
        Effect::new(move |_| {
            let l = locale.get();
            platform::set_document_language(l.code());
            // Remembering the language is a convenience; a failure is shown by
            // the plan's autosave already.
            let _ = platform::storage::set(LOCALE_KEY, l.code());
        });
    }

    /// Applies a user's change (an undo step) and schedules the save.
    pub fn dispatch(&self, action: Action) {
        let now = platform::now_ms();
        let scope = action.scope();
        let mut changed = false;
        self.plan.update(|p| {
            self.history
                .update_value(|h| changed = h.apply(p, action, now));
        });
        if changed {
            self.after_edit(scope);
        }
    }

    /// Undoes the last step, if any.
    pub fn undo(&self) {
        let before = self.plan.with_untracked(|p| p.file.clone());
        let mut scope = None;
        self.plan
            .update(|p| self.history.update_value(|h| scope = h.undo_scoped(p)));
        if let Some(scope) = scope {
            self.follow_file(&before);
            self.after_edit(scope);
        }
    }

    /// Redoes the last undone step, if any.
    pub fn redo(&self) {
        let before = self.plan.with_untracked(|p| p.file.clone());
        let mut scope = None;
        self.plan
            .update(|p| self.history.update_value(|h| scope = h.redo_scoped(p)));
        if let Some(scope) = scope {
            self.follow_file(&before);
            self.after_edit(scope);
        }
    }

    /// After an undo or redo that swapped whole plans (an import): the
    /// envelope follows the plan it belongs to.
    fn follow_file(&self, before: &format::FileMeta) {
        let after = self.plan.with_untracked(|p| p.file.clone());
        if after != *before && after != self.meta.get_untracked() {
            self.meta.set(after);
        }
    }

    /// Subscribes the running memo or effect to one part of the plan (and to
    /// changes of the whole). Read the plan with `with_untracked` after it.
    pub fn track(&self, scope: Scope) {
        let triggers = self.fine.try_update_value(|t| {
            let part = (scope != Scope::Whole).then(|| t.trigger(Part::Plan(scope)));
            (t.whole.clone(), part)
        });
        if let Some((whole, part)) = triggers {
            whole.track();
            if let Some(part) = part {
                part.track();
            }
        }
    }

    /// Tells the controls that follow `scope` that it changed.
    fn changed(self, scope: Scope) {
        self.fine.with_value(|t| match scope {
            Scope::Whole => t.whole.notify(),
            part => {
                if let Some(trigger) = t.triggers.get(&Part::Plan(part)) {
                    trigger.notify();
                }
            }
        });
    }

    /// One field's findings, most severe first (`None`: none). The running
    /// memo follows only this field's findings.
    pub fn findings_of(&self, path: FieldPath) -> Option<Vec<Finding>> {
        let trigger = self
            .fine
            .try_update_value(|s| s.trigger(Part::Findings(path)));
        if let Some(t) = trigger {
            t.track();
        }
        self.fine
            .try_with_value(|s| s.last.get(&path).cloned())
            .flatten()
    }

    fn after_edit(self, scope: Scope) {
        self.changed(scope);
        self.autosave.update_value(|a| a.edited());
        self.status.set(None);
        self.sync_history_flags();
        self.schedule_save();
    }

    fn sync_history_flags(self) {
        let (u, r) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.can_undo.get_untracked() != u {
            self.can_undo.set(u);
        }
        if self.can_redo.get_untracked() != r {
            self.can_redo.set(r);
        }
    }

    /// The ruleset the plan is checked against.
    pub fn ruleset(&self) -> &'static Ruleset {
        self.meta.with(|m| ruleset::by_id_or_new(&m.ruleset))
    }

    /// Shows a step (or the overview) and records it in the address, so that
    /// Back and Forward return to it.
    pub fn go(&self, fragment: &str) {
        if self.route.get_untracked() != fragment {
            platform::set_location_hash(fragment);
            self.route.set(fragment.to_owned());
        }
    }

    fn schedule_save(self) {
        self.cancel_save();
        let h = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.pending.set_value(h);
    }

    /// False once the app that made this state is gone (its listeners live
    /// on with the page; a component test mounts the app several times).
    fn alive(self) -> bool {
        !self.pending.is_disposed()
    }

    fn cancel_save(self) {
        if let Some(h) = self.pending.get_value() {
            h.clear();
        }
        self.pending.set_value(None);
    }

    /// The plan as its record, with the time it was written; `None` when it
    /// cannot be written (the reason is shown) or the writer is not in yet
    /// (it is fetched, and the plan saved then).
    fn plan_json(self) -> Option<(String, String)> {
        let Some(codec) = platform::codec::now() else {
            self.with_codec(move |_| self.save_now());
            return None;
        };
        let now = platform::now_rfc3339();
        let json = self
            .plan
            .with_untracked(|p| self.meta.with_untracked(|m| (codec.write)(p, m, &now)));
        match json {
            Ok(j) => {
                if self.save_refused.with_untracked(Option::is_some) {
                    self.save_refused.set(None);
                }
                Some((j, now))
            }
            Err(e) => {
                self.save_refused.set(Some(e));
                None
            }
        }
    }

    /// Writes the plan now, if the policy allows it.
    fn save_now(self) {
        if !self.alive() {
            return;
        }
        self.cancel_save();
        let ready = self
            .autosave
            .with_value(|a| a.is_dirty() && !a.is_blocked());
        if !ready {
            return;
        }
        let Some((json, now)) = self.plan_json() else {
            return;
        };
        let outcome = self
            .with_store(|a, s| a.save(s, &json))
            .unwrap_or(Saved::Unchanged);
        self.after_save(outcome, &now);
    }

    fn after_save(self, outcome: Saved, now: &str) {
        match outcome {
            Saved::Written => {
                self.storage_error.set(None);
                platform::mark_saved(now);
            }
            Saved::Unchanged | Saved::Blocked => {}
            Saved::Conflict => self.conflict.set(true),
            Saved::Failed(e) => self.storage_error.set(Some(e)),
        }
    }

    /// Runs the autosave policy over the open plan's store, then hands what
    /// it changed to IndexedDB.
    fn with_store<R>(self, f: impl FnOnce(&mut Autosave, &mut Backend) -> R) -> Option<R> {
        let r = self
            .store
            .try_update_value(|s| self.autosave.try_update_value(|a| f(a, s)))
            .flatten();
        self.flush();
        r
    }

    /// The open plan's id on the desk (`None` when the browser refused
    /// IndexedDB and the page keeps the single plan in `localStorage`).
    pub fn plan_id(&self) -> Option<String> {
        self.store.try_with_value(|s| match s {
            Backend::Desk(_, m) => Some(m.id.clone()),
            Backend::Local(_) => None,
        })?
    }

    /// Why the desk is not available, if so.
    pub fn desk_refused(&self) -> Option<StoreError> {
        self.store.try_with_value(|s| match s {
            Backend::Desk(..) => None,
            Backend::Local(e) => Some(*e),
        })?
    }

    /// The database, when the desk is in use.
    pub fn db(&self) -> Option<platform::desk::Db> {
        self.store.try_with_value(|s| match s {
            Backend::Desk(db, _) => Some(db.clone()),
            Backend::Local(_) => None,
        })?
    }

    /// Writes the open plan's queued changes (with its summary when its
    /// record is written) in one transaction. A failure is shown, and the
    /// next save tries again.
    fn flush(self) {
        let Some((db, id, ops)) = self
            .store
            .try_update_value(|s| match s {
                Backend::Desk(db, m) => Some((db.clone(), m.id.clone(), m.take_ops())),
                Backend::Local(_) => None,
            })
            .flatten()
        else {
            return;
        };
        if ops.is_empty() {
            return;
        }
        let writes_record = ops
            .iter()
            .any(|op| matches!(op, desk::Op::Put(k, _) if *k == id));
        let summary = writes_record.then(|| {
            let now = platform::now_rfc3339();
            self.plan.with_untracked(|p| {
                self.analysis.with_untracked(|a| {
                    self.meta
                        .with_untracked(|m| Summary::analysed(&id, p, &m.ruleset, a, &now))
                })
            })
        });
        self.writing.update_value(|n| *n = n.saturating_add(1));
        wasm_bindgen_futures::spawn_local(async move {
            let written = db.write(&ops, summary.as_ref()).await;
            if !self.alive() {
                return;
            }
            self.writing.update_value(|n| *n = n.saturating_sub(1));
            match written {
                Ok(()) => {
                    if self.writing.get_value() == 0 {
                        platform::desk::clear_journal(&id);
                    }
                    self.stored(&id);
                    if self.persisted.get_untracked().is_none() {
                        self.persisted.set(Some(false));
                        let granted = platform::desk::persist().await;
                        if self.alive() {
                            self.persisted.set(granted);
                        }
                    }
                }
                Err(e) => {
                    self.storage_error.set(Some(e));
                    self.autosave.update_value(|a| a.edited());
                }
            }
        });
    }

    /// Keeps the open plan's record in the journal (`localStorage`, written at
    /// once) while its write to IndexedDB is under way.
    fn write_journal(self) {
        let found = self.store.try_with_value(|s| match s {
            Backend::Desk(_, m) => {
                let record = crate::autosave::Store::get(m, PLAN_KEY).ok().flatten();
                record.map(|r| (m.id.clone(), r))
            }
            Backend::Local(_) => None,
        });
        if let Some(Some((id, record))) = found {
            platform::desk::write_journal(&id, &record);
        }
    }

    /// Waits until every write handed to IndexedDB has finished.
    pub async fn settled(self) {
        while self.alive() && self.writing.get_value() > 0 {
            platform::sleep_ms(20).await;
        }
    }

    /// Plan `id` was written or removed here: other tabs are told, and this
    /// tab's list and compare menu reload.
    pub fn stored(&self, id: &str) {
        platform::desk::announce(id);
        self.desk_changed.update(|n| *n = n.wrapping_add(1));
    }

    /// Another tab wrote or removed plan `id`.
    fn heard(self, id: String) {
        self.desk_changed.update(|n| *n = n.wrapping_add(1));
        if self.plan_id().as_deref() != Some(id.as_str()) {
            return;
        }
        let Some(db) = self.db() else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(mut got) = db.records(std::slice::from_ref(&id)).await else {
                return;
            };
            let record = got.pop().and_then(|(_, v)| v);
            if !self.alive() {
                return;
            }
            self.store.update_value(|s| {
                if let Backend::Desk(_, m) = s {
                    m.heard(record.clone());
                }
            });
            self.other_tab_changed(record);
        });
    }

    /// Saves now and, once every write has finished, opens plan `id` (a new
    /// page on its address).
    pub fn open_plan(&self, id: String, fragment: &'static str) {
        let this = *self;
        self.save_now();
        wasm_bindgen_futures::spawn_local(async move {
            this.settled().await;
            platform::desk::open_plan(&id, fragment);
        });
    }

    fn other_tab_changed(self, new: Option<String>) {
        self.with_codec(move |c| {
            let what = self
                .with_store(|a, s| a.external_change(s, new, c.read))
                .unwrap_or(External::Ignore);
            self.handle_external(what);
        });
    }

    /// Runs `f` with the plan's readers and writers (`platform::codec`): at
    /// once when they are in, otherwise once they are fetched. If they
    /// cannot be fetched, the page says so and nothing changes.
    fn with_codec(self, f: impl FnOnce(Codec) + 'static) {
        if let Some(c) = platform::codec::now() {
            f(c);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let c = platform::codec::load().await;
            if !self.alive() {
                return;
            }
            match c {
                Some(c) => f(c),
                None => self.status.set(Some(Text::PartUnloaded)),
            }
        });
    }

    fn handle_external(self, what: External) {
        match what {
            External::Ignore => {}
            External::Adopt(env) => {
                self.cancel_save();
                let meta = env.meta();
                self.meta.set(meta);
                self.plan.set(env.plan);
                self.changed(Scope::Whole);
                // The other tab's plan is not this tab's history.
                self.history.update_value(History::clear);
                self.sync_history_flags();
                self.conflict.set(false);
                self.status.set(Some(Text::AdoptedOtherTab));
            }
            External::Conflict => self.conflict.set(true),
            External::Unreadable(u) => {
                self.save_blocked.set(!u.backup.is_safe());
                self.unreadable.set(Some(u));
            }
        }
    }

    /// "Keep mine": this tab's plan is written over the other tab's.
    pub fn keep_mine(&self) {
        self.cancel_save();
        let Some((json, now)) = self.plan_json() else {
            return;
        };
        let outcome = self
            .with_store(|a, s| a.keep_mine(s, &json))
            .unwrap_or(Saved::Unchanged);
        self.conflict.set(false);
        self.after_save(outcome, &now);
    }

    /// "Load the other tab's": this tab's unsaved edit is dropped.
    pub fn load_theirs(&self) {
        self.cancel_save();
        let this = *self;
        self.with_codec(move |c| {
            let what = this
                .with_store(|a, s| a.load_theirs(s, c.read))
                .unwrap_or(External::Ignore);
            this.conflict.set(false);
            this.handle_external(what);
        });
    }

    /// "Download the unreadable plan": offers it as a file, then lets
    /// autosave replace it at the next edit.
    pub fn download_unreadable(&self) {
        let Some(raw) = self
            .unreadable
            .with_untracked(|u| u.as_ref().map(|u| u.raw.clone()))
        else {
            return;
        };
        let name = format!("enrollready-unreadable-{}.json", platform::today());
        if platform::download(&name, &raw, "application/json").is_ok() {
            self.autosave.update_value(|a| a.unreadable_downloaded());
            self.save_blocked.set(false);
            self.save_now();
        }
    }

    /// "Discard the unreadable plan": removes it, then saves any edit.
    pub fn discard_unreadable(&self) {
        let done = self.with_store(|a, s| a.discard_unreadable(s));
        match done {
            Some(Ok(())) => {
                self.save_blocked.set(false);
                self.unreadable.set(None);
                self.save_now();
            }
            Some(Err(e)) => self.storage_error.set(Some(e)),
            None => {}
        }
    }

    fn check_clock(self) {
        if !self.alive() {
            return;
        }
        let now = platform::today();
        if self.today.get_untracked() != now {
            self.today.set(now);
        }
    }

    /// A plan came in: it replaces the plan at once when there is no local
    /// work, and otherwise after the user confirms.
    pub fn offer(&self, env: format::Envelope, source: Source) {
        self.incoming_error.set(None);
        if self.plan.with_untracked(|p| *p == Plan::default()) {
            self.replace_with(env);
        } else {
            self.incoming.set(Some(Incoming {
                env: Box::new(env),
                source,
            }));
        }
    }

    /// The user confirmed: the waiting plan replaces the page's.
    pub fn accept_incoming(&self) {
        if let Some(i) = self.incoming.get_untracked() {
            self.incoming.set(None);
            self.replace_with(*i.env);
        }
    }

    /// "Add as a new plan": the waiting plan is stored under a new id and
    /// opened; the open plan stays as it is.
    pub fn add_incoming_as_new(&self) {
        let Some(i) = self.incoming.get_untracked() else {
            return;
        };
        let Some(db) = self.db() else {
            return;
        };
        let meta = i.env.meta();
        let this = *self;
        let today = self.today.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(codec) = platform::codec::load().await else {
                this.status.set(Some(Text::PartUnloaded));
                return;
            };
            let Ok(json) = (codec.write)(&i.env.plan, &meta, &platform::now_rfc3339()) else {
                return;
            };
            let id = platform::desk::new_id();
            match db.put_plan(&id, &[(id.clone(), json)], today).await {
                Ok(_) => {
                    this.stored(&id);
                    this.incoming.set(None);
                    this.open_plan(id, crate::domain::form::OVERVIEW_FRAGMENT);
                }
                Err(e) => this.storage_error.set(Some(e)),
            }
        });
    }

    fn replace_with(&self, env: format::Envelope) {
        // Each plan carries its file's envelope (ruleset, unknown members)
        // through the history, so that undoing the import brings the
        // replaced file's envelope back with its plan (see `follow_file`).
        let current = self.meta.get_untracked();
        self.plan.update_untracked(|p| p.file = current);
        let meta = env.meta();
        let mut plan = env.plan;
        plan.file = meta.clone();
        self.meta.set(meta);
        self.dispatch(Action::Replace(Box::new(plan)));
        self.status.set(Some(Text::PlanReplaced));
    }

    /// Moves the plan to other rules: one undoable step (the plan's values
    /// are kept; only its file's ruleset changes, and Undo brings the
    /// previous one back with the plan, as after an import).
    pub fn move_to(&self, to: &'static Ruleset) {
        let current = self.meta.get_untracked();
        if current.ruleset == to.id {
            return;
        }
        self.plan.update_untracked(|p| p.file = current.clone());
        let meta = format::FileMeta {
            ruleset: to.id.to_owned(),
            ..current
        };
        let mut plan = self.plan.get_untracked();
        plan.file = meta.clone();
        self.meta.set(meta);
        self.dispatch(Action::Replace(Box::new(plan)));
        self.status.set(Some(Text::PlanMoved));
    }

    /// Imports a picked or dropped file: refused by its size before it is
    /// read, then read, then offered. A bad file changes nothing.
    pub fn import_file(&self, file: web_sys::File) {
        let this = *self;
        let name = file.name();
        if let Err(e) = format::check_file_size(platform::file_size(&file)) {
            self.incoming_error.set(Some(IncomingError::File(name, e)));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let read = platform::read_file_head(&file, format::MAX_IMPORT_BYTES.saturating_add(1))
                .await
                .map_err(|_| format::ImportError::Empty);
            let read = match platform::codec::load().await {
                Some(codec) => read.and_then(|bytes| (codec.import)(&bytes)),
                None => Err(format::ImportError::ReaderUnavailable),
            };
            if !this.alive() {
                return;
            }
            match read {
                Ok(env) => this.offer(env, Source::File(name)),
                Err(e) => this.incoming_error.set(Some(IncomingError::File(name, e))),
            }
        });
    }

    /// Reads a file to compare the open plan with (the same checks as an
    /// import; nothing of the open plan changes), then shows the comparison.
    pub fn compare_file(&self, file: web_sys::File) {
        let this = *self;
        let name = file.name();
        if let Err(e) = format::check_file_size(platform::file_size(&file)) {
            self.incoming_error.set(Some(IncomingError::File(name, e)));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let read = platform::read_file_head(&file, format::MAX_IMPORT_BYTES.saturating_add(1))
                .await
                .map_err(|_| format::ImportError::Empty);
            let read = match platform::codec::load().await {
                Some(codec) => read.and_then(|bytes| (codec.import)(&bytes)),
                None => Err(format::ImportError::ReaderUnavailable),
            };
            if !this.alive() {
                return;
            }
            match read {
                Ok(env) => {
                    this.incoming_error.set(None);
                    this.compared.set(Some((name, std::sync::Arc::new(env))));
                    this.go(crate::domain::form::COMPARE_FRAGMENT);
                    platform::focus_soon("compare".to_owned());
                }
                Err(e) => this.incoming_error.set(Some(IncomingError::File(name, e))),
            }
        });
    }

    /// Opens a share link's fragment (without `#`). The fragment is replaced
    /// by the overview's at once, so a reload does not read the link again.
    pub fn open_link(&self, fragment: String) {
        let this = *self;
        platform::replace_fragment(OVERVIEW_FRAGMENT);
        self.route.set(OVERVIEW_FRAGMENT.to_owned());
        wasm_bindgen_futures::spawn_local(async move {
            let Some(codec) = platform::codec::load().await else {
                if this.alive() {
                    let e = share::ShareError::Plan(format::ImportError::ReaderUnavailable);
                    this.incoming_error.set(Some(IncomingError::Link(e)));
                }
                return;
            };
            let read = match (codec.share_compressed)(&fragment) {
                Ok(bytes) => platform::share::inflate(&bytes, format::MAX_IMPORT_BYTES)
                    .await
                    .and_then(|json| (codec.share_read)(&json)),
                Err(e) => Err(e),
            };
            if !this.alive() {
                return;
            }
            match read {
                Ok(env) => this.offer(env, Source::Link),
                Err(e) => this.incoming_error.set(Some(IncomingError::Link(e))),
            }
        });
    }

    /// Makes the share link of the plan, shows it and copies it.
    pub fn make_share_link(&self) {
        let this = *self;
        self.with_codec(move |codec| this.share_link_with(codec));
    }

    fn share_link_with(self, codec: Codec) {
        let this = self;
        let payload = self.plan.with_untracked(|p| {
            self.meta
                .with_untracked(|m| (codec.share_payload)(p, m, &platform::now_rfc3339()))
        });
        let Ok(json) = payload else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(bytes) = platform::share::deflate(json.as_bytes()).await {
                let link = format!(
                    "{}#{}",
                    platform::page_address(),
                    (codec.share_fragment)(&bytes)
                );
                if this.alive() {
                    this.copy(&link);
                    this.share_link.set(Some(link));
                }
            }
        });
    }

    /// The readiness report of the plan in the current language (reactive:
    /// it follows the plan, the analysis, the language and the date).
    pub fn report(&self) -> crate::report::Report {
        let cx = crate::report::Context {
            ruleset: self.ruleset(),
            locale: self.locale.get(),
            today: self.today.get(),
            app_version: env!("CARGO_PKG_VERSION"),
        };
        self.plan
            .with(|p| self.analysis.with(|a| crate::report::build(p, a, &cx)))
    }

    /// Offers a download named after the company and today's date.
    fn download(&self, extension: &str, text: &str, media_type: &str) {
        let name = self.plan.with_untracked(|p| {
            crate::report::file_name(
                &p.company_portal.company_name,
                self.today.get_untracked(),
                extension,
            )
        });
        // A blob download does not fail short of a broken browser.
        let _ = platform::download(&name, text, media_type);
    }

    /// "Export JSON": the plan in format v1, pretty-printed, logos included.
    pub fn export_json(&self) {
        let this = *self;
        self.with_codec(move |codec| {
            let json = this.plan.with_untracked(|p| {
                this.meta
                    .with_untracked(|m| (codec.write_pretty)(p, m, &platform::now_rfc3339()))
            });
            match json {
                Ok(json) => this.download("json", &json, "application/json"),
                Err(e) => this.save_refused.set(Some(e)),
            }
        });
    }

    /// "Download Markdown" and "Download CSV": the report in that format.
    pub fn download_report(&self, markdown: bool) {
        let r = untrack(|| self.report());
        if markdown {
            let md = crate::report::markdown::render(&r);
            self.download("md", &md, "text/markdown;charset=utf-8");
        } else {
            let csv = crate::report::csv::render(&r);
            self.download("csv", &csv, "text/csv;charset=utf-8");
        }
    }

    /// "Download calendar (.ics)": every renewal and due date of the plan.
    pub fn download_calendar(&self) {
        use crate::report::calendar;
        let now = platform::now_rfc3339();
        let stamp = calendar::stamp_from_rfc3339(&now).unwrap_or_default();
        let cx = calendar::Context {
            ruleset: self.ruleset(),
            locale: self.locale.get_untracked(),
            stamp: &stamp,
        };
        let ics = self.plan.with_untracked(|p| {
            self.analysis
                .with_untracked(|a| calendar::calendar(p, a, &cx))
        });
        self.download("ics", &ics, "text/calendar;charset=utf-8");
    }

    /// Puts text into the clipboard and says so in the status line, or says
    /// that the clipboard is unavailable (the text stays selectable on the
    /// page: the zone file, the support request, the share link).
    pub fn copy(&self, text: &str) {
        let this = *self;
        let text = text.to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            let said = if platform::copy_text(&text).await {
                Text::Copied
            } else {
                Text::ClipboardUnavailable
            };
            if this.alive() {
                this.status.set(Some(said));
            }
        });
    }

    /// A fixed text in the current language (reactive).
    /// A fixed text in the page's language, in the words of the plan's
    /// ruleset (a ruleset renames some labels: [`Ruleset::text`]).
    pub fn t(&self, text: Text) -> &'static str {
        self.locale.get().text(self.ruleset().text(text))
    }
}

/// A plan waiting to replace the page's.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub env: Box<format::Envelope>,
    pub source: Source,
}

/// Why an incoming plan was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum IncomingError {
    /// A file, by its name.
    File(String, format::ImportError),
    Link(share::ShareError),
}

/// What a trigger of [`Fine`] stands for.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Plan(Scope),
    Findings(FieldPath),
}

/// The fine-grained triggers of [`AppState::track`] and
/// [`AppState::findings_of`], and the findings they were last fired from.
#[derive(Default)]
struct Fine {
    whole: ArcTrigger,
    triggers: BTreeMap<Part, ArcTrigger>,
    last: BTreeMap<FieldPath, Vec<Finding>>,
}

impl Fine {
    fn trigger(&mut self, part: Part) -> ArcTrigger {
        self.triggers.entry(part).or_default().clone()
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
