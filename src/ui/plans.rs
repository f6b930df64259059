//! "Plans" (`#plans`): every plan kept in this browser ([`crate::desk`]),
//! with New plan, Open, Duplicate, Delete (asked first, undoable until the
//! page is closed) and Export all (one archive, or one file each).

use leptos::prelude::*;

use super::state::AppState;
use crate::autosave::StoreError;
use crate::desk::{self, Summary};
use crate::domain::form::{OVERVIEW_FRAGMENT, PLANS_FRAGMENT};
use crate::domain::ruleset;
use crate::i18n::{builder, report::ruleset_title, Text};
use crate::platform;

/// The header's link to the list.
#[component]
pub fn PlansButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        state.go(PLANS_FRAGMENT);
        platform::focus_soon(PLANS_FRAGMENT.to_owned());
    };
    view! {
        <a href="#plans" class="button secondary small" id="plans-button" on:click=open>
            {move || state.t(Text::Plans)}
        </a>
    }
}

/// Reads the stored summaries whenever a plan changed (here or in another
/// tab). `None` while reading.
pub(super) fn stored_plans(state: AppState) -> RwSignal<Option<Result<Vec<Summary>, StoreError>>> {
    let list = RwSignal::new(None);
    Effect::new(move |_| {
        state.desk_changed.track();
        let Some(db) = state.db() else {
            return;
        };
        let today = state.today.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            let read = db.summaries(today).await;
            if !list.is_disposed() {
                list.set(Some(read));
            }
        });
    });
    list
}

