//! Two jobs before the app compiles.
//!
//! 1. **Words.** Every folder of `src/i18n` is a language: its words are
//!    Markdown and TOML files. `crates/words` reads them all, checks each
//!    language against English (keys, page counts, placeholders, numbers,
//!    console lines) and writes the Rust tables into `OUT_DIR/words.rs`, which
//!    `src/i18n/mod.rs` includes. A problem stops the build and is listed by
//!    file; `make words` lists them without building.
//! 2. **Relocations for the split.** Release builds for the browser are split
//!    into chunks after cargo, by `.ci/split.sh` (a trunk post_build hook).
//!    wasm-split reads the linker's relocations, so the binary's link keeps
//!    them (`--emit-relocs`). Only that link: no other crate is rebuilt for it.
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    println!("cargo::rerun-if-changed={}", i18n.display());
    for dir in words::folders(&i18n) {
        for file in words::Language::files(&dir) {
            println!("cargo::rerun-if-changed={}", file.display());
        }
    }
    match words::generate(&i18n) {
        Ok(rust) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("words.rs");
            std::fs::write(&out, rust).expect("OUT_DIR/words.rs is written");
        }
        Err(problems) => {
            for p in &problems {
                println!("cargo::warning={p}");
            }
            panic!(
                "{} problem(s) in the words of src/i18n (listed above; `make words` lists them too)",
                problems.len()
            );
        }
    }

    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY")
        .is_ok_and(|families| families.split(',').any(|f| f == "wasm"));
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if wasm && release && split {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
