#!/usr/bin/env bash
# Prints the Content-Security-Policy header that dist/ needs: every inline
# <script> that trunk emitted (its module loader) is allowed by its sha256 hash,
# nothing else inline is allowed.
#   .ci/csp.sh                      print the header line for dist/index.html
#   .ci/csp.sh --check README.md    fail unless README.md contains exactly that line
#   .ci/csp.sh --value              print only the header's value (for test servers)
# DIST=path overrides dist/. The hash is over the script's text as the browser
# sees it: the bytes between <script ...> and </script>, UTF-8, with the HTML
# parser's newline normalisation (CRLF and CR become LF).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST:-dist}
html="$dist/index.html"
[ -f "$html" ] || { echo "csp.sh: $html is missing: run \`make dist\` first" >&2; exit 2; }

value=$(node --input-type=module - "$html" <<'JS'
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
const html = readFileSync(process.argv[2], 'utf8').replace(/\r\n?/g, '\n');
const hashes = [];
for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/(^|\s)src\s*=/i.test(attrs)) continue; // an external script: 'self' covers it
  const h = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
  if (!hashes.includes(h)) hashes.push(h);
}
// Inline event handlers (onload=...) and style attributes would need looser rules.
const tags = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '')
  .match(/<[a-z][^>]*>/gi) ?? [];
for (const tag of tags) {
  const bare = tag.replace(/"[^"]*"|'[^']*'/g, '');
  if (/\s(on[a-z]+|style)\s*=/i.test(bare)) {
    console.error(`csp.sh: index.html has ${tag}: an inline handler or style attribute this policy blocks`);
    process.exit(1);
  }
}
console.log([
  "default-src 'self'",
  ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes].join(' '),
  "object-src 'none'",
  "base-uri 'none'",
].join('; '));
JS
)
header="Content-Security-Policy: $value"

case "${1:-}" in
  "")
    echo "$header" ;;
  --value)
    echo "$value" ;;
  --check)
    readme=${2:?usage: .ci/csp.sh --check README.md}
    if grep -qxF -- "$header" "$readme"; then
      echo "csp.sh: $readme has the header for this build:"
      echo "$header"
    else
      echo "csp.sh: $readme does not contain the Content-Security-Policy header this build needs." >&2
      echo "Expected this exact line (run \`make csp\` and paste it under \"Hosting\"):" >&2
      echo "$header" >&2
      found=$(grep -F 'Content-Security-Policy:' "$readme" || true)
      [ -n "$found" ] && { echo "$readme has instead:" >&2; echo "$found" >&2; }
      exit 1
    fi ;;
  *)
    echo "usage: .ci/csp.sh [--value | --check README.md]" >&2; exit 2 ;;
esac
