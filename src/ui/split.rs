//! The pages and parts that the first screen does not need, each in a wasm
//! chunk of its own (issue 15): the Overview, the printed report, Compare,
//! the move between rulesets, the Plans list, step 4's form and preview,
//! step 2's implications, the recovery path's decision, and the rare
//! notices (a stored plan that cannot be read, a file or link that cannot be
//! read, the question what to do with an incoming plan). With the `split`
//! feature (the page's release build, see `index.html`) each function below
//! is a split point of `wasm_split` (the mechanism of Leptos' `#[lazy]`): the build hook
//! (`scripts/split_wasm.py`) cuts the code only they reach into chunks that
//! the browser fetches on first use. Without it (component tests, native
//! builds) they are plain async functions.
//!
//! A chunk that cannot be fetched (offline before the page was ever cached,
//! or a host that lost a file) gives [`Unloaded`]: the page says so in
//! place of the part and keeps the plan; nothing else stops.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::state::AppState;
use crate::i18n::Text;

/// A part of the page whose code could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for Unloaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unloaded
    }
}

/// Declares a page as a split point: `$name()` draws the component
/// `$component` once its chunk is in.
macro_rules! split_page {
    ($(#[$doc:meta])* $name:ident => $component:path) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name() -> Result<AnyView, Unloaded> {
            Ok($component().into_any())
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name() -> Result<AnyView, Unloaded> {
            Ok($component().into_any())
        }
    };
}

split_page!(
    /// `#overview`: every finding, the summary and the hand-off actions.
    overview_page => super::shell::Overview
);
split_page!(
    /// `#report`: the printable readiness report.
    report_page => super::report::ReportView
);
split_page!(
    /// `#compare`: two plans side by side.
    compare_page => super::compare::CompareView
);
split_page!(
    /// `#move-rules`: the preview of a move between rulesets.
    move_page => super::rules::MoveView
);
split_page!(
    /// `#plans`: the Plans list of the desk.
    plans_page => super::plans::PlansView
);

split_page!(
    /// Step 4's form and preview (logo files, the Graph request).
    portal_part => super::steps::PortalLayout
);
split_page!(
    /// Step 2's implications of the chosen authority.
    implications_part => super::steps::Implications
);
split_page!(
    /// The recovery path's decision.
    recovery_part => super::steps::RecoveryDecision
);

split_page!(
    /// The notice that the stored plan could not be read.
    unreadable_notice => super::app::UnreadableNotice
);
split_page!(
    /// The notice that a file or link could not be read.
    incoming_error_notice => super::app::IncomingErrorNotice
);
split_page!(
    /// The question what to do with an incoming plan.
    replace_notice => super::app::ReplaceNotice
);

/// Draws what `load` gives: "Loading…" while its chunk is fetched, then the
/// part, or a translated alert if the chunk cannot be fetched.
pub fn deferred<F>(load: F) -> AnyView
where
    F: std::future::Future<Output = Result<AnyView, Unloaded>> + 'static,
{
    let state = expect_context::<AppState>();
    let load = SendWrapper::new(load);
    view! {
        <Suspense fallback=move || {
            view! { <p class="loading" role="status">{move || state.t(Text::Loading)}</p> }
        }>
            {Suspend::new(async move {
                match load.await {
                    Ok(part) => part,
                    Err(Unloaded) => {
                        view! {
                            // A class, not an id: two parts may fail at once.
                            <p class="notice error part-unloaded" role="alert">
                                {move || state.t(Text::PartUnloaded)}
                            </p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
    .into_any()
}
