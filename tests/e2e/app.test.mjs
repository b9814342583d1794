// End-to-end journeys in real headless Chromium, against the release bundle served from a
// sub-path and against dist/parallax.html opened from file://. Screenshots of each view at
// 1280 px and 390 px land in target/e2e-screenshots/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, ROOT, launch, serve, watchedPage, screenshot, network, filterLatency, describeLatency } from './harness.mjs';

const CORPUS = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ missing: run trunk build --release first');
  browser = await launch();
  server = await serve(DIST, '/some/sub/path/');
});
after(async () => {
  await server?.close();
  await browser?.close();
});

const targets = () => [
  { name: 'served', url: server.url, offline: false },
  { name: 'file', url: pathToFileURL(join(DIST, 'parallax.html')).href, offline: true },
];

async function open(target, hash = '', viewport) {
  const watched = await watchedPage(browser, viewport);
  await watched.page.goto(target.url + hash);
  await watched.page.locator('.masthead').waitFor({ timeout: 15000 });
  // The facets sidebar follows the first render by a task (src/ui/mod.rs).
  await watched.page.locator('.facets section').first().waitFor({ timeout: 15000 });
  return watched;
}

function assertClean(target, { problems, requests }) {
  assert.deepEqual(problems, [], 'no console or page errors');
  if (target.offline) {
    const base = target.url.split('#')[0];
    assert.deepEqual(network(requests).filter((u) => u.split('#')[0] !== base), [], 'no request besides the file itself');
  } else {
    assert.deepEqual(network(requests).filter((u) => !u.startsWith(server.url) && !u.startsWith('data:')), [], 'requests stay on the bundle path');
  }
}

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `axe on ${label}`);
}

