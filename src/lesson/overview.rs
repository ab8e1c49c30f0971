//! The overview, shown on a first visit until the learner ticks
//! "Don't show this again" (remembered in localStorage where allowed).

use leptos::prelude::*;

use crate::app::storage;

/// The localStorage key that hides the overview on later visits.
pub const HIDE_KEY: &str = "ftp-basics:hide-overview";

/// The overview panel and the button that opens it again.
#[component]
pub fn Overview() -> impl IntoView {
    let lang = crate::i18n::Lang::current();
    let ui = lang.ui();
    let overview = lang.overview();
    let open = RwSignal::new(storage::get(HIDE_KEY).as_deref() != Some("1"));
    let dont_show = RwSignal::new(false);
    let close = move |_| {
        if dont_show.get_untracked() {
            storage::set(HIDE_KEY, "1");
        } else {
            storage::remove(HIDE_KEY);
        }
        open.set(false);
        // Keyboard and screen-reader users land on the controls, not on <body>.
        request_animation_frame(|| focus_selector("[data-testid=play]"));
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    let reopen = move |_| {
        open.set(true);
        // Once the panel is shown, focus its heading so reading starts there.
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        });
    };
    let body = overview
        .body
        .iter()
        .map(|p| view! { <p>{*p}</p> })
        .collect_view();
    let note = overview.note.map(|n| view! { <p class="left-out">{n}</p> });
    view! {
        <div class="overview-bar">
            <button type="button" class="link-button" on:click=reopen>
                {ui.overview}
            </button>
        </div>
        <section
            class="overview"
            data-testid="overview"
            aria-labelledby="overview-title"
            hidden=move || !open.get()
        >
            <h2 id="overview-title" tabindex="-1" node_ref=heading>{crate::i18n::fill(ui.overview_heading, &[&overview.title])}</h2>
            {body}
            {note}
            <div class="overview-actions">
                <label>
                    <input type="checkbox" bind:checked=dont_show />
                    " " {ui.dont_show}
                </label>
                <button type="button" class="primary" on:click=close>
                    {ui.start}
                </button>
            </div>
        </section>
    }
}

/// Moves keyboard focus to the first element matching `selector`, if any.
fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
