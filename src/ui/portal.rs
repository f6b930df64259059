//! Step 4, the Company Portal form. Every control is generated from the core's
//! field table; messages come from the analysis.

use leptos::prelude::*;

use super::controls::severity_class;
use super::state::AppState;
use crate::domain::company_portal::{spec, FieldKind, FieldSpec, LOGO_MAX_BYTES};
use crate::domain::{checks, Action, AppBackground, FieldId, FieldPath, Logo, LogoSlot, StepId};
use crate::i18n::{finding_message, messages, Text};
use crate::platform;

/// The fields of each section, in the order of the source document.
const SECTIONS: &[(Text, &[FieldId])] = &[
    (
        Text::SectionContact,
        &[
            FieldId::CompanyName,
            FieldId::ItContactName,
            FieldId::ItPhone,
            FieldId::ItEmail,
            FieldId::AdditionalInfo,
            FieldId::PrivacyStatementUrl,
        ],
    ),
    (
        Text::SectionSupport,
        &[FieldId::SupportWebsiteUrl, FieldId::WebsiteName],
    ),
    (
        Text::SectionBranding,
        &[
            FieldId::ThemeColor,
            FieldId::IncludeLogo,
            FieldId::LogoWhiteBackground,
            FieldId::LogoThemeBackground,
            FieldId::AppBackground,
        ],
    ),
];

