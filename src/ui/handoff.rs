//! "Hand it on", on the overview: "Prepared by" and "Prepared for", export and
//! import a plan file, print the report or download it as Markdown or CSV,
//! and make a share link. Every rule (file names, formats, limits) is in the
//! core.

use leptos::prelude::*;

use super::controls::ControlView;
use super::state::AppState;
use crate::domain::edit::At;
use crate::domain::form::{self, REPORT_FRAGMENT};
use crate::i18n::Text;
use crate::platform;

#[component]
pub fn HandOff() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_import = move |ev: leptos::ev::Event| {
        if let Some(file) = platform::picked_file(&ev) {
            state.import_file(file);
        }
    };
    let on_compare = move |ev: leptos::ev::Event| {
        if let Some(file) = platform::picked_file(&ev) {
            state.compare_file(file);
        }
    };
    view! {
        <section class="handoff" aria-labelledby="handoff-title">
            <h3 id="handoff-title">{move || state.t(Text::HandItOn)}</h3>
            // "Prepared by" and "Prepared for", for the report's cover.
            {form::OVERVIEW_CONTROLS
                .iter()
                .map(|c| view! { <ControlView control=c at=At::Plan/> })
                .collect_view()}
            <div class="action-groups">
                <section class="action-group" aria-labelledby="group-save-open">
                    <h4 id="group-save-open">{move || state.t(Text::GroupSaveOpen)}</h4>
                    <div class="actions">
                        <button type="button" id="export-json" on:click=move |_| state.export_json()>
                            {move || state.t(Text::ExportJson)}
                        </button>
                        // The browser's bare file control stays out of sight:
                        // this button opens its picker.
                        <button type="button" class="secondary" id="import-json-button"
                            aria-describedby="import-hint" on:click=move |_| platform::open_picker("import-json")>
                            {move || state.t(Text::ImportJson)}
                        </button>
                        <input type="file" id="import-json" accept=".json,application/json" hidden
                            tabindex="-1" on:change=on_import />
                        <button type="button" class="secondary" id="compare-json-button"
                            on:click=move |_| platform::open_picker("compare-json")>
                            {move || state.t(Text::CompareWithFile)}
                        </button>
                        <input type="file" id="compare-json" accept=".json,application/json" hidden
                            tabindex="-1" on:change=on_compare />
                    </div>
                    <p class="hint" id="import-hint">{move || state.t(Text::ImportHint)}</p>
                </section>
                <section class="action-group" aria-labelledby="group-share">
                    <h4 id="group-share">{move || state.t(Text::GroupShare)}</h4>
                    <div class="actions">
                        <button type="button" id="copy-share-link" aria-describedby="share-link-note"
                            on:click=move |_| state.make_share_link()>
                            {move || state.t(Text::CopyShareLink)}
                        </button>
                    </div>
                    <p class="hint" id="share-link-note">{move || state.t(Text::ShareLinkNote)}</p>
                    // The link stays selectable here where the clipboard is unavailable.
                    <div class="field" hidden=move || state.share_link.with(Option::is_none)>
                        <label for="share-link">{move || state.t(Text::ShareLink)}</label>
                        <input type="text" id="share-link" readonly
                            prop:value=move || state.share_link.get().unwrap_or_default() />
                    </div>
                </section>
                <section class="action-group" aria-labelledby="group-print">
                    <h4 id="group-print">{move || state.t(Text::GroupPrintDocuments)}</h4>
                    <div class="actions">
                        <button type="button" id="print-report" on:click=move |_| {
                            state.go(REPORT_FRAGMENT);
                            platform::print();
                        }>
                            {move || state.t(Text::PrintReport)}
                        </button>
                        <button type="button" class="secondary" id="download-markdown" on:click=move |_| state.download_report(true)>
                            {move || state.t(Text::DownloadMarkdown)}
                        </button>
                        <button type="button" class="secondary" id="download-csv" on:click=move |_| state.download_report(false)>
                            {move || state.t(Text::DownloadCsv)}
                        </button>
                        <button type="button" class="secondary" id="download-calendar" on:click=move |_| state.download_calendar()>
                            {move || state.t(Text::DownloadCalendar)}
                        </button>
                    </div>
                </section>
            </div>
        </section>
    }
    .into_any()
}
