// The search script's fold, checked against the pairs both sides share (tests/fixtures/fold.json:
// input → folded); the index's fold (Rust) is checked against the same file (tests/fold.rs).
// The function is taken from themes/default/static/search.js as it is shipped.
// Usage: node fold.mjs <search.js> <fold.json>   (exit 0 when every pair folds as written)
import { readFileSync } from "node:fs";

const [script, fixture] = process.argv.slice(2);
if (!script || !fixture) {
  console.error("usage: node fold.mjs <search.js> <fold.json>");
  process.exit(2);
}
const source = readFileSync(script, "utf8");
const table = source.match(/\n\s*var FOLD = (\{[^\n]*\});\n/);
const body = source.match(/\n\s*function fold\(s\) \{\n([\s\S]*?)\n\s*\}\n/);
if (!table || !body) {
  console.error(`${script}: no "var FOLD = {…};" line or no "function fold(s)"`);
  process.exit(2);
}
const FOLD = JSON.parse(table[1]);
const fold = (s) => new Function("FOLD", "s", body[1])(FOLD, s);
const failures = [];
for (const [input, folded] of JSON.parse(readFileSync(fixture, "utf8"))) {
  const got = fold(input);
  if (got !== folded) failures.push(`${JSON.stringify(input)}: ${JSON.stringify(got)}, expected ${JSON.stringify(folded)}`);
}
for (const line of failures) console.error(line);
process.exit(failures.length ? 1 : 0);
