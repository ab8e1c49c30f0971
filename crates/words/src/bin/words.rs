//! `cargo run -p words [-- DIR]`: checks every language folder of `src/i18n`
//! (or DIR) against English and lists what is missing or wrong, by file.
//! Exits with 1 when anything is.

use std::path::PathBuf;

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../src/i18n"));
    let (langs, problems) = words::read_all(&dir);
    for l in &langs {
        let prefix = l.dir.clone();
        let n = problems
            .iter()
            .filter(|p| p.file.starts_with(&prefix))
            .count();
        println!(
            "{} ({}, {}): {} scenarios, {} FAQ questions, {} interface words — {}",
            l.code,
            l.tag,
            l.name,
            l.scenarios.len(),
            l.faq.len(),
            l.ui.len(),
            if n == 0 {
                "complete".to_owned()
            } else {
                format!("{n} problem(s)")
            }
        );
    }
    for p in &problems {
        let file = p.file.strip_prefix(&dir).unwrap_or(&p.file);
        println!("  {}: {}", file.display(), p.what);
    }
    if !problems.is_empty() {
        std::process::exit(1);
    }
}
