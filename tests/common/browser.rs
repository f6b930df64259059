//! The browser harness shared by the end-to-end tests and the keystroke
//! benchmark: a tiny static server for `dist/` on 127.0.0.1, ChromeDriver on a
//! free port, and Debian's Chromium in headless mode with the flags this
//! closed network needs.
// Each user (a test file, a benchmark) uses a part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The static server: serves `dist/` and records every path requested.
pub struct Server {
    pub base: String,
    pub requests: Arc<Mutex<Vec<String>>>,
    accept: tokio::task::AbortHandle,
}

impl Server {
    /// Stops serving: new connections are refused, as with no network.
    pub fn stop(&self) {
        self.accept.abort();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("ENROLLREADY_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "{} has no index.html: run `trunk build --release` first",
        dir.display()
    );
    dir
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

pub async fn serve(dist: PathBuf) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let requests = Arc::new(Mutex::new(Vec::new()));
    let log = requests.clone();
    let accept = tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let dist = dist.clone();
            let log = log.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16 * 1024];
                let mut got = 0;
                while got < buf.len() {
                    match sock.read(&mut buf[got..]).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => got += n,
                    }
                    if buf[..got].windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                let head = String::from_utf8_lossy(&buf[..got]).to_string();
                let target = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
                log.lock().unwrap().push(target.clone());
                let path = target.split(['?', '#']).next().unwrap_or("/");
                let rel = path.trim_start_matches('/');
                let file = if rel.contains("..") {
                    dist.join("index.html")
                } else if rel.is_empty() || rel.ends_with('/') {
                    dist.join(rel).join("index.html")
                } else {
                    dist.join(rel)
                };
                let (status, body, ctype) = match tokio::fs::read(&file).await {
                    Ok(body) => ("200 OK", body, content_type(&file)),
                    Err(_) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
                };
                let header = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = sock.write_all(header.as_bytes()).await;
                let _ = sock.write_all(&body).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    Server {
        base,
        requests,
        accept: accept.abort_handle(),
    }
}

/// ChromeDriver on a free port, killed on drop.
pub struct Driver {
    _child: tokio::process::Child,
    port: u16,
}

pub async fn start_driver() -> Driver {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
        l.local_addr().expect("addr").port()
    };
    let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let child = tokio::process::Command::new(&bin)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Driver {
                _child: child,
                port,
            };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start on port {port}");
}

pub struct Browser {
    pub client: Client,
    _driver: Driver,
    _reaper: Reaper,
    _profile: tempdir::Dir,
}

/// Killing ChromeDriver leaves its Chromium running (a test's session is
/// rarely closed when it fails): when a browser is dropped, every process of
/// its profile is stopped, or a long run piles up hundreds of them and slows
/// the rest. A field of its own, so that a test may still move the client
/// out of its `Browser`.
struct Reaper(String);

impl Drop for Reaper {
    fn drop(&mut self) {
        let _ = std::process::Command::new("pkill")
            .args(["-KILL", "-f", &self.0])
            .status();
    }
}

pub mod tempdir {
    //! A temporary folder removed on drop.
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new(tag: &str) -> Dir {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let p = std::env::temp_dir()
                .join(format!("enrollready-{tag}-{}-{nanos}", std::process::id()));
            std::fs::create_dir_all(&p).expect("temp dir");
            Dir(p)
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// One browser at a time: two Chromiums starting together on a loaded 2-core
/// machine made session creation time out once.
pub static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub async fn browser(accept_language: &str) -> Browser {
    let driver = start_driver().await;
    let profile = tempdir::Dir::new("profile");
    let caps = json!({
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.0.join("chrome").display()),
                format!("--lang={accept_language}"),
            ],
            "prefs": {
                "intl.accept_languages": accept_language
            }
        }
    });
    let caps = match caps {
        serde_json::Value::Object(m) => m,
        _ => unreachable!(),
    };
    // ChromeDriver accepts connections a moment before it answers them: retry.
    let mut attempt = 0;
    let client = loop {
        attempt += 1;
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
        {
            Ok(c) => break c,
            Err(e) if attempt < 30 => {
                eprintln!("chromedriver not ready (attempt {attempt}): {e}");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Err(e) => panic!("connect to chromedriver: {e}"),
        }
    };
    Browser {
        client,
        _driver: driver,
        _reaper: Reaper(profile.0.display().to_string()),
        _profile: profile,
    }
}

/// Polls `f` until it returns `Some`, for at most 10 seconds.
pub async fn eventually<T, F, Fut>(what: &str, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    for _ in 0..200 {
        if let Some(v) = f().await {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for: {what}");
}

/// Moves the open plan to the 2017 rules through the page, as a user does:
/// "Move to the 2017 rules" in the header, then "Apply the move" under the
/// preview. A new plan follows today's rules (issue 13); the journeys that
/// test the 2017 source's rules start with this. The page then shows the
/// Overview; the caller goes on from there.
pub async fn use_classic_rules(c: &Client) {
    use fantoccini::Locator;
    let find = |id: &'static str| async move {
        eventually(&format!("#{id}"), || async {
            c.find(Locator::Id(id)).await.ok()
        })
        .await
    };
    let button = find("move-rules-button").await;
    let name = button.text().await.unwrap_or_default();
    assert!(
        name == "Move to the 2017 rules" || name == "Naar de regels van 2017",
        "the plan already follows the 2017 rules ({name:?})"
    );
    button.click().await.expect("open the move preview");
    find("move-apply")
        .await
        .click()
        .await
        .expect("apply the move");
    eventually("the header names the 2017 rules", || async {
        let t = c.find(Locator::Id("rules")).await.ok()?.text().await.ok()?;
        t.contains("2017").then_some(())
    })
    .await;
}
