//! FTP Basics, animated: the browser tutorial.
//!
//! The protocol model (`ftp-sim`) computes the whole session as a timeline;
//! this crate only indexes that timeline ([`lesson::session`]) and renders it
//! with leptos. The folders are the load units (see ARCHITECTURE.md):
//!
//! - [`app`]: the shell every page shares (root, header, routes, URL state);
//! - [`lesson`]: the lesson the first screen needs (player, session, stage,
//!   controls, caption, console);
//! - [`deeper`]: the Go deeper views (packet list, inspector, ladder, follow,
//!   downloads, sockets, transcript);
//! - [`try_it`], [`compare`], [`faq`]: the other pages;
//! - [`i18n`]: the words, one folder per language.

pub mod app;
pub mod compare;
pub mod deeper;
pub mod faq;
pub mod i18n;
pub mod lesson;
pub mod try_it;

use leptos::prelude::*;

pub use app::App;

/// Mounts [`App`] into the document body. Called once by the binary.
///
/// A page in a language whose words are a chunk of their own (not English,
/// in the release build) first brings them, so the first render is whole; the
/// page shows "Loading the lesson…" meanwhile. Then, in one task, index.html's
/// prerendered first screen and loading block go and the app mounts, so no
/// frame shows neither or both. When the prerendered screen is shown and the
/// wasm came before the browser painted it (a fast network), the mount waits
/// for that first paint: the learner sees the lesson at once, and the app's
/// first render, the longest task of the load, comes after.
pub fn start() {
    console_error_panic_hook::set_once();
    let (lang, _) = app::page_lang(&app::current_query());
    if lang.is_loaded() {
        after_first_paint(mount);
    } else {
        // The browser's own task queue: leptos's executor is set up by the
        // mount, which comes after this.
        wasm_bindgen_futures::spawn_local(async move {
            // On failure the page is shown in English, with a notice (App).
            let _ = i18n::load(lang).await;
            mount();
        });
    }
}

/// Runs `f` once the prerendered first screen has been painted: when the
/// promise `assets/first-screen.js` left in `window.ftpBasicsPainted` settles
/// (the browser reported the snapshot's largest paint, or 300 ms passed). At
/// once when the snapshot is not shown (no promise).
fn after_first_paint(f: fn()) {
    let painted = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"ftpBasicsPainted".into()).ok())
        .and_then(|p| wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(p).ok());
    match painted {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            f();
        }),
        None => f(),
    }
}

fn mount() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        for id in ["prerender", "boot"] {
            if let Some(el) = document.get_element_by_id(id) {
                el.remove();
            }
        }
    }
    mount_to_body(App);
}
