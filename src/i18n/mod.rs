//! Languages: English and Spanish. The language comes from `lang` in the URL,
//! else from the browser's preferred language; `<html lang>` follows it.
//! Words of the interface are const tables ([`Ui`]), one per language, like
//! the captions and the FAQ (no parsing at run time); patterns take their
//! values through `{}` ([`fill`]), in order.
//!
//! The model (`ftp-sim`) speaks English: its dissector's field names and
//! notes, reply meanings and `help` lines. Spanish for those lives here too,
//! in tables keyed by what the model keeps stable: the Wireshark field name
//! ([`FIELDS_ES`]), the FTP verb ([`COMMANDS_EXPLAINED_ES`]), the reply code
//! ([`REPLY_CODES_ES`]), the layer title ([`LAYERS_ES`]) and the client's
//! command name ([`COMMAND_SUMMARIES_ES`]). What the FTP client and server
//! print, and protocol words (PORT, SYN, ACK…), stay as they are.

pub mod en;
pub mod es;
#[cfg(test)]
mod dump;

pub use en::ui::EN;
pub use es::model::{
    field_value_es, COMMANDS_EXPLAINED_ES, COMMAND_SUMMARIES_ES, FIELDS_ES, LAYERS_ES,
    REPLY_CODES_ES,
};
pub use es::ui::ES;

use crate::i18n::en::captions::ScenarioText;
use crate::i18n::en::content::{CaptionPage, Faq};

/// A language the page speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// The BCP 47 code used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language named by a `lang=` value.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language for a browser preference such as `es-AR` or `en-GB`.
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if primary == "es" {
            Lang::Es
        } else {
            Lang::En
        }
    }

    /// Everything this language says. Spanish is a chunk of its own in the
    /// split build, loaded by [`load`] before the first render of a Spanish
    /// page; until then (or if it failed) its words are English's.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::WORDS,
            Lang::Es => spanish().unwrap_or(&en::WORDS),
        }
    }

    /// Whether this language's words are here (always, except Spanish in the
    /// split build before [`load`] or after it failed).
    pub fn is_loaded(self) -> bool {
        self == Lang::En || spanish().is_some()
    }

    /// The interface words in this language.
    pub fn ui(self) -> &'static Ui {
        self.words().ui
    }

    /// The overview shown on a first visit.
    pub fn overview(self) -> &'static CaptionPage {
        self.words().overview
    }

    /// The FAQ.
    pub fn faq(self) -> &'static [Faq] {
        self.words().faq
    }

    /// One-line notes on the key packets, by packet name.
    pub fn packet_notes(self) -> &'static [(&'static str, &'static str)] {
        self.words().packet_notes
    }

    /// A scenario's title, summary and caption pages.
    pub fn scenario_text(self, id: &str) -> Option<&'static ScenarioText> {
        self.words().scenarios.iter().find(|s| s.id == id)
    }

    /// Every scenario's text, in the picker's order.
    pub fn scenarios(self) -> &'static [ScenarioText] {
        self.words().scenarios
    }

    /// Phase-generic caption pages, for typed sessions.
    pub fn generic(self) -> &'static [CaptionPage; 6] {
        self.words().generic
    }

    /// The Try it yourself introduction.
    pub fn try_intro(self) -> &'static str {
        self.words().try_intro
    }

    /// The side-by-side introduction.
    pub fn compare_intro(self) -> &'static str {
        self.words().compare_intro
    }

    /// The language of the page: from the context, English if none.
    pub fn current() -> Lang {
        leptos::prelude::use_context::<Lang>().unwrap_or_default()
    }
}

