//! Spanish: the same tables as [`super::en`], same ids, order and page counts,
//! and Spanish for what the model says in English ([`model`]). In the split
//! build this folder is a chunk of its own ([`super::load`]).

pub mod captions;
pub mod content;
pub mod model;
pub mod ui;

use crate::i18n::Words;

/// Everything Spanish says.
pub static WORDS: Words = Words {
    ui: &ui::ES,
    overview: &content::OVERVIEW,
    faq: content::FAQ,
    packet_notes: content::PACKET_NOTES,
    scenarios: captions::SCENARIOS,
    generic: &captions::GENERIC,
    try_intro: captions::TRY_INTRO,
    compare_intro: captions::COMPARE_INTRO,
    layer_title: model::layer_title,
    field: model::field,
    filter_error: model::filter_error,
    command_summary: model::command_summary,
};
