// Shared end-to-end plumbing: a static server for dist/ on 127.0.0.1, and Debian's chromium
// launched through playwright-core with the flags that keep it off the (closed) network.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'target', 'e2e-screenshots');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Serves `dir` under `prefix` (a sub-path, to prove the bundle's URLs are relative). */
export async function serve(dir, prefix = '/') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const path = normalize(join(dir, rel));
    if (!path.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Playwright gives every launch a fresh temporary profile (user-data-dir) of its own.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A page that records console errors, page errors and every request it makes. */
export async function watchedPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { page, context, problems, requests };
}

/** Requests that could leave the machine: blob: URLs (the analysis worker's script) are memory. */
export const network = (requests) => requests.filter((u) => !u.startsWith('blob:'));

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  // The page skips rendering rows far off screen (content-visibility) until they are scrolled
  // to; a full-page capture does not scroll, so for the picture everything is rendered.
  const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.screenshot({ path, fullPage: true });
  await style.evaluate((el) => el.remove());
  return path;
}

/**
 * Filter latency as a reader meets it: for each of the first `count` facet values, chosen and
 * then cleared again, the time from the click to the end of the frame that shows it (script, Yew's render, style, layout, paint).
 * Each click is made at the start of a frame, where Chromium delivers real input events; a
 * message posted in that frame is delivered once its rendering is done, which ends the clock.
 * (Clicking at a random moment would add the wait for the next frame, up to 16.7 ms, that no
 * code can shorten; a nested setTimeout(0) would add its 4 ms clamp.) One warm-up pass first:
 * the first clicks also pay for compiling the wasm hot paths. Returns the times sorted, and
 * whether each click had rendered (its chip shown, then gone) when its time was taken, and
 * whether each value chosen narrowed the sentence list (and clearing it restored the list).
 */
export async function filterLatency(page, count) {
  return page.evaluate(async (count) => {
    const channel = new MessageChannel();
    // The end of the frame after `t0`: a message posted in a frame arrives once it is rendered.
    const frameEnd = () => new Promise((resolve) => requestAnimationFrame(() => {
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }));
    // On a loaded machine the change may land a frame or more later: the clock runs until the
    // frame that shows it (`shown()`), up to a second; whether it ever showed is reported.
    const clickInFrame = (button, shown = () => true) => new Promise((resolve) => requestAnimationFrame(async () => {
      const t0 = performance.now();
      let end = await new Promise((done) => {
        channel.port1.onmessage = () => done(performance.now());
        button.click();
        channel.port2.postMessage(0);
      });
      while (!shown() && end - t0 < 1000) end = await frameEnd();
      resolve(end - t0);
    }));
    const buttons = [...document.querySelectorAll('.facets .facet-value')].slice(0, count);
    for (const b of buttons) {
      await clickInFrame(b);
      await clickInFrame(b);
    }
    const times = [];
    const rendered = [];
    const narrowed = [];
    const counts = [];
    const chipShown = (label) => [...document.querySelectorAll('.chips .chip')].some((c) => c.textContent.includes(label));
    // The number in the sentence list's heading, "Sentences (N)".
    const shown = () => Number((document.querySelector('#results-h')?.textContent.match(/\d+/) ?? ['NaN'])[0]);
    const all = shown();
    for (const b of buttons) {
      const label = b.querySelector('.facet-label')?.textContent;
      // Choosing a value, then clearing it again: both are filter changes a reader waits for.
      times.push(await clickInFrame(b, () => chipShown(label)));
      rendered.push(chipShown(label));
      const chosen = shown();
      times.push(await clickInFrame(b, () => !chipShown(label)));
      rendered.push(!chipShown(label));
      // A value no sentence lacks would not narrow; the first facet values are specific enough.
      narrowed.push(chosen > 0 && chosen < all && shown() === all);
      counts.push(`${label}: ${chosen}/${all}`);
    }
    times.sort((a, b) => a - b);
    return { times, rendered, narrowed, counts };
  }, count);
}

export function describeLatency({ times }) {
  const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(1);
  return `median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} clicks (${times.length / 2} values chosen and cleared)`;
}
