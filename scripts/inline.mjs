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
// The wasm travels as a JS string with one character per byte (U+0000..U+00FF), not base64:
// base64 turns compressible bytes into incompressible text, so a gzip'd single file would be a
// third larger. Only the characters a template literal or the HTML parser would change are
// escaped: backslash, backtick, "$", "<" (for "</script"), CR (normalised to LF) and NUL.
function byteString(bytes) {
  const parts = [];
  let chunk = '';
  for (const b of bytes) {
    switch (b) {
      case 0x5c: chunk += '\\\\'; break;
      case 0x60: chunk += '\\`'; break;
      case 0x24: chunk += '\\$'; break;
      case 0x3c: chunk += '\\x3c'; break;
      case 0x0d: chunk += '\\r'; break;
      case 0x00: chunk += '\\x00'; break;
      default: chunk += String.fromCharCode(b);
    }
    if (chunk.length > 65536) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  return parts.join('');
}
const boot = `${glue}
{
  const s = \`${byteString(wasm)}\`;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
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
