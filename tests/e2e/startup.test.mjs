// Start-up benchmark: the time from navigation start to the overview's claim counts and
// disagreements being in the DOM, over ten fresh loads (a new browser context each: no cache, no
// stored corpus; after one uncounted load that warms the browser itself) of dist/parallax.html
// from file:// and of dist/ served from a sub-path. Prints median and max, and the breakdown from
// the app's User Timing marks; asserts no timing (the figures depend on the machine), only that
// each load reached the overview and analysed nothing (the embedded reports arrive analysed).
//
// "In the DOM" is observed from outside the app: a MutationObserver installed before any of the
// page's scripts runs notes performance.now() (milliseconds since navigation start) when the
// counts and the first disagreement are both present. The breakdown comes from marks the page
// sets: `parallax:boot` (the single file's boot script, after the glue), `parallax:unpacked`
// (its wasm's base64 decoded), `parallax:main` (the wasm compiled and instantiated, its main
// started), and the measures `parallax:decode` (the embedded bundle decoded and checked) and
// `parallax:index` (the facet index and search text built); the first render is what remains up
// to the overview in the DOM. The facets sidebar follows in the next task: its time is printed too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, serve } from './harness.mjs';

const LOADS = 10;
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve(DIST, '/some/sub/path/');
});
after(async () => {
  await server?.close();
  await browser?.close();
});

// Runs in the page before its own scripts: notes when the overview's counts and disagreements appear.
function observeOverview() {
  const seen = { counts: null, disagreements: null, sidebar: null };
  window.__overview = seen;
  const check = () => {
    const now = performance.now();
    if (seen.counts === null && document.querySelector('.counts .stat-number')) seen.counts = now;
    if (seen.disagreements === null && document.querySelector('.disagreements .disagreement-item')) seen.disagreements = now;
    if (seen.sidebar === null && document.querySelector('.facets .facet-list')) seen.sidebar = now;
    if (seen.counts !== null && seen.disagreements !== null && seen.sidebar !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

async function load(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeOverview);
    await page.goto(url);
    await page.waitForFunction(() => Object.values(window.__overview ?? { none: null }).every((t) => t !== null), null, { timeout: 30000 });
    // The first paint, for first contentful paint, and the app's own marks.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
    return await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1);
      const time = (name) => at(name)?.startTime ?? NaN;
      const span = (name) => at(name)?.duration ?? NaN;
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      const nav = performance.getEntriesByType('navigation')[0];
      const o = window.__overview;
      const ready = Math.max(o.counts, o.disagreements);
      return {
        ready,
        sidebar: o.sidebar,
        html: nav?.responseEnd ?? NaN,
        boot: time('parallax:boot'),
        unpacked: time('parallax:unpacked'),
        wasmFetched: wasm?.responseEnd ?? NaN,
        main: time('parallax:main'),
        decode: span('parallax:decode'),
        index: span('parallax:index'),
        render: ready - (time('parallax:index') + span('parallax:index')),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        elements: document.querySelectorAll('*').length,
        analyze: performance.getEntries().filter((e) => /analy[sz]e/i.test(e.name)).map((e) => e.name),
      };
    });
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

for (const kind of ['file', 'served']) {
  test(`start-up (${kind}): navigation to the overview's counts and disagreements, ${LOADS} fresh loads`, async () => {
    const url = kind === 'file' ? pathToFileURL(join(DIST, 'parallax.html')).href : server.url;
    // One load first, not counted: the browser's own first navigation (its network service, the
    // test server's first read of the files) is not the page's start-up.
    await load(url);
    const runs = [];
    for (let i = 0; i < LOADS; i++) runs.push(await load(url));
    for (const r of runs) {
      assert.deepEqual(r.analyze, [], 'nothing is analysed on the page at start');
      assert.ok(r.decode >= 0, 'the embedded analysis is decoded');
    }
    const med = (key) => median(runs.map((r) => r[key]));
    const ready = runs.map((r) => r.ready);
    console.log(`start-up ${kind}: overview (counts and disagreements in the DOM) median ${ms(median(ready))}, max ${ms(Math.max(...ready))} over ${LOADS} fresh loads (all: ${ready.map((t) => t.toFixed(0)).join(' ')})`);
    // Each step per load, then its median.
    const steps = kind === 'file'
      ? [
          ['boot script runs (page parsed, glue evaluated)', (r) => r.boot],
          ['base64 decoded', (r) => r.unpacked - r.boot],
          ['wasm inflated, compiled (streaming) and instantiated, main starts', (r) => r.main - r.unpacked],
        ]
      : [
          ['page fetched', (r) => r.html],
          ['glue and wasm fetched', (r) => r.wasmFetched - r.html],
          ['wasm compiled (streaming, from the fetch) and instantiated, main starts', (r) => r.main - r.wasmFetched],
        ];
    steps.push(
      ['decode of the embedded analysis', (r) => r.decode],
      ['index and search text', (r) => r.index],
      ['first render (Yew, into the DOM)', (r) => r.render],
    );
    console.log(`start-up ${kind}: breakdown (medians): ${steps.map(([what, f]) => `${what} ${ms(median(runs.map(f)))}`).join('; ')}`);
    console.log(`start-up ${kind}: first contentful paint median ${ms(med('fcp'))}; facets sidebar in the DOM median ${ms(med('sidebar'))}; ${med('elements')} elements once it is`);
  });
}
