//! Languages. Every folder here is one: `en/` (the source), `es/`, `pt/`…,
//! holding only data — prose in Markdown (captions, overview, FAQ), keyed
//! words in TOML (interface, packet notes, and `model.toml`: how the language
//! words what the model says in English). `build.rs` reads the folders with
//! `crates/words`, checks each against English and writes `OUT_DIR/words.rs`:
//! the [`Lang`] enum, the [`Ui`] struct (English's keys) and one module of
//! const tables per language, included below. Nothing is parsed at run time.
//!
//! The page's language comes from `lang` in the URL, else from the browser's
//! preferred language; `<html lang>` follows it ([`Lang::tag`]). English is in
//! the first download; every other language is a chunk of its own in the
//! split build, brought by [`load`] before the first render of a page in it.
//!
//! The model (`ftp-sim`) speaks English: its dissector's field names and
//! notes, reply meanings, filter errors and `help` lines. Other languages word
//! them through their [`ModelWords`] ([`model`]). What the FTP client and
//! server print, and protocol words (PORT, SYN, ACK…), stay as they are.

pub mod model;
#[cfg(test)]
mod tests;

pub use model::{FieldText, ModelWords};

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// One caption page (a scenario's, the overview, or a typed session's).
pub struct CaptionPage {
    /// Short heading, e.g. "H1 opens the control connection".
    pub title: &'static str,
    /// Paragraphs of the page (plain text; the UI renders one <p> each).
    pub body: &'static [&'static str],
    /// A "What the animation leaves out" note, if any (plain text).
    pub note: Option<&'static str>,
}

/// One question of the FAQ.
pub struct Faq {
    /// The anchor id: lowercase words joined by '-', e.g. "what-is-ftp". Unique.
    pub id: &'static str,
    /// The question, as the learner would ask it.
    pub question: &'static str,
    /// Paragraphs; a paragraph starting with "- " is a bullet; a paragraph
    /// starting with "$ " is a code line (e.g. a filter), rendered monospace
    /// without the "$ ".
    pub answer: &'static [&'static str],
}

/// A scenario's words: `captions/<id>.md`.
pub struct ScenarioText {
    /// One of `ftp_sim::Scenario::IDS`.
    pub id: &'static str,
    /// Picker label, short.
    pub title: &'static str,
    /// One sentence under the picker.
    pub summary: &'static str,
    /// One page per page of `ftp_sim::tutorial::pages(...)`, in order.
    pub pages: &'static [CaptionPage],
}

/// Everything one language says (one per folder: `en::WORDS`, `es::WORDS`…).
pub struct Words {
    pub ui: &'static Ui,
    pub overview: &'static CaptionPage,
    /// One-line notes on the key packets, by packet name.
    pub packet_notes: &'static [(&'static str, &'static str)],
    /// By id (the picker orders them as `ftp_sim::Scenario::IDS`).
    pub scenarios: &'static [ScenarioText],
    /// `captions/typed.md`: a typed session's pages, one per phase.
    pub typed: &'static [CaptionPage],
    /// How this language words the model's English; `None` for English.
    pub model: Option<&'static ModelWords>,
}

/// The words of each language once [`load`] brought them (the split build;
/// English is always here).
#[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
static LOADED: [std::sync::OnceLock<&'static Words>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

#[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
fn loaded(lang: Lang) -> Option<&'static Words> {
    match lang {
        Lang::En => Some(&en::WORDS),
        _ => LOADED[lang as usize].get().copied(),
    }
}

/// Everywhere but the split build, every language is in the one module.
#[cfg(not(all(target_family = "wasm", not(debug_assertions), feature = "split")))]
fn loaded(lang: Lang) -> Option<&'static Words> {
    Some(bundled(lang))
}

/// Each language's FAQ once [`load_faq`] brought it (the split build).
#[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
static FAQS: [std::sync::OnceLock<&'static [Faq]>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

#[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
fn loaded_faq(lang: Lang) -> Option<&'static [Faq]> {
    FAQS[lang as usize].get().copied()
}

