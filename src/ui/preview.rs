//! A live preview of the Company Portal: the header with name, theme colour
//! and logo, and the "Contact IT" page. Everything shown is computed by
//! [`CompanyPortal::preview`](crate::domain::CompanyPortal::preview).

use std::sync::Arc;

use leptos::prelude::*;

use super::state::AppState;
use crate::domain::company_portal::WebsiteLabel;
use crate::domain::Logo;
use crate::i18n::Text;

/// A logo's `data:` URL that changes only when the logo does: the URL is
/// built once per logo and shared, so comparing the pointers is enough, and
/// an `<img src>` is written only when its logo changes, never per keystroke.
pub fn logo_source(
    read: impl Fn() -> Option<Arc<str>> + Send + Sync + 'static,
) -> Memo<Option<Arc<str>>> {
    Memo::new_with_compare(
        move |_| read(),
        |old, new| match (old, new) {
            (Some(Some(a)), Some(Some(b))) => !Arc::ptr_eq(a, b),
            (Some(None), Some(None)) => false,
            _ => true,
        },
    )
}

/// The preview panel.
#[component]
pub fn Preview() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The plan's ruleset, tracked (under intune-2026 the header follows
    // "Show in header" and the brand image is shown).
    let rules = super::portal::portal_rules(state);
    let cp = move |f: &dyn Fn(&crate::domain::PortalPreview) -> String| {
        let rules = rules();
        state.plan.with(|p| f(&p.company_portal.preview_in(rules)))
    };
    let show_name = move || {
        let rules = rules();
        state
            .plan
            .with(|p| p.company_portal.preview_in(rules).show_name)
    };
    let theme = move || cp(&|p| p.theme_color.clone());
    let header_bg = theme;
    let header_fg = move || cp(&|p| p.text_on_theme.to_owned());
    let title = move || {
        let name = cp(&|p| p.company_name.to_owned());
        if name.is_empty() {
            state.t(Text::PreviewNoCompanyName).to_owned()
        } else {
            name
        }
    };
    let logo = logo_source(move || {
        let rules = rules();
        state.plan.with(|p| {
            p.company_portal
                .preview_in(rules)
                .logo
                .and_then(Logo::data_url_shared)
        })
    });
    let brand_image = logo_source(move || {
        let rules = rules();
        state.plan.with(|p| {
            p.company_portal
                .preview_in(rules)
                .brand_image
                .and_then(Logo::data_url_shared)
        })
    });
    let default_color = move || state.plan.with(|p| p.company_portal.theme_rgb().is_none());
    let row = move |label: Text, value: String| {
        (!value.is_empty()).then(|| {
            view! {
                <div class="contact-row">
                    <dt>{move || state.t(label)}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
    };
    let contact = move || {
        let (name, phone, email, info) = state.plan.with(|p| {
            let v = p.company_portal.preview();
            (
                v.contact_name.to_owned(),
                v.phone.to_owned(),
                v.email.to_owned(),
                v.additional_info.to_owned(),
            )
        });
        let empty = name.is_empty() && phone.is_empty() && email.is_empty() && info.is_empty();
        view! {
            <dl class="contact">
                {row(Text::PreviewContactName, name)}
                {row(Text::PreviewPhone, phone)}
                {row(Text::PreviewEmail, email)}
            </dl>
            {(!info.is_empty()).then(|| view! { <p class="contact-info">{info}</p> })}
            {empty.then(|| view! { <p class="muted">{state.t(Text::PreviewNoContact)}</p> })}
        }
    };
    let website = move || {
        state.plan.with(|p| {
            let v = p.company_portal.preview();
            v.website_label.map(|label| {
                let text = match label {
                    WebsiteLabel::Name(n) => n.to_owned(),
                    WebsiteLabel::GoToItWebsite => state.t(Text::PreviewGoToItWebsite).to_owned(),
                };
                (text, v.support_url.to_owned())
            })
        })
    };
    let privacy = move || cp(&|p| p.privacy_url.to_owned());
    view! {
        <aside class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{move || state.t(Text::PreviewTitle)}</h2>
            <p class="intro">{move || state.t(Text::PreviewIntro)}</p>
            <div class="portal" id="portal-preview" style:border-color=theme>
                <div class="portal-header" style:background-color=header_bg style:color=header_fg>
                    {move || logo.get().map(|src| view! { <img class="portal-logo" src=src alt=""/> })}
                    <span class="portal-title" id="preview-company-name" hidden=move || !show_name()>{title}</span>
                </div>
                {move || brand_image.get().map(|src| view! { <img class="portal-brand-image" id="preview-brand-image" src=src alt=""/> })}
                <div class="portal-body">
                    <h3 style:color=theme>{move || state.t(Text::PreviewContactIt)}</h3>
                    {contact}
                    {move || {
                        website()
                            .map(|(text, url)| {
                                view! {
                                    <p class="portal-link" id="preview-website" title=url style:color=theme>
                                        {text}
                                    </p>
                                }
                            })
                    }}
                    {move || {
                        let url = privacy();
                        (!url.is_empty())
                            .then(|| {
                                view! {
                                    <p class="portal-link portal-privacy" title=url style:color=theme>
                                        {state.t(Text::PreviewPrivacy)}
                                    </p>
                                }
                            })
                    }}
                </div>
            </div>
            {move || default_color().then(|| view! { <p class="muted">{state.t(Text::PreviewDefaultColor)}</p> })}
        </aside>
    }
}
