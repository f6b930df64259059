//! The one binary. On wasm32 it is the page: install the panic hook and mount
//! the app on `<body>` (Trunk builds it). On any other target it is the
//! command-line tool (`enrollready check|report`, see `cli`), which needs no
//! browser crate and is never part of the page.

#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn main() {
    enrollready::platform::install_panic_hook();
    enrollready::platform::start();
}

/// The page needs the `web` feature; without it there is nothing to run.
#[cfg(all(target_arch = "wasm32", not(feature = "web")))]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let code = enrollready::cli::run(
        &args,
        enrollready::cli::utc_today(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}
