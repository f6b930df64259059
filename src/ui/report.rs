//! The printed readiness report: a read-only view of the core's report,
//! drawn from its blocks (`report::blocks`, the same layout as the Markdown
//! download). Print styles hide everything else.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::Text;
use crate::platform;
use crate::report::{self, Block};

fn cells(tag: &'static str, row: Vec<String>) -> impl IntoView {
    row.into_iter()
        .map(|c| {
            if tag == "th" {
                view! { <th scope="col">{c}</th> }.into_any()
            } else {
                view! { <td>{c}</td> }.into_any()
            }
        })
        .collect_view()
}

fn block(b: Block) -> AnyView {
    match b {
        // The page's own h1 is the app's name: the report starts at h2.
        Block::Heading(1, t) => view! { <h2 class="report-title">{t}</h2> }.into_any(),
        Block::Heading(2, t) => view! { <h3>{t}</h3> }.into_any(),
        Block::Heading(_, t) => view! { <h4>{t}</h4> }.into_any(),
        Block::Paragraph(t) => view! { <p>{t}</p> }.into_any(),
        Block::Table { columns, rows } => view! {
            <table>
                <thead><tr>{cells("th", columns)}</tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! { <tr>{cells("td", r)}</tr> }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        Block::Bullets(lines) => {
            view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Block::Ticks(items) => view! {
            <ul class="ticks">
                {items
                    .into_iter()
                    .map(|(done, label)| {
                        view! {
                            <li>
                                <span class="tick" aria-hidden="true">{if done { "☑" } else { "☐" }}</span>
                                " "
                                <span class=if done { "done" } else { "open" }>{label}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::Quote(lines) => view! { <pre class="quote">{lines.join("\n")}</pre> }.into_any(),
    }
}

#[component]
pub fn ReportView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let report = Memo::new(move |_| state.report());
    // The running header and footer follow the company name and language.
    Effect::new(move |_| report.with(|r| platform::set_page_rule(&report::page_rule(r))));
    view! {
        <section class="report" aria-labelledby="report-heading">
            <div class="report-actions">
                <p id="report-heading" class="hint">{move || state.t(Text::ReportIntro)}</p>
                <button type="button" id="print-now" on:click=move |_| platform::print()>
                    {move || state.t(Text::PrintReport)}
                </button>
                <a href="#overview" id="back-to-overview">{move || state.t(Text::BackToOverview)}</a>
            </div>
            <article class="report-body" lang=move || state.locale.get().code()>
                {move || report.with(|r| report::blocks(r).into_iter().map(block).collect_view())}
            </article>
        </section>
    }
    .into_any()
}