/// The interface's words in one language.
pub struct Ui {
    pub title: &'static str,
    pub nav_label: &'static str,
    pub nav_tutorial: &'static str,
    pub nav_try: &'static str,
    pub nav_compare: &'static str,
    pub nav_faq: &'static str,
    pub language: &'static str,
    pub restart: &'static str,
    pub previous_page: &'static str,
    pub step_back: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub step_forward: &'static str,
    pub next_page: &'static str,
    pub speed: &'static str,
    pub show: &'static str,
    pub key_packets: &'static str,
    pub every_segment: &'static str,
    pub controls_label: &'static str,
    pub step_of: &'static str,
    pub page_of: &'static str,
    pub not_drawn: &'static str,
    pub press_to_begin: &'static str,
    pub console_of: &'static str,
    pub overview: &'static str,
    pub overview_heading: &'static str,
    pub dont_show: &'static str,
    pub start: &'static str,
    pub scenarios_label: &'static str,
    pub faq_title: &'static str,
    pub faq_intro: &'static str,
    pub back_to_tutorial: &'static str,
    pub questions_label: &'static str,
    pub user_types: &'static str,
    pub prints: &'static str,
    pub prints_more: &'static str,
    pub console_alone: &'static str,
    pub legend_control: &'static str,
    pub legend_data: &'static str,
    pub role_client: &'static str,
    pub role_server: &'static str,
    pub sockets_summary: &'static str,
    pub sockets_of: &'static str,
    pub local_address: &'static str,
    pub foreign_address: &'static str,
    pub state: &'static str,
    pub no_sockets: &'static str,
    pub deeper_title: &'static str,
    pub tab_list: &'static str,
    pub tab_ladder: &'static str,
    pub tab_follow: &'static str,
    pub display_filter: &'static str,
    pub apply: &'static str,
    pub clear: &'static str,
    pub try_filters: &'static str,
    pub showing: &'static str,
    // The packet list's columns and filter box.
    pub filter_placeholder: &'static str,
    pub col_no: &'static str,
    pub col_time: &'static str,
    pub col_source: &'static str,
    pub col_destination: &'static str,
    pub col_protocol: &'static str,
    pub col_length: &'static str,
    pub col_info: &'static str,
    // Go deeper: tabs and downloads.
    pub views_label: &'static str,
    pub download_pcapng: &'static str,
    pub download_pcap: &'static str,
    // The inspector.
    pub inspector_title: &'static str,
    pub inspector_hint: &'static str,
    pub not_a_packet: &'static str,
    pub frame_title: &'static str,
    pub inspector_help: &'static str,
    pub hex_label: &'static str,
    // The packet details panel.
    pub details_title: &'static str,
    pub frame_name: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub tcp_flags: &'static str,
    pub seq_number: &'static str,
    pub ack_number: &'static str,
    pub window: &'static str,
    pub mss_option: &'static str,
    pub payload: &'static str,
    pub frame: &'static str,
    pub frame_on_wire: &'static str,
    pub port_listen: &'static str,
    pub port_bytes: &'static str,
    pub close: &'static str,
    // The ladder diagram.
    pub ladder_label: &'static str,
    // Follow stream.
    pub follow_client: &'static str,
    pub follow_server: &'static str,
    pub control_connection: &'static str,
    pub data_connection: &'static str,
    pub data_word: &'static str,
    pub client_to_server: &'static str,
    pub server_to_client: &'static str,
    pub save: &'static str,
    // The caption's "now" line for a packet: name, from, to, flags, addresses.
    pub now_packet: &'static str,
    /// The same for a segment the tutorial gives no name (every-segment mode).
    pub now_segment: &'static str,
    // The text-only transcript.
    pub transcript_title: &'static str,
    pub transcript_line: &'static str,
    // The theme switch.
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    // The lesson's stage and embed view (used by lesson/stage.rs and lesson/mod.rs).
    pub animation_label: &'static str,
    pub stage_title: &'static str,
    /// The travelling packet's accessible name: its label, then what a click does.
    pub packet_button: &'static str,
    pub port_label: &'static str,
    pub open_full_lesson: &'static str,
    // The Embed dialog.
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    // Try it yourself.
    pub try_title: &'static str,
    pub terminal_title: &'static str,
    pub run: &'static str,
    pub reset: &'static str,
    pub help_heading: &'static str,
    pub help_also: &'static str,
    pub hint_too_long: &'static str,
    pub hint_usage: &'static str,
    pub hint_optional: &'static str,
    pub hint_at_prompt: &'static str,
    pub hint_protocol: &'static str,
    pub hint_port: &'static str,
    pub hint_lower_case: &'static str,
    pub hint_did_you_mean: &'static str,
    pub hint_help: &'static str,
    // Active vs passive.
    pub compare_title: &'static str,
    pub compare_controls: &'static str,
    pub packet_of: &'static str,
    pub compare_active: &'static str,
    pub compare_passive: &'static str,
    pub compare_announce: &'static str,
    // Notices about the address (see `url::Problem`).
    pub notice_no_page: &'static str,
    pub notice_no_scenario: &'static str,
    pub notice_value_too_long: &'static str,
    pub notice_not_a_number: &'static str,
    pub notice_not_a_switch: &'static str,
    pub notice_query_too_long: &'static str,
    pub notice_no_step: &'static str,
    pub notice_from_after_to: &'static str,
    pub notice_step_outside: &'static str,
    pub notice_no_language: &'static str,
    pub notice_language_failed: &'static str,
    // A part of the site that loads on demand (a page or the Go deeper views).
    pub part_loading: &'static str,
    pub part_failed: &'static str,
    pub retry: &'static str,
}

