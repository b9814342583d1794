// End-to-end: a reader adds articles of their own (files and pasted text) from the single file,
// bad input is refused with a reason and loses nothing, and hostile markup stays inert text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, watchedPage, screenshot, network, filterLatency, describeLatency } from './harness.mjs';

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
  assert.match(await page.locator('button.source[data-doc="xss"]').innerText(), /Hostile <b>/, 'the HTML title is the label, as text');
  await page.locator('button.source[data-doc="xss"]').click();
  const reader = await page.locator('article.reader').innerText();
  assert.match(reader, /<script>alert\(1\)<\/script>/, 'entities decoded to visible text');
  assert.equal(await page.locator('article.reader img, article.reader script, article.reader svg').count(), 0);
  // A reload (and the browser's storage) keeps the reader's articles.
  await page.waitForURL(/#\/read\/xss$/);
  await page.reload();
  await page.locator('.notice', { hasText: 'Restored your 3 articles' }).waitFor({ timeout: 20000 });
  // The link was into the reader's own corpus (#/read/xss): it waited for the restore and opens.
  assert.match(page.url(), /#\/read\/xss$/);
  await page.locator('article.reader', { hasText: 'Ministers in Oslo signed' }).waitFor();
  await page.getByRole('button', { name: 'Overview' }).click();
  assert.equal(await page.locator('button.source').count(), 3, 'the same corpus after a reload');
  // Paste a fourth article.
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
  // Back to the embedded reports: they stay after a reload too, and the reader's articles are kept.
  await page.getByRole('button', { name: 'Back to the embedded reports' }).click();
  await page.locator('button.source[data-doc="000_a2351adfdca838a3"]').waitFor();
  assert.equal(await page.locator('button.source').count(), 5);
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator('button.source[data-doc="000_a2351adfdca838a3"]').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('button.source').count(), 5, 'the embedded corpus stays chosen');
  assert.deepEqual(problems, []);
  assert.deepEqual(network(requests).filter((u) => u.split('#')[0] !== url.split('#')[0]), [], 'no request');
});

