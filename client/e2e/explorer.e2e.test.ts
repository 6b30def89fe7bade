// @vitest-environment node
/**
 * The explorer end to end: a graph from the 5k-line fixture, the real server,
 * Debian's chromium. overview → segment → customer (neighbours and
 * recommendations) → product → basket, plus rules, evaluation and the Cypher
 * console; a screenshot of each page in client/e2e/screenshots-latest (git-ignored), or in the
 * committed client/e2e/screenshots with UPDATE_SCREENSHOTS=1.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { prepareGraph } from './support/prepare-graph';
import { ensureClientBuilt } from '../../server/src/cli/client-build';
import { startApi, type RunningApi } from './support/start-server';
import { launchBrowser } from './support/browser';
import { CHROMIUM, SCREENSHOTS } from './support/paths';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium)('explorer end to end (chromium)', { timeout: 90_000 }, () => {
  let dir = '';
  let api: RunningApi | undefined;
  let context: BrowserContext | undefined;
  let profile = '';
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ensureClientBuilt();
    if (process.env.E2E_API_URL) {
      // Against a server you run yourself (it must use ADMIN_TOKEN=e2e-admin-token-0123456789).
      api = { url: process.env.E2E_API_URL, log: () => '', exited: () => null, stop: async () => {} };
    } else {
      const prepared = await prepareGraph();
      dir = prepared.dir;
      api = await startApi(prepared.graph, ADMIN_TOKEN);
    }
    ({ context, profile } = await launchBrowser());
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  }, 150_000);

  afterAll(async () => {
    const died = api?.exited();
    if (died !== null && died !== undefined) console.error(`the server died during the test (${died}); its output:\n${api!.log()}`);
    await context?.close();
    await api?.stop();
    for (const d of [dir, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  const shot = async (name: string) => {
    // Every chart has finished drawing, entry animation included (EChart.vue sets data-state when ECharts says so).
    await page.waitForFunction(() => [...document.querySelectorAll('.chart')].every((c) => c.getAttribute('data-state') === 'drawn'));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };

  it('walks overview → segment → customer → product → basket', async () => {
    // Overview: counts, one card per segment, the projection.
    await page.goto(`${api!.url}/`);
    await page.locator('.segment-card').first().waitFor();
    expect(await page.locator('.segment-card').count()).toBe(4);
    await expect.poll(() => page.locator('[aria-label="Counts"]').innerText()).toMatch(/Customers/);
    await page.getByText(/\d+ customers · click a dot to open one/).waitFor();
    await shot('01-overview');

    // Segment: the largest one (most customers to click through).
    const cards = page.locator('.segment-card');
    const sizes = await cards.evaluateAll((els) =>
      els.map((e) => Number(e.querySelector('.legend b')?.textContent?.replace(/,/g, '') ?? 0)),
    );
    const biggest = cards.nth(sizes.indexOf(Math.max(...sizes)));
    const segmentName = (await biggest.locator('h3').innerText()).trim();
    await biggest.click();
    await page.waitForURL(/\/segments\/S\d+$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe(segmentName);
    await page.locator('.customers-table tbody tr').first().waitFor();
    await page.locator('.rules-table tbody tr').first().waitFor();
    await shot('02-segment');

    // Customer: the segment's biggest spender, with neighbours and recommendations.
    const customerLink = page.locator('.customers-table tbody tr a').first();
    const customerId = (await customerLink.innerText()).trim();
    await customerLink.click();
    await page.waitForURL(new RegExp(`/customers/${customerId}$`));
    await page.locator('.neighbour-graph canvas').first().waitFor();
    const neighbours = await page.locator('.neighbours .list li').count();
    expect(neighbours).toBeGreaterThan(0);
    await page.locator('.neighbours .shared li').first().waitFor();
    await page.locator('.recommendations .rec').first().waitFor();
    expect(await page.locator('.recommendations .rec').count()).toBeGreaterThan(0);
    expect(await page.locator('.recommendations .reasons').first().innerText()).not.toBe('');
    await shot('03-customer');

    // Another model: the list changes to that model's.
    await page.locator('.models button', { hasText: 'Popularity' }).first().click();
    await page.waitForURL(/model=POPULARITY/);
    await page.locator('.recommendations .rec').first().waitFor();

    // Product: the top recommendation.
    const productLink = page.locator('.recommendations .rec .name').first();
    const productName = (await productLink.innerText()).trim();
    await productLink.click();
    await page.waitForURL(/\/products\//);
    await expect.poll(() => page.locator('h1').innerText()).toBe(productName);
    await page.getByRole('heading', { name: 'Also bought' }).waitFor();
    await shot('04-product');

    // Basket: start with the product, add another through the type-ahead.
    await page.getByRole('link', { name: /Start a basket with it/ }).click();
    await page.waitForURL(/\/basket\?items=/);
    await page.locator('.suggestions .rec').first().waitFor();
    const before = await page.locator('.suggestions .rec .name').allInnerTexts();
    expect(before.length).toBeGreaterThan(0);
    await page.locator('#basket-add').fill('lantern');
    await page.locator('#basket-add-list [role="option"]').first().waitFor();
    await page.locator('#basket-add-list [role="option"]').first().dispatchEvent('mousedown');
    await expect.poll(() => page.locator('.basket-item').count()).toBe(2);
    await expect.poll(async () => (await page.locator('.suggestions .rec .name').allInnerTexts()).join('|')).not.toBe(before.join('|'));
    await shot('05-basket');
  });

  it('browses rules, reads the evaluation and runs a Cypher example', async () => {
    await page.goto(`${api!.url}/rules?sort=confidence`);
    await page.locator('.rules-table tbody tr').first().waitFor();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Confidence');
    await shot('06-rules');

    await page.goto(`${api!.url}/evaluation`);
    await page.locator('.metrics-table tbody tr').first().waitFor();
    expect(await page.locator('.default-note').innerText()).toContain('writes the precomputed recommendations');
    await shot('07-evaluation');

    await page.goto(`${api!.url}/cypher`);
    await page.locator('input[name="token"]').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.locator('.examples button', { hasText: 'Best customers by revenue' }).click();
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.locator('.cypher-table tbody tr').first().waitFor();
    expect(await page.locator('.cypher-table th').allTextContents()).toEqual(['customer', 'country', 'orders', 'revenue']);
    await page.locator('#cypher-query').fill('CREATE (n:Foo) RETURN n');
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.locator('.cypher-error.refused').waitFor();
    await shot('08-cypher');
  });

  it('works on a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${api!.url}/`);
    await page.locator('.segment-card').first().waitFor();
    await page.getByText(/\d+ customers · click a dot to open one/).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('09-overview-390');

    await page.locator('.segment-card').first().click();
    await page.locator('.customers-table tbody tr a').first().click();
    await page.locator('.recommendations .rec').first().waitFor();
    await page.locator('.neighbour-graph canvas').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot('10-customer-390');
    expect(pageErrors).toEqual([]);
  });
});
