//! Step 4, the Company Portal form. Every control is generated from the core's
//! field table; messages come from the analysis.

use leptos::prelude::*;

use super::controls::severity_class;
use super::state::AppState;
use crate::domain::company_portal::{FieldKind, FieldSpec, Rules};
use crate::domain::{
    checks, ruleset, Action, AppBackground, FieldId, FieldPath, Logo, LogoSlot, Ruleset, Severity,
    StepId,
};
use crate::format::graph;
use crate::i18n::{finding_message, messages, Text};
use crate::platform;

/// The plan's ruleset, tracked: the step is drawn again when another plan
/// (an import, a link) names another ruleset.
fn tracked_ruleset(state: AppState) -> &'static Ruleset {
    state
        .meta
        .with(|m| ruleset::by_id(&m.ruleset))
        .unwrap_or(&ruleset::CLASSIC_2017)
}

/// Step 4's rules of the plan's ruleset, as a memo that changes only when
/// the ruleset does (not on every edit).
pub fn portal_rules(state: AppState) -> impl Fn() -> &'static Rules + Copy + Send + Sync {
    let id = Memo::new(move |_| tracked_ruleset(state).id);
    move || {
        ruleset::by_id(id.get())
            .unwrap_or(&ruleset::CLASSIC_2017)
            .company_portal
    }
}

/// The Company Portal step: the ruleset's sections and fields
/// (`company_portal::Rules::sections`), and under a ruleset with the Graph
/// fields (intune-2026) the Microsoft Graph request.
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
    let rules = portal_rules(state);
    let sections = move || {
        let rules: &'static Rules = rules();
        rules
            .sections
            .iter()
            .map(|&(heading, ids)| {
                view! {
                    <fieldset class="section">
                        <legend>{move || state.t(heading)}</legend>
                        {ids
                            .iter()
                            .map(|&id| view! { <Field spec=rules.spec(id) rules=rules/> })
                            .collect_view()}
                    </fieldset>
                }
            })
            .collect_view()
    };
    let graph = move || {
        let rules: &'static Rules = rules();
        rules
            .field(FieldId::BrandImage)
            .is_some()
            .then(|| view! { <GraphRequest rules=rules/> })
    };
    view! {
        <section class="step" aria-labelledby="step-4-title">
            <h2 id="step-4-title" tabindex="-1">{move || state.t(Text::StepPortalTitle)}</h2>
            <p class="intro">{move || state.t(Text::StepPortalIntro)}</p>
            <p class="status" id="step-portal-status" aria-live="polite">{status}</p>
            {sections}
            {graph}
        </section>
    }
}

