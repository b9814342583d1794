// Trunk post_build hook: writes parallax.html, the whole app in one file that opens from file://.
//
// Why a separate file: from file:// a browser blocks module imports and the wasm fetch (origin
// "null"), so dist/index.html cannot run there. This script takes trunk's staged output and inlines
// the CSS, the wasm-bindgen glue (as an inline module) and the wasm (deflated, base64, inflated in page).
// Nothing in the result refers to another file or host. Run by trunk with TRUNK_STAGING_DIR set.
//
// Release builds (TRUNK_PROFILE=release) also get the strict Content-Security-Policy (inline
// scripts by hash only) and the smallest DEFLATE (Zopfli). Development builds (`trunk serve`,
// `trunk build`) keep the source page's policy, so that Trunk's live-reload script (injected into
// the page, its text rewritten as it is served) may run and open its WebSocket; their single file
// is deflated by zlib, in a blink rather than the seconds Zopfli takes over an unoptimised wasm.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import zopfli from '@gfx/zopfli';
import { minify } from 'terser';

// Must equal worker::BOOT_MARKER in src/worker.rs.
const BOOT_MARKER = '/*parallax:boot*/';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('inline.mjs: TRUNK_STAGING_DIR is not set (run me as a trunk post_build hook)');
  process.exit(1);
}

const fail = (msg) => { console.error(`inline.mjs: ${msg}`); process.exit(1); };
const release = process.env.TRUNK_PROFILE === 'release';
// Trunk's live-reload script (`trunk serve`): an inline script that opens /.well-known/trunk/ws.
const liveReloadRe = /<script\b[^>]*>(?:(?!<\/script>)[\s\S])*?\.well-known\/trunk\/ws(?:(?!<\/script>)[\s\S])*<\/script>\s*/g;
const files = readdirSync(staging);
const find = (re, what) => {
  const hits = files.filter((f) => re.test(f));
  if (hits.length !== 1) fail(`expected one ${what} in ${staging}, found ${JSON.stringify(hits)}`);
  return hits[0];
};
const jsName = find(/^parallax-[0-9a-f]+\.js$|^parallax\.js$/, 'wasm-bindgen glue');
const wasmName = find(/^parallax-[0-9a-f]+_bg\.wasm$|^parallax_bg\.wasm$/, 'wasm module');
const index = readFileSync(join(staging, 'index.html'), 'utf8');
const liveReload = (index.match(liveReloadRe) ?? []).length > 0;
// The single file opens from disk, where live reload cannot connect (and must not try).
let html = index.replace(liveReloadRe, '');

// CSS: every stylesheet link becomes a <style> block.
html = html.replace(/<link\b[^>]*rel="stylesheet"[^>]*>/g, (tag) => {
  const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
  if (!href) fail(`stylesheet without href: ${tag}`);
  const css = readFileSync(join(staging, href), 'utf8');
  return `<style>\n${release ? minifyCss(css) : css}\n</style>`;
});
// Preload hints would make the browser try to fetch the separate files.
html = html.replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>\s*/g, '');

let glue = readFileSync(join(staging, jsName), 'utf8');
if (/^\s*import\s/m.test(glue)) fail('the glue imports other modules (JS snippets); inline them before shipping one file');
const exportRe = /^export\s*\{[^}]*\};?\s*$/m;
if (!exportRe.test(glue)) fail('the glue has no final export block; wasm-bindgen changed its output');
glue = release ? await minifyGlue(glue) : glue.replace(exportRe, '');
if (/<\/script/i.test(glue)) fail('the glue contains "</script"');

const wasm = readFileSync(join(staging, wasmName));
// The wasm travels deflated (raw DEFLATE) and then base64-encoded, and the page inflates it with
// the browser's own DecompressionStream (no library, no network). gzip of base64-of-deflate costs
// almost nothing over the deflated bytes, so the gzip'd single file is about the deflated size.
// Zopfli (npm @gfx/zopfli, a build-time tool only) finds a smaller DEFLATE stream than zlib -9:
// measured 320,023 B vs 339,129 B for the same 817,704 B wasm, for ~6 s of build time. Before
// this, the wasm was an uncompressed byte string in the page: 18 KB larger gzip'd, twice on disk.
// blocksplittingmax 0 lets Zopfli split the stream into as many blocks as pay (the default stops
// at 15): on the 977,982 B wasm, 382,826 B against 384,782 B, for ~8 s instead of ~2 s. More
// iterations buy a little, for time: on the 990 KiB wasm of 2026-12-08, 15 instead of 5 saved
// 58 B, 40 saved 86 B and 100 saved 176 B (150: 35 B more), the hook taking about 32 s instead
// of 8; taken, the single file being within a few dozen bytes of its budget.
const deflated = release ? await zopfli.deflateAsync(wasm, { numiterations: 150, blocksplittingmax: 0 }) : deflateRawSync(wasm, { level: 6 });
const packed = Buffer.from(deflated).toString('base64');
// The base64 text sits in an inert element of its own (a script of a non-JavaScript type: never
// run, never parsed as JavaScript, not subject to script-src), not in the boot script: V8 would
// otherwise scan the half megabyte as a string literal before the app could start. The page
// decodes it natively (Uint8Array.fromBase64, with atob as the fallback) and inflates it into a
// Response that WebAssembly.instantiateStreaming (through the glue's init) compiles while it is
// still being inflated, as it compiles a served .wasm while it downloads.
// The glue is also what the analysis worker runs (see src/worker.rs): the worker is built from this
// script's text up to the marker, so the glue must come first and the boot code after the marker.
const boot = `${glue}
${BOOT_MARKER}
performance.mark('parallax:boot');
try {
  const packed = document.getElementById('parallax-wasm').textContent;
  const deflated = Uint8Array.fromBase64 ? Uint8Array.fromBase64(packed) : Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  performance.mark('parallax:unpacked');
  const inflated = new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  await __wbg_init({ module_or_path: new Response(inflated, { headers: { 'Content-Type': 'application/wasm' } }) });
} catch (e) {
  // A browser without DecompressionStream('deflate-raw') (before Chrome 103, Firefox 113,
  // Safari 16.4) or without WebAssembly: say so instead of leaving a blank page.
  const p = document.createElement('p');
  p.textContent = 'Parallax cannot start in this browser (' + e + '). It needs a browser from 2023 or later: Chrome 103, Firefox 113 or Safari 16.4 on.';
  document.body.append(p);
}`;