/// The Company Portal step.
#[component]
pub fn PortalStep() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = move || {
        let l = state.locale.get();
        state.analysis.with(|a| {
            let step = a.readiness.step(StepId::CompanyPortal);
            let (b, w) = step.map_or((0, 0), |r| (r.blockers as usize, r.warnings as usize));
            if b == 0 && w == 0 {
                l.text(Text::StatusReady).to_owned()
            } else {
                messages::step_status(l, b, w)
            }
        })
    };
    view! {
        <section class="step" aria-labelledby="step-4-title">
            <h2 id="step-4-title" tabindex="-1">{move || state.t(Text::StepPortalTitle)}</h2>
            <p class="intro">{move || state.t(Text::StepPortalIntro)}</p>
            <p class="status" id="step-portal-status" aria-live="polite">{status}</p>
            {SECTIONS
                .iter()
                .map(|&(heading, ids)| {
                    view! {
                        <fieldset class="section">
                            <legend>{move || state.t(heading)}</legend>
                            {ids.iter().map(|&id| view! { <Field spec=spec(id)/> }).collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
        </section>
    }
}

fn msg_id(spec: &FieldSpec) -> String {
    format!("{}-msg", spec.key)
}

fn hint_id(spec: &FieldSpec) -> String {
    format!("{}-hint", spec.key)
}

/// One field: label, control, hint and messages.
#[component]
fn Field(spec: &'static FieldSpec) -> impl IntoView {
    let state = expect_context::<AppState>();
    let path = FieldPath::Portal(spec.id);
    let invalid = move || state.analysis.with(|a| a.is_invalid(path));
    let has_messages = move || state.analysis.with(|a| a.for_path(path).next().is_some());
    let aria_invalid = move || if invalid() { "true" } else { "false" };
    let described_by = move || {
        let mut ids = Vec::new();
        if has_messages() {
            ids.push(msg_id(spec));
        }
        if spec.hint.is_some() || matches!(spec.kind, FieldKind::Logo(_)) {
            ids.push(hint_id(spec));
        }
        ids.join(" ")
    };
    let label = move || state.t(spec.label);
    let control = match spec.kind {
        FieldKind::Text { .. } | FieldKind::Color => view! {
            <input
                type="text"
                id=spec.key
                name=spec.key
                autocomplete="off"
                spellcheck=if matches!(spec.id, FieldId::CompanyName | FieldId::ItContactName | FieldId::WebsiteName) { "true" } else { "false" }
                prop:value=move || state.plan.with(|p| p.company_portal.text(spec.id).unwrap_or_default().to_owned())
                on:input=move |ev| state.dispatch(Action::SetText(spec.id, event_target_value(&ev)))
                aria-invalid=aria_invalid
                aria-describedby=described_by
                aria-required=if spec.required { "true" } else { "false" }
            />
        }
        .into_any(),
        FieldKind::MultiLine { .. } => view! {
            <textarea
                id=spec.key
                name=spec.key
                rows="3"
                prop:value=move || state.plan.with(|p| p.company_portal.text(spec.id).unwrap_or_default().to_owned())
                on:input=move |ev| state.dispatch(Action::SetText(spec.id, event_target_value(&ev)))
                aria-invalid=aria_invalid
                aria-describedby=described_by
            ></textarea>
        }
        .into_any(),
        FieldKind::Checkbox => view! {
            <input
                type="checkbox"
                id=spec.key
                name=spec.key
                prop:checked=move || state.plan.with(|p| p.company_portal.include_logo)
                on:change=move |ev| state.dispatch(Action::SetIncludeLogo(event_target_checked(&ev)))
                aria-invalid=aria_invalid
                aria-describedby=described_by
            />
        }
        .into_any(),
        FieldKind::Choice => view! {
            <select
                id=spec.key
                name=spec.key
                on:change=move |ev| {
                    if let Some(bg) = AppBackground::from_key(&event_target_value(&ev)) {
                        state.dispatch(Action::SetAppBackground(bg));
                    }
                }
                aria-invalid=aria_invalid
                aria-describedby=described_by
            >
                {AppBackground::ALL
                    .into_iter()
                    .map(|bg| {
                        view! {
                            <option
                                value=bg.key()
                                prop:selected=move || state.plan.with(|p| p.company_portal.app_background == bg)
                            >
                                {move || state.t(bg.label())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
        .into_any(),
        FieldKind::Logo(slot) => view! { <LogoInput spec=spec which=slot aria_invalid=aria_invalid described_by=described_by/> }.into_any(),
    };
    let hint = move || {
        let l = state.locale.get();
        let mut parts: Vec<String> = spec
            .hint
            .map(|h| l.text(h).to_owned())
            .into_iter()
            .collect();
        if let FieldKind::Logo(_) = spec.kind {
            parts.push(messages::logo_limits(l));
        }
        parts.join(" ")
    };
    let counter = move || match spec.kind {
        FieldKind::Text { max } | FieldKind::MultiLine { max } => {
            let n = move || {
                state
                    .plan
                    .with(|p| checks::char_len(p.company_portal.text(spec.id).unwrap_or_default()))
            };
            Some(view! {
                <span class="counter" class:counter-over=move || { n() > max }>
                    {move || messages::char_count(state.locale.get(), n(), max)}
                </span>
            })
        }
        _ => None,
    };
    let messages_view = move || {
        let l = state.locale.get();
        state.analysis.with(|a| {
            a.for_path(path)
                .map(|f| {
                    let (class, word) = severity_class(f.severity);
                    view! {
                        <p class=class>
                            <strong>{l.text(word)} ": "</strong>
                            {finding_message(&f.code, l)}
                        </p>
                    }
                })
                .collect_view()
        })
    };
    let is_checkbox = matches!(spec.kind, FieldKind::Checkbox);
    let swatch = matches!(spec.kind, FieldKind::Color).then(|| {
        let color = move || state.plan.with(|p| p.company_portal.preview().theme_color);
        view! { <span class="swatch" aria-hidden="true" style:background-color=color></span> }
    });
    let visible = move || match spec.kind {
        FieldKind::Logo(_) => state.plan.with(|p| p.company_portal.include_logo),
        _ => true,
    };
    view! {
        <div
            class="field"
            class:field-checkbox=is_checkbox
            class:field-invalid=invalid
            id=format!("{}-field", spec.key)
            hidden=move || !visible()
        >
            {(!is_checkbox).then(|| view! { <label for=spec.key>{label}</label> })}
            <div class="control">
                {control}
                {swatch}
                {is_checkbox.then(|| view! { <label for=spec.key>{label}</label> })}
            </div>
            <p class="hint" id=hint_id(spec)>
                {hint}
                {counter}
            </p>
            <div class="messages" id=msg_id(spec) role="alert">{messages_view}</div>
        </div>
    }
}

/// A logo file: the picker, what was uploaded, and a remove button.
#[component]
fn LogoInput(
    spec: &'static FieldSpec,
    which: LogoSlot,
    aria_invalid: impl Fn() -> &'static str + Send + Sync + 'static,
    described_by: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let read_failed = RwSignal::new(false);
    // Of two quick picks (or a pick and a removal), the latest wins: a read
    // that completes after a newer pick or a removal is dropped.
    let generation = StoredValue::new(0u64);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = platform::picked_file(&ev) else {
            return;
        };
        generation.update_value(|g| *g = g.wrapping_add(1));
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            // Judged by its size first: a file over the limit is never read
            // whole, only its header.
            let size = platform::file_size(&file);
            let over = size > LOGO_MAX_BYTES;
            let read = platform::read_file_head(
                &file,
                if over {
                    Logo::HEADER_BYTES as u64
                } else {
                    LOGO_MAX_BYTES
                },
            )
            .await;
            if generation.get_value() != mine {
                return;
            }
            match read {
                Ok(bytes) => {
                    read_failed.set(false);
                    let logo = if over {
                        Logo::from_header(&file.name(), &bytes, size)
                    } else {
                        Logo::from_bytes(&file.name(), &bytes)
                    };
                    state.dispatch(Action::SetLogo(which, Some(logo)));
                }
                Err(_) => read_failed.set(true),
            }
        });
    };
    let summary = move || {
        let l = state.locale.get();
        state.plan.with(|p| match p.company_portal.logo(which) {
            Some(logo) => messages::logo_summary(l, logo),
            None => l.text(Text::LogoNoFile).to_owned(),
        })
    };
    let has_logo = move || state.plan.with(|p| p.company_portal.logo(which).is_some());
    let thumb = super::preview::logo_source(move || {
        state
            .plan
            .with(|p| p.company_portal.logo(which).and_then(Logo::data_url_shared))
    });
    view! {
        <div class="logo-input">
            <input
                type="file"
                id=spec.key
                name=spec.key
                accept="image/png,image/jpeg,.png,.jpg,.jpeg"
                on:change=on_change
                aria-invalid=aria_invalid
                aria-describedby=described_by
            />
            <p class="logo-summary" id=format!("{}-summary", spec.key)>{summary}</p>
            {move || thumb.get().map(|src| view! { <img class="logo-thumb" src=src alt=""/> })}
            <button
                type="button"
                class="secondary"
                id=format!("{}-remove", spec.key)
                hidden=move || !has_logo()
                aria-label=move || {
                    let l = state.locale.get();
                    messages::remove_named(l, l.text(spec.label))
                }
                on:click=move |_| {
                    generation.update_value(|g| *g = g.wrapping_add(1));
                    state.dispatch(Action::SetLogo(which, None))
                }
            >
                {move || state.t(Text::LogoRemove)}
            </button>
            {move || read_failed.get().then(|| view! { <p class="message message-blocker" role="alert">{state.t(Text::LogoReadFailed)}</p> })}
        </div>
    }
}
