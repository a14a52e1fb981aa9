import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('timeliness', () => {
  it('an administrator sees the report, downloads the CSV and opens the LOA PDF of a case', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/case-writing/review-queue');
    await page.getByRole('link', { name: 'Timeliness report' }).click();
    await page.waitForURL(/\/case-writing\/timeliness$/);
    await see(page.getByRole('heading', { name: 'LOA timeliness', level: 1 }));

    // Aggregates and at least one case row.
    const byAgency = page.getByRole('region', { name: 'By agency' });
    const byMonth = page.getByRole('region', { name: 'By month' });
    await see(byAgency.getByRole('row', { name: /on time$/ }));
    await see(byMonth.getByRole('row', { name: /on time$/ }));
    const rows = page.getByRole('table', { name: 'Cases offered in the period' }).locator('tbody tr');
    await see(rows.getByRole('link'));
    expect(await rows.count()).toBeGreaterThan(0);
    await see(page.getByRole('region', { name: 'Timeliness targets' }));
    await page.screenshot({ path: screenshotPath('timeliness'), fullPage: true });

    // The CSV export, with the page's cookies.
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toMatch(/^\/api\/timeliness\/export\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const header = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    expect(header.split(',').length).toBeGreaterThan(3);
    expect(header).toMatch(/Case|case/);
    const xlsxHref = await page.getByRole('link', { name: 'Download XLSX' }).getAttribute('href');
    expect(xlsxHref).toContain('/api/timeliness/export.xlsx?');

    // The first case's LOA document.
    const first = rows.first().getByRole('link');
    const identifier = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(new RegExp(`/cases/${identifier}$`));
    await see(page.getByTestId('case-identifier').getByText(identifier));
    const loa = page.getByRole('link', { name: 'LOA (PDF)' });
    await see(loa);
    expect(await loa.getAttribute('target')).toBe('_blank');
    const pdf = await page.request.get((await loa.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The development group shows on the summary and an administrator can set it.
    const group = page.getByLabel('Case development group');
    await see(group);
    await group.selectOption('B');
    await see(page.getByRole('status').filter({ hasText: 'Set to group B.' }));
    expect(pageErrors).toEqual([]);
  });

  it('a writer scoped to Australia sees only Australian cases in the report', async () => {
    const { page, pageErrors } = await iops.newPage();
    // Demo Australian cases may have been offered long ago: widen the period (kept in the URL).
    await signIn(page, 'writer.australia', undefined, '/case-writing/timeliness?from=2000-01-01');
    await see(page.getByRole('heading', { name: 'LOA timeliness', level: 1 }));
    expect(await page.getByLabel('Offered from').inputValue()).toBe('2000-01-01');
    const table = page.getByRole('table', { name: 'Cases offered in the period' });
    await see(table.locator('tbody tr').getByRole('link'));
    const identifiers = await table.locator('tbody tr').getByRole('link').allInnerTexts();
    expect(identifiers.length).toBeGreaterThan(0);
    for (const identifier of identifiers) expect(identifier.trim()).toMatch(/^AT-/);
    // Targets are kept by administrators.
    expect(await page.getByRole('region', { name: 'Timeliness targets' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
