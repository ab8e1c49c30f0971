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

#[test]
fn data_files_hold_the_tables() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let (langs, problems) = words::read_all(&dir);
    assert!(problems.is_empty(), "{problems:?}");
    for (lang, l) in [(Lang::En, &langs[0]), (Lang::Es, &langs[1])] {
        let w = lang.words();
        let pg = |a: &CaptionPage, b: &words::markdown::Page| {
            assert_eq!(a.title, b.title);
            assert_eq!(a.body, b.body.iter().map(String::as_str).collect::<Vec<_>>(), "{}", a.title);
            assert_eq!(a.note, b.note.as_deref(), "{}", a.title);
        };
        pg(w.overview, &l.overview);
        for (a, b) in w.generic.iter().zip(&l.typed) { pg(a, b); }
        assert_eq!(w.generic.len(), l.typed.len());
        assert_eq!(w.scenarios.len(), l.scenarios.len());
        for s in w.scenarios {
            let t = l.scenarios.iter().find(|x| x.id == s.id).unwrap();
            assert_eq!((s.title, s.summary), (t.title.as_str(), t.summary.as_str()));
            assert_eq!(s.pages.len(), t.pages.len());
            for (a, b) in s.pages.iter().zip(&t.pages) { pg(a, b); }
        }
        assert_eq!(w.faq.len(), l.faq.len());
        for (a, b) in w.faq.iter().zip(&l.faq) {
            assert_eq!((a.id, a.question), (b.id.as_str(), b.question.as_str()));
            assert_eq!(a.answer, b.answer.iter().map(String::as_str).collect::<Vec<_>>(), "{}", a.id);
        }
        let notes: Vec<(String, String)> = w.packet_notes.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(notes, l.packet_notes);
        let mut ui: Vec<(String, String)> = tests_all(w.ui).into_iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        ui.push(("try_intro".into(), w.try_intro.into()));
        ui.push(("compare_intro".into(), w.compare_intro.into()));
        assert_eq!(ui, l.ui);
    }
    let m = langs[1].model.as_ref().unwrap();
    let p = |t: &[(&str, &str)]| t.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
    assert_eq!(p(LAYERS_ES), m.layers);
    assert_eq!(p(COMMANDS_EXPLAINED_ES), m.commands);
    assert_eq!(p(COMMAND_SUMMARIES_ES), m.client_help);
    assert_eq!(p(crate::i18n::es::model::VALUE_WORDS_ES), m.value_words);
    assert_eq!(REPLY_CODES_ES.iter().map(|(a, b)| (*a, b.to_string())).collect::<Vec<_>>(), m.replies);
    assert_eq!(FIELDS_ES.len(), m.fields.len());
    for (a, b) in FIELDS_ES.iter().zip(&m.fields) {
        assert_eq!((a.key, a.label, a.explain), (b.key.as_str(), b.label.as_str(), b.explain.as_str()));
    }
}
