/**
 * The dashboard in Debian's Chromium (playwright-core, no downloaded browser) over a small store of the
 * team's fixture articles plus one carrying markup: every view loads, an event's evidence opens, the
 * table filters, the timeline draws, and article text never runs as HTML. Screenshots go to .tmp/dashboard/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readSources } from '../../src/ingest/sources.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

let executable: string | null = null;
let unavailable: string | false = false;
try {
  executable = ensureChromium();
} catch (err) {
  unavailable = (err as Error).message;
  if (process.env.ATALAYA_REQUIRE_BROWSER === '1') throw new Error(`browser tests required (ATALAYA_REQUIRE_BROWSER=1): ${unavailable}`);
}

const SHOTS = join(PROJECT_ROOT, '.tmp', 'dashboard');
const XSS = 'Ataque en Lima <script>window.__xss = 1</script> y <img src=x onerror="window.__xss = 2"> según la Policía de Perú.';

describe('dashboard in Chromium', { skip: unavailable, timeout: 60_000 }, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const webRoot = mkdtempSync(join(tmpdir(), 'atalaya-web-'));
    await build({ configFile: join(PROJECT_ROOT, 'web', 'vite.config.ts'), build: { outDir: webRoot, emptyOutDir: true }, logLevel: 'error' });
    store = await openStore(':memory:');
    const sources = [...readSources([join(PROJECT_ROOT, 'test/fixtures/articles')], { kind: null, maxBytes: 1e7 })];
    sources.push({ where: 'xss.txt', input: { text: XSS, title: '<b onmouseover="window.__xss=3">Lima</b>', sourceId: 'xss.txt', published: '2026-05-05' } });
    const quiet = { error: () => undefined, notice: () => undefined, progress: () => undefined };
    await ingest(sources, store, buildPipeline(), { batchSize: 50, published: null, lang: null }, quiet);
    server = await startServer(store, { host: '127.0.0.1', port: 0, webRoot });
    browser = await chromium.launch({ executablePath: executable!, args: CHROMIUM_ARGS, timeout: 20_000 });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('loads the overview with the store’s counts', async () => {
    await page.goto(server.url);
    await page.locator('[data-testid=stats]').waitFor();
    assert.match(await page.locator('[data-testid=stats]').innerText(), /13\s+documents/);
    await shot('overview');
  });

  it('opens an article, clicks an event and shows its rule, roles and sentence', async () => {
    await page.goto(`${server.url}#/doc`);
    const ev = page.locator('[data-testid=article-text] [data-event]').first();
    await ev.waitFor();
    await ev.click();
    const card = page.locator('[data-testid=event-card]');
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /rule\s+\S+\.\S+/);
    assert.match(text, /actor/);
    assert.ok((await page.locator('[data-testid=event-sentence] mark').innerText()).length > 0);
    assert.ok((await page.locator('.m-mention').count()) > 0, 'actors are highlighted');
    assert.ok((await page.locator('.m-time').count()) > 0, 'dates are highlighted');
    await shot('reader');
  });

  it('shows an article’s chronology against its publication day; an event on it opens its evidence', async () => {
    const list = await (await fetch(`${server.url}api/documents?text=observadores%20regionales`)).json();
    const id = list.documents.find((d: { sourceId: string }) => d.sourceId.endsWith('es-caracas-oposicion.txt')).id;
    const expected = await (await fetch(`${server.url}api/documents/${id}/timeline`)).json();
    await page.goto(`${server.url}#/doc/${id}`);
    const rows = page.locator('[data-testid=doc-timeline] .dt-row');
    await rows.first().waitFor();
    assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))), expected.entries.map((e: { value: string }) => e.value));
    assert.match(await page.locator('.dt-row.is-publication .dt-label').innerText(), /publication day/);
    const dated = expected.entries.flatMap((e: { events: Array<{ id: string }> }) => e.events.map((x) => x.id));
    assert.ok(dated.length > 0, 'the article dates at least one event');
    await page.locator(`.dt-row [data-timeline-event="${dated[0]}"]`).click();
    await page.locator('[data-testid=event-card]').waitFor();
    assert.ok(page.url().endsWith(`/${dated[0]}`), page.url());
    assert.equal(await page.locator(`[data-testid=article-text] .is-selected[data-event="${dated[0]}"]`).count(), 1);
    await page.locator('.chronology').screenshot({ path: join(SHOTS, 'reader-chronology.png') });
  });

  it('filters and sorts the events table', async () => {
    await page.goto(`${server.url}#/events`);
    await page.locator('[data-testid=event-table] tbody tr').first().waitFor();
    const all = await page.locator('[data-testid=event-table] tbody tr').count();
    await page.fill('input[name=type]', 'AGREE');
    await page.click('.filters button[type=submit]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-table] tbody tr').length !== n, all);
    const types = await page.locator('[data-testid=event-table] tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(types.length > 0 && types.every((t) => t.startsWith('AGREE')), types.join(','));
    await page.click('[data-sort=goldstein]');
    await shot('events');
    await page.fill('input[name=actor]', 'R!S');
    await page.click('.filters button[type=submit]');
    assert.match(await page.locator('[data-testid=events-error]').innerText(), /bad query parameter "actor"/);
  });

  it('draws the timeline of an actor', async () => {
    await page.goto(`${server.url}#/timeline/EU`);
    await page.locator('[data-testid=timeline-chart] canvas').waitFor();
    assert.match(await page.locator('[data-testid=timeline-summary]').innerText(), /\d+ events/);
    await shot('timeline');
  });

  it('draws the network and the map', async () => {
    await page.goto(`${server.url}#/network`);
    await page.locator('[data-testid=network] circle').first().waitFor();
    await shot('network');
    await page.goto(`${server.url}#/map`);
    await page.locator('[data-testid=map] path.has-events').first().waitFor();
    assert.ok((await page.locator('[data-testid=map] path.country').count()) > 100);
    await shot('map');
  });

  it('analyses a pasted text without storing it', async () => {
    await page.goto(`${server.url}#/analyze`);
    await page.fill('textarea', 'El presidente de Francia se reunió el lunes con el canciller de Alemania en París.');
    await page.click('.analyze-form button[type=submit]');
    await page.locator('.analyze-result [data-event-button]').first().waitFor();
    await page.locator('.analyze-result [data-event-button]').first().click();
    await page.locator('[data-testid=event-card]').waitFor();
    await shot('analyze');
  });

  it('renders markup in an article as text: nothing runs', async () => {
    const list = await (await fetch(`${server.url}api/documents?text=Lima%20Polic%C3%ADa`)).json();
    const id = list.documents.find((d: { sourceId: string }) => d.sourceId === 'xss.txt').id;
    await page.goto(`${server.url}#/doc/${id}`);
    await page.locator('[data-testid=article-text]').waitFor();
    await page.locator('.doc-head h2').hover();
    assert.match(await page.locator('[data-testid=article-text]').innerText(), /<script>window.__xss = 1<\/script>/);
    assert.equal(await page.locator('.doc-main img, .doc-main script, .doc-main b').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await shot('xss');
  });

  it('fits a narrow window', async () => {
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(`${server.url}#/doc`);
    await page.locator('[data-testid=article-text]').waitFor();
    await page.locator('.doc-list li').last().waitFor();
    // A hash change keeps the page, so the layout settles after the resize: wait (bounded) for it to fit.
    const fits = await page
      .waitForFunction(() => document.documentElement.scrollWidth - window.innerWidth <= 1, null, { timeout: 5000 })
      .then(() => true, () => false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(fits, `the page is ${overflow}px wider than the window`);
    await shot('narrow-reader');
    // Every other view too: nothing wider than the window (the events table scrolls inside its box).
    const views: Array<[string, string]> = [
      ['overview', '[data-testid=stats]'],
      ['events', '[data-testid=event-table] tbody tr'],
      ['timeline/EU', '[data-testid=timeline-chart] canvas'],
      ['network', '[data-testid=network] circle'],
      ['map', '[data-testid=map] path.country'],
      ['analyze', '.analyze-form textarea'],
    ];
    for (const [view, ready] of views) {
      await page.goto(`${server.url}#/${view}`);
      await page.locator(ready).first().waitFor();
      const wide = await page
        .waitForFunction(() => document.documentElement.scrollWidth - window.innerWidth <= 1, null, { timeout: 5000 })
        .then(() => 0, () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
      assert.equal(wide, 0, `#/${view} is ${wide}px wider than a 420px window`);
      await shot(`narrow-${view.split('/')[0]}`);
    }
    assert.deepEqual(errors, [], 'no script errors in the page');
  });
});
