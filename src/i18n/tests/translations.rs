//! Every language but English, held against English: the same pages,
//! paragraphs, numbers, console quotes, protocol words and typed commands;
//! it reads as its language, uses its agreed terms and copies no seed.
//! (The words crate checks the same at build time in a coarser grain: keys,
//! page counts, placeholders, numbers per page; these tests go paragraph by
//! paragraph.)

use super::en_content::{assert_not_copied_from_the_seed, shingles, texts_of};
use crate::i18n::{en, CaptionPage, Lang, Words};
use std::collections::{BTreeSet, HashSet};

/// What is particular to one language.
struct Traits {
    lang: Lang,
    /// Small words of which a text in this language has at least one.
    common_words: &'static [&'static str],
    /// How a question begins ("¿" in Spanish), if it has a mark there.
    question_start: Option<char>,
    /// Networking terms the translation agreed on and uses.
    terms: &'static [&'static str],
    /// Words it avoids.
    avoided: &'static [&'static str],
    /// How the firewall lesson says that the learner types passive.
    types_passive: &'static str,
}

const TRAITS: &[Traits] = &[
    Traits {
        lang: Lang::Es,
        common_words: &[
            " el ", " la ", " de ", " que ", " los ", " las ", " un ", " una ",
        ],
        question_start: Some('¿'),
        terms: &[
            "conexión de control",
            "conexión de datos",
            "modo activo",
            "modo pasivo",
            "puerto",
            "servidor",
            "cliente",
            "cortafuegos (firewall)",
            "paquete",
            "segmento",
            "acuse de recibo",
            "negociación en tres pasos (three-way handshake)",
        ],
        avoided: &["conección", "encriptación", "hand shake", "Vos ", "usted"],
        types_passive: "escribe passive",
    },
    Traits {
        lang: Lang::Pt,
        common_words: &[
            " o ", " a ", " de ", " que ", " os ", " as ", " um ", " uma ", " do ", " da ",
        ],
        question_start: None,
        terms: &[
            "conexão de controle",
            "conexão de dados",
            "modo ativo",
            "modo passivo",
            "porta",
            "servidor",
            "cliente",
            "firewall",
            "pacote",
            "segmento",
            "handshake de três vias (three-way handshake)",
        ],
        avoided: &[
            "conecção",
            "encriptação",
            "hand shake",
            " tu ",
            "ficheiro",
            "ecrã",
            "utilizador",
        ],
        types_passive: "digita passive",
    },
];

fn traits(lang: Lang) -> &'static Traits {
    TRAITS
        .iter()
        .find(|t| t.lang == lang)
        .expect("traits of every language")
}

#[test]
fn every_language_but_english_has_its_traits() {
    let listed: Vec<Lang> = TRAITS.iter().map(|t| t.lang).collect();
    assert_eq!(listed, Lang::ALL[1..]);
}

fn en_w() -> &'static Words {
    &en::WORDS
}

/// The Spanish notes of seed 004 (the FTP/TFTP/FTPS/SFTP notes): our sentences
/// take its facts and terms but must not copy 8 words in a row from it.
const SEED_004_TEXT: &str = "
    Fue estandarizado por primera vez en 1971. FTP trabaja con TCP en puerto 20 y 21.
    Ambos trabajan con un modelo cliente-servidor: Clientes los pueden usar para copiar archivos
    desde/hacia un servidor. FTP puede usar autenticación, pero no encriptación. Es por esto que
    existe FTPS (usa SSL/TLS), que si puede encriptar la información. También existe SFTP, el cual
    es un protocolo nuevo y, trabaja con SSH. FTP es más complejo que TFPT, además de permitir el
    traspaso de información también le deja al cliente navegar/eliminar/agregar directorios, listas, etc.
    Conexiones FTP. FTP usa 2 tipos de conexiones: FTP Control (TCP 21): Es usada para enviar
    comandos y respuestas FTP. FTP Data (TCP 20): Es el puerto por el cual se transfiere la info.
    Hay 2 métodos para establecer conexiones FTP Data. Active Mode: El servidor inicia la conexión FTP.
    Passive Mode: El cliente inicia la conexión FTP. Esto es generalmente necesario cuando el cliente
    está detrás de un firewall, que puede bloquear la conexión desde el servidor.
    Recordemos que podemos ver la version con show version. Usamos el comando copy fuente destino.
    El la fuente ingresamos FTP o TFPT como servidores de origen. Ahora tenemos que ingresar la
    dirección del servidor FTP/TFPT. Ahora debemos ingresar el nombre del archivo que se encuentra en
    el servidor. Ahora el archivo se descargará a nuestro equipo. Podemos usar show flash para ver el
    archivo descargado. Para decirle al router que use el archivo, debemos usar el comando boot system
    direccion_archivo. Guardamos la configuración con write memory. Reiniciamos el router con reload.
    Para borrar el archivo de la version antigua usamos el comando delete direccion_archivo.
    Configuramos usuario con ip fpt username usuario. Configuramos contraseña con ip fpt password
    contraseña. Mismos pasos que con TFPT.
