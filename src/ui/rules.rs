//! "Move to today's rules" (and back), at `#move-rules`: what would change
//! if the plan followed the other ruleset, step by step
//! ([`crate::report::compare::migration_preview`]), then one undoable move.

use leptos::prelude::*;

use super::compare::Changes;
use super::state::AppState;
use crate::domain::form::{MOVE_FRAGMENT, OVERVIEW_FRAGMENT};
use crate::domain::Ruleset;
use crate::i18n::{builder, report::ruleset_title, Text};
use crate::platform;

/// The label of the button that moves a plan on `from` to the other rules.
pub fn move_label(from: &Ruleset) -> Text {
    if from.other().id == crate::domain::ruleset::NEW_PLAN.id {
        Text::MoveToToday
    } else {
        Text::MoveToClassic
    }
}

/// The header's button: opens the preview.
#[component]
pub fn MoveButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = move |_| {
        state.go(MOVE_FRAGMENT);
        platform::focus_soon(MOVE_FRAGMENT.to_owned());
    };
    view! {
        <button type="button" class="secondary small" id="move-rules-button" on:click=open>
            {move || state.t(move_label(state.ruleset()))}
        </button>
    }
}

/// The preview and the move.
#[component]
pub fn MoveView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let preview = move || {
        let from = state.ruleset();
        let to = from.other();
        let l = state.locale.get();
        let c = state
            .plan
            .with(|p| crate::report::compare::migration_preview(p, from, to, state.today.get(), l));
        let intro = builder::move_intro(&ruleset_title(from, l), &ruleset_title(to, l), l);
        view! {
            <Changes
                intro=intro
                old_column=l.text(Text::MoveOldColumn).to_owned()
                new_column=l.text(Text::MoveNewColumn).to_owned()
                c=c
            />
        }
    };
    let apply = move |_| {
        let to = state.ruleset().other();
        state.move_to(to);
        state.go(OVERVIEW_FRAGMENT);
        platform::focus_soon("overview".to_owned());
    };
    let back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        state.go(OVERVIEW_FRAGMENT);
        platform::focus_soon("overview".to_owned());
    };
    view! {
        <section class="step compare" aria-labelledby=MOVE_FRAGMENT>
            <h2 id=MOVE_FRAGMENT tabindex="-1">{move || state.t(Text::MoveTitle)}</h2>
            <p><a href="#overview" on:click=back>{move || state.t(Text::BackToOverview)}</a></p>
            {preview}
            <p class="actions">
                <button type="button" id="move-apply" on:click=apply>
                    {move || state.t(Text::MoveApply)}
                </button>
            </p>
        </section>
    }
    .into_any()
}