#[component]
pub fn PlansView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = stored_plans(state);
    let open_id = state.plan_id();
    // The plan whose deletion is being asked about.
    let asking: RwSignal<Option<String>> = RwSignal::new(None);
    let new_plan = move |_| state.open_plan(platform::desk::new_id(), OVERVIEW_FRAGMENT);
    let rows = move || {
        let l = state.locale.get();
        let open_id = open_id.clone();
        match list.get() {
            None => view! { <p class="status">{l.text(Text::PlansLoading)}</p> }.into_any(),
            Some(Err(_)) => view! { <p class="notice notice-warning" role="alert">{l.text(Text::PlansReadFailed)}</p> }.into_any(),
            Some(Ok(v)) if v.is_empty() => view! { <p class="status">{l.text(Text::PlansNone)}</p> }.into_any(),
            Some(Ok(v)) => view! {
                <div class="table-wrap">
                    <table class="plans" id="plans-table">
                        <caption class="visually-hidden">{l.text(Text::Plans)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{l.text(Text::PlansCompany)}</th>
                                <th scope="col">{l.text(Text::PreparedFor)}</th>
                                <th scope="col">{l.text(Text::Rules)}</th>
                                <th scope="col">{l.text(Text::PlansReadiness)}</th>
                                <th scope="col">{l.text(Text::PlansChanged)}</th>
                                <th scope="col">{l.text(Text::PlansActions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {v.into_iter()
                                .map(|s| view! { <Row s=s is_open=open_id.clone() asking=asking/> })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
        }
    };
    let storage_note = move || {
        let l = state.locale.get();
        if state.desk_refused().is_some() {
            return Some(view! { <p class="notice notice-warning" role="alert" id="plans-refused">{l.text(Text::PlansRefused)}</p> }.into_any());
        }
        state.persisted.get().map(|p| {
            let t = if p {
                Text::PlansPersisted
            } else {
                Text::PlansNotPersisted
            };
            view! { <p class="hint" id="plans-storage">{l.text(t)}</p> }.into_any()
        })
    };
    let deleted = move || {
        let l = state.locale.get();
        state
            .deleted
            .get()
            .into_iter()
            .map(|(s, records)| {
                let name = name_of(&s, l);
                let id = s.id.clone();
                let undo = move |_| {
                    let Some(db) = state.db() else {
                        return;
                    };
                    let (id, records) = (id.clone(), records.clone());
                    let today = state.today.get_untracked();
                    wasm_bindgen_futures::spawn_local(async move {
                        match db.put_plan(&id, &records, today).await {
                            Ok(_) => {
                                state.deleted.update(|d| d.retain(|(s, _)| s.id != id));
                                state.stored(&id);
                            }
                            Err(e) => state.storage_error.set(Some(e)),
                        }
                    });
                };
                view! {
                    <p class="notice deleted-plan">
                        {l.text(Text::PlansDeleted)} " " <strong>{name.clone()}</strong> " "
                        <button type="button" class="secondary small undo-delete"
                            aria-label=format!("{}: {name}", l.text(Text::PlansUndoDelete))
                            on:click=undo>
                            {l.text(Text::PlansUndoDelete)}
                        </button>
                    </p>
                }
            })
            .collect_view()
    };
    let back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        state.go(OVERVIEW_FRAGMENT);
        platform::focus_soon("overview".to_owned());
    };
    view! {
        <section class="step plans-view" aria-labelledby=PLANS_FRAGMENT>
            <h2 id=PLANS_FRAGMENT tabindex="-1">{move || state.t(Text::Plans)}</h2>
            <p><a href="#overview" on:click=back>{move || state.t(Text::BackToOverview)}</a></p>
            <p class="intro">{move || state.t(Text::PlansIntro)}</p>
            {storage_note}
            <p class="actions" hidden=move || state.desk_refused().is_some()>
                <button type="button" id="plans-new" on:click=new_plan>{move || state.t(Text::PlansNew)}</button>
                <button type="button" class="secondary" id="plans-export-zip" on:click=move |_| export_all(state, true)>
                    {move || state.t(Text::PlansExportZip)}
                </button>
                <button type="button" class="secondary" id="plans-export-each" on:click=move |_| export_all(state, false)>
                    {move || state.t(Text::PlansExportEach)}
                </button>
            </p>
            <div role="status" id="plans-deleted">{deleted}</div>
            {rows}
        </section>
    }
    .into_any()
}

/// A plan's name in the list: its company, or a placeholder.
pub(super) fn name_of(s: &Summary, l: crate::i18n::Locale) -> String {
    if s.company.is_empty() {
        l.text(Text::PlansNoName).to_owned()
    } else {
        s.company.clone()
    }
}

/// "2026-12-05 14:03" in UTC from the summary's RFC 3339 time.
fn when(at: &str) -> String {
    let mut s: String = at.chars().take(16).collect();
    s = s.replacen('T', " ", 1);
    if s.is_empty() {
        "—".to_owned()
    } else {
        format!("{s} UTC")
    }
}

#[component]
fn Row(s: Summary, is_open: Option<String>, asking: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let l = state.locale.get_untracked();
    let name = name_of(&s, l);
    let is_open = is_open.as_deref() == Some(s.id.as_str());
    let rules = ruleset::by_id(&s.ruleset)
        .map(|r| ruleset_title(r, l))
        .unwrap_or_else(|| s.ruleset.clone());
    let readiness = if s.unreadable {
        l.text(Text::PlansUnreadable).to_owned()
    } else {
        format!(
            "{}% — {}",
            s.percent,
            l.text(builder::state_word(s.readiness))
        )
    };
    let id = s.id.clone();
    let open = {
        let id = id.clone();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            state.open_plan(id.clone(), OVERVIEW_FRAGMENT);
        }
    };
    let duplicate = {
        let id = id.clone();
        move |_| duplicate(state, id.clone())
    };
    let ask = {
        let id = id.clone();
        move |_| asking.set(Some(id.clone()))
    };
    let confirm = {
        let s = s.clone();
        move |_| {
            asking.set(None);
            delete(state, s.clone());
        }
    };
    let question_id = format!("delete-question-{id}");
    let asked = {
        let id = id.clone();
        move || asking.with(|a| a.as_deref() == Some(id.as_str()))
    };
    view! {
        <tr class:open-plan=is_open data-plan=id.clone()>
            <th scope="row">
                {name.clone()}
                {is_open.then(|| view! { " " <span class="badge">{l.text(Text::PlansOpenNow)}</span> })}
            </th>
            <td>{s.prepared_for.clone()}</td>
            <td>{rules}</td>
            <td>{readiness}</td>
            <td>{when(&s.changed_at)}</td>
            <td class="row-actions">
                <a href=format!("?{}={}#{OVERVIEW_FRAGMENT}", desk::QUERY, id)
                    class="button secondary small"
                    aria-label=format!("{}: {name}", l.text(Text::PlansOpen))
                    on:click=open>
                    {l.text(Text::PlansOpen)}
                </a>
                <button type="button" class="secondary small"
                    aria-label=format!("{}: {name}", l.text(Text::PlansDuplicate))
                    on:click=duplicate>
                    {l.text(Text::PlansDuplicate)}
                </button>
                <button type="button" class="secondary small"
                    aria-label=format!("{}: {name}", l.text(Text::PlansDelete))
                    disabled=is_open
                    title=is_open.then(|| l.text(Text::PlansDeleteOpenHint))
                    on:click=ask>
                    {l.text(Text::PlansDelete)}
                </button>
                {move || asked().then(|| view! {
                    <div class="notice notice-warning" role="alert" id=question_id.clone()>
                        <p>{l.text(Text::PlansDeleteQuestion)}</p>
                        <div class="notice-actions">
                            <button type="button" class="delete-yes" on:click=confirm.clone()>
                                {l.text(Text::PlansDeleteYes)}
                            </button>
                            <button type="button" class="secondary delete-no" on:click=move |_| asking.set(None)>
                                {l.text(Text::PlansDeleteNo)}
                            </button>
                        </div>
                    </div>
                })}
            </td>
        </tr>
    }
}

/// A copy of plan `id` under a new id, changed now.
fn duplicate(state: AppState, id: String) {
    let Some(db) = state.db() else {
        return;
    };
    let today = state.today.get_untracked();
    wasm_bindgen_futures::spawn_local(async move {
        let record = match db.records(std::slice::from_ref(&id)).await {
            Ok(mut v) => v.pop().and_then(|(_, r)| r),
            Err(e) => {
                state.storage_error.set(Some(e));
                return;
            }
        };
        let Some(record) = record else {
            return;
        };
        let Some(codec) = platform::codec::load().await else {
            state.status.set(Some(Text::PartUnloaded));
            return;
        };
        let copy = match (codec.read)(&record) {
            Ok(env) => {
                (codec.write)(&env.plan, &env.meta(), &platform::now_rfc3339()).unwrap_or(record)
            }
            Err(_) => record,
        };
        let new = platform::desk::new_id();
        match db.put_plan(&new, &[(new.clone(), copy)], today).await {
            Ok(_) => {
                state.status.set(Some(Text::PlansDuplicated));
                state.stored(&new);
            }
            Err(e) => state.storage_error.set(Some(e)),
        }
    });
}

/// Removes a plan, keeping its records in memory for "Undo delete".
fn delete(state: AppState, s: Summary) {
    let Some(db) = state.db() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match db.remove_plan(&s.id).await {
            Ok(held) => {
                state.stored(&s.id);
                state.deleted.update(|d| d.push((s, held)));
                platform::focus_soon("plans-deleted".to_owned());
            }
            Err(e) => state.storage_error.set(Some(e)),
        }
    });
}

