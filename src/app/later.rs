//! [`Later`]: parts of a page rendered in a task of their own, after the
//! first paint, so the lesson's caption and controls come first.

use std::time::Duration;

use leptos::prelude::*;

/// Renders its children in a later task (a zero-delay timeout) than the
/// rest of the page. Each `Later` takes its own task, in page order, so the
/// browser can paint and handle input between them: the first render of the
/// lesson is one short task instead of one long one. Use it for what is below
/// the first screenful (socket tables, transcript, the deeper views).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    set_timeout(move || shown.set(true), Duration::ZERO);
    move || shown.get().then(|| children())
}

/// How far below the viewport a [`Near`] part starts to render, in CSS pixels.
const NEAR_MARGIN_PX: u32 = 300;

/// Renders its children once its place comes within [`NEAR_MARGIN_PX`] of
/// the viewport, or once `wake` turns true (the learner started the lesson:
/// what they will scroll to next is fetched while they watch). Until then it
/// holds an empty box (`data-testid=testid`, class `near`). Where the browser
/// has no IntersectionObserver, it renders at once. Used for the Go deeper
/// views, so that a cold load fetches only the lesson's own code.
#[component]
pub fn Near(
    children: ChildrenFn,
    #[prop(into)] wake: Signal<bool>,
    testid: &'static str,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    // Once: setting it again would render the children anew.
    let show = move || {
        if !shown.get_untracked() {
            shown.set(true);
        }
    };
    Effect::new(move |_| {
        if wake.get() {
            show();
        }
    });
    let slot = NodeRef::<leptos::html::Div>::new();
    slot.on_load(move |el| {
        if !observe(&el, show) {
            show();
        }
    });
    view! {
        <div node_ref=slot class="near" data-testid=testid data-shown=move || shown.get().to_string()>
            {move || shown.get().then(|| children())}
        </div>
    }
}

/// Calls `near` once, when `el` comes within the margin of the viewport.
/// False when the browser cannot tell (no IntersectionObserver).
fn observe(el: &web_sys::Element, near: impl Fn() + 'static) -> bool {
    use wasm_bindgen::{closure::Closure, JsCast};
    let has_observer =
        js_sys::Reflect::has(&js_sys::global(), &"IntersectionObserver".into()).unwrap_or(false);
    if !has_observer {
        return false;
    }
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let intersecting = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if intersecting {
                observer.disconnect();
                near();
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(&format!("0px 0px {NEAR_MARGIN_PX}px 0px"));
    match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
    {
        Ok(observer) => {
            observer.observe(el);
            // The observer holds the callback for as long as it lives; one per lesson.
            callback.forget();
            true
        }
        Err(_) => false,
    }
}