/// A dissector field's words in another language, keyed by its Wireshark
/// field name (`ftp_sim::dissect::Field::abbrev`; `""` for the further lines
/// of a multi-line reply, which Wireshark does not name).
pub struct FieldText {
    pub key: &'static str,
    pub label: &'static str,
    pub explain: &'static str,
}

/// Everything one language says: its folder's tables, and how it words what
/// the model says in English. One per language (`en::WORDS`, `es::WORDS`).
pub struct Words {
    pub ui: &'static Ui,
    pub overview: &'static CaptionPage,
    pub faq: &'static [Faq],
    pub packet_notes: &'static [(&'static str, &'static str)],
    pub scenarios: &'static [ScenarioText],
    pub generic: &'static [CaptionPage; 6],
    pub try_intro: &'static str,
    pub compare_intro: &'static str,
    pub layer_title: fn(&'static str) -> &'static str,
    pub field: fn(&ftp_sim::dissect::Field) -> (&'static str, String, &'static str),
    pub filter_error: fn(&ftp_sim::filter::FilterError) -> String,
    pub command_summary: fn(&ftp_sim::ftp::client::CommandHelp) -> &'static str,
}

/// Spanish's words once [`load`] brought its chunk (the split build).
#[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
static SPANISH: std::sync::OnceLock<&'static Words> = std::sync::OnceLock::new();

#[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
fn spanish() -> Option<&'static Words> {
    SPANISH.get().copied()
}

/// Everywhere but the split build, Spanish is in the one module.
#[cfg(not(all(target_family = "wasm", not(debug_assertions), feature = "split")))]
fn spanish() -> Option<&'static Words> {
    Some(&es::WORDS)
}