";

/// Runs of ASCII digits ("1.1.1.1" gives "1"; "H1" gives "1").
fn numbers(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The texts in double quotes, sorted (console output, filter arguments, UI labels).
fn quotes(text: &str) -> Vec<&str> {
    let mut q: Vec<&str> = text.split('"').skip(1).step_by(2).collect();
    q.sort_unstable();
    q
}

/// The text with every double-quoted piece removed.
fn unquoted(text: &str) -> String {
    text.split('"').step_by(2).collect::<Vec<_>>().join(" ")
}

/// Names that must never be translated: packet names (with '_' or "Ack"),
/// and all-caps words such as commands, flags and acronyms (PORT, SYN, MSS, H1).
fn protocol_tokens(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| {
            w.contains('_')
                || *w == "Ack"
                || (w.len() >= 2
                    && w.bytes().any(|b| b.is_ascii_uppercase())
                    && w.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
        })
        .collect()
}

/// Checks one translated string against its English original.
fn check_pair(label: &str, en: &str, tr: &str) {
    assert!(!tr.trim().is_empty(), "{label} is empty");
    assert_eq!(tr, tr.trim(), "{label} has stray outer whitespace");
    assert!(!tr.contains("  "), "{label} has a double space");
    assert!(!tr.contains('\n'), "{label} spans lines");
    assert_eq!(
        numbers(en),
        numbers(tr),
        "{label}: the numbers differ from the English"
    );
    assert_eq!(
        quotes(en),
        quotes(tr),
        "{label}: the double-quoted texts differ from the English"
    );
    let tr_tokens = protocol_tokens(tr);
    for t in protocol_tokens(en) {
        assert!(tr_tokens.contains(t), "{label}: {t} is missing");
    }
    // An untranslated string is caught below by its English words; a line such as
    // "- cd → CWD." is the same in both languages.
    if !tr.starts_with("$ ") {
        let lower = format!(" {} ", unquoted(tr).to_lowercase());
        for word in [" the ", " and ", " with ", " is ", " of ", " to "] {
            assert!(!lower.contains(word), "{label} has English {word:?}");
        }
    }
}

/// True when a text reads as `lang` (quoted console text does not count).
fn looks_like(lang: Lang, text: &str) -> bool {
    let lower = format!(" {} ", unquoted(text).to_lowercase());
    traits(lang).common_words.iter().any(|w| lower.contains(w))
}

/// Checks a translated caption page against its English original.
fn check_page(lang: Lang, label: &str, en: &CaptionPage, tr: &CaptionPage) {
    check_pair(&format!("{label} title"), en.title, tr.title);
    assert_eq!(
        en.body.len(),
        tr.body.len(),
        "{label}: paragraph count differs"
    );
    for (j, (e, s)) in en.body.iter().zip(tr.body).enumerate() {
        check_pair(&format!("{label} body {j}"), e, s);
    }
    match (en.note, tr.note) {
        (Some(e), Some(s)) => check_pair(&format!("{label} note"), e, s),
        (None, None) => {}
        _ => panic!("{label}: the note is present in only one language"),
    }
    let all = std::iter::once(tr.title)
        .chain(tr.body.iter().copied())
        .chain(tr.note)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(looks_like(lang, &all), "{label} does not read as {lang:?}");
}

/// Every translation, with its words.
fn translations() -> impl Iterator<Item = (Lang, &'static Words)> {
    Lang::ALL[1..].iter().map(|&l| (l, l.words()))
}

/// All prose of a language, labelled.
fn all_texts(lang: Lang, w: &'static Words) -> Vec<(String, &'static str)> {
    let mut out = texts_of(w.overview, &[], w.packet_notes, lang.faq());
    let mut page_texts = |label: String, page: &'static CaptionPage| {
        out.push((format!("{label} title"), page.title));
        for (j, para) in page.body.iter().enumerate() {
            out.push((format!("{label} body {j}"), *para));
        }
        if let Some(note) = page.note {
            out.push((format!("{label} note"), note));
        }
    };
    for s in w.scenarios {
        for (i, page) in s.pages.iter().enumerate() {
            page_texts(format!("{} page {}", s.id, i + 1), page);
        }
    }
    for (i, page) in w.typed.iter().enumerate() {
        page_texts(format!("typed page {i}"), page);
    }
    for s in w.scenarios {
        out.push((format!("{} title", s.id), s.title));
        out.push((format!("{} summary", s.id), s.summary));
    }
    out.push(("try_intro".to_owned(), w.ui.try_intro));
    out.push(("compare_intro".to_owned(), w.ui.compare_intro));
    out
}

