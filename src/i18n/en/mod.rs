//! English: the caption pages of every scenario, the overview, packet notes,
//! FAQ and interface words. The model speaks English, so its words are used
//! as they are. In the first download.

pub mod captions;
pub mod content;
pub mod ui;

use crate::i18n::Words;

/// Everything English says.
pub static WORDS: Words = Words {
    ui: &ui::EN,
    overview: &content::OVERVIEW,
    faq: content::FAQ,
    packet_notes: content::PACKET_NOTES,
    scenarios: captions::SCENARIOS,
    generic: &captions::GENERIC,
    try_intro: captions::TRY_INTRO,
    compare_intro: captions::COMPARE_INTRO,
    layer_title: |title| title,
    field: |f| (f.label, f.value.clone(), f.explain),
    filter_error: |e| e.message.clone(),
    command_summary: |c| c.summary,
};
