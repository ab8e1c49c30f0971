//! FTP Basics, animated: the browser tutorial.
//!
//! The protocol model (`ftp-sim`) computes the whole session as a timeline;
//! this crate only indexes that timeline ([`session`]) and renders it with
//! leptos. Words live in [`content`] as const tables.

pub mod caption;
pub mod console;
pub mod content;
pub mod controls;
pub mod deeper;
pub mod details;
pub mod download;
pub mod faq;
pub mod follow;
pub mod inspector;
pub mod ladder;
pub mod overview;
pub mod packet_list;
pub mod player;
pub mod route;
pub mod session;
pub mod stage;
pub mod storage;
pub mod tutorial;

use leptos::prelude::*;
use route::Route;

/// The site header: title and navigation between the tutorial and the FAQ.
#[component]
pub fn Header(
    /// The page's one `<h1>`.
    title: &'static str,
    /// The route being shown, marked as current in the navigation.
    current: Route,
) -> impl IntoView {
    let aria = move |r: Route| (r == current).then_some("page");
    view! {
        <header class="page-head">
            <h1>{title}</h1>
            <nav aria-label="Site">
                <a href=Route::Tutorial.href() aria-current=aria(Route::Tutorial)>"Tutorial"</a>
                <a href=Route::Faq.href() aria-current=aria(Route::Faq)>"FAQ"</a>
            </nav>
        </header>
    }
}

/// The application root: picks the page from the URL.
#[component]
pub fn App() -> impl IntoView {
    match Route::current() {
        Route::Tutorial => view! { <tutorial::TutorialPage /> }.into_any(),
        Route::Faq => view! { <faq::FaqPage /> }.into_any(),
    }
}

/// Mounts [`App`] into the document body. Called once by the binary.
pub fn start() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
