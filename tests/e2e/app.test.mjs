// End-to-end: the release bundle served from a sub-path, and dist/parallax.html from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, launch, serve, watchedPage, screenshot } from './harness.mjs';

const CORPUS = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ missing: run trunk build --release first');
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** The journey both deliveries must pass: every source listed, one opened, its text shown. */
async function journey(page, shotName) {
  const sources = page.getByRole('navigation', { name: 'Sources' }).getByRole('button');
  await sources.first().waitFor({ timeout: 15000 });
  assert.equal(await sources.count(), CORPUS.length, 'every embedded source is listed');
  for (const id of CORPUS) {
    const item = page.locator(`button.source[data-doc="${id}"]`);
    assert.equal(await item.count(), 1, `source ${id} listed`);
    assert.match(await item.innerText(), /\d+ words/, `word count for ${id}`);
  }
  await page.locator('button.source[data-doc="003_2b18ecdce7cf2040"]').click();
  const reader = page.getByRole('article');
  await reader.waitFor();
  assert.match(await reader.getByRole('heading', { level: 2 }).innerText(), /Coalition of 26 nations pledge security force/);
  const text = await reader.innerText();
  assert.match(text, /Twenty-six countries have pledged to form a post-war "reassurance force"/);
  assert.equal(await page.locator('article .para.furniture').count(), 5, 'furniture lines shown dimmed');
  await screenshot(page, `${shotName}-1280`);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, `${shotName}-360`);
  await page.getByRole('button', { name: /All sources/ }).click();
  await sources.first().waitFor();
  assert.equal(await page.getByRole('article').count(), 0, 'back to the list');
}

test('the bundle served from a sub-path lists the sources and opens one', async () => {
  const server = await serve(DIST, '/some/sub/path/');
  try {
    const { page, problems, requests } = await watchedPage(browser);
    await page.goto(server.url);
    await journey(page, 'served');
    assert.deepEqual(problems, [], 'no console or page errors');
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'every request stays on the bundle\'s own path');
  } finally {
    await server.close();
  }
});

test('parallax.html opened from file:// works and makes no network request', async () => {
  const file = join(DIST, 'parallax.html');
  assert.ok(existsSync(file), 'dist/parallax.html missing');
  const url = pathToFileURL(file).href;
  const { page, problems, requests } = await watchedPage(browser);
  await page.goto(url);
  await journey(page, 'file');
  assert.deepEqual(problems, [], 'no console or page errors');
  assert.deepEqual(requests.filter((u) => u !== url), [], 'no request besides the file itself');
});
