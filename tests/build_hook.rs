//! The post-build hook (`scripts/csp_hash.py`) on a staging folder like
//! Trunk's: the policy gets the inline loader's hash, the service worker gets
//! its precache list and a version that changes with any file, and under
//! `scripts/serve.sh` (ENROLLREADY_SERVE) the page's worker marker is "off".
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A staging folder with the repository's index.html (a tiny inline script
/// added, as Trunk adds its loader), sw.js and two built files.
fn staging(tag: &str, wasm: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("enrollready-hook-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("schema")).unwrap();
    let html = std::fs::read_to_string(root().join("index.html"))
        .unwrap()
        .replace(
            "</body>",
            "<script type=\"module\">import init from './app.js';init();</script></body>",
        );
    std::fs::write(dir.join("index.html"), html).unwrap();
    std::fs::copy(root().join("sw.js"), dir.join("sw.js")).unwrap();
    std::fs::write(dir.join("app-0123.js"), "export default 1").unwrap();
    std::fs::write(dir.join("app-0123_bg.wasm"), wasm).unwrap();
    std::fs::write(dir.join("schema/plan-v1.json"), "{}").unwrap();
    dir
}

fn run_hook(dir: &Path, serve: bool) -> (String, String) {
    let mut cmd = Command::new("python3");
    cmd.arg(root().join("scripts/csp_hash.py"))
        .env("TRUNK_STAGING_DIR", dir)
        .env_remove("ENROLLREADY_SERVE");
    if serve {
        cmd.env("ENROLLREADY_SERVE", "1");
    }
    let out = cmd.output().expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        std::fs::read_to_string(dir.join("index.html")).unwrap(),
        std::fs::read_to_string(dir.join("sw.js")).unwrap(),
    )
}

fn version(sw: &str) -> String {
    sw.split("const VERSION = \"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_owned()
}

#[test]
fn the_hook_fills_the_policy_and_the_service_worker() {
    let a = staging("a", b"\0asm one");
    let (html, sw) = run_hook(&a, false);
    assert!(
        html.contains("'sha256-"),
        "the loader's hash is in the policy"
    );
    assert!(!html.contains("__CSP_SCRIPT_HASHES__"));
    assert!(html.contains(r#"<meta name="enrollready-service-worker" content="on" />"#));
    assert!(!sw.contains("__PRECACHE__") && !sw.contains("__VERSION__"));
    for f in [
        "\"./\"",
        "\"./app-0123.js\"",
        "\"./app-0123_bg.wasm\"",
        "\"./schema/plan-v1.json\"",
    ] {
        assert!(sw.contains(f), "{f} is precached");
    }
    assert!(
        !sw.contains("\"./sw.js\""),
        "the worker does not cache itself"
    );
    assert!(!sw.contains("\"./index.html\""), "the page is cached as ./");

    // One changed byte in any file gives a new version; the same files the same.
    let b = staging("b", b"\0asm two");
    let same = staging("c", b"\0asm one");
    let (_, sw_b) = run_hook(&b, false);
    let (_, sw_same) = run_hook(&same, false);
    assert_ne!(version(&sw), version(&sw_b));
    assert_eq!(version(&sw), version(&sw_same));

    // Under scripts/serve.sh the page does not register the worker.
    let d = staging("d", b"\0asm one");
    let (html_d, _) = run_hook(&d, true);
    assert!(html_d.contains(r#"<meta name="enrollready-service-worker" content="off" />"#));
    for dir in [a, b, same, d] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn the_hook_refuses_a_worker_without_placeholders() {
    let dir = staging("e", b"x");
    std::fs::write(dir.join("sw.js"), "// no placeholders").unwrap();
    let out = Command::new("python3")
        .arg(root().join("scripts/csp_hash.py"))
        .env("TRUNK_STAGING_DIR", &dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("__PRECACHE__"));
    let _ = std::fs::remove_dir_all(dir);
}