/// Fails when any of `texts` copies 8 words in a row from seed 004.
fn assert_not_copied_from_seed_004(texts: Vec<(String, &str)>) {
    let seed = shingles(SEED_004_TEXT);
    assert!(seed.len() > 250, "seed 004 text went missing");
    for (label, text) in texts {
        for run in shingles(text) {
            assert!(
                !seed.contains(&run),
                "{label} copies seed 004: {:?}",
                run.join(" ")
            );
        }
    }
}

#[test]
fn overview_matches_the_english() {
    for (lang, w) in translations() {
        check_page(lang, "overview", en_w().overview, w.overview);
    }
}

#[test]
fn packet_notes_have_the_english_keys_in_order() {
    let en_keys: Vec<&str> = en_w().packet_notes.iter().map(|(k, _)| *k).collect();
    for (lang, w) in translations() {
        let keys: Vec<&str> = w.packet_notes.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, en_keys, "{lang:?}");
        for ((key, e), (_, s)) in en_w().packet_notes.iter().zip(w.packet_notes) {
            let label = format!("{lang:?} packet note {key}");
            check_pair(&label, e, s);
            assert!(looks_like(lang, s), "{label} does not read as {lang:?}");
        }
    }
}

#[test]
fn faq_matches_the_english() {
    let en_ids: Vec<&str> = Lang::En.faq().iter().map(|f| f.id).collect();
    for (lang, _) in translations() {
        let ids: Vec<&str> = lang.faq().iter().map(|f| f.id).collect();
        assert_eq!(ids, en_ids, "{lang:?}");
        for (e, s) in Lang::En.faq().iter().zip(lang.faq()) {
            let label = format!("{lang:?} faq {}", s.id);
            check_pair(&format!("{label} question"), e.question, s.question);
            if let Some(c) = traits(lang).question_start {
                assert!(s.question.starts_with(c), "{label}: starts with {c}");
            }
            assert!(s.question.ends_with('?'), "{label}: ends with ?");
            assert_eq!(
                e.answer.len(),
                s.answer.len(),
                "{label}: paragraph count differs"
            );
            for (j, (ep, sp)) in e.answer.iter().zip(s.answer).enumerate() {
                let pl = format!("{label} answer {j}");
                if ep.starts_with("$ ") {
                    // Code lines (filters, commands) are the same in every language.
                    assert_eq!(ep, sp, "{pl}: code line changed");
                } else {
                    check_pair(&pl, ep, sp);
                    assert_eq!(
                        ep.starts_with("- "),
                        sp.starts_with("- "),
                        "{pl}: bullet differs"
                    );
                    assert!(!sp.starts_with("$ "), "{pl}: not a code line in English");
                }
            }
            let all = std::iter::once(s.question)
                .chain(s.answer.iter().copied())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(looks_like(lang, &all), "{label} does not read as {lang:?}");
        }
    }
}

#[test]
fn the_checks_catch_a_dropped_fact_and_english() {
    let en = "H1 listens on port 54705 and prints \"220 FTP Server ready\".";
    let dropped = "H1 escucha en un puerto y muestra \"220 FTP Server ready\".";
    assert_ne!(numbers(en), numbers(dropped));
    let retold = "H1 escucha en el puerto 54705 y muestra \"220 FTP server ready\".";
    assert_ne!(quotes(en), quotes(retold));
    assert!(!looks_like(Lang::Es, "H1 sends the file"));
    assert!(looks_like(Lang::Es, "H1 envía el archivo \"the\""));
    assert!(looks_like(Lang::Pt, "H1 envia o arquivo \"the\""));
    assert!(protocol_tokens("Close_Data, Ack, SYN-ACK y PORT").contains("Close_Data"));
    assert!(protocol_tokens("Close_Data, Ack, SYN-ACK y PORT").contains("ACK"));
    assert!(!protocol_tokens("el Acceso").contains("Acceso"));
}

#[test]
fn no_eight_word_run_is_copied_from_the_seeds() {
    for (lang, w) in translations() {
        assert_not_copied_from_seed_004(all_texts(lang, w));
        assert_not_copied_from_the_seed(all_texts(lang, w));
    }
}

#[test]
fn seed_004_check_does_catch_a_copy() {
    let copied = "Es el puerto por el cual se transfiere la info del archivo.";
    let seed = shingles(SEED_004_TEXT);
    assert!(shingles(copied).iter().any(|run| seed.contains(run)));
}

