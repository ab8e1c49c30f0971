//! The caption: the step counter, what just happened, and the page of text for
//! the current phase of the session.

use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::EventKind;

use crate::content::PAGES;
use crate::player::Player;
use crate::session::View;

/// One sentence on what the step at `pos` did, built from the timeline.
pub fn now_line(t: View<'_>, pos: usize) -> String {
    let Some(step) = t.step(pos) else {
        return "Press Step forward or Play to begin.".to_owned();
    };
    match &step.kind {
        StepKind::Packet { name, from, to, .. } => {
            let from = &t.timeline().host(*from).name;
            let to = &t.timeline().host(*to).name;
            match t.segment(step) {
                Some(s) => {
                    let what = match &s.ftp {
                        Some(ftp) => format!("{} {ftp}", s.flags),
                        None => s.flags.to_string(),
                    };
                    format!("{name}: {from} → {to}, {what} from {} to {}.", s.src, s.dst)
                }
                None => format!("{name}: {from} → {to}."),
            }
        }
        StepKind::Console { host, lines } => {
            let who = &t.timeline().host(*host).name;
            let texts: Vec<(&str, bool)> = lines
                .iter()
                .filter_map(|&i| match &t.timeline().events[i].kind {
                    EventKind::Console { text, input, .. } => Some((text.as_str(), *input)),
                    _ => None,
                })
                .collect();
            match texts.first() {
                Some((text, true)) => format!("The user types “{text}” at {who}."),
                Some((text, false)) if texts.len() == 1 => format!("{who} prints “{text}”."),
                Some((text, false)) => format!(
                    "{who} prints “{text}” and {} more line(s).",
                    texts.len() - 1
                ),
                None => format!("{who}'s console."),
            }
        }
    }
}

/// The caption panel.
#[component]
pub fn Caption() -> impl IntoView {
    let player = expect_context::<Player>();
    let counter = move || format!("Step {} of {}", player.pos.get(), player.len());
    let now = move || player.with_view(|v| now_line(v, player.pos.get()));
    let page = move || player.with_view(|v| v.phase_at(player.pos.get()).index());
    let heading = move || {
        let i = page();
        format!("Page {} of {}: {}", i + 1, PAGES.len(), PAGES[i].title)
    };
    let body = move || {
        PAGES[page()]
            .body
            .iter()
            .map(|p| view! { <p>{*p}</p> })
            .collect_view()
    };
    let note = move || {
        PAGES[page()].note.map(|n| {
            view! {
                <aside class="left-out">
                    <h3>"Not drawn in the animation"</h3>
                    <p>{n}</p>
                </aside>
            }
        })
    };
    view! {
        <section class="caption-panel" data-testid="caption" aria-labelledby="caption-heading">
            <p class="step-counter" data-testid="step-counter">{counter}</p>
            <p class="now" data-testid="now" aria-live="polite">{now}</p>
            <h2 id="caption-heading" data-testid="page-title">{heading}</h2>
            {body}
            {note}
        </section>
    }
}
