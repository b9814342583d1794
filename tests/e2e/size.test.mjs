// Size budget: the single file must stay small enough to e-mail and to open instantly.
// Prints the wasm, js and single-file sizes (raw and gzip) on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './harness.mjs';

// Read strictly as bytes (not KiB). 350,000 B until December 2026; raised to 400,000 B (as
// issues 11 and 12 allow) for the figures engine, its data lists and the Key figures table:
// 347,847 B before them; the engine's restructuring into passes and data lists cost 3,462 B.
// The app's side (the Key figures table, its JSON and CSV export, the count labels) cost 6,905 B
// over the same core: 371,392 B -> 378,297 B.
// Issue 13 embeds the seed corpus analysed (a 60 KB bundle; the texts were embedded before, so
// the analysis adds about 34 KB raw), measured over the same core each time: 377,580 B ->
// 389,980 B (core of f4434c3), 406,853 B -> 419,892 B (core of 1c11c33, whose own growth took the
// file past the budget); moving the wasm's base64 out of the boot script won back about 900 B.
const BUDGET_GZIP = 400_000;

test('parallax.html is at most 400 KB (400,000 bytes) gzip', () => {
  const files = readdirSync(DIST);
  const pick = (re) => files.filter((f) => re.test(f)).map((f) => join(DIST, f));
  const rows = [
    ['wasm', pick(/_bg\.wasm$/)],
    ['js', pick(/^parallax-[0-9a-f]+\.js$/)],
    ['single file', [join(DIST, 'parallax.html')]],
  ];
  let single = 0;
  for (const [name, paths] of rows) {
    assert.equal(paths.length, 1, `one ${name} in dist/`);
    const raw = readFileSync(paths[0]);
    const gz = gzipSync(raw, { level: 9 }).length;
    if (name === 'single file') single = gz;
    console.log(`size: ${name.padEnd(11)} ${String(raw.length).padStart(9)} B raw  ${String(gz).padStart(8)} B gzip  (${(gz / 1024).toFixed(1)} KiB)`);
  }
  assert.ok(single <= BUDGET_GZIP, `parallax.html is ${single} B gzip, budget ${BUDGET_GZIP}`);
});
