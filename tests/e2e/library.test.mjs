// End-to-end: a reader adds articles of their own (files and pasted text) from the single file,
// bad input is refused with a reason and loses nothing, and hostile markup stays inert text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, watchedPage, screenshot } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ARTICLES = [
  ['harbour-a.txt', 'Port Talks Resume\n\nOfficials from Norway and Denmark met in Oslo on Monday to discuss the harbour treaty. Anna Lind, the Norwegian trade minister, said 12 ships would be inspected at the Oslo harbour. "We will finish by March," Lind said.'],
  ['harbour-b.txt', 'Nordic ministers meet on harbour deal\n\nNorwegian trade minister Anna Lind met Danish officials in Oslo on Monday about the harbour treaty. Lind said 14 ships would be inspected at the Oslo harbour this week. "We will finish by March," Lind told reporters.'],
];

test('adding articles from files and paste, and refusing bad input', async () => {
  const url = pathToFileURL(join(DIST, 'parallax.html')).href;
  const { page, problems, requests } = await watchedPage(browser);
  await page.goto(url);
  await page.locator('.library summary').click();
  const files = [
    ...ARTICLES.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })),
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'xss.html', mimeType: 'text/html', buffer: Buffer.from('<html><head><title>Hostile &lt;b&gt;</title></head><body><script>window.pwned=1</script><p>Ministers in Oslo signed. <img src=x onerror="window.pwned=2"> <a href="javascript:window.pwned=3">link</a> &lt;script&gt;alert(1)&lt;/script&gt;</p><svg onload="window.pwned=4"></svg></body></html>') },
  ];
  await page.locator('#add-files').setInputFiles(files);
  const notice = page.locator('.notice');
  await notice.waitFor({ timeout: 20000 });
  const text = await notice.innerText();
  assert.match(text, /Added 3 articles/);
  assert.match(text, /empty\.txt.*empty/s);
  assert.match(text, /photo\.png.*not text/s);
  assert.equal(await page.locator('button.source').count(), 3, 'a corpus of the reader\'s own');
  // The two harbour reports disagree on the number of ships.
  assert.match(await page.locator('.disagreements').innerText(), /12[\s\S]*14|14[\s\S]*12/);
  // Hostile markup: nothing ran, nothing was rendered as HTML.
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.locator('button.source[data-doc="xss"]').click();
  const reader = await page.locator('article.reader').innerText();
  assert.match(reader, /<script>alert\(1\)<\/script>/, 'entities decoded to visible text');
  assert.equal(await page.locator('article.reader img, article.reader script, article.reader svg').count(), 0);
  // Paste a fourth article.
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.locator('.library summary').click();
  await page.locator('#paste-label').fill('Pasted report');
  await page.locator('#paste-text').fill('Danish officials said 12 ships would be inspected at the Oslo harbour.');
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await page.locator('.notice', { hasText: 'Added 1 article' }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator('button.source').count(), 4);
  // A duplicate is refused and the corpus is untouched.
  await page.locator('#paste-text').fill('Danish officials said 12 ships would be inspected at the Oslo harbour.');
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await page.locator('.notice', { hasText: 'same text as' }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator('button.source').count(), 4);
  await screenshot(page, 'file-own-corpus-1280');
  // Back to the embedded reports.
  await page.getByRole('button', { name: 'Back to the embedded reports' }).click();
  await page.locator('button.source[data-doc="000_a2351adfdca838a3"]').waitFor();
  assert.equal(await page.locator('button.source').count(), 5);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => u.split('#')[0] !== url.split('#')[0]), [], 'no request');
});
