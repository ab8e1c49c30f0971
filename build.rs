//! Release builds for the browser are split into chunks after cargo, by
//! `.ci/split.sh` (a trunk post_build hook). wasm-split reads the linker's
//! relocations, so the binary's link keeps them (`--emit-relocs`). Only that
//! link: no other crate is rebuilt for it, and debug builds, tests and
//! native builds are as before. wasm-bindgen and wasm-opt drop the
//! relocations from what is shipped.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY")
        .is_ok_and(|families| families.split(',').any(|f| f == "wasm"));
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if wasm && release && split {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
