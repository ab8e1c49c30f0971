#!/usr/bin/env bash
# Code splitting for `trunk build --release` (trunk 0.21 has no split step:
# trunk-rs/trunk#1022). Run by Trunk.toml as a post_build hook: it redoes the
# tail of trunk's Rust pipeline on the wasm that cargo built and replaces
# trunk's output in the staging dir (TRUNK_STAGING_DIR), before trunk moves
# it to dist/:
#   1. wasm-split-cli splits cargo's wasm at the split points (src/app/split.rs):
#      a main module, one module per split point and chunks they share, and
#      __wasm_split.js, the loader the main module imports;
#   2. wasm-bindgen on the main module (flags as trunk's, plus the two that
#      keep the exports the split modules link against);
#   3. wasm-opt -Oz on every module (index.html turns trunk's pass off:
#      data-wasm-opt="0", it would optimise a wasm that is then replaced);
#   4. names: the split modules and the loader get the build's id in their
#      names (<name>-<id>.wasm, __wasm_split-<id>.js). index.html and
#      ftp-basics.js keep their names (filehash = false, so the CSP hash of
#      trunk's inline loader script does not change); ftp-basics.js imports
#      the loader of its own build, which fetches the chunks of its own build.
#      A page still open from an older build asks for chunks that a newer
#      deployment no longer has: it gets a 404, shows "did not load" and Retry,
#      instead of running a chunk from another build.
# Debug builds (`trunk serve`, `trunk build`) are not split: there the split
# points are plain functions (src/app/split.rs), and this script does nothing.
# Tools: wasm-split-cli, wasm-bindgen and wasm-opt on PATH (.ci/install.sh).
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
cd "$(dirname "$0")/.."

name=ftp-basics
stage=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
say() { printf 'split.sh: %s\n' "$*" >&2; }

for tool in wasm-split-cli wasm-bindgen wasm-opt; do
  command -v "$tool" >/dev/null || { say "$tool is missing: run \`make tools\`"; exit 1; }
done
[ -f "$stage/$name.js" ] && [ -f "$stage/${name}_bg.wasm" ] \
  || { say "trunk did not stage $name.js and ${name}_bg.wasm"; exit 1; }

target_dir=$(cargo metadata --format-version 1 --no-deps --offline \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
raw="$target_dir/wasm32-unknown-unknown/release/$name.wasm"
[ -f "$raw" ] || { say "$raw is missing"; exit 1; }
# wasm-split needs the linker's relocations (build.rs adds --emit-relocs).
grep -aq 'reloc.CODE' "$raw" \
  || { say "$raw has no relocations: its link needs --emit-relocs (build.rs)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. split
wasm-split-cli "$raw" "$work/split" --out-name "$name" >/dev/null
# 2. bindgen the main module
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir "$work/bg" --out-name "$name" "$work/split/$name.wasm"
# 3. optimise every module
wasm-opt -Oz "$work/bg/${name}_bg.wasm" -o "$work/${name}_bg.wasm"
mkdir "$work/out"
modules=()
for m in "$work"/split/*.wasm; do
  base=$(basename "$m" .wasm)
  [ "$base" = "$name" ] && continue
  wasm-opt -Oz "$m" -o "$work/out/$base.wasm"
  modules+=("$base")
done
[ ${#modules[@]} -gt 0 ] || { say "no split points found in $raw"; exit 1; }

# 4. the build's id: over everything that has to match
id=$(cat "$work/${name}_bg.wasm" "$work"/out/*.wasm "$work/split/__wasm_split.js" \
  | sha256sum | cut -c1-12)
loader="__wasm_split-$id.js"
cp "$work/split/__wasm_split.js" "$work/out/$loader"
for base in "${modules[@]}"; do
  mv "$work/out/$base.wasm" "$work/out/$base-$id.wasm"
  sed -i "s|\"\./$base\.wasm\"|\"./$base-$id.wasm\"|" "$work/out/$loader"
done
# Every chunk the loader names must exist.
for f in $(grep -o '"\./[A-Za-z0-9_-]*\.wasm"' "$work/out/$loader" | tr -d '"'); do
  [ -f "$work/out/${f#./}" ] || { say "the loader names $f, which was not emitted"; exit 1; }
done
# The main JS imports the loader by its new name (wasm-bindgen writes one
# `import * as importN from "./__wasm_split.js"` per imported function). Only
# the import specifiers change: the keys of the wasm imports object stay
# "./__wasm_split.js", the module name compiled into the main wasm.
js="$work/bg/$name.js"
grep -qE "^import \* as import[0-9]+ from \"\./__wasm_split\.js\"" "$js" \
  || { say "$name.js does not import ./__wasm_split.js: has wasm-bindgen's output changed?"; exit 1; }
sed -i -E "s#^(import \* as import[0-9]+ from \")\./__wasm_split\.js\"#\1./$loader\"#" "$js"
if grep -q "from \"\./__wasm_split\.js\"" "$js"; then say "an import of ./__wasm_split.js was not renamed"; exit 1; fi

# Replace trunk's output; drop what an earlier build left in the staging dir.
rm -f "$stage"/__wasm_split-*.js "$stage"/split_*-*.wasm "$stage"/chunk_*-*.wasm
cp "$js" "$stage/$name.js"
cp "$work/${name}_bg.wasm" "$stage/${name}_bg.wasm"
cp "$work"/out/* "$stage/"
say "main + ${#modules[@]} split modules, build id $id"