#[cfg(not(all(target_family = "wasm", not(debug_assertions), feature = "split")))]
fn loaded_faq(lang: Lang) -> Option<&'static [Faq]> {
    Some(bundled_faq(lang))
}

/// Brings `lang`'s FAQ if it is not here yet: a chunk of its own in the split
/// build (every language's, English's too), fetched by the FAQ page beside
/// the page's code.
pub async fn load_faq(lang: Lang) -> Result<(), crate::app::split::ChunkError> {
    if loaded_faq(lang).is_some() {
        return Ok(());
    }
    let _faq = fetch_faq(lang).await?;
    #[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
    let _ = FAQS[lang as usize].set(_faq);
    Ok(())
}

/// Brings `lang`'s words if they are not here yet (a language other than
/// English, in the split build). On error the language's words stay
/// English's ([`Lang::is_loaded`]).
pub async fn load(lang: Lang) -> Result<(), crate::app::split::ChunkError> {
    if lang.is_loaded() {
        return Ok(());
    }
    let _words = fetch(lang).await?;
    #[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
    let _ = LOADED[lang as usize].set(_words);
    Ok(())
}

impl Lang {
    /// The language named by a `lang=` value: its code (`pt`) or its tag
    /// (`pt-BR`), in any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code) || l.tag().eq_ignore_ascii_case(code))
    }

    /// The language for a browser preference such as `pt-BR`, `es-AR` or
    /// `en-GB`: the one with the same primary subtag, else English.
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::from_code(primary).unwrap_or_default()
    }

    /// Everything this language says. Until [`load`] brought a split
    /// language's chunk (or if it failed), its words are English's.
    pub fn words(self) -> &'static Words {
        loaded(self).unwrap_or(&en::WORDS)
    }

    /// Whether this language's words are here.
    pub fn is_loaded(self) -> bool {
        loaded(self).is_some()
    }

    /// The interface words in this language.
    pub fn ui(self) -> &'static Ui {
        self.words().ui
    }

    /// The overview shown on a first visit.
    pub fn overview(self) -> &'static CaptionPage {
        self.words().overview
    }

    /// The FAQ, once [`load_faq`] brought it (empty before).
    pub fn faq(self) -> &'static [Faq] {
        loaded_faq(self).unwrap_or_default()
    }

    /// One-line notes on the key packets, by packet name.
    pub fn packet_notes(self) -> &'static [(&'static str, &'static str)] {
        self.words().packet_notes
    }

    /// A scenario's title, summary and caption pages.
    pub fn scenario_text(self, id: &str) -> Option<&'static ScenarioText> {
        self.words().scenarios.iter().find(|s| s.id == id)
    }

    /// Every scenario's text, in the model's order (the picker's).
    pub fn scenarios(self) -> impl Iterator<Item = &'static ScenarioText> {
        ftp_sim::Scenario::IDS
            .iter()
            .filter_map(move |id| self.scenario_text(id))
    }

    /// Phase-generic caption pages, for typed sessions (one per phase).
    pub fn typed(self) -> &'static [CaptionPage] {
        self.words().typed
    }

    /// The Try it yourself introduction.
    pub fn try_intro(self) -> &'static str {
        self.ui().try_intro
    }

    /// The side-by-side introduction.
    pub fn compare_intro(self) -> &'static str {
        self.ui().compare_intro
    }

    /// The language of the page: from the context, English if none.
    pub fn current() -> Lang {
        leptos::prelude::use_context::<Lang>().unwrap_or_default()
    }

    /// Every `lang=` value, for messages: "en, es or pt" in this language's
    /// words for "or".
    pub fn codes(self) -> String {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        match codes.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => fill(self.ui().list_or, &[&rest.join(", "), last]),
            None => String::new(),
        }
    }
}

/// `key` looked up in a table of (key, text) pairs.
pub(crate) fn lookup<K: PartialEq + Copy, T: Copy>(table: &[(K, T)], key: K) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

/// Fills the `{}` of `pattern` with `args`, in order.
pub fn fill(pattern: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut args = args.iter();
    let mut rest = pattern;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(a) = args.next() {
            out.push_str(&a.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}
