//! Component tests in headless Chromium (wasm-bindgen-test): the page reacts
//! to typing and to the language menu.
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use enrollready::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The source's (2017) rules, where these tests check step 4's limits; a new
/// plan follows today's rules.
const CLASSIC_PLAN: &str =
    r#"{"format":"enrollready-plan","schema_version":1,"ruleset":"intune-classic-2017"}"#;

/// Mounts a fresh app and returns its host and handle: with empty storage, or
/// with `saved` as the autosaved plan.
async fn mount(saved: Option<&str>) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    if let Some(saved) = saved {
        storage
            .set_item(enrollready::autosave::PLAN_KEY, saved)
            .unwrap();
    }
    // Step 4, where these tests work.
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("step-4")
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), || view! { <App/> });
    leptos::task::tick().await;
    (host, handle)
}

fn by_id<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into()
}

fn text(id: &str) -> String {
    by_id::<HtmlElement>(id).text_content().unwrap_or_default()
}

fn label_of(id: &str) -> String {
    document()
        .query_selector(&format!("label[for='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no label for #{id}"))
        .text_content()
        .unwrap_or_default()
}

async fn type_into(id: &str, value: &str) {
    let input: HtmlInputElement = by_id(id);
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn an_over_long_company_name_shows_its_message() {
    let (host, handle) = mount(Some(CLASSIC_PLAN)).await;
    let input: HtmlInputElement = by_id("company_name");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "empty but required"
    );

    type_into("company_name", &"é".repeat(40)).await;
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false"),
        "40 characters are allowed; accents are only a warning"
    );
    assert!(!text("company_name-msg").contains("At most"));

    type_into("company_name", &"é".repeat(41)).await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described.split(' ').any(|id| id == "company_name-msg"),
        "{described}"
    );
    let msg = text("company_name-msg");
    assert!(msg.contains("At most 40 characters; this has 41"), "{msg}");
    assert_eq!(
        by_id::<HtmlElement>("company_name-msg")
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    // Nothing was cut short (once the page has settled).
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    let now: HtmlInputElement = by_id("company_name");
    assert_eq!(now.value().chars().count(), 41);
    assert!(
        text("preview-company-name").starts_with("ééé"),
        "the preview follows the typing"
    );

    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
async fn switching_the_language_changes_the_labels() {
    let (host, handle) = mount(Some(CLASSIC_PLAN)).await;
    assert_eq!(label_of("company_name"), "Company name");
    assert_eq!(label_of("language"), "Language");
    type_into("company_name", "Contoso & Co").await;
    assert!(text("company_name-msg").contains("Letters, digits and spaces only"));

    let select: HtmlSelectElement = by_id("language");
    select.set_value("nl");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;

    assert_eq!(label_of("company_name"), "Bedrijfsnaam");
    assert_eq!(label_of("language"), "Taal");
    assert_eq!(label_of("it_email"), "E-mailadres IT-afdeling");
    assert!(text("company_name-msg").contains("Uitsluitend letters, cijfers en spaties"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("enrollready.locale")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("nl"), "the choice is remembered");

    drop(handle);
    host.remove();
}

/// A new plan follows today's rules: the organization name is optional there
/// and keeps its limit of 40 characters.
#[wasm_bindgen_test]
async fn a_new_plan_names_the_organization_under_todays_rules() {
    let (host, handle) = mount(None).await;
    assert_eq!(label_of("company_name"), "Organization name");
    let input: HtmlInputElement = by_id("company_name");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false"),
        "optional today"
    );
    type_into("company_name", &"a".repeat(41)).await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text("company_name-msg").contains("At most 40 characters; this has 41"));

    drop(handle);
    host.remove();
}

/// A panic is never silent: it is counted on `<html data-panics>` and a
/// translated alert says when the plan was last saved.
#[wasm_bindgen_test]
fn a_panic_is_counted_and_announced_in_the_page_language() {
    let root = document().document_element().unwrap();
    root.set_attribute("lang", "nl").unwrap();
    root.set_attribute("data-panics", "0").unwrap();
    enrollready::platform::mark_saved("2026-11-29T13:05:00Z");
    enrollready::platform::report_panic();
    assert_eq!(root.get_attribute("data-panics").as_deref(), Some("1"));
    let alert = by_id::<HtmlElement>("panic-alert");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let said = alert.text_content().unwrap_or_default();
    assert!(said.contains("laatst opgeslagen om"), "{said}");
    let saved = root.get_attribute("data-last-saved").unwrap();
    assert!(said.contains(&saved), "{said} / {saved}");
    enrollready::platform::report_panic();
    assert_eq!(root.get_attribute("data-panics").as_deref(), Some("2"));
    alert.remove();
    assert!(
        document().get_element_by_id("panic-alert").is_none(),
        "one alert, updated in place"
    );
    root.set_attribute("data-panics", "0").unwrap();
    root.set_attribute("lang", "en").unwrap();
}
