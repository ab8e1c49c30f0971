//! The caption: the step counter, what just happened, and the page of text for
//! the current phase of the session.

use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::EventKind;

use crate::i18n::fill;
use crate::i18n::CaptionPage;
use crate::i18n::ScenarioText;
use crate::lesson::player::Player;
use crate::lesson::session::View;

/// One sentence on what the step at `pos` did, built from the timeline.
pub fn now_line(t: View<'_>, pos: usize) -> String {
    let ui = crate::i18n::Lang::current().ui();
    let Some(step) = t.step(pos) else {
        return ui.press_to_begin.to_owned();
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
                    if name.is_empty() {
                        fill(ui.now_segment, &[from, to, &what, &s.src, &s.dst])
                    } else {
                        fill(ui.now_packet, &[name, from, to, &what, &s.src, &s.dst])
                    }
                }
                None if name.is_empty() => format!("{from} → {to}."),
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
                Some((text, true)) => fill(ui.user_types, &[text, who]),
                Some((text, false)) if texts.len() == 1 => fill(ui.prints, &[who, text]),
                Some((text, false)) => fill(ui.prints_more, &[who, text, &(texts.len() - 1)]),
                None => fill(ui.console_alone, &[who]),
            }
        }
    }
}

/// Where a lesson's caption pages come from.
#[derive(Clone, Copy)]
pub enum CaptionSource {
    /// A scenario's own pages, one per page of its steps.
    Scenario(&'static ScenarioText),
    /// Phase-generic pages, for sessions the learner types.
    Generic,
}

impl CaptionSource {
    /// The text of page `index` (in `phase`).
    pub fn page(self, index: usize, phase: ftp_sim::tutorial::Phase) -> &'static CaptionPage {
        let generic = &crate::i18n::Lang::current().typed()[phase.index()];
        match self {
            CaptionSource::Scenario(s) => s.pages.get(index).unwrap_or(generic),
            CaptionSource::Generic => generic,
        }
    }
}

/// The caption panel.
#[component]
pub fn Caption() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    let counter = move || fill(ui.step_of, &[&player.pos.get(), &player.len()]);
    let now = move || player.with_view(|v| now_line(v, player.pos.get()));
    let source = use_context::<CaptionSource>().unwrap_or(CaptionSource::Generic);
    // The page: a memo, so a step within a page rebuilds none of its text.
    let page =
        Memo::new(move |_| player.with_view(|v| (v.page_at(player.pos.get()), v.page_count())));
    let at = move || page.get();
    let text = move || {
        let ((i, phase), _) = at();
        source.page(i, phase)
    };
    let heading = move || {
        let ((i, _), n) = at();
        fill(ui.page_of, &[&(i + 1), &n, &text().title])
    };
    let body = move || {
        text()
            .body
            .iter()
            .map(|p| view! { <p>{*p}</p> })
            .collect_view()
    };
    let note = move || {
        text().note.map(|n| {
            view! {
                <aside class="left-out">
                    <h3>{ui.not_drawn}</h3>
                    <p>{n}</p>
                </aside>
            }
        })
    };
    // What screen readers hear at each move: the counter and what happened, plus
    // the page title when the page changes (never the whole page text).
    let last_page = StoredValue::new(None::<usize>);
    let announce = move || {
        let ((page, _), _) = at();
        let mut said = format!("{}. {}", counter(), now());
        if last_page.get_value() != Some(page) {
            last_page.set_value(Some(page));
            said.push(' ');
            said.push_str(&heading());
        }
        said
    };
    view! {
        <section class="caption-panel" data-testid="caption" aria-labelledby="caption-heading">
            <p class="step-counter" data-testid="step-counter">{counter}</p>
            <p class="now" data-testid="now">{now}</p>
            <h2 id="caption-heading" data-testid="page-title">{heading}</h2>
            {body}
            {note}
        </section>
        <p class="sr-only" data-testid="announce" aria-live="polite" aria-atomic="true">
            {announce}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::session::Tutorial;
    use ftp_sim::tutorial::Detail;

    #[test]
    fn now_line_names_the_packet_or_starts_with_the_hosts() {
        let t = Tutorial::seed();
        let every = t.view(Detail::EverySegment);
        let mut unnamed = 0;
        for pos in 1..=every.len() {
            let line = now_line(every, pos);
            assert!(!line.starts_with(':'), "step {pos}: {line:?}");
            if let Some(StepKind::Packet { name, .. }) = every.step(pos).map(|s| &s.kind) {
                if name.is_empty() {
                    unnamed += 1;
                    assert!(
                        line.starts_with("H1 → S1") || line.starts_with("S1 → H1"),
                        "{line:?}"
                    );
                } else {
                    assert!(line.starts_with(&format!("{name}: ")), "{line:?}");
                }
            }
        }
        assert!(
            unnamed > 0,
            "the seed has segments without a name at every-segment fidelity"
        );
    }
}