/// "Export all": every stored plan as its file, in one ZIP archive or one
/// download each. The open plan is saved first.
fn export_all(state: AppState, zip: bool) {
    let Some(db) = state.db() else {
        return;
    };
    let today = state.today.get_untracked();
    wasm_bindgen_futures::spawn_local(async move {
        state.settled().await;
        let list = match db.summaries(today).await {
            Ok(l) => l,
            Err(e) => {
                state.storage_error.set(Some(e));
                return;
            }
        };
        let ids: Vec<String> = list.iter().map(|s| s.id.clone()).collect();
        let records = match db.records(&ids).await {
            Ok(r) => r,
            Err(e) => {
                state.storage_error.set(Some(e));
                return;
            }
        };
        let companies: Vec<&str> = list.iter().map(|s| s.company.as_str()).collect();
        let names = desk::export_names(&companies, today);
        let files: Vec<(String, Vec<u8>)> = names
            .into_iter()
            .zip(records)
            .filter_map(|(name, (_, r))| r.map(|r| (name, r.into_bytes())))
            .collect();
        if zip {
            if let Some(bytes) = desk::archive(&files, today) {
                let name = format!("enrollready-plans-{today}.zip");
                let _ = platform::download_bytes(&name, &bytes, "application/zip");
            }
        } else {
            for (name, bytes) in files {
                let text = String::from_utf8_lossy(&bytes);
                let _ = platform::download(&name, &text, "application/json");
                // Browsers drop downloads started in the same instant.
                platform::sleep_ms(250).await;
            }
        }
    });
}
