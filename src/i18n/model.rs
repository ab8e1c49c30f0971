//! What the model says in English, worded in another language through that
//! language's `model.toml` ([`ModelWords`]): dissector fields by their
//! Wireshark name, FTP verbs, reply codes, layer titles, the client's `help`
//! lines, the words inside dissector values and why a filter was refused.
//! English (no `model.toml`) uses the model's own words.

use crate::i18n::{lookup, Lang};
use ftp_sim::filter::{ErrorKind as K, FilterError};

/// A dissector field's words in another language, keyed by its Wireshark
/// field name (`ftp_sim::dissect::Field::abbrev`; `""` for the further lines
/// of a multi-line reply, which Wireshark does not name).
pub struct FieldText {
    pub key: &'static str,
    pub label: &'static str,
    pub explain: &'static str,
}

/// A language's `model.toml`.
pub struct ModelWords {
    /// Inspector layer titles: (English, this language).
    pub layers: &'static [(&'static str, &'static str)],
    /// Reply meanings by code.
    pub replies: &'static [(u32, &'static str)],
    /// What each FTP verb does, starting "VERB: ".
    pub commands: &'static [(&'static str, &'static str)],
    /// The `ftp>` client's `help` line for each of its commands.
    pub client_help: &'static [(&'static str, &'static str)],
    /// Parts of dissector values that are words: (English, this language).
    pub value_words: &'static [(&'static str, &'static str)],
    /// A TCP flag's own field: set, not set.
    pub flag_set: &'static str,
    pub flag_not_set: &'static str,
    /// A TCP option's kind, `{n}` its number.
    pub option_kind: &'static str,
    /// Why a filter was refused, by kind (see [`filter_error_key`]), with
    /// named placeholders.
    pub filter_errors: &'static [(&'static str, &'static str)],
    pub fields: &'static [FieldText],
}

/// Fills the `{name}` placeholders of `pattern`.
fn fill_named(pattern: &str, args: &[(&str, &str)]) -> String {
    args.iter()
        .fold(
            pattern.replace("{{", "\u{1}").replace("}}", "\u{2}"),
            |out, (name, value)| out.replace(&format!("{{{name}}}"), value),
        )
        .replace('\u{1}', "{")
        .replace('\u{2}', "}")
}

/// A filter error's key in `model.toml` and the values of its placeholders.
pub fn filter_error_key(kind: &K) -> (&'static str, Vec<(&'static str, String)>) {
    let one = |name, v: &String| vec![(name, v.clone())];
    match kind {
        K::TooLong { max } => ("too_long", vec![("max", max.to_string())]),
        K::SingleAmpersand => ("single_ampersand", vec![]),
        K::SinglePipe => ("single_pipe", vec![]),
        K::SingleEquals => ("single_equals", vec![]),
        K::Slice => ("slice", vec![]),
        K::SingleQuote => ("single_quote", vec![]),
        K::BadChar(c) => ("bad_char", vec![("char", c.to_string())]),
        K::BadHexEscape => ("bad_hex_escape", vec![]),
        K::BadEscape(x) => ("bad_escape", one("word", x)),
        K::UnclosedString => ("unclosed_string", vec![]),
        K::UnexpectedEnd => ("unexpected_end", vec![]),
        K::Unbalanced => ("unbalanced", vec![]),
        K::Unexpected(t) => ("unexpected", one("word", t)),
        K::TooDeep { max } => ("too_deep", vec![("max", max.to_string())]),
        K::UnknownName(w) => ("unknown_name", one("word", w)),
        K::RstName => ("rst_name", vec![]),
        K::StringAlone => ("string_alone", vec![]),
        K::NameBeforeParen => ("name_before_paren", vec![]),
        K::ContainsNeedsText(f) => ("contains_needs_text", one("field", f)),
        K::MatchesUnsupported => ("matches_unsupported", vec![]),
        K::NoField => ("no_field", vec![]),
        K::ValueAfter(op) => ("value_after", one("op", op)),
        K::BraceAfterIn => ("brace_after_in", vec![]),
        K::ProtocolInSet(f) => ("protocol_in_set", one("field", f)),
        K::UnclosedSet => ("unclosed_set", vec![]),
        K::EmptySet => ("empty_set", vec![]),
        K::BadNumber(w) => ("bad_number", one("word", w)),
        K::ProtocolValue(f) => ("protocol_value", one("field", f)),
        K::Incomparable(f, g) => (
            "incomparable",
            vec![("field", f.clone()), ("other", g.clone())],
        ),
        K::NotText { field, value } => (
            "not_text",
            vec![("field", field.clone()), ("value", value.clone())],
        ),
        K::BadIpv4(w) => ("bad_ipv4", one("word", w)),
        K::BadMac(w) => ("bad_mac", one("word", w)),
    }
}