// 1,000 documents added as files: analysed in the worker with a progress bar, the page stays
// responsive (long main-thread tasks are recorded and printed), and the result is complete.
test('1,000 articles: analysed in the background with progress; timings printed', async () => {
  const url = pathToFileURL(join(DIST, 'parallax.html')).href;
  const { page, problems } = await watchedPage(browser);
  await page.goto(url);
  await page.locator('.library summary').click();
  const names = ['Anna Lind', 'Marek Novak', 'Sofia Berg', 'Jonas Meyer', 'Ines Silva', 'Pavel Horvat'];
  const places = ['Oslo', 'Lviv', 'Odesa', 'Gdansk', 'Riga', 'Tallinn', 'Vilnius'];
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const files = [];
  for (let i = 0; i < 1000; i++) {
    const lines = [];
    for (let k = 0; k < 12; k++) {
      const who = names[rnd(names.length)], where = places[rnd(places.length)], n = 5 + rnd(300);
      lines.push([
        `${who} said ${n} ships would be inspected at the ${where} harbour on Monday.`,
        `Officials in ${where} said ${n} people were evacuated after the storm, ${who} told reporters.`,
        `"We need more support for the harbour," ${who} said in ${where}.`,
        `Russia launched ${n} drones at ${where} overnight, the air force said.`,
      ][rnd(4)]);
    }
    files.push({ name: `gen-${String(i).padStart(4, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Report ${i}\n\n${lines.join(' ')}`) });
  }
  // Long tasks (over 50 ms) on the main thread, and every state of the progress bar, from now on
  // (recorded in the page: the bar moves faster than a test could poll it).
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    // When the page got the files: the task that delivers them is the test harness building 1,000
    // File objects (about 350 ms here), not the app.
    document.querySelector('#add-files').addEventListener('change', () => { window.__picked = performance.now(); }, true);
    window.__bar = [];
    new MutationObserver(() => {
      const bar = document.querySelector('#task-progress');
      if (bar) window.__bar.push([Number(bar.getAttribute('value')), document.querySelector('.task-detail')?.textContent ?? '']);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const t0 = Date.now();
  await page.locator('#add-files').setInputFiles(files);
  await page.locator('.notice', { hasText: 'Added 1000 articles' }).waitFor({ timeout: 600000 });
  const seconds = (Date.now() - t0) / 1000;
  const bar = await page.evaluate(() => window.__bar);
  const seen = new Set(bar.map(([v]) => v));
  const detail = new Set(bar.map(([, d]) => d.replace(/\d+ of/, 'N of')));
  const middle = [...seen].filter((v) => v > 0 && v < 1000);
  assert.ok(middle.length >= 10, `the bar moved: values seen ${[...seen].sort((a, b) => a - b).join(', ')}`);
  assert.ok([...detail].some((d) => /of 1000 documents/.test(d)), `documents done / total shown: ${[...detail].join(' | ')}`);
  const figures = await page.evaluate(() => {
    const task = performance.getEntriesByName('parallax:task').at(-1);
    const start = performance.getEntriesByName('parallax:task:start').at(-1)?.startTime ?? 0;
    const end = task ? task.startTime + task.duration : Infinity;
    const during = window.__longTasks.filter((t) => t.start >= start && t.start + t.duration <= end);
    const after = window.__longTasks.filter((t) => t.start + t.duration > end);
    const before = window.__longTasks.filter((t) => t.start >= window.__picked && t.start < start);
    const max = (xs) => Math.max(0, ...xs.map((t) => t.duration));
    return { worker: task?.duration ?? -1, during: max(during), nDuring: during.length, before: max(before), after: max(after) };
  });
  assert.match(await page.locator('.corpus-summary').innerText(), /^1000 sources/, 'every article is in the corpus');
  assert.equal(await page.locator('button.source').count(), 50, 'a long source list is cut');
  await page.getByRole('button', { name: 'Show all 1000' }).click();
  assert.equal(await page.locator('button.source').count(), 1000);
  // The reader with a thousand sources: toggles for the ones shown, a list to add from.
  await page.locator('button.source[data-doc="gen-0007"]').click();
  assert.equal(await page.locator('.pickers button.pick').count(), 1);
  await page.getByLabel('Add a source as a column').selectOption('gen-0042');
  await page.locator('article.reader').nth(1).waitFor();
  assert.equal(await page.locator('article.reader').count(), 2);
  await page.waitForURL(/#\/read\/gen-0007,gen-0042/);
  await page.getByRole('button', { name: 'Overview' }).click();
  console.log(`1,000 articles: ${seconds.toFixed(1)} s from picking the files to the result; worker analysis ${(figures.worker / 1000).toFixed(2)} s`);
  // What the browser keeps for them (articles + analysis bundle), once the save has landed:
  // the record's own size, and what the browser reports using on disk (it compresses).
  const record = async () => page.evaluate(() => new Promise((ok) => {
    const open = indexedDB.open('parallax');
    open.onsuccess = () => {
      const get = open.result.transaction('corpus').objectStore('corpus').get('current');
      get.onsuccess = () => {
        const r = get.result;
        const text = (r?.sources ?? []).reduce((n, s) => n + s.text.length, 0);
        ok({ n: r?.sources?.length ?? 0, text, bundle: r?.bundle?.length ?? 0 });
      };
    };
  }));
  let kept = await record();
  for (let i = 0; i < 40 && kept.n < 1000; i++) { await page.waitForTimeout(100); kept = await record(); }
  assert.equal(kept.n, 1000, 'all kept in the browser');
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  console.log(`1,000 articles: storage used: record ${((kept.text + kept.bundle) / 1048576).toFixed(1)} MiB (text ${(kept.text / 1048576).toFixed(1)} MiB + analysis bundle ${(kept.bundle / 1048576).toFixed(1)} MiB); the browser reports ${(usage / 1048576).toFixed(1)} MiB on disk`);
  console.log(`1,000 articles: longest main-thread task while the worker analysed ${figures.during.toFixed(0)} ms (${figures.nDuring} over 50 ms); reading and checking the files before ${figures.before.toFixed(0)} ms; taking in the result after ${figures.after.toFixed(0)} ms`);
  const latency = await filterLatency(page, 8);
  assert.ok(latency.rendered.every(Boolean), 'each click was rendered before its time was taken');
  console.log(`1,000 articles: filter latency (click to painted frame): ${describeLatency(latency)}`);
  // A reload brings them back from storage with their analysis: nothing is analysed again.
  const r0 = Date.now();
  await page.reload();
  await page.locator('.notice', { hasText: 'Restored your 1000 articles' }).waitFor({ timeout: 60000 });
  const reused = await page.evaluate(() => performance.getEntriesByName('parallax:restore:reused').length);
  assert.equal(reused, 1, 'the kept analysis is used');
  console.log(`1,000 articles: reload to restored corpus ${((Date.now() - r0) / 1000).toFixed(1)} s (kept analysis reused, no re-analysis)`);
  assert.deepEqual(problems, []);
});

// The "done when", as a reader does it: paste three articles about another event with
// their details, see agreement and disagreement, edit and remove sources, reload, export.
test('paste three articles with details, compare, edit, remove, reload, export', async () => {
  const url = pathToFileURL(join(DIST, 'parallax.html')).href;
  const { page, problems, requests } = await watchedPage(browser);
  await page.goto(url);
  await page.locator('.library summary').click();
  const articles = [
    ['Flood barrier', 'Coastal Post', '2026-03-02', 'https://example.org/flood-1', 'Engineers in Rotterdam closed the Maeslant flood barrier on Sunday as the storm surge rose. Harbour master Pieter Smit said 140 ships waited outside the port. The barrier stayed closed for 11 hours.'],
    ['Rotterdam storm', 'Harbour Daily', '2026-03-02', 'https://example.org/flood-2', 'The Maeslant barrier near Rotterdam was closed on Sunday during the storm surge. Harbour master Pieter Smit said 160 ships waited outside the port. The barrier stayed closed for 11 hours.'],
    ['Storm passes', '', '', 'javascript:alert(1)', 'The storm passed the Dutch coast on Monday. Pieter Smit said the port reopened at 6am.'],
  ];
  // A date that is not one: refused, and the text stays in the box.
  await page.locator('#paste-text').fill(articles[0][4]);
  await page.locator('#paste-date').evaluate((el) => { el.type = 'text'; el.value = 'last Sunday'; });
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await page.locator('.notice', { hasText: 'is not a date' }).waitFor();
  assert.equal(await page.locator('#paste-text').inputValue(), articles[0][4], 'nothing typed is lost');
  await page.locator('#paste-date').evaluate((el) => { el.value = ''; el.type = 'date'; });
  for (const [label, outlet, date, address, text] of articles) {
    await page.locator('#paste-text').fill(text);
    await page.locator('#paste-label').fill(label);
    await page.locator('#paste-outlet').fill(outlet);
    if (date) await page.locator('#paste-date').fill(date);
    await page.locator('#paste-url').fill(address);
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await page.locator('.notice', { hasText: 'Added 1 article' }).waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
  }
  assert.equal(await page.locator('button.source').count(), 3);
  const card = await page.locator('button.source[data-doc="Flood-barrier"]').innerText();
  assert.match(card, /Coastal Post/);
  assert.match(card, /2026-03-02/);
  assert.match(await page.locator('.disagreements').innerText(), /140[\s\S]*160|160[\s\S]*140/, 'ships waiting disagree');
  // The address is a link only when it is a web address.
  await page.locator('button.source[data-doc="Flood-barrier"]').click();
  assert.equal(await page.locator('article.reader .reader-meta a').getAttribute('href'), 'https://example.org/flood-1');
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.locator('button.source[data-doc="Storm-passes"]').click();
  assert.equal(await page.locator('article.reader .reader-meta a').count(), 0, 'javascript: stays text');
  assert.match(await page.locator('article.reader .reader-meta').innerText(), /javascript:alert\(1\)/);
  // Rename it, then remove it (asked twice).
  await page.locator('.source-edit summary').click();
  await page.locator('#edit-label-Storm-passes').fill('Storm moves on');
  await page.locator('#edit-outlet-Storm-passes').fill('Coastal Post');
  await screenshot(page, 'file-edit-source-1280');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.locator('.notice', { hasText: 'Saved the details' }).waitFor({ timeout: 30000 });
  await page.locator('button.source[data-doc="Storm-passes"]').waitFor();
  assert.match(await page.locator('button.source[data-doc="Storm-passes"]').innerText(), /Storm moves on[\s\S]*Coastal Post/);
  await page.locator('button.source[data-doc="Storm-passes"]').click();
  await page.locator('.source-edit summary').click();
  await page.getByRole('button', { name: 'Remove this source' }).click();
  await page.getByRole('button', { name: 'Click again to remove it' }).click();
  await page.locator('.notice', { hasText: 'Removed “Storm moves on”' }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('button.source').count(), 2);
  // A reload brings back the corpus as it was left, on the view it was left on.
  await page.getByRole('button', { name: 'Matrix' }).click();
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator('.notice', { hasText: 'Restored your 2 articles' }).waitFor({ timeout: 30000 });
  assert.match(page.url(), /#\/matrix/);
  await page.locator('.matrix-table').first().waitFor();
  assert.match(await page.locator('.matrix-table').first().innerText(), /Pieter Smit/, 'the restored corpus, not the embedded one');
  await page.getByRole('button', { name: 'Overview' }).click();
  assert.match(await page.locator('button.source[data-doc="Rotterdam-storm"]').innerText(), /Harbour Daily/);
  // Export what is seen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvPath = join(await import('node:os').then((os) => os.tmpdir()), `parallax-${process.pid}.csv`);
  await download.saveAs(csvPath);
  const csv = (await import('node:fs')).readFileSync(csvPath, 'utf8');
  assert.match(csv, /Rotterdam-storm/);
  assert.match(csv, /160 ships/);
  await screenshot(page, 'file-pasted-corpus-1280');
  assert.deepEqual(problems, []);
  assert.deepEqual(network(requests).filter((u) => u.split('#')[0] !== url.split('#')[0]), [], 'no request');
});

test('a long analysis can be cancelled and the corpus stays as it was', async () => {
  const url = pathToFileURL(join(DIST, 'parallax.html')).href;
  const { page, problems } = await watchedPage(browser);
  await page.goto(url);
  const text = (i) => `Report ${i}\n\n` + Array.from({ length: 40 }, (_, k) => `Officials in Lviv said ${k + i} people were evacuated after the storm on Monday, Marek Novak told reporters.`).join(' ');
  await page.locator('#add-files').setInputFiles(Array.from({ length: 1500 }, (_, i) => ({ name: `big-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text(i)) })));
  await page.locator('#task-progress').waitFor({ timeout: 60000 });
  await screenshot(page, 'file-task-progress-1280');
  // One thing at a time: adding waits while the analysis runs.
  assert.ok(await page.locator('.paste button').isDisabled());
  assert.ok(await page.locator('#add-files').isDisabled());
  await page.locator('.task').getByRole('button', { name: 'Cancel' }).click();
  await page.locator('.notice', { hasText: 'Analysis cancelled' }).waitFor();
  assert.equal(await page.locator('.task').count(), 0);
  assert.ok(await page.locator('.paste button').isEnabled(), 'adding works again');
  assert.equal(await page.locator('button.source').count(), 5, 'still the embedded reports');
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('button.source').count(), 5, 'no late result replaces them');
  assert.deepEqual(problems, []);
});
