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
