// Trunk post_build hook: writes parallax.html, the whole app in one file that opens from file://.
//
// Why a separate file: from file:// a browser blocks module imports and the wasm fetch (origin
// "null"), so dist/index.html cannot run there. This script takes trunk's staged output and inlines
// the CSS, the wasm-bindgen glue (as an inline module) and the wasm (as base64, decoded in page).
// Nothing in the result refers to another file or host. Run by trunk with TRUNK_STAGING_DIR set.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('inline.mjs: TRUNK_STAGING_DIR is not set (run me as a trunk post_build hook)');
  process.exit(1);
}

const fail = (msg) => { console.error(`inline.mjs: ${msg}`); process.exit(1); };
const files = readdirSync(staging);
const find = (re, what) => {
  const hits = files.filter((f) => re.test(f));
  if (hits.length !== 1) fail(`expected one ${what} in ${staging}, found ${JSON.stringify(hits)}`);
  return hits[0];
};
const jsName = find(/^parallax-[0-9a-f]+\.js$|^parallax\.js$/, 'wasm-bindgen glue');
const wasmName = find(/^parallax-[0-9a-f]+_bg\.wasm$|^parallax_bg\.wasm$/, 'wasm module');
let html = readFileSync(join(staging, 'index.html'), 'utf8');

// CSS: every stylesheet link becomes a <style> block.
html = html.replace(/<link\b[^>]*rel="stylesheet"[^>]*>/g, (tag) => {
  const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
  if (!href) fail(`stylesheet without href: ${tag}`);
  const css = readFileSync(join(staging, href), 'utf8');
  return `<style>\n${css}\n</style>`;
});
// Preload hints would make the browser try to fetch the separate files.
html = html.replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>\s*/g, '');

let glue = readFileSync(join(staging, jsName), 'utf8');
if (/^\s*import\s/m.test(glue)) fail('the glue imports other modules (JS snippets); inline them before shipping one file');
const exportRe = /^export\s*\{[^}]*\};?\s*$/m;
if (!exportRe.test(glue)) fail('the glue has no final export block; wasm-bindgen changed its output');
glue = glue.replace(exportRe, '');
if (/<\/script/i.test(glue)) fail('the glue contains "</script"');

const wasm = readFileSync(join(staging, wasmName));
// The wasm travels as a JS string with one character per byte, not as base64: base64 turns
// compressible bytes into incompressible text, so a gzip'd single file would be much larger.
// The 95 most frequent byte values map to plain one-byte characters (printable ASCII without
// backslash, backtick, "$" and "<", plus newline and tab); the rest map to two-byte characters
// from U+0100 on. Nothing in the string needs escaping in a template literal or in HTML.
const SAFE = [];
for (let c = 0x20; c < 0x7f; c++) if (!'\\`$<'.includes(String.fromCharCode(c))) SAFE.push(c);
SAFE.push(0x0a, 0x09);
const freq = new Array(256).fill(0);
for (const b of wasm) freq[b]++;
const order = [...Array(256).keys()].sort((a, b) => freq[b] - freq[a] || a - b);
const table = new Array(256);
order.forEach((byte, rank) => { table[byte] = rank < SAFE.length ? SAFE[rank] : 0x100 + rank; });
const encoded = Array.from(wasm, (b) => String.fromCharCode(table[b])).join('');
const alphabet = table.map((c) => String.fromCharCode(c)).join('');
const boot = `${glue}
{
  const alphabet = \`${alphabet}\`;
  const lut = new Uint8Array(0x200);
  for (let b = 0; b < 256; b++) lut[alphabet.charCodeAt(b)] = b;
  const s = \`${encoded}\`;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = lut[s.charCodeAt(i)];
  await __wbg_init({ module_or_path: bytes });
}`;

// Trunk's loader is the inline module that imports the glue; replace it with the inlined boot.
const loaderRe = /<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/;
const loader = loaderRe.exec(html);
if (!loader || !loader[0].includes(jsName)) fail('could not find trunk\'s loader script');
html = html.replace(loaderRe, () => `<script type="module">\n${boot}\n</script>`);

const leftover = /(src|href)="(?!data:|#)[^"]+"/.exec(html);
if (leftover) fail(`the single file still refers to ${leftover[0]}`);

// Content-Security-Policy: in the release outputs, only the exact inline scripts may run (by
// hash), never others; index.html may fetch its own wasm, the single file may fetch nothing.
// index.html in the source keeps 'unsafe-inline' for `trunk serve`, whose live-reload script changes.
const cspRe = /(<meta http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;
function scriptHashes(doc) {
  const hashes = [];
  for (const m of doc.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1].trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}
function withCsp(doc, connect) {
  if (!cspRe.test(doc)) fail('index.html has no Content-Security-Policy meta tag');
  const policy = [
    "default-src 'none'",
    `script-src ${connect === "'self'" ? "'self' " : ''}${scriptHashes(doc).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${connect}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return doc.replace(cspRe, (_, a, __, c) => `${a}${policy}${c}`);
}
const index = readFileSync(join(staging, 'index.html'), 'utf8');
writeFileSync(join(staging, 'index.html'), withCsp(index, "'self'"));
html = withCsp(html, "'none'");

writeFileSync(join(staging, 'parallax.html'), html);
console.log(`inline.mjs: wrote parallax.html (${(html.length / 1024).toFixed(0)} KiB; wasm ${(wasm.length / 1024).toFixed(0)} KiB, glue ${(glue.length / 1024).toFixed(0)} KiB)`);
