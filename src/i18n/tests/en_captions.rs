//! English's captions of every scenario and of typed sessions, held against the model.

use crate::i18n::{en, CaptionPage, Lang, Words};

fn w() -> &'static Words {
    &en::WORDS
}
// The seed-001 text and the 8-word shingles, shared with en_content.rs.
use super::en_content::assert_not_copied_from_the_seed;
use ftp_sim::tutorial::{pages, steps, Phase, StepKind};
use ftp_sim::{simulate, EventKind, Scenario, Timeline};
use std::collections::HashSet;

fn timeline(id: &str) -> Timeline {
    let scenario = Scenario::by_id(id).unwrap_or_else(|| panic!("no scenario {id}"));
    simulate(&scenario, crate::lesson::session::SEED)
}

/// Every console line the model prints or the user types in a timeline.
fn console_lines(t: &Timeline) -> Vec<String> {
    t.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Console { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// The texts in double quotes.
fn quotes(text: &str) -> Vec<&str> {
    text.split('"').skip(1).step_by(2).collect()
}

/// All prose of a page, with a label per piece.
fn page_texts(label: &str, page: &CaptionPage) -> Vec<(String, &'static str)> {
    let mut out = vec![(format!("{label} title"), page.title)];
    for (j, para) in page.body.iter().enumerate() {
        out.push((format!("{label} body {j}"), *para));
    }
    if let Some(note) = page.note {
        out.push((format!("{label} note"), note));
    }
    out
}

/// Every piece of English caption prose.
fn all_texts() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for s in w().scenarios {
        out.push((format!("{} title", s.id), s.title));
        out.push((format!("{} summary", s.id), s.summary));
        for (i, page) in s.pages.iter().enumerate() {
            out.extend(page_texts(&format!("{} page {}", s.id, i + 1), page));
        }
    }
    for (i, page) in w().typed.iter().enumerate() {
        out.extend(page_texts(&format!("generic page {i}"), page));
    }
    out.push(("TRY_INTRO".to_owned(), w().ui.try_intro));
    out.push(("COMPARE_INTRO".to_owned(), w().ui.compare_intro));
    out
}

#[test]
fn scenario_ids_follow_the_model() {
    let mut ids: Vec<&str> = w().scenarios.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    let mut model = Scenario::IDS.to_vec();
    model.sort_unstable();
    assert_eq!(
        ids, model,
        "one caption file per scenario of the model, and no other"
    );
    let picker: Vec<&str> = Lang::En.scenarios().map(|s| s.id).collect();
    assert_eq!(
        picker,
        Scenario::IDS,
        "the picker follows the model's order"
    );
    for id in Scenario::IDS {
        assert_eq!(Lang::En.scenario_text(id).map(|s| s.id), Some(id));
    }
    assert!(Lang::En.scenario_text("no-such-scenario").is_none());
}

#[test]
fn one_caption_page_per_model_page() {
    for s in w().scenarios {
        let t = timeline(s.id);
        let n = pages(&steps(&t)).len();
        assert_eq!(s.pages.len(), n, "scenario {} has {n} pages", s.id);
    }
}

#[test]
fn no_empty_strings_or_double_spaces() {
    for (label, text) in all_texts() {
        assert!(!text.trim().is_empty(), "{label} is empty");
        assert_eq!(text, text.trim(), "{label} has stray outer whitespace");
        assert!(!text.contains("  "), "{label} has a double space");
        assert!(!text.contains('\n'), "{label} spans lines");
    }
}

#[test]
fn pages_have_one_to_four_paragraphs_and_unique_titles() {
    let all = w()
        .scenarios
        .iter()
        .map(|s| (s.id, s.pages))
        .chain(std::iter::once(("generic", w().typed)));
    for (id, pages) in all {
        for page in pages {
            assert!(
                (1..=4).contains(&page.body.len()),
                "{id}: page {:?} has {} paragraphs",
                page.title,
                page.body.len()
            );
        }
        let titles: HashSet<&str> = pages.iter().map(|p| p.title).collect();
        assert_eq!(titles.len(), pages.len(), "{id}: duplicate page title");
    }
    assert_eq!(w().typed.len(), Phase::ALL.len());
}

#[test]
fn no_eight_word_run_is_copied_from_the_seed_script() {
    assert_not_copied_from_the_seed(all_texts());
}

#[test]
fn quoted_console_text_is_what_the_model_prints() {
    let mut everywhere = Vec::new();
    for s in w().scenarios {
        let lines = console_lines(&timeline(s.id));
        for (i, page) in s.pages.iter().enumerate() {
            for (label, text) in page_texts(&format!("{} page {}", s.id, i + 1), page) {
                for q in quotes(text) {
                    assert!(
                        !q.is_empty() && lines.iter().any(|l| l.starts_with(q)),
                        "{label}: {q:?} is not printed in scenario {}",
                        s.id
                    );
                }
            }
        }
        everywhere.extend(lines);
    }
    // Generic texts belong to no scenario: a quote there must at least be a real line.
    let generic = w()
        .typed
        .iter()
        .enumerate()
        .flat_map(|(i, p)| page_texts(&format!("generic page {i}"), p))
        .chain([("TRY_INTRO".to_owned(), w().ui.try_intro)])
        .chain([("COMPARE_INTRO".to_owned(), w().ui.compare_intro)]);
    for (label, text) in generic {
        for q in quotes(text) {
            assert!(
                everywhere.iter().any(|l| l.starts_with(q)),
                "{label}: {q:?} is not a console line"
            );
        }
    }
}

#[test]
fn quotes_are_balanced() {
    for (label, text) in all_texts() {
        assert_eq!(text.matches('"').count() % 2, 0, "{label}: odd quotes");
    }
}

/// Each page names the key packets drawn on it and the commands typed on it.
#[test]
fn pages_mention_their_packets_and_typed_commands() {
    for s in w().scenarios {
        let t = timeline(s.id);
        let st = steps(&t);
        let pg = pages(&st);
        for (n, page) in pg.iter().enumerate() {
            let end = pg.get(n + 1).map_or(st.len(), |q| q.start);
            let caption = &s.pages[n];
            let text: String = page_texts("", caption)
                .into_iter()
                .map(|(_, t)| t)
                .collect::<Vec<_>>()
                .join(" ");
            for step in &st[page.start..end] {
                match &step.kind {
                    StepKind::Packet { name, .. } if *name == "Ack" => assert!(
                        text.to_lowercase().contains("ack"),
                        "{} page {}: no word for Ack",
                        s.id,
                        n + 1
                    ),
                    StepKind::Packet { name, .. } => assert!(
                        text.contains(name),
                        "{} page {} does not name {name}",
                        s.id,
                        n + 1
                    ),
                    StepKind::Console { lines, .. } => {
                        for &l in lines {
                            if let EventKind::Console {
                                text: line,
                                input: true,
                                ..
                            } = &t.events[l].kind
                            {
                                assert!(
                                    text.contains(line.as_str()),
                                    "{} page {} does not show the typed {line:?}",
                                    s.id,
                                    n + 1
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn port_arithmetic_is_right() {
    for (p1, p2, port) in [
        (195, 80, 50000),
        (195, 81, 50001),
        (195, 82, 50002),
        (213, 177, 54705),
        (213, 178, 54706),
    ] {
        assert_eq!(p1 * 256 + p2, port);
        let formula = format!("{p1} × 256 + {p2} = {port}");
        for (label, text) in all_texts() {
            if text.contains(&format!("{p1} × 256 + {p2} =")) {
                assert!(text.contains(&formula), "{label}: wrong sum for {port}");
            }
        }
    }
    assert_eq!(1460 + 1460 + 664, 3584);
}
