//! The Rust the app compiles in: one module of `const` tables per language,
//! the `Ui` struct (its fields are English's keys), and the `Lang` enum
//! (one variant per folder). `src/i18n/mod.rs` includes it.

use crate::language::{Language, Model};
use crate::markdown::Page;
use std::fmt::Write;

/// `pt` → `Pt`, `pt-br` → `PtBr`.
pub fn variant(code: &str) -> String {
    code.split(['-', '_'])
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase())
                .unwrap_or_default()
        })
        .collect()
}

/// `pt-BR` → `pt_br`, a module name.
pub fn module(code: &str) -> String {
    code.to_ascii_lowercase().replace('-', "_")
}

fn s(t: &str) -> String {
    format!("{t:?}")
}

fn strs(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|t| s(t)).collect();
    format!("&[{}]", inner.join(", "))
}

fn pairs(items: &[(String, String)]) -> String {
    let inner: Vec<String> = items
        .iter()
        .map(|(k, v)| format!("({}, {})", s(k), s(v)))
        .collect();
    format!("&[{}]", inner.join(",\n    "))
}

fn page(p: &Page) -> String {
    format!(
        "CaptionPage {{ title: {}, body: {}, note: {} }}",
        s(&p.title),
        strs(&p.body),
        p.note
            .as_deref()
            .map_or("None".into(), |n| format!("Some({})", s(n)))
    )
}

fn model(m: &Model) -> String {
    let value = |k: &str| {
        m.values
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| s(v))
            .unwrap_or_else(|| s(""))
    };
    let replies: Vec<String> = m
        .replies
        .iter()
        .map(|(c, t)| format!("({c}, {})", s(t)))
        .collect();
    let fields: Vec<String> = m
        .fields
        .iter()
        .map(|f| {
            format!(
                "FieldText {{ key: {}, label: {}, explain: {} }}",
                s(&f.key),
                s(&f.label),
                s(&f.explain)
            )
        })
        .collect();
    format!(
        "Some(&ModelWords {{\n  layers: {},\n  replies: &[{}],\n  commands: {},\n  client_help: {},\n  \
         value_words: {},\n  flag_set: {},\n  flag_not_set: {},\n  option_kind: {},\n  \
         filter_errors: {},\n  fields: &[{}],\n}})",
        pairs(&m.layers),
        replies.join(", "),
        pairs(&m.commands),
        pairs(&m.client_help),
        pairs(&m.value_words),
        value("flag_set"),
        value("flag_not_set"),
        value("option_kind"),
        pairs(&m.filter_errors),
        fields.join(",\n    ")
    )
}

/// The module of one language: `const` tables and `pub static WORDS`.
fn language(l: &Language, ui_keys: &[String]) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "/// Everything {} says (from `src/i18n/{}/`).\npub mod {} {{\n#[allow(unused_imports)]\n\
         use crate::i18n::{{CaptionPage, Faq, FieldText, ModelWords, ScenarioText, Ui, Words}};",
        l.name,
        l.code,
        module(&l.code)
    );
    let ui: Vec<String> = ui_keys
        .iter()
        .map(|k| {
            let v =
                l.ui.iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.as_str())
                    .unwrap_or("");
            format!("    {k}: {},", s(v))
        })
        .collect();
    let _ = writeln!(o, "const UI: Ui = Ui {{\n{}\n}};", ui.join("\n"));
    let _ = writeln!(o, "const OVERVIEW: CaptionPage = {};", page(&l.overview));
    let faq: Vec<String> = l
        .faq
        .iter()
        .map(|f| {
            format!(
                "Faq {{ id: {}, question: {}, answer: {} }}",
                s(&f.id),
                s(&f.question),
                strs(&f.answer)
            )
        })
        .collect();
    let _ = writeln!(
        o,
        "/// The FAQ: not in `WORDS`, as only the FAQ page reads it (a chunk of its own).\npub const FAQ: &[Faq] = &[\n    {}\n];",
        faq.join(",\n    ")
    );
    let _ = writeln!(
        o,
        "const PACKET_NOTES: &[(&str, &str)] = {};",
        pairs(&l.packet_notes)
    );
    let scenarios: Vec<String> = l
        .scenarios
        .iter()
        .map(|sc| {
            let pages: Vec<String> = sc.pages.iter().map(page).collect();
            format!(
                "ScenarioText {{ id: {}, title: {}, summary: {}, pages: &[\n        {}\n    ] }}",
                s(&sc.id),
                s(&sc.title),
                s(&sc.summary),
                pages.join(",\n        ")
            )
        })
        .collect();
    let _ = writeln!(
        o,
        "const SCENARIOS: &[ScenarioText] = &[\n    {}\n];",
        scenarios.join(",\n    ")
    );
    let typed: Vec<String> = l.typed.iter().map(page).collect();
    let _ = writeln!(
        o,
        "const TYPED: &[CaptionPage] = &[\n    {}\n];",
        typed.join(",\n    ")
    );
    let _ = writeln!(
        o,
        "const MODEL: Option<&ModelWords> = {};",
        l.model.as_ref().map_or("None".into(), model)
    );
    let _ = writeln!(
        o,
        "/// Everything this language says.\npub static WORDS: Words = Words {{ ui: &UI, overview: &OVERVIEW, \
         packet_notes: PACKET_NOTES, scenarios: SCENARIOS, typed: TYPED, model: MODEL }};\n}}"
    );
    o
}