// Trunk's loader is the inline module that imports the glue; replace it with the inlined boot.
const loaderRe = /<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/;
const loader = loaderRe.exec(html);
if (!loader || !loader[0].includes(jsName)) fail('could not find trunk\'s loader script');
// The data after the script (a module script runs once the whole page is parsed): this order
// gzips about 600 B smaller.
html = html.replace(loaderRe, () => `<script type="module" id="parallax-app">\n${boot}\n</script>\n<script type="application/octet-stream" id="parallax-wasm">${packed}</script>`);

const leftover = /(src|href)="(?!data:|#)[^"]+"/.exec(html);
if (leftover) fail(`the single file still refers to ${leftover[0]}`);

// Content-Security-Policy: in the release outputs, only the exact inline scripts may run (by
// hash), never others; index.html may fetch its own wasm, the single file may fetch nothing.
// Development outputs keep the source policy ('unsafe-inline', connect-src 'self'): Trunk's
// live-reload script is rewritten as it is served (so no hash of it holds) and connects back
// to the server. A page that carries that script never gets the strict policy, even from
// `trunk serve --release`, or live reload would be blocked.
const cspRe = /(<meta http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;
function scriptHashes(doc) {
  const hashes = [];
  for (const m of doc.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    // Data (the wasm's base64) is never run: only scripts need a hash.
    if (m[2].trim() === '' || /type="application\/octet-stream"/.test(m[1])) continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
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
    // The analysis worker is a script the app builds in a Blob from its own glue (src/worker.rs).
    // In dist/ it is a module worker that imports the glue file, and a module worker's imports
    // are checked against worker-src, so 'self' too; the single file's classic worker imports nothing.
    `worker-src ${connect === "'self'" ? "'self' " : ''}blob:`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return doc.replace(cspRe, (_, a, __, c) => `${a}${policy}${c}`);
}
if (!cspRe.test(index)) fail('index.html has no Content-Security-Policy meta tag');
if (release && !liveReload) writeFileSync(join(staging, 'index.html'), withCsp(index, "'self'"));
if (release) html = withCsp(html, "'none'");

writeFileSync(join(staging, 'parallax.html'), html);
const policy = release ? (liveReload ? 'strict CSP in parallax.html only (index.html has live reload)' : 'strict CSP') : 'development CSP';
console.log(`inline.mjs: wrote parallax.html (${(html.length / 1024).toFixed(0)} KiB; wasm ${(wasm.length / 1024).toFixed(0)} KiB, glue ${(glue.length / 1024).toFixed(0)} KiB; ${policy})`);

// The single file's bytes are its budget (tests/e2e/size.test.mjs), so the release build drops
// what only a person reading the source needs: the CSS by plain text surgery, checked so that it
// can only remove comments and layout (4,636 -> 3,798 B gzip), the glue by a minifier (below).

/** CSS without comments and without the whitespace around braces, semicolons and commas. */
function minifyCss(css) {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out = bare.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/;}/g, '}').trim();
  // Quoted strings ("Segoe UI", content: "\2260") must come through as they were.
  const strings = (text) => JSON.stringify(text.match(/"[^"]*"/g) ?? []);
  if (strings(bare) !== strings(out)) fail('minifying the CSS would change a quoted string');
  return out;
}

/**
 * The glue minified by Terser (npm `terser`, a build-time tool only): whitespace and comments gone,
 * local and module-level names shortened. Measured on this glue: 7,931 B gzip trimmed line by line
 * (as before) against 6,872 B. The module's exports become plain names again, because the boot code
 * after it calls `__wbg_init` and the worker built from its text (src/platform/worker.rs) calls
 * `initSync`; the globals the boot code reads are never used as short names.
 */
async function minifyGlue(glue) {
  const reserved = ['initSync', '__wbg_init', 'document', 'performance', 'Uint8Array', 'atob', 'Blob', 'DecompressionStream', 'Response'];
  const { code } = await minify(glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: { reserved } });
  const block = /export\s*\{([^}]*)\};?\s*$/.exec(code);
  if (!block) fail('the minified glue has no final export block');
  const names = block[1].split(',').map((part) => {
    const [local, exported = local] = part.trim().split(/\s+as\s+/);
    return [exported === 'default' ? '__wbg_init' : exported, local];
  });
  for (const wanted of ['initSync', '__wbg_init']) {
    if (!names.some(([name]) => name === wanted)) fail(`the minified glue does not export ${wanted}`);
  }
  if (!code.includes('import.meta.url')) fail('the minified glue lost import.meta.url, which the worker rewrites');
  const aliases = names.filter(([name, local]) => name !== local).map(([name, local]) => `${name}=${local}`);
  return code.slice(0, block.index) + (aliases.length ? `var ${aliases.join(',')};` : '');
}
