//! Temporary: writes the tables as data files.
use crate::i18n::en::content::{CaptionPage, Faq};
use crate::i18n::*;
use std::fmt::Write;

fn wrap(out: &mut String, text: &str, prefix: &str) {
    assert!(!text.contains('\n'), "newline in {text:?}");
    assert!(!text.contains("  "), "double space in {text:?}");
    assert_eq!(text.trim(), text, "padding in {text:?}");
    let mut line = String::from(prefix);
    for word in text.split(' ') {
        if line.len() > prefix.len() && line.len() + 1 + word.len() > 100 {
            out.push_str(&line);
            out.push('\n');
            line = " ".repeat(prefix.len());
            if prefix.starts_with('>') { line = "> ".into(); }
            if prefix == "$ " { panic!("code line too long: {text}"); }
        } else if line.len() > prefix.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

fn page(out: &mut String, p: &CaptionPage) {
    writeln!(out, "## {}\n", p.title).unwrap();
    for para in p.body {
        wrap(out, para, "");
        out.push('\n');
    }
    if let Some(n) = p.note {
        wrap(out, n, "> ");
        out.push('\n');
    }
}

fn toml_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn key(k: &str) -> String {
    if k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') && !k.is_empty() { k.to_string() } else { toml_str(k) }
}

fn dump(lang: Lang, dir: &str) {
    let w = lang.words();
    let root = format!("{}/src/i18n/{dir}", env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(format!("{root}/captions")).unwrap();
    for s in w.scenarios {
        let mut out = String::new();
        writeln!(out, "# {}\n", s.title).unwrap();
        wrap(&mut out, s.summary, "");
        out.push('\n');
        for p in s.pages { page(&mut out, p); }
        std::fs::write(format!("{root}/captions/{}.md", s.id), out.trim_end().to_string() + "\n").unwrap();
    }
    let mut out = String::new();
    for p in w.generic { page(&mut out, p); }
    std::fs::write(format!("{root}/captions/typed.md"), out.trim_end().to_string() + "\n").unwrap();
    let mut out = String::new();
    page(&mut out, w.overview);
    std::fs::write(format!("{root}/overview.md"), out.trim_end().to_string() + "\n").unwrap();
    let mut out = String::new();
    for f in w.faq { faq(&mut out, f); }
    std::fs::write(format!("{root}/faq.md"), out.trim_end().to_string() + "\n").unwrap();
    let mut out = String::new();
    for (k, v) in w.packet_notes { writeln!(out, "{} = {}", key(k), toml_str(v)).unwrap(); }
    std::fs::write(format!("{root}/packet-notes.toml"), out).unwrap();
    let mut out = String::new();
    for (k, v) in tests_all(w.ui) { writeln!(out, "{} = {}", k, toml_str(v)).unwrap(); }
    writeln!(out, "try_intro = {}", toml_str(w.try_intro)).unwrap();
    writeln!(out, "compare_intro = {}", toml_str(w.compare_intro)).unwrap();
    std::fs::write(format!("{root}/ui.toml"), out).unwrap();
    if lang == Lang::Es {
        let mut out = String::new();
        out.push_str("[layers]\n");
        for (k, v) in LAYERS_ES { writeln!(out, "{} = {}", key(k), toml_str(v)).unwrap(); }
        out.push_str("\n[replies]\n");
        for (k, v) in REPLY_CODES_ES { writeln!(out, "{} = {}", k, toml_str(v)).unwrap(); }
        out.push_str("\n[commands]\n");
        for (k, v) in COMMANDS_EXPLAINED_ES { writeln!(out, "{} = {}", key(k), toml_str(v)).unwrap(); }
        out.push_str("\n[client_help]\n");
        for (k, v) in COMMAND_SUMMARIES_ES { writeln!(out, "{} = {}", key(k), toml_str(v)).unwrap(); }
        out.push_str("\n[value_words]\n");
        for (k, v) in crate::i18n::es::model::VALUE_WORDS_ES { writeln!(out, "{} = {}", toml_str(k), toml_str(v)).unwrap(); }
        for f in FIELDS_ES {
            writeln!(out, "\n[fields.{}]\nlabel = {}\nexplain = {}", key(f.key), toml_str(f.label), toml_str(f.explain)).unwrap();
        }
        std::fs::write(format!("{root}/model.toml"), out).unwrap();
    }
}

fn faq(out: &mut String, f: &Faq) {
    writeln!(out, "## {} {{#{}}}\n", f.question, f.id).unwrap();
    let mut prev_item = false;
    for para in f.answer {
        let item = para.starts_with("- ") || para.starts_with("$ ");
        if prev_item && !item { out.push('\n'); }
        if item {
            if !prev_item && !out.ends_with("\n\n") { out.push('\n'); }
            wrap(out, &para[2..], &para[..2]);
        } else {
            wrap(out, para, "");
            out.push('\n');
        }
        prev_item = item;
    }
    if prev_item { out.push('\n'); }
}

fn tests_all(ui: &Ui) -> Vec<(&'static str, &'static str)> { super::tests::all_pub(ui) }

#[test]
#[ignore]
fn dump_words() {
    dump(Lang::En, "en");
    dump(Lang::Es, "es");
}
