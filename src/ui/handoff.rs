//! "Hand it on", on the overview: export and import a plan file, and make a
//! share link. Every rule (file names, formats, limits) is in the core.

use leptos::prelude::*;

use super::state::AppState;
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
    view! {
        <section class="handoff" aria-labelledby="handoff-title">
            <h3 id="handoff-title">{move || state.t(Text::HandItOn)}</h3>
            <div class="field">
                <label for="import-json">{move || state.t(Text::ImportJson)}</label>
                <input type="file" id="import-json" accept=".json,application/json"
                    aria-describedby="import-hint" on:change=on_import />
                <p class="hint" id="import-hint">{move || state.t(Text::ImportHint)}</p>
            </div>
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
    }
    .into_any()
}
