//! Step 4 under the ruleset `intune-2026` in Chromium: today's fields by
//! their accessible names, a limit error with `aria-invalid` and its
//! message, the Graph request refused while the step has problems, then
//! copied (the copied text is the body `format::graph` writes), and axe on
//! the step in both languages.
//!
//! Needs `trunk build --release` first and ChromeDriver, as `tests/e2e.rs`
//! (`ENROLLREADY_DIST=… cargo test --no-default-features --features
//! arbitrary --test e2e_portal_2026`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/browser.rs"]
mod harness;
#[path = "common/page.rs"]
mod page;

use std::path::PathBuf;
use std::time::Duration;

use enrollready::domain::company_portal::{EnrollmentAvailability, INTUNE_2026};
use enrollready::domain::ruleset;
use enrollready::domain::Plan;
use enrollready::format::graph::{self, Profile, Request};
use enrollready::format::{self, FileMeta};
use enrollready::i18n::Locale;
use fantoccini::{Client, Locator};
use harness::{browser, dist_dir, eventually, serve, ONE_BROWSER};
use page::{accessible_name, choose, click, js, js_with, set_text, wait_heading};
use serde_json::{json, Value};

/// The id of the control whose visible label is `label`.
async fn id_by_label(c: &Client, label: &str) -> String {
    let id = js_with(
        c,
        "const l = [...document.querySelectorAll('main label')].find(l => l.textContent.trim() === arguments[0]);
         return l ? l.htmlFor : null",
        vec![json!(label)],
    )
    .await;
    let id = id
        .as_str()
        .unwrap_or_else(|| panic!("no label {label:?}"))
        .to_owned();
    assert_eq!(accessible_name(c, &id).await, label, "#{id}");
    id
}