/// "Copy Graph request" and "Download Graph request" (intune-2026): the
/// `intuneBrandingProfile` body of [`graph::branding_body_in`], for a new
/// profile (POST) or the default profile (PATCH), the explanation and the
/// PowerShell that sends it. Refused while step 4 has problems to fix (the
/// command line's `graph` exits with 1 then).
#[component]
fn GraphRequest(rules: &'static Rules) -> impl IntoView {
    let state = expect_context::<AppState>();
    let patch = RwSignal::new(false);
    let said = RwSignal::new(None::<Text>);
    let request = move || {
        if patch.get() {
            graph::Request::UpdateDefault
        } else {
            graph::Request::Create
        }
    };
    // The command line's rule: any blocker of step 4.
    let blocked = move || {
        let ruleset = tracked_ruleset(state);
        state.analysis.with(|a| {
            a.findings.iter().any(|f| {
                f.severity == Severity::Blocker
                    && !f.path.is_cover()
                    && f.path.step(ruleset) == StepId::CompanyPortal
            })
        })
    };
    let body = move || {
        let l = state.locale.get_untracked();
        let r = request();
        state.plan.with_untracked(|p| {
            let (name, description) =
                crate::i18n::graph::profile(&p.company_portal.company_name, l);
            let profile = graph::Profile {
                name: &name,
                description: &description,
            };
            graph::branding_json_in(&p.company_portal, rules, r, &profile)
        })
    };
    let file_name = move || {
        state.plan.with_untracked(|p| {
            crate::report::file_name(
                &p.company_portal.company_name,
                state.today.get_untracked(),
                "graph.json",
            )
        })
    };
    let on_copy = move |_| {
        if blocked() {
            return;
        }
        let text = body();
        said.set(None);
        leptos::task::spawn_local(async move {
            let ok = platform::copy_text(&text).await;
            said.set(Some(if ok {
                Text::GraphCopied
            } else {
                Text::ClipboardUnavailable
            }));
        });
    };
    let on_download = move |_| {
        if blocked() {
            return;
        }
        let _ = platform::download(&file_name(), &body(), "application/json");
    };
    let explanation = move || {
        crate::i18n::graph::explanation(graph::ENDPOINT, &graph::PERMISSIONS, state.locale.get())
    };
    let powershell = move || {
        let name = state.plan.with(|p| {
            crate::report::file_name(
                &p.company_portal.company_name,
                state.today.get(),
                "graph.json",
            )
        });
        graph::powershell(request(), &name)
    };
    let disabled = move || blocked();
    view! {
        <section class="graph-request" aria-labelledby="graph-title">
            <h3 id="graph-title">{move || state.t(Text::GraphTitle)}</h3>
            <p class="hint" id="graph-explanation">{explanation}</p>
            <fieldset class="section">
                <legend>{move || state.t(Text::GraphRequestKind)}</legend>
                <div class="control">
                    <input type="radio" id="graph-post" name="graph-request"
                        prop:checked=move || !patch.get() on:change=move |_| patch.set(false)/>
                    <label for="graph-post">{move || state.t(Text::GraphCreate)}</label>
                </div>
                <div class="control">
                    <input type="radio" id="graph-patch" name="graph-request"
                        prop:checked=move || patch.get() on:change=move |_| patch.set(true)/>
                    <label for="graph-patch">{move || state.t(Text::GraphPatchDefault)}</label>
                </div>
            </fieldset>
            <div class="actions">
                <button type="button" id="copy-graph" disabled=disabled
                    aria-describedby="graph-explanation graph-blocked" on:click=on_copy>
                    {move || state.t(Text::CopyGraphRequest)}
                </button>
                <button type="button" class="secondary" id="download-graph" disabled=disabled
                    aria-describedby="graph-explanation graph-blocked" on:click=on_download>
                    {move || state.t(Text::DownloadGraphRequest)}
                </button>
            </div>
            <div id="graph-blocked" role="alert">
                {move || blocked().then(|| view! { <p class="message message-blocker">{state.t(Text::GraphBlocked)}</p> })}
            </div>
            <p id="graph-status" role="status">{move || said.get().map(|t| state.t(t))}</p>
            <h4 id="graph-powershell-title">{move || state.t(Text::GraphPowerShell)}</h4>
            <pre class="graph-powershell" id="graph-powershell" aria-labelledby="graph-powershell-title" tabindex="0">{powershell}</pre>
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
fn Field(spec: &'static FieldSpec, rules: &'static Rules) -> impl IntoView {
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
        FieldKind::Select(select) => view! {
            <select
                id=spec.key
                name=spec.key
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let key = select.options().into_iter().map(|(k, _)| k).find(|k| *k == value);
                    state.dispatch(Action::SetChoice(spec.id, key));
                }
                aria-invalid=aria_invalid
                aria-describedby=described_by
            >
                <option value="" prop:selected=move || state.plan.with(|p| p.company_portal.choice(spec.id).is_none())>
                    {move || state.t(select.unset_label())}
                </option>
                {select
                    .options()
                    .into_iter()
                    .map(|(key, label)| {
                        view! {
                            <option
                                value=key
                                prop:selected=move || state.plan.with(|p| p.company_portal.choice(spec.id) == Some(key))
                            >
                                {move || state.t(label)}
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
        if let FieldKind::Logo(slot) = spec.kind {
            parts.push(messages::image_limits(l, rules, slot));
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
    // The 2017 logos show while "Include company logo" is on; today's
    // have no switch.
    let switch = rules.logo_switch();
    let visible = move || match spec.kind {
        FieldKind::Logo(_) if switch => state.plan.with(|p| p.company_portal.include_logo),
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
            let bounds = which.bounds();
            let size = platform::file_size(&file);
            let over = size > bounds.max_kept_bytes;
            let read = platform::read_file_head(
                &file,
                if over {
                    Logo::HEADER_BYTES as u64
                } else {
                    bounds.max_kept_bytes
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
                        Logo::from_bytes_in(&file.name(), &bytes, &bounds)
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
