import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, see, signIn, startIops } from './harness.ts';

let iops: Iops;

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

/** The rows of a list's table as read on screen, once the list has loaded. */
async function rowTexts(page: Page, caption: string): Promise<string[]> {
  const rows = page.getByRole('table', { name: caption }).locator('tbody tr');
  await see(rows);
  return rows.allInnerTexts();
}

/** The file behind a list's download link, fetched with the signed-in user's session. */
async function download(page: Page, name: string) {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).toString());
  return { href: href!, status: response.status(), type: response.headers()['content-type'] ?? '', text: await response.text() };
}

describe('sortable lists and their downloads', () => {
  it('sorts the notification list by a column (the address keeps it) and downloads the same list as CSV', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'cn.analyst', undefined, '/notifications');
    await see(page.getByRole('heading', { name: 'Congressional notifications', level: 1 }));
    const caption = 'Congressional notifications';
    const header = page.getByRole('columnheader', { name: /Transmittal/ });

    await header.getByRole('button').click();
    await page.waitForURL(/sort=transmittal&dir=asc|dir=asc&sort=transmittal|sort=transmittal.*dir=asc/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowTexts(page, caption);
    expect(ascending.length).toBeGreaterThan(1);

    await header.getByRole('button').click();
    await page.waitForURL(/dir=desc/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await rowTexts(page, caption))[0]).not.toBe(ascending[0]);

    const file = await download(page, 'Export CSV');
    expect(file.href).toMatch(/^\/api\/notifications\/export\.csv\?.*sort=transmittal/);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.text.split('\r\n')[0]).toMatch(/^Transmittal,Kind,Partner,Description,Cases,Status,/);
  });

  it('gives the auditor the audit log as a file, sorted as on screen', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'auditor', undefined, '/audit');
    await see(page.getByRole('heading', { name: 'Audit log', level: 1 }));
    const header = page.getByRole('columnheader', { name: /Time/ });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await header.getByRole('button').click();
    await page.waitForURL(/sort=time/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');

    const file = await download(page, 'Export CSV');
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    const lines = file.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Sequence,Time (UTC),User,Action,Record type,Record,Partner,Before,After,Hash');
    expect(Number(lines[1]!.split(',')[0])).toBeLessThan(Number(lines[2]!.split(',')[0]));
    const xlsx = await download(page, 'Export XLSX');
    expect([xlsx.status, xlsx.type]).toEqual([200, expect.stringMatching(/spreadsheetml/)]);
  });
});