/// The whole generated file for `langs` (English first).
pub fn generate(langs: &[Language]) -> String {
    let mut o = String::from(
        "// Generated by crates/words from the folders of src/i18n at build time. Do not edit:\n\
         // edit the words' files (see the translator's guide in the README).\n\n",
    );
    let en = &langs[0];
    let keys: Vec<String> = en.ui.iter().map(|(k, _)| k.clone()).collect();
    let _ = writeln!(
        o,
        "/// The interface's words in one language. Its fields are the keys of\n\
         /// `src/i18n/en/ui.toml`; every other language has the same keys (checked).\n\
         pub struct Ui {{\n{}\n}}\n",
        keys.iter()
            .map(|k| format!("    pub {k}: &'static str,"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let _ = writeln!(
        o,
        "impl Ui {{\n    /// Every entry as (key, text), in `en/ui.toml`'s order.\n    \
         pub fn entries(&self) -> [(&'static str, &'static str); {}] {{\n        [{}]\n    }}\n}}\n",
        keys.len(),
        keys.iter().map(|k| format!("({k:?}, self.{k})")).collect::<Vec<_>>().join(", ")
    );
    let variants: Vec<String> = langs.iter().map(|l| variant(&l.code)).collect();
    let _ = writeln!(
        o,
        "/// A language the page speaks: one per folder of `src/i18n`.\n\
         #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {{\n    #[default]\n{}\n}}\n",
        variants.iter().map(|v| format!("    {v},")).collect::<Vec<_>>().join("\n")
    );
    let arms = |f: &dyn Fn(&Language) -> String| {
        langs
            .iter()
            .map(|l| format!("            Lang::{} => {},", variant(&l.code), f(l)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let _ = writeln!(
        o,
        "impl Lang {{\n    /// Every language, English (the source) first.\n    pub const ALL: [Lang; {n}] = [{all}];\n\n    \
         /// The `lang=` value and folder name.\n    pub fn code(self) -> &'static str {{\n        match self {{\n{code}\n        }}\n    }}\n\n    \
         /// The BCP 47 tag of `<html lang>`.\n    pub fn tag(self) -> &'static str {{\n        match self {{\n{tag}\n        }}\n    }}\n\n    \
         /// The language's own name, for the language switch.\n    pub fn name(self) -> &'static str {{\n        match self {{\n{name}\n        }}\n    }}\n}}\n",
        n = langs.len(),
        all = variants.iter().map(|v| format!("Lang::{v}")).collect::<Vec<_>>().join(", "),
        code = arms(&|l| s(&l.code)),
        tag = arms(&|l| s(&l.tag)),
        name = arms(&|l| s(&l.name)),
    );
    for l in langs {
        o.push_str(&language(l, &keys));
        o.push('\n');
    }
    // Each language but English is a split point: a chunk of its own in the
    // split build, fetched by `load` before a page in it renders.
    for l in &langs[1..] {
        let m = module(&l.code);
        let _ = writeln!(
            o,
            "crate::split_fn! {{ lang_{m}: fn words_{m}() -> &'static Words {{ &{m}::WORDS }} }}"
        );
    }
    // Each language's FAQ too, fetched by the FAQ page beside its code.
    for l in langs {
        let m = module(&l.code);
        let _ = writeln!(
            o,
            "crate::split_fn! {{ faq_{m}: fn faq_words_{m}() -> &'static [Faq] {{ {m}::FAQ }} }}"
        );
    }
    let _ = writeln!(
        o,
        "\n/// Brings `lang`'s FAQ: from its chunk in the split build, from this module elsewhere.\n\
         async fn fetch_faq(lang: Lang) -> Result<&'static [Faq], crate::app::split::ChunkError> {{\n    match lang {{\n{}\n    }}\n}}",
        langs
            .iter()
            .map(|l| format!("        Lang::{} => faq_words_{}().await,", variant(&l.code), module(&l.code)))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let _ = writeln!(
        o,
        "\n/// Every language's FAQ, where nothing is split.\n#[allow(dead_code)]\nfn bundled_faq(lang: Lang) -> &'static [Faq] {{\n    match lang {{\n{}\n    }}\n}}",
        langs
            .iter()
            .map(|l| format!("        Lang::{} => {}::FAQ,", variant(&l.code), module(&l.code)))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let _ = writeln!(
        o,
        "\n/// Brings `lang`'s words: from its chunk in the split build, from this module elsewhere.\n\
         async fn fetch(lang: Lang) -> Result<&'static Words, crate::app::split::ChunkError> {{\n    match lang {{\n{}\n    }}\n}}",
        langs
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let m = module(&l.code);
                if i == 0 {
                    format!("        Lang::{} => Ok(&{m}::WORDS),", variant(&l.code))
                } else {
                    format!("        Lang::{} => words_{m}().await,", variant(&l.code))
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    );
    let _ = writeln!(
        o,
        "\n/// Every language's words, where nothing is split (tests, debug and native builds).\n\
         #[allow(dead_code)]\nfn bundled(lang: Lang) -> &'static Words {{\n    match lang {{\n{}\n    }}\n}}",
        langs
            .iter()
            .map(|l| format!("        Lang::{} => &{}::WORDS,", variant(&l.code), module(&l.code)))
            .collect::<Vec<_>>()
            .join("\n")
    );
    o
}