async fn attr(c: &Client, id: &str, name: &str) -> String {
    js_with(
        c,
        "const e = document.getElementById(arguments[0]); return e ? (e.getAttribute(arguments[1]) || '') : ''",
        vec![json!(id), json!(name)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

async fn disabled(c: &Client, id: &str) -> bool {
    js_with(
        c,
        "return document.getElementById(arguments[0]).disabled",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

fn seed() -> String {
    let meta = FileMeta {
        ruleset: ruleset::INTUNE_2026.id.into(),
        ..FileMeta::default()
    };
    format::to_json(&Plan::default(), &meta, "2026-05-20T00:00:00Z").unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn step_4_under_intune_2026_by_name_with_a_limit_error_and_the_graph_request() {
    let _one = ONE_BROWSER.lock().await;
    let server = serve(dist_dir()).await;
    let base = &server.base;
    let b = browser("en-US").await;
    let c = &b.client;
    c.goto(&format!("{base}/")).await.expect("goto");
    c.execute(
        "localStorage.setItem('enrollready.plan', arguments[0]); return true",
        vec![json!(seed())],
    )
    .await
    .expect("seed");
    c.goto(&format!("{base}/#step-4")).await.expect("goto");
    c.refresh().await.expect("reload");
    wait_heading(c, "Step 4: Configure the Company Portal").await;

    // Today's sections and fields; 2017's switch is gone.
    let legends = js(
        c,
        "return [...document.querySelectorAll('main fieldset.section > legend')].map(l => l.textContent)",
    )
    .await;
    for s in ["Branding", "Support information", "Configuration"] {
        assert!(
            legends.as_array().unwrap().iter().any(|l| l == s),
            "{legends}"
        );
    }
    assert_eq!(
        js(c, "return document.getElementById('include_logo') === null").await,
        json!(true)
    );

    // By accessible name.
    let name = id_by_label(c, "Organization name").await;
    let contact = id_by_label(c, "Contact name").await;
    let header = id_by_label(c, "Show in header").await;
    let enrollment = id_by_label(c, "Device enrollment").await;
    let cant_see = id_by_label(
        c,
        "Privacy message about what support can't see or do (iOS/iPadOS)",
    )
    .await;
    id_by_label(c, "Brand image").await;

    // 41 characters: a blocker, aria-invalid, described by its message.
    set_text(c, &name, &"C".repeat(41)).await;
    eventually("aria-invalid", || async {
        (attr(c, &name, "aria-invalid").await == "true").then_some(())
    })
    .await;
    let described = attr(c, &name, "aria-describedby").await;
    let msg_id = described
        .split(' ')
        .find(|i| i.ends_with("-msg"))
        .unwrap_or_else(|| panic!("{described}"))
        .to_owned();
    let message = js_with(
        c,
        "return document.getElementById(arguments[0]).textContent",
        vec![json!(msg_id)],
    )
    .await;
    assert!(message.as_str().unwrap().contains("40"), "{message}");
    // The Graph request says why it is refused.
    assert!(disabled(c, "copy-graph").await && disabled(c, "download-graph").await);
    let alert = js(
        c,
        "return document.getElementById('graph-blocked').textContent",
    )
    .await;
    assert!(
        alert.as_str().unwrap().contains("problems to fix"),
        "{alert}"
    );
    assert_eq!(attr(c, "graph-blocked", "role").await, "alert");

    // 40 characters is fine; more fields.
    set_text(c, &name, "Contoso").await;
    set_text(c, &contact, "Servicedesk").await;
    set_text(c, &cant_see, "We **can't** see your photos.").await;
    choose(c, &header, "logo_only").await;
    choose(c, &enrollment, "unavailable").await;
    eventually("the buttons enabled", || async {
        (!disabled(c, "copy-graph").await).then_some(())
    })
    .await;
    assert_eq!(attr(c, &name, "aria-invalid").await, "false");
    // The preview follows "Show in header": the logo only, no name.
    assert_eq!(
        js(
            c,
            "return document.getElementById('preview-company-name').hidden"
        )
        .await,
        json!(true)
    );
    // The explanation: endpoint, beta, permissions, PowerShell.
    let explanation = js(
        c,
        "return document.getElementById('graph-explanation').textContent",
    )
    .await;
    let explanation = explanation.as_str().unwrap();
    assert!(explanation.contains(graph::ENDPOINT) && explanation.contains("beta"));
    assert!(explanation.contains("DeviceManagementApps.ReadWrite.All"));
    let ps = js(
        c,
        "return document.getElementById('graph-powershell').textContent",
    )
    .await;
    assert!(ps
        .as_str()
        .unwrap()
        .contains("Invoke-MgGraphRequest -Method POST"));

    // Copy: the clipboard receives the body (captured: headless Chromium
    // grants no clipboard permission to read it back).
    js(
        c,
        "window.__copied = null;
         Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({
             writeText: t => { window.__copied = t; return Promise.resolve(); } }) });
         return true",
    )
    .await;
    click(c, "copy-graph").await;
    let copied = eventually("the copied text", || async {
        js(c, "return window.__copied")
            .await
            .as_str()
            .map(str::to_owned)
    })
    .await;
    let status = eventually("the status", || async {
        let s = js(
            c,
            "return document.getElementById('graph-status').textContent",
        )
        .await;
        s.as_str().filter(|s| !s.is_empty()).map(str::to_owned)
    })
    .await;
    assert_eq!(status, "Graph request copied.");
    assert_eq!(attr(c, "graph-status", "role").await, "status");
    // The body the core writes for the same plan.
    let mut plan = Plan::default();
    plan.company_portal.company_name = "Contoso".into();
    plan.company_portal.it_contact_name = "Servicedesk".into();
    plan.company_portal.privacy_message_cant_see = "We **can't** see your photos.".into();
    plan.company_portal.show_in_header =
        Some(enrollready::domain::company_portal::ShowInHeader::LogoOnly);
    plan.company_portal.enrollment_availability = Some(EnrollmentAvailability::Unavailable);
    let (pname, pdesc) = enrollready::i18n::graph::profile("Contoso", Locale::En);
    let expected: Value = serde_json::from_str(&graph::branding_json_in(
        &plan.company_portal,
        &INTUNE_2026,
        Request::Create,
        &Profile {
            name: &pname,
            description: &pdesc,
        },
    ))
    .unwrap();
    let got: Value = serde_json::from_str(&copied).expect("the copied text is JSON");
    assert_eq!(got, expected);
    assert_eq!(got["enrollmentAvailability"], "unavailable");
    assert_eq!(got["showLogo"], true);

    // PATCH: the default profile's body has no profile name.
    click(c, "graph-patch").await;
    click(c, "copy-graph").await;
    let patched = eventually("the PATCH body", || async {
        let t = js(c, "return window.__copied").await;
        t.as_str()
            .filter(|t| !t.contains("profileName"))
            .map(str::to_owned)
    })
    .await;
    let got: Value = serde_json::from_str(&patched).unwrap();
    assert_eq!(got["displayName"], "Contoso");

    // axe on the step, both languages.
    let axe = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"),
    )
    .expect("node_modules/axe-core");
    c.execute(&format!("{axe}\nreturn true"), vec![])
        .await
        .expect("inject axe");
    let mut report = Vec::new();
    for lang in ["en", "nl"] {
        choose(c, "language", lang).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let v = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe");
        for x in v.as_array().into_iter().flatten() {
            report.push(format!("{lang}: {}", x.as_str().unwrap_or_default()));
        }
    }
    assert!(report.is_empty(), "axe violations:\n{}", report.join("\n"));
    // Dutch labels.
    wait_heading(c, "Stap 4: De bedrijfsportal configureren").await;
    assert_eq!(accessible_name(c, &name).await, "Organisatienaam");
    assert!(c.find(Locator::Id("copy-graph")).await.is_ok());
    // (axe was injected: only the panic count is asserted.)
    assert_eq!(
        js(
            c,
            "return document.documentElement.getAttribute('data-panics')"
        )
        .await,
        json!("0")
    );
    b.client.close().await.expect("close");
}
