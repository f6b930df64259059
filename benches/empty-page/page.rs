//! The baseline of `scripts/first-load.sh`: an empty Leptos 0.8 CSR page with
//! one labelled text field, built by Trunk with the same release profile,
//! `wasm-bindgen` and `wasm-opt -Oz` as the page. The page's first control
//! must be usable in at most twice the time this one takes (issue 15).

#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        view! {
            <main>
                <label for="first">"Name"</label>
                <input id="first" type="text" />
            </main>
        }
    });
}

/// Only the wasm build is a page; natively there is nothing to run.
#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
fn main() {}