// Spanish in a chunk of its own: only this split point reads `es::WORDS`, so
// wasm-split moves its tables (and the code that words the model's English)
// out of the first download.
crate::split_fn! { lang_es: fn spanish_words() -> &'static Words { &es::WORDS } }

/// Brings `lang`'s words if they are not here yet (Spanish in the split
/// build). On error the language's words stay English's ([`Lang::is_loaded`]).
pub async fn load(lang: Lang) -> Result<(), crate::app::split::ChunkError> {
    if lang.is_loaded() {
        return Ok(());
    }
    let _words = spanish_words().await?;
    #[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
    let _ = SPANISH.set(_words);
    Ok(())
}

/// `key` looked up in a table of (key, text) pairs.
pub(crate) fn lookup<K: PartialEq + Copy, T: Copy>(table: &[(K, T)], key: K) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

impl Lang {
    /// The title of an inspector layer (the model's title is English).
    pub fn layer_title(self, title: &'static str) -> &'static str {
        (self.words().layer_title)(title)
    }

    /// A dissector field's label, value and explanation in this language.
    pub fn field(self, f: &ftp_sim::dissect::Field) -> (&'static str, String, &'static str) {
        (self.words().field)(f)
    }

    /// Why a display filter was refused, in this language (the model words
    /// it in English). Field names, operators and the learner's own words are
    /// quoted as they are.
    pub fn filter_error(self, e: &ftp_sim::filter::FilterError) -> String {
        (self.words().filter_error)(e)
    }

    /// What a command of the `ftp>` client does (its `help` line).
    pub fn command_summary(self, c: &ftp_sim::ftp::client::CommandHelp) -> &'static str {
        (self.words().command_summary)(c)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_filter_error_is_worded_in_spanish_with_its_quoted_words() {
        use ftp_sim::filter::{compile, error_examples, ErrorKind as K};
        for expr in error_examples() {
            let e = compile(&expr).expect_err(&expr);
            assert_eq!(Lang::En.filter_error(&e), e.message);
            let es = Lang::Es.filter_error(&e);
            assert_ne!(es, e.message, "{expr:?} is not translated");
            assert!(es.ends_with('.') && !es.contains("  "), "{es:?}");
            let quoted: Vec<String> = match &e.kind {
                K::BadChar(c) => vec![c.to_string()],
                K::BadEscape(x)
                | K::Unexpected(x)
                | K::UnknownName(x)
                | K::ValueAfter(x)
                | K::BadNumber(x)
                | K::BadIpv4(x)
                | K::BadMac(x)
                | K::ContainsNeedsText(x)
                | K::ProtocolInSet(x)
                | K::ProtocolValue(x) => vec![x.clone()],
                K::Incomparable(a, b) => vec![a.clone(), b.clone()],
                K::NotText { field, value } => vec![field.clone(), value.clone()],
                K::TooLong { max } | K::TooDeep { max } => vec![max.to_string()],
                _ => vec![],
            };
            for q in quoted {
                assert!(es.contains(&q), "{es:?} lacks {q:?}");
            }
        }
    }

    #[test]
    fn browser_preferences_pick_the_language() {
        assert_eq!(Lang::from_browser("es"), Lang::Es);
        assert_eq!(Lang::from_browser("es-AR"), Lang::Es);
        assert_eq!(Lang::from_browser("ES_mx"), Lang::Es);
        assert_eq!(Lang::from_browser("en-GB"), Lang::En);
        assert_eq!(Lang::from_browser("fr"), Lang::En);
        assert_eq!(Lang::from_browser(""), Lang::En);
        assert_eq!(Lang::from_code("es"), Some(Lang::Es));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn patterns_fill_in_order() {
        assert_eq!(fill(EN.step_of, &[&3, &17]), "Step 3 of 17");
        assert_eq!(fill(ES.step_of, &[&3, &17]), "Paso 3 de 17");
        assert_eq!(fill(EN.page_of, &[&1, &6, &"Hi"]), "Page 1 of 6: Hi");
        assert_eq!(fill("{} and {}", &[&1]), "1 and ");
    }

    /// Every entry of a [`Ui`] as (field name, text). The pattern names every
    /// field without `..`, so adding a field without listing it here fails to build.
    macro_rules! entries {
        ($ui:expr; $($f:ident),* $(,)?) => {{
            let Ui { $($f),* } = $ui;
            vec![$((stringify!($f), *$f)),*]
        }};
    }

    pub(super) fn all_pub(ui: &Ui) -> Vec<(&'static str, &'static str)> {
        all(ui)
    }

    fn all(ui: &Ui) -> Vec<(&'static str, &'static str)> {
        entries!(ui;
            title, nav_label, nav_tutorial, nav_try, nav_compare, nav_faq, language, restart,
            previous_page, step_back, play, pause, step_forward, next_page, speed, show,
            key_packets, every_segment, controls_label, step_of, page_of, not_drawn,
            press_to_begin, console_of, overview, overview_heading, dont_show, start,
            scenarios_label, faq_title, faq_intro, back_to_tutorial, questions_label, user_types,
            prints, prints_more, console_alone, legend_control, legend_data, role_client,
            role_server, sockets_summary, sockets_of, local_address, foreign_address, state,
            no_sockets, deeper_title, tab_list, tab_ladder, tab_follow, display_filter, apply,
            clear, try_filters, showing, filter_placeholder, col_no, col_time, col_source,
            col_destination, col_protocol, col_length, col_info, views_label, download_pcapng,
            download_pcap, inspector_title, inspector_hint, not_a_packet, frame_title,
            inspector_help, hex_label, details_title, frame_name, from, to, tcp_flags,
            seq_number, ack_number, window, mss_option, payload, frame, frame_on_wire,
            port_listen, port_bytes, close, ladder_label, follow_client, follow_server,
            control_connection, data_connection, data_word, client_to_server, server_to_client,
            save, now_packet, now_segment, transcript_title, transcript_line, theme, theme_auto, theme_light,
            theme_dark, animation_label, stage_title, packet_button, port_label, open_full_lesson, embed,
            embed_title, embed_help, copy, copied, copy_by_hand, try_title, terminal_title, run,
            reset, help_heading, help_also, hint_too_long, hint_usage, hint_optional,
            hint_at_prompt, hint_protocol, hint_port, hint_lower_case, hint_did_you_mean,
            hint_help, compare_title, compare_controls, packet_of, compare_active,
            compare_passive, compare_announce, notice_no_page, notice_no_scenario,
            notice_value_too_long, notice_not_a_number, notice_not_a_switch,
            notice_query_too_long, notice_no_step, notice_from_after_to, notice_step_outside,
            notice_no_language, notice_language_failed, part_loading, part_failed, retry,
        )
    }

    /// Entries that are rightly the same in both languages.
    const SAME_IN_BOTH: &[&str] = &["nav_tutorial", "sockets_of"];

    #[test]
    fn every_spanish_entry_is_written_and_keeps_the_placeholders() {
        let (en, es) = (all(&EN), all(&ES));
        assert_eq!(en.len(), es.len());
        for ((name, en), (_, es)) in en.into_iter().zip(es) {
            assert!(!en.trim().is_empty(), "EN.{name} is empty");
            assert!(!es.trim().is_empty(), "ES.{name} is empty");
            assert_eq!(
                en.matches("{}").count(),
                es.matches("{}").count(),
                "{name}: “{en}” / “{es}” have different placeholders"
            );
            assert_eq!(
                en == es,
                SAME_IN_BOTH.contains(&name),
                "{name}: “{es}” (the same in both languages only where listed)"
            );
        }
    }

    #[test]
    fn sub_tables_have_unique_keys_and_spanish_text() {
        fn unique<K: PartialEq + std::fmt::Debug>(keys: &[K]) {
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(k), "{k:?} twice");
            }
        }
        unique(&FIELDS_ES.iter().map(|f| f.key).collect::<Vec<_>>());
        unique(
            &COMMANDS_EXPLAINED_ES
                .iter()
                .map(|c| c.0)
                .collect::<Vec<_>>(),
        );
        unique(&REPLY_CODES_ES.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(&LAYERS_ES.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(&COMMAND_SUMMARIES_ES.iter().map(|c| c.0).collect::<Vec<_>>());
        for f in FIELDS_ES {
            assert!(!f.label.is_empty() && !f.explain.is_empty(), "{}", f.key);
        }
        for (verb, text) in COMMANDS_EXPLAINED_ES {
            assert!(text.starts_with(&format!("{verb}: ")), "{text}");
        }
        // Every command `help` lists has its Spanish line, and no other.
        let names: Vec<_> = ftp_sim::COMMANDS.iter().map(|c| c.name).collect();
        let ours: Vec<_> = COMMAND_SUMMARIES_ES.iter().map(|c| c.0).collect();
        assert_eq!(ours, names);
        for c in ftp_sim::COMMANDS {
            assert_ne!(Lang::Es.command_summary(c), c.summary, "{}", c.name);
        }
    }

    /// Every scenario, plus a typed session using every kind of command.
    fn sessions() -> Vec<ftp_sim::Timeline> {
        use ftp_sim::{DataMode, Scenario};
        let typed: Vec<String> = [
            "user anonymous guest@example.edu",
            "system",
            "status",
            "pwd",
            "ls",
            "dir",
            "cd pub",
            "cdup",
            "size foo",
            "ascii",
            "binary",
            "mkdir new",
            "rmdir new",
            "put notes.txt",
            "delete notes.txt",
            "get nothing-here",
            "quote NOOP",
            "quote HELP",
            "passive",
            "get foo",
            "epsv",
            "get foo",
            "close",
            "open 1.1.2.1",
            "user nobody wrong",
            "quit",
        ]
        .map(String::from)
        .to_vec();
        let mut out: Vec<_> = Scenario::IDS
            .iter()
            .filter_map(|id| Scenario::by_id(id))
            .map(|s| ftp_sim::simulate(&s, crate::lesson::session::SEED))
            .collect();
        for mode in [DataMode::Active, DataMode::Passive] {
            out.push(ftp_sim::simulate(
                &Scenario::interactive(mode, &typed),
                crate::lesson::session::SEED,
            ));
        }
        out
    }

    #[test]
    fn every_field_the_dissector_emits_has_spanish_words() {
        use ftp_sim::dissect::dissect;
        // Values that are protocol text (what was typed or sent) stay as they are.
        const PROTOCOL_TEXT: &[&str] = &["ftp.request.arg", "ftp.response.arg", ""];
        const ENGLISH: &[&str] = &[
            "Set",
            "set",
            "Not",
            "not",
            "relative",
            "raw",
            "Don't",
            "fragment",
            "More",
            "fragments",
            "kind",
            "the",
            "flag",
            "is",
        ];
        let mut seen = std::collections::BTreeSet::new();
        for t in sessions() {
            for (i, _) in t.segments() {
                let layers = dissect(&t, i).expect("a segment dissects");
                for layer in &layers {
                    assert!(
                        LAYERS_ES.iter().any(|(en, _)| *en == layer.title),
                        "no Spanish title for layer “{}”",
                        layer.title
                    );
                    for f in &layer.fields {
                        seen.insert(f.abbrev);
                        assert!(
                            FIELDS_ES.iter().any(|e| e.key == f.abbrev),
                            "no Spanish entry for field “{}” ({})",
                            f.abbrev,
                            f.label
                        );
                        let (label, value, explain) = Lang::Es.field(f);
                        assert!(!label.is_empty() && !explain.is_empty());
                        if f.abbrev == "ftp.request.command" {
                            let verb = f.value.to_ascii_uppercase();
                            if f.explain.starts_with(&format!("{verb}:")) {
                                assert!(
                                    explain.starts_with(&format!("{verb}: ")),
                                    "no Spanish explanation for {verb}"
                                );
                            }
                        } else {
                            assert_ne!(explain, f.explain, "{}", f.abbrev);
                        }
                        if f.abbrev == "ftp.response.code" && f.value.contains('(') {
                            assert_ne!(value, f.value, "no Spanish meaning for {}", f.value);
                        }
                        if !PROTOCOL_TEXT.contains(&f.abbrev) {
                            let words = value.split(|c: char| !c.is_alphabetic() && c != '\'');
                            for w in words {
                                assert!(
                                    !ENGLISH.contains(&w),
                                    "{}: English “{w}” left in “{value}”",
                                    f.abbrev
                                );
                            }
                        }
                    }
                }
            }
        }
        // The walk reached the rarer fields too.
        for key in ["tcp.options.mss_val", "ftp-data", "ftp.response.code", ""] {
            assert!(seen.contains(key), "no session shows {key:?}");
        }
    }

    #[test]
    fn spanish_values_keep_numbers_and_protocol_words() {
        assert_eq!(field_value_es("tcp.flags.syn", "Set"), "Activado");
        assert_eq!(field_value_es("tcp.flags.fin", "Not set"), "No activado");
        assert_eq!(
            field_value_es("tcp.seq", "0 (relative), raw 3997354251"),
            "0 (relativo), en bruto 3997354251"
        );
        assert_eq!(
            field_value_es("tcp.ack", "0 (the ACK flag is not set)"),
            "0 (el indicador ACK no está activado)"
        );
        assert_eq!(
            field_value_es("ip.flags", "0x40, Don't fragment"),
            "0x40, No fragmentar"
        );
        assert_eq!(
            field_value_es("ftp.response.code", "220 (Service ready for new user)"),
            "220 (Servicio listo para un nuevo usuario)"
        );
        assert_eq!(field_value_es("ftp.response.code", "299"), "299");
        assert_eq!(
            field_value_es("tcp.option_kind", "kind 3, 3 bytes"),
            "tipo 3, 3 bytes"
        );
        assert_eq!(
            field_value_es("tcp.flags", "0x012 (SYN, ACK)"),
            "0x012 (SYN, ACK)"
        );
        assert_eq!(Lang::Es.layer_title("FTP Data"), "Datos FTP");
        assert_eq!(Lang::En.layer_title("FTP Data"), "FTP Data");
    }
}