for (const kind of ['served', 'file']) {
  test(`${kind}: the overview lists every source, the disagreement, and opens a source`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target);
    const { page } = w;
    const sources = page.locator('button.source');
    assert.equal(await sources.count(), CORPUS.length, 'every embedded source is listed');
    // The embedded reports arrive analysed (build.rs): the page decodes them and analyses nothing.
    const timing = await page.evaluate(() => performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => e.name));
    assert.ok(timing.includes('parallax:decode'), `the embedded analysis is decoded: ${timing}`);
    assert.deepEqual(timing.filter((n) => /analy[sz]e|task/.test(n)), [], 'no analysis on the page at start');
    for (const id of CORPUS) {
      assert.match(await page.locator(`button.source[data-doc="${id}"]`).innerText(), /\d+ words/);
    }
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    assert.match(scriptSrc, /'sha256-/, 'inline scripts are allowed by hash');
    assert.doesNotMatch(scriptSrc, /unsafe-inline/, 'no other inline script may run');
    assert.match(csp, target.offline ? /connect-src 'none'/ : /connect-src 'self'/);
    // The coalition's size: 30 in one source against 35 in three, both values with their sources.
    const coalition = page.locator('.disagreements .disagreement-item', { hasText: 'countries or leaders taking part' });
    assert.equal(await coalition.count(), 1, await page.locator('.disagreements').innerText());
    const values = await coalition.locator('.conflict li').allInnerTexts();
    assert.ok(values.some((v) => /^30 \u2014 1 source \(/.test(v)), `30 in one source: ${values}`);
    assert.ok(values.some((v) => /^35 \u2014 3 sources \(/.test(v)), `35 in three sources: ${values}`);
    await axe(page, `${kind} overview`);
    await screenshot(page, `${kind}-overview-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `${kind}-overview-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('button.source[data-doc="003_2b18ecdce7cf2040"]').click();
    const reader = page.getByRole('article');
    await reader.waitFor();
    assert.match(await reader.getByRole('heading', { level: 2 }).innerText(), /Coalition of 26 nations pledge security force/);
    assert.match(await reader.innerText(), /Twenty-six countries have pledged to form a post-war "reassurance force"/);
    assert.equal(await page.locator('article .para.furniture').count(), 5, 'furniture lines shown dimmed');
    await axe(page, `${kind} reader`);
    await screenshot(page, `${kind}-reader-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `${kind}-reader-390`);
    assertClean(target, w);
  });

  test(`${kind}: key figures come first, the coalition's size in conflict, and open their evidence by keyboard`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target);
    const { page } = w;
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Key figures', exact: true }) });
    await section.waitFor();
    // Reading order is page order at every width: key figures, then disagreements, then sources.
    const headings = await page.locator('.overview h2').allInnerTexts();
    const at = (h) => headings.indexOf(h);
    assert.ok(at('Key figures') >= 0 && at('Key figures') < at('Where the sources disagree') && at('Where the sources disagree') < at('Sources'), headings.join(' | '));
    // A real table, named by the heading and described by the note above it.
    const table = section.getByRole('table', { name: 'Key figures', exact: true });
    assert.equal(await table.count(), 1, 'the table is named "Key figures"');
    const note = await table.getAttribute('aria-describedby');
    assert.match(await page.locator(`#${note}`).innerText(), /each source/i);
    // Columns: the figure, one per source giving a figure (tag, label, date), the comparison.
    const heads = await table.locator('thead th').allInnerTexts();
    assert.equal(heads[0], 'Figure');
    assert.equal(heads.at(-1), 'Comparison');
    assert.ok(heads.length >= 4, heads.join(' | '));
    for (const h of heads.slice(1, -1)) assert.match(h, /^[A-Z]\b[\s\S]*(\d{4}-\d{2}-\d{2}|no date)$/, `a source column head: ${h}`);
    const row = (what) => table.locator('tbody tr', { has: page.getByRole('button', { name: `Open the evidence for ${what}`, exact: true }) });
    // The coalition's size: one source gives 30 (and 35 too), the others 35; marked conflict.
    const coalition = row('countries or leaders taking part');
    assert.equal(await coalition.count(), 1, await table.innerText());
    const cells = await coalition.locator('td').allInnerTexts();
    const values = cells.slice(0, -1).filter((v) => !v.includes('not given'));
    assert.deepEqual(values.filter((v) => v !== '35'), ['30 / 35'], `30 (with 35) in one source: ${cells}`);
    assert.ok(values.filter((v) => v === '35').length >= 2, `35 in the others: ${cells}`);
    assert.match(cells.at(-1), /^\u2715\s*conflict$/, 'the mark is a symbol and a word');
    const pledged = row('countries pledged');
    assert.equal(await pledged.count(), 1, await table.innerText());
    assert.match((await pledged.locator('td').allInnerTexts()).at(-1), /^\u2713\s*agree$/);
    // Disagreements first.
    const order = await table.locator('tbody .figure-link').allInnerTexts();
    assert.ok(order.indexOf('countries or leaders taking part') < order.indexOf('countries pledged'), order.join(' | '));
    // An empty cell is a dash to see and "not given" to hear.
    for (const none of await table.locator('td.figure-none').all()) {
      assert.equal(await none.locator('[aria-hidden="true"]').innerText(), '\u2014');
      assert.match(await none.textContent(), /not given/);
    }
    // The table exports: a CSV of its own, and beside the sentences in the JSON.
    const download = async (name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      return readFileSync(await file.path(), 'utf8');
    };
    const csv = (await download('Export key figures CSV')).trim().split('\r\n');
    assert.equal(csv[0], 'what,class,nature,source,date,value');
    assert.ok(csv.some((l) => /^countries or leaders taking part,[^,]*,conflict,[^,]+,[^,]*,30$/.test(l)), csv.join('\n'));
    assert.ok(csv.some((l) => /^countries pledged,[^,]*,agree,[^,]+,[^,]*,26$/.test(l)), csv.join('\n'));
    const json = JSON.parse(await download('Export JSON'));
    assert.ok(json.sentences.length > 0, 'the selected sentences');
    const figure = json.key_figures.find((f) => f.what === 'countries or leaders taking part');
    assert.equal(figure?.nature, 'conflict', JSON.stringify(json.key_figures));
    assert.deepEqual([...new Set(figure.values.map((v) => v.value))].sort(), ['30', '35']);
    assert.ok(figure.values.every((v) => CORPUS.includes(v.source) && 'date' in v), JSON.stringify(figure.values));
    await axe(page, `${kind} key figures`);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `${kind}-key-figures-1280`);
    // On a phone the key figures and the disagreements come before the source cards.
    await page.setViewportSize({ width: 390, height: 844 });
    const top = async (locator) => (await locator.boundingBox()).y;
    assert.ok(await top(section) < await top(page.locator('.disagreements')), 'key figures above the disagreements');
    assert.ok(await top(page.locator('.disagreements')) < await top(page.locator('button.source').first()), 'disagreements above the sources');
    await axe(page, `${kind} key figures at 390 px`);
    await screenshot(page, `${kind}-key-figures-390`);
    // Keyboard: Tab from the last count reaches the row's button; Enter opens the claim.
    await page.locator('.counts .stat').last().focus();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Open the evidence for countries or leaders taking part');
    }
    assert.ok(reached, "Tab reaches the row's button");
    await page.keyboard.press('Enter');
    await page.locator('.claim-view').waitFor();
    await page.waitForURL(/#\/claim\/[^/?]+$/, { timeout: 5000 }); // the hash is written when the page is idle
    const listed = await page.locator('.claim-view > .conflict li').allInnerTexts();
    assert.ok(listed.some((v) => v.startsWith('30 \u2014')) && listed.some((v) => v.startsWith('35 \u2014')), `the evidence for 30 and 35: ${listed}`);
    assertClean(target, w);
  });

  test(`${kind}: filter by a person and see every source that names them, under any spelling`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target);
    const { page } = w;
    await page.locator('#entity-filter').fill('zelensk');
    const person = page.locator('.facet-value', { hasText: 'Zelensk' });
    assert.equal(await person.count(), 1, 'the three spellings are one person');
    await person.click();
    await page.locator('.chips').waitFor();
    // The list shows a page of sentences at a time; "Show more" lists the rest.
    const more = page.locator('button.show-more');
    assert.match(await more.innerText(), /^Show \d+ more$/);
    while (await more.count()) await more.click();
    // textContent, not innerText: rows below the fold are not rendered (content-visibility) until scrolled to.
    const results = page.locator('.results .result');
    assert.equal(await results.count(), Number((await page.locator('#results-h').innerText()).match(/\((\d+)\)/)[1]), 'every matching sentence is listed');
    const tags = new Set(await results.locator('.source-tag').allTextContents());
    assert.deepEqual([...tags].sort(), ['A', 'B', 'C', 'D', 'E'], 'sentences from all five sources');
    const texts = (await results.allTextContents()).join('\n');
    for (const spelling of ['Zelensky ', 'Zelenskyy', 'Zelenskiy']) assert.ok(texts.includes(spelling), spelling);
    await page.waitForURL(/e=volodymyr-zelenskyy/);
    assert.match(await page.locator('#result-count').innerText(), /\d+ sentences match/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `${kind}-filtered-1280`);
    // Reload: the same view comes back from the URL.
    await page.reload();
    await page.locator('.chips').waitFor();
    assert.match(await page.locator('.chips').innerText(), /Volodymyr Zelenskyy/);
    // Each change is a history entry: Back undoes the last filter, Forward brings it back.
    await page.locator('.facet-value', { hasText: /^Emmanuel Macron/ }).click();
    await page.waitForURL(/e=emmanuel-macron,volodymyr-zelenskyy/);
    await page.goBack();
    await page.waitForURL(/e=volodymyr-zelenskyy$/);
    assert.doesNotMatch(await page.locator('.chips').innerText(), /Macron/, 'Back removed the last filter');
    await page.goForward();
    await page.locator('.chips .chip', { hasText: 'Emmanuel Macron' }).waitFor();
    assertClean(target, w);
  });

  test(`${kind}: pick the number 26, open the coalition disagreement, and use the keyboard`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target);
    const { page } = w;
    await page.locator('.facet-value', { hasText: /^26 countries/ }).first().click();
    const tags = new Set(await page.locator('.results .result .source-tag').allTextContents());
    assert.ok(tags.size >= 4, `26 countries in ${[...tags]}`);
    await page.locator('.chip.clear').click();
    await page.locator('.disagreements .disagreement-item', { hasText: 'countries or leaders taking part' }).locator('.claim-link').click();
    await page.locator('.claim-view').waitFor();
    // The values in conflict, each with the sources that give it...
    const listed = await page.locator('.claim-view > .conflict li').allInnerTexts();
    const thirty = listed.find((v) => v.startsWith('30 \u2014'));
    const thirtyFive = listed.find((v) => v.startsWith('35 \u2014'));
    assert.ok(thirty && thirtyFive, `both values listed: ${listed}`);
    const idsIn = (line) => CORPUS.filter((id) => line.includes(id));
    assert.equal(idsIn(thirty).length, 1, thirty);
    assert.equal(idsIn(thirtyFive).length, 3, thirtyFive);
    // ...and boxed in each source's own sentence, side by side: 30 in the column of the source that
    // says 30, 35 in the columns of those that say 35.
    assert.ok((await page.locator('.claim-column').count()) >= 3);
    const boxed = async (id) => page.locator(`.claim-column[aria-label="Source ${id}"] .claim-sentence span.conflict`).allInnerTexts();
    assert.ok((await boxed(idsIn(thirty)[0])).some((w) => /^30\b/.test(w)), `30 boxed in ${idsIn(thirty)[0]}`);
    for (const id of idsIn(thirtyFive)) {
      if ((await page.locator(`.claim-column[aria-label="Source ${id}"]`).count()) === 0) continue;
      assert.ok((await boxed(id)).some((w) => /^35\b/.test(w)), `35 boxed in ${id}`);
    }
    await axe(page, `${kind} claim`);
    await screenshot(page, `${kind}-claim-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `${kind}-claim-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Escape closes the claim; "/" focuses search.
    await page.keyboard.press('Escape');
    await page.locator('.overview').waitFor();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    await page.keyboard.type('drones');
    assert.match(await page.locator('.results').textContent(), /drones/i);
    assertClean(target, w);
  });

  test(`${kind}: who urged Europe to stop buying Russian oil: one demand, credited to two people`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target);
    const { page } = w;
    const oil = page.locator('.disagreements .disagreement-item', { hasText: 'stop purchasing Russian oil' });
    assert.equal(await oil.count(), 1, await page.locator('.disagreements').innerText());
    await oil.locator('.claim-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('.claim-view').waitFor();
    // Each credit with the sources that give it...
    const listed = await page.locator('.claim-view > .conflict li').allInnerTexts();
    const trump = listed.find((v) => v.startsWith('Donald Trump'));
    const stubb = listed.find((v) => v.startsWith('Alexander Stubb'));
    assert.ok(trump && stubb, `both credits listed: ${listed}`);
    assert.match(stubb, /001_b7c3ddf9127e697c/);
    // ...boxed in each source's own sentence, side by side.
    const boxed = async (id) => (await page.locator(`.claim-column[aria-label="Source ${id}"] .claim-sentence span.conflict`).allInnerTexts()).join(' ');
    assert.match(await boxed('001_b7c3ddf9127e697c'), /Stubb/);
    assert.match(await boxed('000_a2351adfdca838a3'), /Trump/);
    assert.match(await page.locator('.claim-view .explanation').innerText(), /credited to Donald Trump in .* and to Alexander Stubb in 001_b7c3ddf9127e697c/);
    await axe(page, `${kind} attribution claim`);
    await screenshot(page, `${kind}-attribution-1280`);
    assertClean(target, w);
  });

  test(`${kind}: how the leaders talked to Trump after the summit: by video in one report, by phone in another`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target);
    const { page } = w;
    const how = page.locator('.disagreements .disagreement-item', { hasText: 'how it took place' });
    assert.equal(await how.count(), 1, await page.locator('.disagreements').innerText());
    await how.locator('.claim-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('.claim-view').waitFor();
    const listed = await page.locator('.claim-view > .conflict li').allInnerTexts();
    assert.ok(listed.some((v) => /^by video[\s\S]*002_fb5c11cfc266e486/.test(v)), `by video, in 002: ${listed}`);
    assert.ok(listed.some((v) => /^by phone[\s\S]*003_2b18ecdce7cf2040/.test(v)), `by phone, in 003: ${listed}`);
    // The words that say how, boxed in each source's own sentence, side by side.
    const boxed = async (id) => (await page.locator(`.claim-column[aria-label="Source ${id}"] .claim-sentence span.conflict`).allInnerTexts()).join(' ');
    assert.match(await boxed('002_fb5c11cfc266e486'), /video conference/);
    assert.match(await boxed('003_2b18ecdce7cf2040'), /by phone/);
    await axe(page, `${kind} manner claim`);
    await screenshot(page, `${kind}-manner-1280`);
    assertClean(target, w);
  });

  test(`${kind}: the matrix, a malformed link, and export`, async () => {
    const target = targets().find((t) => t.name === kind);
    const w = await open(target, '#/matrix');
    const { page } = w;
    await page.locator('.matrix-table').first().waitFor();
    assert.ok((await page.locator('.matrix-table tbody tr').count()) > 10);
    await axe(page, `${kind} matrix`);
    await screenshot(page, `${kind}-matrix-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `${kind}-matrix-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(target.url + '#/nonsense/%%%/<b>?e=ghost');
    await page.locator('.notice').waitFor();
    assert.match(await page.locator('.notice').innerText(), /Unknown view/);
    assert.equal(await page.locator('button.source').count(), CORPUS.length, 'the default view, not a blank page');
    await page.locator('#entity-filter').fill('paris');
    await page.locator('.facet-value', { hasText: /^Paris/ }).first().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    assert.match(lines[0], /^source,source_label,sentence,start,end,text,entities,numbers,claim,status$/);
    assert.ok(lines.length > 5, `${lines.length} rows`);
    assert.ok(lines.slice(1).every((l) => l.includes('Paris')), 'every row names Paris');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Filters' }).click();
    await screenshot(page, `${kind}-drawer-390`);
    await page.keyboard.press('Escape');
    assertClean(target, w);
  });
}