impl ModelWords {
    /// A dissector value in this language: the words in it translated,
    /// numbers, addresses and protocol text kept.
    pub fn value(&self, abbrev: &str, value: &str) -> String {
        match abbrev {
            // The flags' own fields: "Set" or "Not set".
            a if a.starts_with("tcp.flags.") => match value {
                "Set" => self.flag_set.to_owned(),
                "Not set" => self.flag_not_set.to_owned(),
                v => v.to_owned(),
            },
            "ftp.response.code" => {
                let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
                match digits
                    .parse()
                    .ok()
                    .and_then(|c: u32| lookup(self.replies, c))
                {
                    Some(meaning) if value.len() > digits.len() => {
                        format!("{digits} ({meaning})")
                    }
                    _ => value.to_owned(),
                }
            }
            "tcp.option_kind" => match value.strip_prefix("kind ") {
                Some(rest) => {
                    let (n, tail) = rest.split_at(rest.find(',').unwrap_or(rest.len()));
                    fill_named(self.option_kind, &[("n", n)]) + tail
                }
                None => value.to_owned(),
            },
            _ => self
                .value_words
                .iter()
                .fold(value.to_owned(), |v, (en, here)| v.replace(en, here)),
        }
    }
}

/// A dissector field's words from a language's tables (English's where it has none).
pub fn field(m: &ModelWords, f: &ftp_sim::dissect::Field) -> (&'static str, String, &'static str) {
    let Some(text) = m.fields.iter().find(|t| t.key == f.abbrev) else {
        return (f.label, f.value.clone(), f.explain);
    };
    let explain = match f.abbrev {
        "ftp.request.command" => {
            lookup(m.commands, f.value.to_ascii_uppercase().as_str()).unwrap_or(text.explain)
        }
        _ => text.explain,
    };
    (text.label, m.value(f.abbrev, &f.value), explain)
}

/// Why a display filter was refused, from a language's tables.
pub fn filter_error(m: &ModelWords, e: &FilterError) -> String {
    let (key, args) = filter_error_key(&e.kind);
    match lookup(m.filter_errors, key) {
        Some(pattern) => {
            let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
            fill_named(pattern, &args)
        }
        None => e.message.clone(),
    }
}

impl Lang {
    fn model(self) -> Option<&'static ModelWords> {
        self.words().model
    }

    /// The title of an inspector layer (the model's title is English).
    pub fn layer_title(self, title: &'static str) -> &'static str {
        self.model()
            .and_then(|m| lookup(m.layers, title))
            .unwrap_or(title)
    }

    /// A dissector field's label, value and explanation in this language
    /// (the model's English where a field has no entry).
    pub fn field(self, f: &ftp_sim::dissect::Field) -> (&'static str, String, &'static str) {
        match self.model() {
            Some(m) => field(m, f),
            None => (f.label, f.value.clone(), f.explain),
        }
    }

    /// Why a display filter was refused, in this language (the model words
    /// it in English). Field names, operators and the learner's own words are
    /// quoted as they are.
    pub fn filter_error(self, e: &FilterError) -> String {
        match self.model() {
            Some(m) => filter_error(m, e),
            None => e.message.clone(),
        }
    }

    /// What a command of the `ftp>` client does (its `help` line).
    pub fn command_summary(self, c: &ftp_sim::ftp::client::CommandHelp) -> &'static str {
        self.model()
            .and_then(|m| lookup(m.client_help, c.name))
            .unwrap_or(c.summary)
    }
}
