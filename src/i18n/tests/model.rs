//! The interface words and the model's words in every language.

use crate::i18n::*;
use crate::i18n::{es, Lang, Ui};

fn es_model() -> &'static crate::i18n::ModelWords {
    model(Lang::Es)
}

/// A translation's words for the model's English.
fn model(lang: Lang) -> &'static crate::i18n::ModelWords {
    lang.words()
        .model
        .expect("every language but English has model words")
}

#[test]
fn every_filter_error_is_worded_in_every_language_with_its_quoted_words() {
    for &lang in &Lang::ALL[1..] {
        use ftp_sim::filter::{compile, error_examples, ErrorKind as K};
        for expr in error_examples() {
            let e = compile(&expr).expect_err(&expr);
            assert_eq!(Lang::En.filter_error(&e), e.message);
            let es = lang.filter_error(&e);
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
    assert_eq!(fill(en::WORDS.ui.step_of, &[&3, &17]), "Step 3 of 17");
    assert_eq!(fill(es::WORDS.ui.step_of, &[&3, &17]), "Paso 3 de 17");
    assert_eq!(
        fill(en::WORDS.ui.page_of, &[&1, &6, &"Hi"]),
        "Page 1 of 6: Hi"
    );
    assert_eq!(fill("{} and {}", &[&1]), "1 and ");
}

fn all(ui: &Ui) -> Vec<(&'static str, &'static str)> {
    ui.entries().to_vec()
}

/// Entries that are rightly the same in both languages.
/// (The TCP graph's byte axis and its ACK line keep the protocol's words.)
const SAME_IN_BOTH: &[&str] = &["nav_tutorial", "sockets_of", "tsg_axis_bytes", "tsg_ack"];

#[test]
fn every_translated_entry_is_written_and_keeps_the_placeholders() {
    for &lang in &Lang::ALL[1..] {
        let (en, es) = (all(en::WORDS.ui), all(lang.ui()));
        assert_eq!(en.len(), es.len());
        for ((name, en), (_, es)) in en.into_iter().zip(es) {
            assert!(!en.trim().is_empty(), "EN.{name} is empty");
            assert!(!es.trim().is_empty(), "{lang:?}.{name} is empty");
            assert_eq!(
                en.matches("{}").count(),
                es.matches("{}").count(),
                "{name}: “{en}” / “{es}” have different placeholders"
            );
            assert_eq!(
                en == es,
                SAME_IN_BOTH.contains(&name),
                "{lang:?} {name}: “{es}” (the same as English only where listed)"
            );
        }
    }
}

#[test]
fn sub_tables_have_unique_keys_and_translated_text() {
    for &lang in &Lang::ALL[1..] {
        fn unique<K: PartialEq + std::fmt::Debug>(keys: &[K]) {
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(k), "{k:?} twice");
            }
        }
        unique(&model(lang).fields.iter().map(|f| f.key).collect::<Vec<_>>());
        unique(&model(lang).commands.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(&model(lang).replies.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(&model(lang).layers.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(
            &model(lang)
                .client_help
                .iter()
                .map(|c| c.0)
                .collect::<Vec<_>>(),
        );
        for f in model(lang).fields {
            assert!(!f.label.is_empty() && !f.explain.is_empty(), "{}", f.key);
        }
        for (verb, text) in model(lang).commands {
            assert!(text.starts_with(&format!("{verb}: ")), "{text}");
        }
        // Every command `help` lists has its Spanish line, and no other.
        let names: Vec<_> = ftp_sim::COMMANDS.iter().map(|c| c.name).collect();
        let ours: Vec<_> = model(lang).client_help.iter().map(|c| c.0).collect();
        assert_eq!(ours, names);
        for c in ftp_sim::COMMANDS {
            assert_ne!(lang.command_summary(c), c.summary, "{}", c.name);
        }
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
fn every_field_the_dissector_emits_has_words_in_every_language() {
    for &lang in &Lang::ALL[1..] {
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
                        model(lang).layers.iter().any(|(en, _)| *en == layer.title),
                        "no Spanish title for layer “{}”",
                        layer.title
                    );
                    for f in &layer.fields {
                        seen.insert(f.abbrev);
                        assert!(
                            model(lang).fields.iter().any(|e| e.key == f.abbrev),
                            "no Spanish entry for field “{}” ({})",
                            f.abbrev,
                            f.label
                        );
                        let (label, value, explain) = lang.field(f);
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
                            assert_ne!(value, f.value, "{lang:?}: no meaning for {}", f.value);
                        }
                        if !PROTOCOL_TEXT.contains(&f.abbrev) {
                            let words = value.split(|c: char| !c.is_alphabetic() && c != '\'');
                            // Brazilian networking courses say "flag" (a flag ACK).
                            let borrowed: &[&str] = if lang == Lang::Pt { &["flag"] } else { &[] };
                            for w in words.filter(|w| !borrowed.contains(w)) {
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
}

#[test]
fn spanish_values_keep_numbers_and_protocol_words() {
    assert_eq!(es_model().value("tcp.flags.syn", "Set"), "Activado");
    assert_eq!(es_model().value("tcp.flags.fin", "Not set"), "No activado");
    assert_eq!(
        es_model().value("tcp.seq", "0 (relative), raw 3997354251"),
        "0 (relativo), en bruto 3997354251"
    );
    assert_eq!(
        es_model().value("tcp.ack", "0 (the ACK flag is not set)"),
        "0 (el indicador ACK no está activado)"
    );
    assert_eq!(
        es_model().value("ip.flags", "0x40, Don't fragment"),
        "0x40, No fragmentar"
    );
    assert_eq!(
        es_model().value("ftp.response.code", "220 (Service ready for new user)"),
        "220 (Servicio listo para un nuevo usuario)"
    );
    assert_eq!(es_model().value("ftp.response.code", "299"), "299");
    assert_eq!(
        es_model().value("tcp.option_kind", "kind 3, 3 bytes"),
        "tipo 3, 3 bytes"
    );
    assert_eq!(
        es_model().value("tcp.flags", "0x012 (SYN, ACK)"),
        "0x012 (SYN, ACK)"
    );
    assert_eq!(Lang::Es.layer_title("FTP Data"), "Datos FTP");
    assert_eq!(Lang::En.layer_title("FTP Data"), "FTP Data");
}