test('filter latency and analysis time in the browser (Performance API)', async () => {
  const target = targets()[1];
  const { page, problems } = await open(target);
  // As the page opens (on a laptop screen the sentence list starts below the fold), then with
  // the sentence list in view, where each change also lays out and paints the rows it shows.
  for (const where of ['as opened', 'sentences in view']) {
    if (where === 'sentences in view') await page.evaluate(() => document.querySelector('#results-h').scrollIntoView());
    const latency = await filterLatency(page, 16);
    assert.equal(latency.times.length, 32, 'sixteen values chosen and cleared');
    assert.ok(latency.rendered.every(Boolean), 'each click was rendered before its time was taken');
    assert.ok(latency.narrowed.every(Boolean), `each value chosen narrowed the sentences, clearing it restored them: ${latency.counts}`);
    assert.ok(latency.times.every((t) => Number.isFinite(t) && t > 0), 'every time was taken');
    console.log(`filter latency (seed corpus, ${where}, click to painted frame): ${describeLatency(latency)} (all: ${latency.times.map((t) => t.toFixed(1)).join(' ')})`);
  }
  // The seed reports added as the reader's own articles are analysed by the wasm build, in the
  // worker: the same overview as the analysis embedded at build time (made natively).
  await page.evaluate(() => window.scrollTo(0, 0));
  const overview = () => page.evaluate(() => ['.counts', '.disagreements', '.key-figures', '.source-list']
    .map((sel) => document.querySelector(sel)?.textContent ?? `no ${sel}`).join('\n'));
  const embedded = await overview();
  await page.locator('.library summary').click();
  await page.locator('#add-files').setInputFiles(CORPUS.map((id) => join(ROOT, 'corpus', `${id}.txt`)));
  await page.locator('.notice', { hasText: `Added ${CORPUS.length} articles` }).waitFor({ timeout: 60000 });
  assert.equal(await overview(), embedded, 'the analysis made in the browser is the one embedded');
  const task = await page.evaluate(() => performance.getEntriesByName('parallax:task').at(-1)?.duration);
  assert.ok(task > 0, 'the app measures its background analysis');
  console.log(`wasm analysis of the seed corpus in Chromium: ${task.toFixed(1)} ms (in the worker, from adding the five files to the result; not on the start path)`);
  assert.deepEqual(problems, []);
});
