//! One language's folder, read: `language.toml`, `ui.toml`, `packet-notes.toml`,
//! `overview.md`, `faq.md`, `captions/*.md` and, for languages other than
//! English, `model.toml` (its words for what the model says in English).

use crate::markdown::{self, Page};
use crate::Problem;
use std::path::{Path, PathBuf};

/// A scenario's caption file, `captions/<id>.md`.
#[derive(Debug)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub pages: Vec<Page>,
}

/// One question of the FAQ.
#[derive(Debug)]
pub struct FaqEntry {
    pub id: String,
    pub question: String,
    pub answer: Vec<String>,
    pub line: usize,
}

/// A dissector field's words: its label and explanation.
#[derive(Debug)]
pub struct Field {
    pub key: String,
    pub label: String,
    pub explain: String,
}

/// `model.toml`: how a language words what the model says in English.
#[derive(Debug, Default)]
pub struct Model {
    pub layers: Vec<(String, String)>,
    pub replies: Vec<(u32, String)>,
    pub commands: Vec<(String, String)>,
    pub client_help: Vec<(String, String)>,
    pub value_words: Vec<(String, String)>,
    pub values: Vec<(String, String)>,
    pub filter_errors: Vec<(String, String)>,
    pub fields: Vec<Field>,
}

/// The keys of `model.toml`'s `[values]`.
pub const VALUE_KEYS: [&str; 3] = ["flag_set", "flag_not_set", "option_kind"];

/// Everything one folder says.
#[derive(Debug)]
pub struct Language {
    pub dir: PathBuf,
    /// `lang=` value and folder name, e.g. `pt`.
    pub code: String,
    /// BCP 47 tag for `<html lang>`, e.g. `pt-BR`.
    pub tag: String,
    /// The language's own name, for the language switch.
    pub name: String,
    pub ui: Vec<(String, String)>,
    pub overview: Page,
    pub faq: Vec<FaqEntry>,
    pub packet_notes: Vec<(String, String)>,
    /// Sorted by id.
    pub scenarios: Vec<Scenario>,
    /// `captions/typed.md`: the pages of a typed session, one per phase.
    pub typed: Vec<Page>,
    pub model: Option<Model>,
}

/// The file (under the folder) that holds a typed session's pages.
pub const TYPED: &str = "typed";

impl Language {
    /// Reads the folder `dir`; every problem found is returned, not only the first.
    pub fn read(dir: &Path) -> Result<Language, Vec<Problem>> {
        let mut problems = Vec::new();
        let code = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut lang = Language {
            dir: dir.to_owned(),
            code: code.clone(),
            tag: code.clone(),
            name: code.clone(),
            ui: Vec::new(),
            overview: Page::default(),
            faq: Vec::new(),
            packet_notes: Vec::new(),
            scenarios: Vec::new(),
            typed: Vec::new(),
            model: None,
        };
        let mut problem = |file: &str, what: String| {
            problems.push(Problem {
                file: dir.join(file),
                what,
            })
        };

        match read_table(dir, "language.toml") {
            Ok(t) => {
                for (k, v) in flat_strings(&t, "language.toml", &mut problem) {
                    match k.as_str() {
                        "code" if v != code => problem(
                            "language.toml",
                            format!("code is “{v}”, but the folder is named “{code}”"),
                        ),
                        "code" => {}
                        "tag" => lang.tag = v,
                        "name" => lang.name = v,
                        _ => problem("language.toml", format!("unknown key “{k}”")),
                    }
                }
            }
            Err(e) => problem("language.toml", e),
        }
        match read_table(dir, "ui.toml") {
            Ok(t) => lang.ui = flat_strings(&t, "ui.toml", &mut problem),
            Err(e) => problem("ui.toml", e),
        }
        match read_table(dir, "packet-notes.toml") {
            Ok(t) => lang.packet_notes = flat_strings(&t, "packet-notes.toml", &mut problem),
            Err(e) => problem("packet-notes.toml", e),
        }
        match read_doc(dir, "overview.md") {
            Ok(doc) if doc.pages.len() == 1 && doc.title.is_none() && doc.lead.is_empty() => {
                lang.overview = doc.pages.into_iter().next().unwrap_or_default()
            }
            Ok(_) => problem("overview.md", "holds exactly one page (## Title)".into()),
            Err(e) => problem("overview.md", e),
        }
        match read_doc(dir, "faq.md") {
            Ok(doc) if doc.title.is_some() || !doc.lead.is_empty() => problem(
                "faq.md",
                "starts with its first question (## Question {#id})".into(),
            ),
            Ok(doc) => {
                for page in doc.pages {
                    if page.note.is_some() {
                        problem(
                            "faq.md",
                            format!("line {}: an answer has no note (>)", page.line),
                        );
                    }
                    match markdown::question_and_id(&page.title) {
                        Some((q, id)) => lang.faq.push(FaqEntry {
                            id: id.to_owned(),
                            question: q.to_owned(),
                            answer: page.body,
                            line: page.line,
                        }),
                        None => problem(
                            "faq.md",
                            format!("line {}: the question ends with its {{#id}}", page.line),
                        ),
                    }
                }
            }
            Err(e) => problem("faq.md", e),
        }
        let captions = dir.join("captions");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&captions)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        if files.is_empty() {
            problem("captions", "no caption files".into());
        }
        for path in files {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let file = format!("captions/{name}");
            let Some(id) = name.strip_suffix(".md") else {
                problem(&file, "is not a .md file".into());
                continue;
            };
            match read_doc(dir, &file) {
                Ok(doc) if id == TYPED => {
                    if doc.title.is_some() || !doc.lead.is_empty() {
                        problem(
                            &file,
                            "has no title: it starts with its first page (##)".into(),
                        );
                    }
                    lang.typed = doc.pages;
                }
                Ok(doc) => match (doc.title, doc.lead.as_slice()) {
                    (Some(title), [summary]) => lang.scenarios.push(Scenario {
                        id: id.to_owned(),
                        title,
                        summary: summary.clone(),
                        pages: doc.pages,
                    }),
                    _ => problem(
                        &file,
                        "starts with “# Title”, then one paragraph (the summary), then its pages"
                            .into(),
                    ),
                },
                Err(e) => problem(&file, e),
            }
        }
        if dir.join("model.toml").exists() {
            match read_table(dir, "model.toml") {
                Ok(t) => lang.model = Some(read_model(&t, &mut problem)),
                Err(e) => problem("model.toml", e),
            }
        }
        if problems.is_empty() {
            Ok(lang)
        } else {
            Err(problems)
        }
    }

    /// Every file this folder's words come from (for cargo's rerun-if-changed).
    pub fn files(dir: &Path) -> Vec<PathBuf> {
        let mut out = vec![dir.to_owned(), dir.join("captions")];
        for sub in [dir.to_owned(), dir.join("captions")] {
            if let Ok(d) = std::fs::read_dir(&sub) {
                out.extend(
                    d.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.is_file()),
                );
            }
        }
        out.sort();
        out
    }
}

