//! FTP Basics, animated: the browser tutorial.
//!
//! The protocol model (`ftp-sim`) computes the whole session as a timeline;
//! this crate only indexes that timeline ([`session`]) and renders it with
//! leptos. Words live in [`content`] as const tables.

pub mod caption;
pub mod captions;
pub mod compare;
pub mod console;
pub mod content;
pub mod controls;
pub mod deeper;
pub mod details;
pub mod download;
pub mod embed;
pub mod faq;
pub mod follow;
pub mod inspector;
pub mod ladder;
pub mod overview;
pub mod packet_list;
pub mod player;
pub mod route;
pub mod session;
pub mod sockets;
pub mod stage;
pub mod storage;
pub mod terminal;
pub mod tutorial;
pub mod url;

use leptos::prelude::*;
use route::Route;

/// The site header: title and navigation between the site's pages.
#[component]
pub fn Header(
    /// The page's one `<h1>`.
    title: &'static str,
    /// The route being shown, marked as current in the navigation.
    current: Route,
) -> impl IntoView {
    let links = [
        (Route::Tutorial(route::DEFAULT_SCENARIO), "Tutorial"),
        (Route::Try, "Try it yourself"),
        (Route::Compare, "Active vs passive"),
        (Route::Faq, "FAQ"),
    ];
    let is_current = move |r: Route| match (r, current) {
        (Route::Tutorial(_), Route::Tutorial(_)) => true,
        (a, b) => a == b,
    };
    view! {
        <header class="page-head">
            <h1>{title}</h1>
            <nav aria-label="Site">
                {links
                    .into_iter()
                    .map(|(r, label)| {
                        view! {
                            <a href=r.href() aria-current=is_current(r).then_some("page")>
                                {label}
                            </a>
                        }
                    })
                    .collect_view()}
            </nav>
        </header>
    }
}

/// A short message about something in the URL that was not understood.
#[component]
pub fn Notice(text: Option<String>) -> impl IntoView {
    text.map(|t| {
        view! {
            <p class="notice" role="status" data-testid="notice">
                {t}
            </p>
        }
    })
}

/// The application root: picks the page from the URL.
#[component]
pub fn App() -> impl IntoView {
    let (route, notice) = Route::current();
    match route {
        Route::Tutorial(id) => {
            let search = web_sys::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            let (state, more) = url::UrlState::parse(&search);
            let notices: Vec<String> = notice.into_iter().chain(more).collect();
            view! { <tutorial::TutorialPage scenario=id url=state notices=notices /> }.into_any()
        }
        Route::Try => view! { <terminal::TryPage /> }.into_any(),
        Route::Compare => view! { <compare::ComparePage /> }.into_any(),
        Route::Faq => view! { <faq::FaqPage /> }.into_any(),
    }
}

/// Mounts [`App`] into the document body. Called once by the binary.
pub fn start() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
