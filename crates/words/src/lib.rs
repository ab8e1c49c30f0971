//! The lesson's words as data. Each folder of `src/i18n` is a language:
//! prose in a small Markdown ([`markdown`]), keyed words in TOML. At build
//! time (`build.rs` of the app) this crate reads every folder, checks each
//! language against English ([`check`]) and writes the Rust tables the app
//! compiles in ([`rust`]): nothing is parsed at run time. `cargo run -p words`
//! lists what a language lacks (`make words`).

pub mod check;
pub mod language;
pub mod markdown;
pub mod rust;

pub use language::Language;
use std::path::{Path, PathBuf};

/// Something wrong in a language's files.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: PathBuf,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.what)
    }
}

/// The folders of `i18n` that are languages (they hold a `language.toml`),
/// English first, then by code.
pub fn folders(i18n: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(i18n)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("language.toml").is_file())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort_by_key(|d| (!d.ends_with("en"), d.clone()));
    dirs
}

/// Every language read and checked: the languages (English first) and every
/// problem found in any of them.
pub fn read_all(i18n: &Path) -> (Vec<Language>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut langs = Vec::new();
    for dir in folders(i18n) {
        match Language::read(&dir) {
            Ok(l) => langs.push(l),
            Err(p) => problems.extend(p),
        }
    }
    match langs.first() {
        Some(en) if en.code == "en" => {
            for l in &langs[1..] {
                // model.toml is held against the first other translation's.
                let reference = langs[1..]
                    .iter()
                    .find(|r| r.code != l.code && r.model.is_some());
                problems.extend(check::check(en, l, reference));
            }
            if en.model.is_some() {
                problems.push(Problem {
                    file: en.dir.join("model.toml"),
                    what: "English has no model.toml: the model's own words are English".into(),
                });
            }
        }
        _ => problems.push(Problem {
            file: i18n.join("en"),
            what: "English (the source language) is missing or unreadable".into(),
        }),
    }
    (langs, problems)
}

/// The Rust for the app, or the problems that stop it.
pub fn generate(i18n: &Path) -> Result<String, Vec<Problem>> {
    let (langs, problems) = read_all(i18n);
    if problems.is_empty() {
        Ok(rust::generate(&langs))
    } else {
        Err(problems)
    }
}