#[test]
fn networking_terms_are_the_agreed_ones() {
    for (lang, w) in translations() {
        let text: String = all_texts(lang, w)
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join(" ");
        for term in traits(lang).terms {
            assert!(
                text.contains(term),
                "{lang:?}: the term {term:?} is never used"
            );
        }
        for wrong in traits(lang).avoided {
            assert!(
                !text.contains(wrong),
                "{lang:?}: {wrong:?} should not be used"
            );
        }
    }
}

#[test]
fn scenarios_match_the_english_ids_and_page_counts() {
    let en_ids: Vec<&str> = en_w().scenarios.iter().map(|s| s.id).collect();
    for (lang, w) in translations() {
        let ids: Vec<&str> = w.scenarios.iter().map(|s| s.id).collect();
        assert_eq!(ids, en_ids, "{lang:?}");
        for (e, s) in en_w().scenarios.iter().zip(w.scenarios) {
            assert_eq!(
                e.pages.len(),
                s.pages.len(),
                "{lang:?} {}: page count differs",
                s.id
            );
            assert_eq!(lang.scenario_text(s.id).map(|t| t.id), Some(s.id));
        }
        assert!(lang.scenario_text("no-such-scenario").is_none());
    }
}

#[test]
fn every_page_matches_its_english_page() {
    for (lang, w) in translations() {
        for (e, s) in en_w().scenarios.iter().zip(w.scenarios) {
            check_pair(&format!("{lang:?} {} title", s.id), e.title, s.title);
            check_pair(&format!("{lang:?} {} summary", s.id), e.summary, s.summary);
            assert!(looks_like(lang, s.summary), "{lang:?} {} summary", s.id);
            for (i, (ep, sp)) in e.pages.iter().zip(s.pages).enumerate() {
                check_page(lang, &format!("{lang:?} {} page {}", s.id, i + 1), ep, sp);
            }
            let titles: HashSet<&str> = s.pages.iter().map(|p| p.title).collect();
            assert_eq!(
                titles.len(),
                s.pages.len(),
                "{lang:?} {}: duplicate page title",
                s.id
            );
        }
    }
}

#[test]
fn typed_pages_and_intros_match_the_english() {
    for (lang, w) in translations() {
        assert_eq!(w.typed.len(), en_w().typed.len());
        for (i, (e, s)) in en_w().typed.iter().zip(w.typed).enumerate() {
            check_page(lang, &format!("{lang:?} typed page {i}"), e, s);
        }
        let titles: HashSet<&str> = w.typed.iter().map(|p| p.title).collect();
        assert_eq!(
            titles.len(),
            w.typed.len(),
            "{lang:?} typed: duplicate page title"
        );
        check_pair("try_intro", en_w().ui.try_intro, w.ui.try_intro);
        check_pair("compare_intro", en_w().ui.compare_intro, w.ui.compare_intro);
        assert!(looks_like(lang, w.ui.try_intro) && looks_like(lang, w.ui.compare_intro));
    }
}

/// True when `phrase` occurs in `text` as whole words ("dir" is not in "direction").
fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Lines the learner types (and the prompt) stay as typed, so they can be copied.
#[test]
fn typed_commands_are_kept() {
    for (lang, w) in translations() {
        for (e, s) in en_w().scenarios.iter().zip(w.scenarios) {
            for (i, (ep, sp)) in e.pages.iter().zip(s.pages).enumerate() {
                let text = sp.body.join(" ");
                for typed in [
                    "ftp 1.1.2.1",
                    "get foo",
                    "get readme.txt",
                    "get report.txt",
                    "get nosuchfile",
                    "put report.txt",
                    "user anonymous student@example.edu",
                    "user user1 password123",
                    "user user1 wrongpass",
                    "cd pub",
                    "quit",
                    "bye",
                    "dir",
                ] {
                    if ep.body.iter().any(|p| has_phrase(p, typed)) {
                        assert!(
                            has_phrase(&text, typed),
                            "{lang:?} {} page {}: {typed:?} is missing",
                            s.id,
                            i + 1
                        );
                    }
                }
            }
        }
        // "passive" is also an ordinary English word, so it is checked where it is typed.
        let firewall = lang.scenario_text("firewall").expect("firewall");
        assert!(
            firewall.pages[3].body[0].contains(traits(lang).types_passive),
            "{lang:?}: the firewall lesson shows passive being typed"
        );
        for typed in ["ftp>", "ls", "get foo", "passive", "quit", "help"] {
            assert!(
                has_phrase(w.ui.try_intro, typed),
                "{lang:?} try_intro lacks {typed:?}"
            );
        }
    }
}