fn read_text(dir: &Path, file: &str) -> Result<String, String> {
    std::fs::read_to_string(dir.join(file)).map_err(|e| format!("cannot be read: {e}"))
}

fn read_doc(dir: &Path, file: &str) -> Result<markdown::Doc, String> {
    markdown::parse(&read_text(dir, file)?)
}

fn read_table(dir: &Path, file: &str) -> Result<toml::Table, String> {
    read_text(dir, file)?
        .parse::<toml::Table>()
        .map_err(|e| e.to_string().trim().replace('\n', " "))
}

/// A table of `key = "text"`, in file order.
fn flat_strings(
    t: &toml::Table,
    file: &str,
    problem: &mut impl FnMut(&str, String),
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, v) in t {
        match v.as_str() {
            Some(s) => out.push((k.clone(), s.to_owned())),
            None => problem(file, format!("“{k}” is not text in quotes")),
        }
    }
    out
}

fn read_model(t: &toml::Table, problem: &mut impl FnMut(&str, String)) -> Model {
    let f = "model.toml";
    let mut m = Model::default();
    for (section, v) in t {
        let Some(table) = v.as_table() else {
            problem(f, format!("“{section}” is not a [section]"));
            continue;
        };
        let mut strings = || flat_strings(table, f, problem);
        match section.as_str() {
            "layers" => m.layers = strings(),
            "commands" => m.commands = strings(),
            "client_help" => m.client_help = strings(),
            "value_words" => m.value_words = strings(),
            "values" => m.values = strings(),
            "filter_errors" => m.filter_errors = strings(),
            "replies" => {
                for (code, text) in strings() {
                    match code.parse() {
                        Ok(c) => m.replies.push((c, text)),
                        Err(_) => problem(f, format!("[replies]: “{code}” is not a reply code")),
                    }
                }
            }
            "fields" => {
                for (key, v) in table {
                    let get = |name: &str| v.get(name).and_then(|x| x.as_str()).map(str::to_owned);
                    match (get("label"), get("explain"), v.as_table().map(|t| t.len())) {
                        (Some(label), Some(explain), Some(2)) => m.fields.push(Field {
                            key: key.clone(),
                            label,
                            explain,
                        }),
                        _ => problem(
                            f,
                            format!("[fields.\"{key}\"] has exactly a label and an explain"),
                        ),
                    }
                }
            }
            _ => problem(f, format!("unknown section [{section}]")),
        }
    }
    for key in VALUE_KEYS {
        if !m.values.iter().any(|(k, _)| k == key) {
            problem(f, format!("[values] lacks “{key}”"));
        }
    }
    m
}
