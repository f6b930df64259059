//! The plan's readers and writers ([`crate::codec`]) as a wasm chunk of their
//! own (issue 15). A first visit with an empty plan draws its first step
//! without them; [`warm`] fetches them right after. A start with a stored
//! plan, a file, a link or a save waits for them ([`load`]), which once they
//! are in costs nothing. Without the `split` feature (component tests,
//! native builds) they are simply there.

use crate::codec::{Codec, Reader};

#[cfg(feature = "split")]
mod chunk {
    use std::cell::Cell;

    use crate::codec::{Codec, CODEC};

    /// The chunk could not be fetched.
    pub struct Unfetched;

    impl From<leptos::wasm_split::SplitLoaderError> for Unfetched {
        fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
            Unfetched
        }
    }

    thread_local! {
        pub static LOADED: Cell<Option<Codec>> = const { Cell::new(None) };
    }

    #[leptos::wasm_split::wasm_split(codec, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn fetch() -> Result<Codec, Unfetched> {
        Ok(CODEC)
    }
}

/// The readers and writers, when they are in.
#[cfg(feature = "split")]
pub fn now() -> Option<Codec> {
    chunk::LOADED.with(std::cell::Cell::get)
}

/// The readers and writers, when they are in.
#[cfg(not(feature = "split"))]
pub fn now() -> Option<Codec> {
    Some(crate::codec::CODEC)
}

/// The readers and writers, fetched first if need be (`None`: they could
/// not be fetched).
pub async fn load() -> Option<Codec> {
    if let Some(c) = now() {
        return Some(c);
    }
    #[cfg(feature = "split")]
    {
        let c = chunk::fetch().await.ok()?;
        chunk::LOADED.with(|l| l.set(Some(c)));
        Some(c)
    }
    #[cfg(not(feature = "split"))]
    None
}

/// The plan reader when it is in; otherwise one that keeps every stored plan
/// unread ([`crate::codec::unavailable`]).
pub fn reader() -> Reader {
    now().map_or(crate::codec::unavailable, |c| c.read)
}

/// Fetches the readers and writers once the page has been drawn, so that
/// the first edit, download or link finds them in.
pub fn warm() {
    if now().is_some() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        super::sleep_ms(0).await;
        let _ = load().await;
    });
}
