//! The text-only transcript: every step of the current fidelity as one line,
//! so a screen-reader user (or a printed handout) gets the whole session at once.

use leptos::prelude::*;

use crate::i18n::{fill, Lang};
use crate::lesson::caption::now_line;
use crate::lesson::player::Player;

/// Every step's line at the current fidelity, first step first; `pattern`
/// is the language's line ("Step N — what happened", `Ui::transcript_line`).
pub fn lines(player: Player, pattern: &str) -> Vec<String> {
    player.with_view(|v| {
        (1..=v.len())
            .map(|n| fill(pattern, &[&n, &now_line(v, n)]))
            .collect()
    })
}

/// The collapsible transcript under a lesson; the current step is marked.
#[component]
pub fn Transcript() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = Lang::current().ui();
    let (title, pattern) = (ui.transcript_title, ui.transcript_line);
    let all = Memo::new(move |_| lines(player, pattern));
    // Marks the current line: a step wakes two lines, not every line (the
    // 1 MiB session has ~1,500 of them).
    let current = Selector::new(move || player.pos.get());
    let items = move || {
        all.get()
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                let current = current.clone();
                let current = move || current.selected(&(i + 1)).then_some("step");
                view! {
                    <li data-testid="transcript-step" aria-current=current>
                        {line}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="session-transcript" data-testid="session-transcript">
            <summary>{title}</summary>
            <ol>{items}</ol>
        </details>
    }
}
