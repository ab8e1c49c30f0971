//! The checks on the real folders of `src/i18n`, and on copies with one
//! mistake each: every mistake is caught and named by file.

use std::path::{Path, PathBuf};

fn i18n() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/i18n")
}

/// A copy of `src/i18n`'s words in a fresh temporary folder.
fn copy(name: &str) -> PathBuf {
    let to = std::env::temp_dir().join(format!("words-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    fn walk(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            let target = to.join(p.file_name().unwrap());
            if p.is_dir() {
                walk(&p, &target);
            } else if p.extension().is_some_and(|x| x == "md" || x == "toml") {
                std::fs::copy(&p, &target).unwrap();
            }
        }
    }
    walk(&i18n(), &to);
    to
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn problems(dir: &Path) -> Vec<String> {
    let (_, p) = words::read_all(dir);
    let _ = std::fs::remove_dir_all(dir);
    p.iter().map(|p| p.to_string()).collect()
}

#[test]
fn the_languages_are_complete() {
    let (langs, problems) = words::read_all(&i18n());
    assert!(problems.is_empty(), "{problems:#?}");
    let codes: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes[0], "en");
    assert!(codes.contains(&"es") && codes.contains(&"pt"));
}

#[test]
fn each_mistake_is_caught() {
    // file, what is replaced, by what, what the problem says, the mistake
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "pt/ui.toml",
            "\npause = ",
            "\npausa_x = ",
            "lacks “pause”",
            "missing key",
        ),
        (
            "pt/ui.toml",
            "\nplay = ",
            "\nextra_key = \"x\"\nplay = ",
            "extra_key",
            "extra key",
        ),
        (
            "pt/ui.toml",
            "Passo {} de {}",
            "Passo {} de",
            "placeholders",
            "dropped placeholder",
        ),
        (
            "pt/packet-notes.toml",
            "54705",
            "54750",
            "54705",
            "changed port",
        ),
        (
            "pt/captions/active.md",
            "1.1.2.1",
            "1.1.2.2",
            "lacks the number",
            "changed address",
        ),
        (
            "pt/captions/active.md",
            "\"220 FTP Server ready\"",
            "\"220 Servidor pronto\"",
            "console line",
            "retold console line",
        ),
        (
            "pt/faq.md",
            "$ tcp.port == 21",
            "$ tcp.porta == 21",
            "code line",
            "changed code line",
        ),
        (
            "pt/faq.md",
            "{#what-is-ftp}",
            "{#o-que-e-ftp}",
            "what-is-ftp",
            "renamed FAQ id",
        ),
        (
            "pt/captions/epsv.md",
            "\n## ",
            "\n## Uma página a mais\n\nTexto.\n\n## ",
            "pages",
            "extra page",
        ),
        (
            "es/model.toml",
            "\nflag_set",
            "\nflag_sett",
            "flag_set",
            "renamed model key",
        ),
        (
            "pt/model.toml",
            "de {max} bytes",
            "de {maximo} bytes",
            "placeholders",
            "renamed named placeholder",
        ),
    ];
    for (i, (file, from, to, says, what)) in cases.iter().enumerate() {
        let dir = copy(&format!("case{i}"));
        edit(&dir, file, from, to);
        let found = problems(&dir);
        assert!(
            found.iter().any(|p| p.contains(says)),
            "{what}: no problem says {says:?}; found {found:#?}"
        );
    }
}

#[test]
fn a_missing_caption_file_and_a_broken_toml_are_named() {
    let dir = copy("missing");
    std::fs::remove_file(dir.join("pt/captions/large.md")).unwrap();
    std::fs::write(dir.join("es/ui.toml"), "title = \"x").unwrap();
    let found = problems(&dir);
    assert!(
        found
            .iter()
            .any(|p| p.contains("large.md") && p.contains("missing")),
        "{found:#?}"
    );
    assert!(found.iter().any(|p| p.contains("es/ui.toml")), "{found:#?}");
}

#[test]
fn the_generated_rust_has_one_module_and_variant_per_folder() {
    let rust = words::generate(&i18n()).expect("no problems");
    for m in [
        "pub mod en {",
        "pub mod es {",
        "pub mod pt {",
        "    Pt,",
        "lang_pt",
        "\"pt-BR\"",
    ] {
        assert!(rust.contains(m), "generated code lacks {m:?}");
    }
}
