// The development server as a developer meets it: `trunk serve` builds the app (debug profile)
// and serves it with Trunk's live-reload script, which must run (no Content-Security-Policy
// violation, its WebSocket open) while the explorer works as in the release outputs.
// It builds into target/serve-dist/ so that the release dist/ the other journeys use is untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, launch, watchedPage, network } from './harness.mjs';

let browser;
let trunk;
let url;

/** A TCP port free on 127.0.0.1 right now. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Starts `trunk serve` on `port`, building into target/serve-dist/. */
function serve(port) {
  return spawn('trunk', ['serve', '--address', '127.0.0.1', '--port', String(port), '--dist', join(ROOT, 'target', 'serve-dist')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
}

/** Has the server process ended, by exiting or by a signal (a panic aborts it)? */
const ended = (child) => child.exitCode !== null || child.signalCode !== null;

/** Waits until `url` answers 200 with the page (the first debug build takes minutes). */
async function until(url, minutes) {
  const deadline = Date.now() + minutes * 60_000;
  while (Date.now() < deadline) {
    if (ended(trunk)) throw new Error(`trunk serve ended (exit ${trunk.exitCode}, signal ${trunk.signalCode})`);
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('<body')) return;
    } catch { /* not up yet */ }
    await new Promise((ok) => setTimeout(ok, 1000));
  }
  throw new Error(`trunk serve did not answer at ${url} within ${minutes} minutes`);
}

before(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  // A crash of trunk itself before it serves (its file watcher once panicked during the first
  // build) gets one more start, said aloud; a second crash fails the journey.
  trunk = serve(port);
  try {
    await until(url, 15);
  } catch (e) {
    if (!ended(trunk)) throw e;
    console.log(`# trunk serve ended before serving (${e.message}); starting it once more`);
    trunk = serve(port);
    await until(url, 15);
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  // trunk and the cargo it runs are one process group.
  if (trunk && !ended(trunk)) process.kill(-trunk.pid, 'SIGTERM');
});

test('trunk serve: the development page runs live reload with no console error', async () => {
  const w = await watchedPage(browser);
  const { page } = w;
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(url);
  await page.locator('.masthead').waitFor({ timeout: 30_000 });
  await page.locator('.disagreements .disagreement-item').first().waitFor({ timeout: 30_000 });
  // The live-reload script connects back to the server; a blocked script or socket would show
  // here as a missing socket and as a console error.
  const deadline = Date.now() + 10_000;
  while (!sockets.some((s) => s.includes('/.well-known/trunk/ws')) && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.ok(sockets.some((s) => s.includes('/.well-known/trunk/ws')), `live reload connected: ${sockets}`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /connect-src 'self'/, 'the page may talk to its own server only');
  assert.deepEqual(w.problems, [], 'no console or page errors (a CSP violation is one)');
  const elsewhere = network(w.requests).filter((u) => !u.startsWith(url) && !u.startsWith(url.replace('http', 'ws')) && !u.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'no request leaves the development server');
});
