import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, expectAccessible, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
/** From the demo data, as the administrator reads it. */
const found = { identifier: '', serial: '', transmittal: '', withheld: '' };

/** A sale of one $60M MDE line to Austria: over every 36(b) threshold, so withheld until formal notice. */
async function createPendingSale(page: Page, title: string): Promise<string> {
  const created = await apiCall(page, 'POST', '/cases', { partnerCode: 'AU', agencyCode: 'D', type: 'defined_order', title });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const identifier = (created.body as { case: { identifier: string } }).case.identifier;
  const saved = await apiCall(page, 'PUT', `/cases/${identifier}/versions/0`, {
    revision: 1,
    lines: [
      {
        lineNumber: '001',
        description: `${title} fire unit`,
        maslGenericCode: 'A1A',
        maslNumber: '2840015200000',
        quantity: 1,
        unitOfIssue: 'EA',
        unitCostCents: 60_000_000_00,
        mde: true,
        sme: true,
        sourceOfSupply: 'P',
        deliveryPeriod: '24 months',
      },
    ],
    notes: [{ code: 'GEN', title: 'General', text: 'Standard terms.' }],
    paymentSchedule: [],
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return identifier;
}

async function searchFor(page: Page, q: string) {
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox', { name: 'Find in IOPS' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('global-search');
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL(new RegExp(`/search\\?q=${encodeURIComponent(q).replaceAll('%20', '(%20|\\+)')}$`));
  await see(page.getByRole('heading', { name: 'Search', level: 1 }));
  await page
    .getByRole('status')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

beforeAll(async () => {
  iops = await startIops();
  const { page } = await iops.newPage();
  await signIn(page, 'admin');
  const cases = (await apiCall(page, 'GET', '/cases?limit=1&sort=identifier&dir=asc')).body as { items: { identifier: string }[] };
  found.identifier = cases.items[0]!.identifier;
  const items = (await apiCall(page, 'GET', '/eum/items?limit=1')).body as { items: { serialNumber: string }[] };
  found.serial = items.items[0]!.serialNumber;
  const notices = (await apiCall(page, 'GET', '/notifications?limit=50')).body as {
    items: { transmittalNumber: string; withheld: boolean }[];
  };
  found.transmittal = notices.items.find((n) => !n.withheld)!.transmittalNumber;
  found.withheld = await createPendingSale(page, 'Zephyrion air defence battery');
});
afterAll(async () => {
  await iops?.stop();
});

describe('global search', () => {
  it('finds a case by identifier, an item by serial number and a notification by transmittal number from the header', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/deadlines');
    await searchFor(page, found.identifier);
    const cases = page.getByRole('region', { name: /^Cases/ });
    await see(cases.getByRole('link', { name: found.identifier }));
    await expectAccessible(page, 'search results');
    await page.screenshot({ path: screenshotPath('search-case') });
    await cases.getByRole('link', { name: found.identifier }).click();
    await page.waitForURL(new RegExp(`/cases/${found.identifier}`));

    await searchFor(page, found.serial);
    await see(page.getByRole('region', { name: /^End-use monitored items/ }).getByRole('link', { name: found.serial }));

    await searchFor(page, found.transmittal);
    const notices = page.getByRole('region', { name: /^Congressional notifications/ });
    // Each kind of notice numbers its transmittals in its own series: the same number can name two.
    await see(notices.getByRole('link', { name: found.transmittal }).first());
    await notices.getByRole('link', { name: found.transmittal }).first().click();
    await page.waitForURL(/\/notifications\/[0-9a-f-]{36}$/);
    expect(pageErrors).toEqual([]);
  });

  it("does not find a withheld case's purchaser or title for a user without need-to-know, and does for a writer", async () => {
    const auditor = await iops.newPage();
    await signIn(auditor.page, 'auditor', undefined, '/deadlines');
    await searchFor(auditor.page, 'Zephyrion');
    await see(auditor.page.getByText('Nothing found for “Zephyrion”.'));
    await searchFor(auditor.page, found.withheld);
    expect(await auditor.page.getByRole('link', { name: found.withheld }).count()).toBe(0);
    const body = await auditor.page.locator('main').innerText();
    expect(body).not.toContain('Zephyrion');

    const writer = await iops.newPage();
    await signIn(writer.page, 'admin', undefined, '/deadlines');
    await searchFor(writer.page, 'Zephyrion');
    await see(writer.page.getByRole('region', { name: /^Cases/ }).getByRole('link', { name: found.withheld }));
    expect([...auditor.pageErrors, ...writer.pageErrors]).toEqual([]);
  });

  it('says what is wrong with a query too short, and the page\'s own search box keeps "/" on a list page', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/search?q=x');
    await see(page.getByText('Search: type at least 2 characters'));
    await page.goto('/countries');
    await see(page.getByRole('heading', { name: 'Partners', level: 1 }));
    await page.locator('body').press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).not.toBe('global-search');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it("the audit log finds a case's history by its identifier", async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'auditor', undefined, '/audit');
    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    await filters.getByLabel('Record').fill(found.identifier);
    const answer = page.waitForResponse((r) => new URL(r.url()).searchParams.get('record') === found.identifier);
    await filters.getByRole('button', { name: 'Apply' }).click();
    const body = (await (await answer).json()) as { total: number; items: { entityType: string }[] };
    expect(body.total).toBeGreaterThan(0);
    expect(new Set(body.items.map((e) => e.entityType))).toEqual(new Set(['case']));
    expect(pageErrors).toEqual([]);
  });
});
