import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('the deadlines calendar', () => {
  it('lists upcoming clocks, shows them on their day in the month view, opens the record, and subscribes a calendar program', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'cn.analyst');
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Deadlines' }).click();
    await page.waitForURL(/\/deadlines$/);
    await see(page.getByRole('heading', { name: 'Deadlines', level: 1 }));

    // The list: the demo's notifications in formal review have their review period ending in the coming weeks.
    await page.getByRole('tab', { name: 'List' }).click();
    const table = page.getByRole('table', { name: 'Deadlines, earliest first' });
    const first = (await see(table.getByRole('link', { name: /Transmittal \d\d-\d\d: formal review period ends/ }))).first();
    const title = (await first.innerText()).trim();
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) })
      .first();
    const due = (await row.getByRole('cell').first().innerText()).trim();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The month view of that month has it on its day.
    await page.getByRole('tab', { name: 'Month' }).click();
    await page.goto(`/deadlines?month=${due.slice(0, 7)}`);
    const day = page.locator(`td.month-day[data-date="${due}"]`);
    await see(day.getByRole('link', { name: title, exact: true }));
    await page.screenshot({ path: screenshotPath('deadlines-month') });

    // A clock opens the record it belongs to.
    await day.getByRole('link', { name: title, exact: true }).click();
    await page.waitForURL(/\/notifications\/[0-9a-f-]{36}$/);
    await see(page.getByText(/\d\d-\d\d/.exec(title)![0]).first());

    // A calendar address, shown once, that a calendar program can fetch without signing in.
    await page.goto('/deadlines?view=list');
    await page.getByLabel('Address name').fill('Work laptop');
    await page.getByRole('button', { name: 'Create calendar address' }).click();
    const address = await (await see(page.getByLabel('Calendar address'))).inputValue();
    expect(address).toMatch(/\/api\/deadlines\/feed\.ics\?token=iopscal_/);
    const anonymous = await iops.browser.newContext();
    const feed = await anonymous.request.get(address);
    expect(feed.status()).toBe(200);
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${due.replaceAll('-', '')}`);
    expect(ics).toContain(`SUMMARY:${/Transmittal \d\d-\d\d/.exec(title)![0]}: formal review period ends`);
    await anonymous.close();
    await see(page.getByRole('table', { name: 'My calendar addresses' }).getByText('Work laptop'));
    expect(pageErrors).toEqual([]);
  });
});
