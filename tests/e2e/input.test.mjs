// End-to-end, single file from file://: every kind of bad input gets a clear message and leaves the
// corpus as it was; bundles go out and come back (from the app and from the command); a full
// storage quota is reported without losing what is loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, launch, serve, watchedPage, network } from './harness.mjs';

const URL_ = pathToFileURL(join(DIST, 'parallax.html')).href;
const TMP = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const REPORTS = [
  ['bridge-a.txt', 'Bridge Reopens\n\nThe Vltava bridge in Prague reopened on Friday after 18 months of repairs, city officials said. Mayor Jana Dvorak said 40,000 cars would cross it every day.'],
  ['bridge-b.txt', 'Prague bridge back in use\n\nPrague mayor Jana Dvorak reopened the Vltava bridge on Friday after 20 months of work. Dvorak said 45,000 cars would cross it every day.'],
];
const file = (name, content, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

async function openWithCorpus(page, { wait = true } = {}) {
  await page.goto(URL_);
  await page.locator('#add-files').setInputFiles(REPORTS.map(([n, t]) => file(n, t)));
  if (wait) await page.locator('.notice', { hasText: 'Added 2 articles' }).waitFor({ timeout: 30000 });
}

async function sources(page) {
  return page.locator('button.source').evaluateAll((bs) => bs.map((b) => b.dataset.doc).sort());
}

async function pick(page, files) {
  await page.locator('#add-files').setInputFiles(files);
}

test('bad files are refused or read with a note, and the corpus stays as it was', async () => {
  const { page, problems, requests } = await watchedPage(browser);
  await openWithCorpus(page);
  const before = await sources(page);
  // 50 MB: refused by its size without being read (a file on disk: too large to pass as a buffer).
  const huge = join(TMP, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a '));
  await pick(page, [huge]);
  await page.locator('.notice', { hasText: 'huge.txt' }).waitFor({ timeout: 30000 });
  assert.match(await page.locator('.notice').innerText(), /50\.0 MB, over the 5 MB limit/);
  assert.deepEqual(await sources(page), before, 'nothing lost, nothing added');
  // Binary, empty, and a duplicate of what is there: each refused with its own reason.
  await pick(page, [
    file('archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0, 0, 0, 0])),
    file('blank.txt', '   \n\n  '),
    file('again.txt', REPORTS[0][1]),
  ]);
  await page.locator('.notice', { hasText: 'archive.zip' }).waitFor({ timeout: 30000 });
  const refused = await page.locator('.notice').innerText();
  assert.match(refused, /archive\.zip.*not text/s);
  assert.match(refused, /blank\.txt.*empty/s);
  assert.match(refused, /again\.txt.*same text as/s);
  assert.deepEqual(await sources(page), before);
  // UTF-16 with a byte-order mark, and Windows-1252 bytes that are not UTF-8: read, and said so.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich talks\n\nOfficials in Zürich met on Monday about the bridge.', 'utf16le')]);
  const latin = Buffer.from('Caf\xe9 owners in Prague said the bridge works cost them 12 weeks of trade.', 'latin1');
  await pick(page, [file('utf16.txt', utf16), file('latin.txt', latin)]);
  await page.locator('.notice', { hasText: 'Added 2 articles' }).waitFor({ timeout: 30000 });
  const notes = await page.locator('.notice').innerText();
  assert.doesNotMatch(notes, /on the page/, 'analysed in the worker, from file:// too');
  assert.match(notes, /utf16\.txt.*UTF-16/s);
  assert.match(notes, /latin\.txt.*Windows-1252/s);
  await page.locator('button.source[data-doc="utf16"]').click();
  assert.match(await page.locator('article.reader').innerText(), /Officials in Zürich met/);
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.locator('button.source[data-doc="latin"]').click();
  assert.match(await page.locator('article.reader').innerText(), /Café owners/);
  assert.deepEqual(problems, []);
  assert.deepEqual(network(requests).filter((u) => u.split('#')[0] !== URL_), [], 'no request');
});

test('thousands of tiny files: added in the worker, the page keeps answering', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(URL_);
  const tiny = Array.from({ length: 3000 }, (_, i) => file(`note-${i}.txt`, `Note ${i}: the ferry left Oslo at ${i % 24}:00.`));
  await pick(page, tiny);
  await page.locator('.notice', { hasText: 'Added 3000 articles' }).waitFor({ timeout: 300000 });
  assert.match(await page.locator('.corpus-summary').innerText(), /^3000 sources/);
  // The page answers: a filter still works on the large corpus.
  await page.locator('.facets .facet-value').first().click();
  await page.locator('.chips').waitFor();
  assert.deepEqual(problems, []);
});

test('a bundle goes out and comes back; a damaged one is refused; one from the command opens', async () => {
  const { page, problems } = await watchedPage(browser);
  await openWithCorpus(page);
  const claims = await page.locator('.corpus-summary').innerText();
  // Export the reader's corpus as a bundle.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export bundle' }).click()]);
  assert.equal(download.suggestedFilename(), 'parallax-corpus.parallax');
  const bundlePath = join(TMP, 'corpus.parallax');
  await download.saveAs(bundlePath);
  const bytes = readFileSync(bundlePath);
  assert.equal(bytes.subarray(0, 8).toString(), 'PARALLAX');
  // Start afresh, then open the bundle: the same corpus, with no analysis to wait for.
  await page.evaluate(() => { document.querySelector('details.library').open = true; });
  await page.getByRole('button', { name: 'Start an empty corpus' }).click();
  await page.locator('.notice', { hasText: 'new, empty corpus' }).waitFor();
  await pick(page, [bundlePath]);
  await page.locator('.notice', { hasText: 'Opened “corpus.parallax”: 2 articles' }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('.corpus-summary').innerText(), claims, 'the same sources, words and claims');
  assert.match(await page.locator('.disagreements').innerText(), /40,?000[\s\S]*45,?000|45,?000[\s\S]*40,?000/, 'the traffic figure still disagrees');
  // A damaged bundle (cut short) and a bundle picked with articles.
  await pick(page, [file('cut.parallax', bytes.subarray(0, Math.floor(bytes.length / 2)))]);
  await page.locator('.notice', { hasText: 'Could not open “cut.parallax”' }).waitFor({ timeout: 30000 });
  assert.match(await page.locator('.notice').innerText(), /damaged.*corpus is as it was/s);
  assert.equal(await page.locator('.corpus-summary').innerText(), claims, 'untouched');
  await pick(page, [file('not-a-bundle.parallax', 'Just some text pretending.')]);
  await page.locator('.notice', { hasText: 'not-a-bundle.parallax' }).waitFor({ timeout: 30000 });
  assert.match(await page.locator('.notice').innerText(), /not a Parallax bundle/);
  // A bundle the command wrote, from the five seed reports.
  const cli = join(ROOT, 'target', 'debug', 'parallax-cli');
  assert.ok(existsSync(cli), `${cli} is built by the native test step`);
  const fromCli = join(TMP, 'seed.parallax');
  execFileSync(cli, ['--bundle', fromCli, join(ROOT, 'corpus')]);
  await pick(page, [fromCli]);
  await page.locator('.notice', { hasText: 'Opened “seed.parallax”: 5 articles' }).waitFor({ timeout: 30000 });
  assert.match(await page.locator('.disagreements').innerText(), /30\b[\s\S]*35\b|35\b[\s\S]*30\b/);
  // Kept across a reload, analysis included (no progress bar on the way back).
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator('.notice', { hasText: 'Restored your 5 articles' }).waitFor({ timeout: 30000 });
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  assert.ok(marks.includes('parallax:restore:reused'), 'the kept analysis was used');
  assert.ok(!marks.includes('parallax:task:start'), 'nothing was analysed again');
  assert.deepEqual(problems, []);
});

test('a full storage quota is reported and nothing loaded is lost', async () => {
  // Two ways a full disk shows: the write refused at once, or the transaction aborted at commit.
  const failures = [
    () => { IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }; },
    () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) { const r = put.apply(this, args); this.transaction.abort(); return r; };
    },
  ];
  for (const failure of failures) {
    const { page, context, problems } = await watchedPage(browser);
    await context.addInitScript(failure);
    await openWithCorpus(page, { wait: false });
    await page.locator('.notice', { hasText: 'Could not keep your articles in this browser' }).waitFor({ timeout: 30000 });
    assert.deepEqual(await sources(page), ['bridge-a', 'bridge-b'], 'the articles stay loaded in the tab');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// A corpus of hostile text: every place that shows document text shows it as text.
test('XSS payloads stay inert text in reader, facets, claim view, exports and the page title', async () => {
  const { page, problems, requests } = await watchedPage(browser);
  await page.goto(URL_);
  const payloads = '<script>window.pwned=1</script> <img src=x onerror="window.pwned=2"> <a href="javascript:window.pwned=3">x</a> <svg onload="window.pwned=4"></svg> &lt;b&gt;';
  const body = (n) => `Minister Anna Lind said ${n} ships were inspected in Oslo on Monday. ${payloads} Lind said the harbour stays open. "We act now ${payloads}," Lind said.`;
  await page.locator('#add-files').setInputFiles([file('xss-a.txt', `<img src=x onerror="window.pwned=5"> report\n\n${body(12)}`), file('xss-b.txt', `Second report\n\n${body(14)}`)]);
  await page.locator('.notice', { hasText: 'Added 2 articles' }).waitFor({ timeout: 30000 });
  // Reader and page title.
  await page.locator('button.source[data-doc="xss-a"]').click();
  assert.match(await page.locator('article.reader').innerText(), /<script>window\.pwned=1<\/script>/);
  assert.match(await page.title(), /^Read: <img src=x onerror="window\.pwned=5"> report/);
  // Facets: type a payload into the search and the entity filter; chips show it as text.
  await page.locator('#search').fill('<img src=x onerror="window.pwned=6">');
  await page.locator('#entity-filter').fill('<svg onload="window.pwned=7">');
  assert.match(await page.locator('.chips').innerText(), /<img src=x onerror="window\.pwned=6">/);
  await page.locator('#search').fill('');
  await page.locator('#entity-filter').fill('');
  // Claim view: the disagreement (12 vs 14 ships) and the quote, side by side.
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.locator('.disagreements .claim-link').first().click();
  assert.match(await page.locator('main').innerText(), /<script>window\.pwned=1<\/script>/);
  // Nothing ran, and no element came from the text anywhere on the page.
  for (const view of ['Overview', 'Matrix', 'Read']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    assert.equal(await page.evaluate(() => window.pwned), undefined, `${view}: nothing ran`);
    assert.equal(await page.locator('main img, main script, aside img, aside script, main a[href^="javascript"], main svg[onload]').count(), 0, view);
  }
  // Exports carry the text as data: CSV and JSON.
  for (const [button, ext] of [['Export CSV', 'csv'], ['Export JSON', 'json']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const path = join(TMP, `xss.${ext}`);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    // The JSON is {sentences, key_figures}: the selection's rows and the Key figures table.
    if (ext === 'json') assert.ok(JSON.parse(text).sentences.some((row) => row.text.includes('<script>window.pwned=1</script>')), 'JSON rows keep the text');
    else assert.match(text, /<script>window\.pwned=1<\/script>/);
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(problems, []);
  assert.deepEqual(network(requests).filter((u) => u.split('#')[0] !== URL_), [], 'no request (the img src never loaded)');
});

test('files dropped on the page are added; a corpus kept by an older version is migrated', async () => {
  const { page, problems } = await watchedPage(browser);
  await page.goto(URL_);
  await page.locator('.library .drop').waitFor({ state: 'attached' });
  await page.evaluate(([a, b]) => {
    const data = new DataTransfer();
    data.items.add(new File([a[1]], a[0], { type: 'text/plain' }));
    data.items.add(new File([b[1]], b[0], { type: 'text/plain' }));
    document.querySelector('.library .drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, REPORTS);
  await page.locator('.notice', { hasText: 'Added 2 articles' }).waitFor({ timeout: 30000 });
  assert.deepEqual(await sources(page), ['bridge-a', 'bridge-b']);
  // A record as version 1 wrote it (articles only, no analysis): read, analysed again, kept.
  await page.evaluate(() => new Promise((ok, fail) => {
    const open = indexedDB.open('parallax');
    open.onsuccess = () => {
      const tx = open.result.transaction('corpus', 'readwrite');
      tx.objectStore('corpus').put({ version: 1, active: true, sources: [
        { id: 'old-a', text: 'Ferry strike\n\nFerry crews in Calais went on strike on Tuesday. The union said 300 crew members stopped work.', label: 'Ferry strike' },
        { id: 'old-b', text: 'Calais ferries halted\n\nCrews on Calais ferries stopped work on Tuesday. The union said 350 crew members joined the strike.' },
      ] }, 'current');
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    };
  }));
  await page.reload();
  await page.locator('.notice', { hasText: 'Restored your 2 articles' }).waitFor({ timeout: 30000 });
  assert.deepEqual(await sources(page), ['old-a', 'old-b']);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  assert.ok(marks.includes('parallax:task:start') && !marks.includes('parallax:restore:reused'), 'analysed again');
  assert.match(await page.locator('button.source[data-doc="old-a"]').innerText(), /Ferry strike/);
  // Migrated: written back in the current format, with its analysis.
  const stored = () => page.evaluate(() => new Promise((ok) => {
    const open = indexedDB.open('parallax');
    open.onsuccess = () => {
      const get = open.result.transaction('corpus').objectStore('corpus').get('current');
      get.onsuccess = () => ok([get.result.version, get.result.bundle?.length ?? 0]);
    };
  }));
  let version = await stored();
  for (let i = 0; i < 30 && version[0] !== 2; i++) { await page.waitForTimeout(100); version = await stored(); }
  assert.equal(version[0], 2, `migrated (notice: ${await page.locator('.notice').innerText()})`);
  assert.ok(version[1] > 0, 'the analysis is kept now');
  assert.deepEqual(problems, []);
});

// The served bundle starts its worker differently (a module worker importing the glue file):
// the same journey there, and the notice must not say the work fell back to the page.
test('served from a sub-path: articles are analysed in the worker too', async () => {
  const server = await serve(DIST, '/some/sub/path/');
  try {
    const { page, problems, requests } = await watchedPage(browser);
    await page.goto(server.url);
    await page.locator('#add-files').setInputFiles(REPORTS.map(([n, t]) => file(n, t)));
    await page.locator('.notice', { hasText: 'Added 2 articles' }).waitFor({ timeout: 30000 });
    assert.doesNotMatch(await page.locator('.notice').innerText(), /on the page/, 'analysed in the worker');
    assert.match(await page.locator('.disagreements').innerText(), /40,?000[\s\S]*45,?000|45,?000[\s\S]*40,?000/);
    assert.deepEqual(problems, []);
    assert.deepEqual(network(requests).filter((u) => !u.startsWith(server.url)), [], 'requests stay on the bundle path');
  } finally {
    await server.close();
  }
});

test('going back to the embedded reports right after adding keeps the new articles stored', async () => {
  const { page, problems } = await watchedPage(browser);
  await openWithCorpus(page);
  // Add one more, and leave for the embedded reports at once, while its save may be in flight.
  await page.locator('#add-files').setInputFiles([file('bridge-c.txt', 'Bridge toll\n\nThe city of Prague said the Vltava bridge will charge no toll, Jana Dvorak said on Friday.')]);
  await page.locator('.notice', { hasText: 'Added 1 article' }).waitFor({ timeout: 30000 });
  await page.evaluate(() => { document.querySelector('details.library').open = true; });
  await page.getByRole('button', { name: 'Back to the embedded reports' }).click();
  await page.locator('button.source[data-doc="000_a2351adfdca838a3"]').waitFor();
  await page.waitForTimeout(500);
  const kept = await page.evaluate(() => new Promise((ok) => {
    const open = indexedDB.open('parallax');
    open.onsuccess = () => {
      const get = open.result.transaction('corpus').objectStore('corpus').get('current');
      get.onsuccess = () => ok({ active: get.result.active, ids: get.result.sources.map((s) => s.id).sort() });
    };
  }));
  assert.deepEqual(kept, { active: false, ids: ['bridge-a', 'bridge-b', 'bridge-c'] }, 'the newest articles, kept, not in use');
  assert.deepEqual(problems, []);
});
