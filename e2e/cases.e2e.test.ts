import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
/** A case of another partner (Japan), opened by the administrator, that the Australia writer must not see. */
let japanCase: { identifier: string; title: string };

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  iops = await startIops();
  const { page } = await iops.newPage();
  await signIn(page, 'admin');
  const title = `Japanese radar spares ${Date.now()}`;
  const created = await apiCall(page, 'POST', '/cases', { partnerCode: 'JA', agencyCode: 'D', type: 'defined_order', title });
  expect(created.status).toBe(201);
  japanCase = { identifier: (created.body as { case: { identifier: string } }).case.identifier, title };
});
afterAll(async () => {
  await iops?.stop();
});

describe('cases', () => {
  it('a writer takes a letter of request through CWD review to an offered LOA', async () => {
    const today = isoDate(new Date());
    const writer = await iops.newPage();
    const page = writer.page;
    await signIn(page, 'writer.australia', undefined, '/cases');
    await see(page.getByRole('heading', { name: 'Cases', level: 1 }));

    // Record the letter of request.
    await page.getByRole('link', { name: 'New LOR' }).click();
    await page.waitForURL(/\/cases\/lors\?new=1$/);
    const intake = page.getByRole('form', { name: 'Record a letter of request' });
    const reference = `AUS-LOR-E2E-${Date.now()}`;
    await intake.getByLabel('Partner code').selectOption('AT');
    // Received ten days ago: every later milestone (MILAP three days ago too) must follow the LOR.
    const received = addDays(today, -10);
    await intake.getByLabel('Received on').fill(received);
    await intake.getByLabel('Channel').selectOption('security_cooperation_office');
    await intake.getByLabel('Implementing agency').selectOption('B');
    await intake.getByLabel("Partner's reference").fill(reference);
    await intake.getByLabel('Description').fill('Night vision devices with operator and maintenance training');
    await intake.getByLabel('Requested items').fill('500 AN/PVS-14 monocular night vision devices; training for 14 students');
    await intake.getByRole('button', { name: 'Record LOR' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Recorded the LOR from AT' }));
    const lorRow = page.getByRole('row', { name: new RegExp(`^LOR AT ${reference} received$`) });
    await see(lorRow);

    // Mark it actionable, then open a case from it.
    await page.getByRole('button', { name: 'Mark actionable…' }).click();
    const decision = page.getByRole('form', { name: 'Mark actionable' });
    await decision.getByLabel('Complete on').fill(today);
    await decision.getByRole('button', { name: 'Mark actionable' }).click();
    await see(page.getByRole('status').filter({ hasText: 'The LOR is actionable' }));
    await see(page.getByRole('row', { name: new RegExp(`^LOR AT ${reference} actionable$`) }));
    const open = page.getByRole('form', { name: 'Open a case' });
    await page.screenshot({ path: screenshotPath('lors') });
    expect(await open.getByLabel('Implementing agency').inputValue()).toBe('B');
    await open.getByLabel('Case type').selectOption('defined_order');
    await open.getByLabel('Case title').fill('Night vision devices and training');
    await open.getByLabel('Case manager').fill('Wes Writer');
    await open.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(/\/cases\/AT-[BDP]-[A-Z]{3}$/);
    const identifier = (await (await see(page.getByTestId('case-identifier'))).first().innerText()).trim();
    expect(identifier).toMatch(/^AT-[BDP]-[A-Z]{3}$/);
    expect(identifier.startsWith('AT-B-')).toBe(true);
    await see(page.getByTestId('case-status').getByText('draft'));

    // Two lines, one of them EEUM night vision; the checklist flags the missing EEUM note and payment schedule.
    await page.getByRole('tab', { name: /^LOA/ }).click();
    await page.getByRole('button', { name: '+ Add line' }).click();
    await page.getByLabel('Line 1 description').fill('AN/PVS-14 monocular night vision device');
    await page.getByLabel('Line 1 MASL generic code').fill('N8A');
    await page.getByLabel('Line 1 MASL number').fill('5855015223118');
    await page.getByLabel('Line 1 quantity').fill('500');
    await page.getByLabel('Line 1 unit cost').fill('4,000');
    await page.getByLabel('Line 1 SME').check();
    await page.getByLabel('Line 1 EEUM').check();
    await page.getByLabel('Line 1 source of supply').fill('P');
    await page.getByLabel('Line 1 delivery period').fill('24 months');
    await see(page.getByLabel('Line 1 extended cost').getByText('$2,000,000.00'));
    await page.getByRole('button', { name: '+ Add line' }).click();
    expect(await page.getByLabel('Line 2 number').inputValue()).toBe('002');
    await page.getByLabel('Line 2 description').fill('Operator and maintenance training');
    await page.getByLabel('Line 2 MASL generic code').fill('O1A');
    await page.getByLabel('Line 2 MASL number').fill('OTS000000001A');
    await page.getByLabel('Line 2 quantity').fill('1');
    await page.getByLabel('Line 2 unit of issue').fill('LO');
    await page.getByLabel('Line 2 unit cost').fill('250000');
    await page.getByLabel('Line 2 source of supply').fill('S');
    await page.getByRole('button', { name: 'Save LOA' }).click();
    await see(page.getByRole('status').filter({ hasText: `Saved version 0` }));
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await see(checklist.getByText('EEUM items are on the LOA but the EEUM note is missing'));
    await see(checklist.getByText('The LOA has no payment schedule'));
    await see(checklist.getByText('The line does not say whether it is a program of record or NPOR'));
    // 500 × $4,000 + $250,000 = $2,250,000; surcharge 3.2% = $72,000.
    const total = page.getByTestId('loa-total');
    await expect.poll(() => total.first().innerText()).toBe('$2,322,000.00');
    await page.screenshot({ path: screenshotPath('case-loa-findings'), fullPage: true });

    // Both lines are programs of record (DSCA 21-50); the EEUM note and a payment schedule equal to the total shown.
    await page.getByLabel('Line 1 program of record').selectOption('por');
    await page.getByLabel('Line 2 program of record').selectOption('por');
    await page.getByRole('button', { name: '+ Add note' }).click();
    await page.getByLabel('Note 1 code').fill('EEUM');
    await page.getByLabel('Note 1 title').fill('Enhanced End-Use Monitoring');
    await page.getByLabel('Note 1 text').fill('Items on line 001 are designated for Enhanced End-Use Monitoring.');
    await page.getByRole('button', { name: '+ Add payment' }).click();
    await page.getByLabel('Payment 1 due date').fill(addDays(today, 60));
    await page.getByLabel('Payment 1 amount').fill(await total.first().innerText());
    await see(page.getByTestId('schedule-balance').filter({ hasText: '✓' }));
    await page.getByRole('button', { name: 'Save LOA' }).click();
    await see(page.getByRole('status').filter({ hasText: 'no blocking findings' }));
    await see(checklist.getByText('No findings: the LOA passes every quality check.'));
    expect(await checklist.getByText(/EEUM note is missing/).count()).toBe(0);

    // Submit for CWD review.
    await page.getByRole('button', { name: 'Submit for CWD review…' }).click();
    await page.getByRole('form', { name: 'Submit for CWD review' }).getByRole('button', { name: 'Submit for CWD review' }).click();
    await see(page.getByTestId('case-status').getByText('in review'));
    expect(await page.getByRole('button', { name: 'Save LOA' }).count()).toBe(0);

    // The reviewer finds it in the queue, comments and approves.
    const reviewer = await iops.newPage();
    await signIn(reviewer.page, 'reviewer', undefined, '/case-writing');
    await reviewer.page.waitForURL(/\/case-writing\/review-queue$/);
    await see(reviewer.page.getByRole('heading', { name: 'CWD review queue', level: 1 }));
    const queued = reviewer.page.getByRole('row', { name: new RegExp(`^${identifier} `) });
    await see(queued.getByText('$2,322,000.00'));
    await reviewer.page.screenshot({ path: screenshotPath('review-queue') });
    await queued.click();
    await reviewer.page.waitForURL(new RegExp(`/cases/${identifier}\\?tab=loa$`));
    await see(reviewer.page.getByRole('region', { name: 'Checklist' }).getByText('No findings'));
    expect(await reviewer.page.getByRole('button', { name: 'Save LOA' }).count()).toBe(0);
    await reviewer.page.screenshot({ path: screenshotPath('case-review'), fullPage: true });
    await reviewer.page.getByRole('tab', { name: 'Comments' }).click();
    await reviewer.page.getByLabel('About').selectOption('002');
    await reviewer.page.getByLabel('Comment', { exact: true }).fill('Say how many students take each course.');
    await reviewer.page.getByRole('button', { name: 'Add comment' }).click();
    await see(reviewer.page.getByRole('listitem', { name: 'Comment by reviewer' }).getByText('Say how many students take each course.'));
    await see(reviewer.page.getByRole('tab', { name: 'Comments (1 open)' }));
    // An open comment holds the approval; the reviewer approves over it, saying why (audited).
    await reviewer.page.getByRole('button', { name: 'Approve…' }).click();
    const approve = reviewer.page.getByRole('form', { name: 'Approve' });
    await approve.getByRole('button', { name: 'Approve' }).click();
    await see(approve.getByRole('alert').filter({ hasText: 'Not approved yet' }));
    await approve.getByLabel('Approve anyway, with a reason').check();
    await approve.getByLabel('Reason', { exact: true }).fill('The student counts can follow in the first amendment.');
    await reviewer.page.screenshot({ path: screenshotPath('case-approve-override') });
    await approve.getByRole('button', { name: 'Approve anyway' }).click();
    await see(reviewer.page.getByTestId('case-status').getByText('approved'));
    expect(reviewer.pageErrors).toEqual([]);

    // Back as the writer: MILAP, then the offer; it expires MILAP + 85 days.
    const milap = addDays(today, -3);
    const expires = addDays(milap, 85);
    await page.reload();
    await see(page.getByTestId('case-status').getByText('approved'));
    await page.getByRole('tab', { name: 'Comments (1 open)' }).click();
    await see(page.getByText('Say how many students take each course.'));
    await page.getByRole('tab', { name: 'Milestones' }).click();
    await page.getByLabel('MILAP (MILDEP approval)').fill(milap);
    await page.getByRole('button', { name: 'Save milestones' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Milestones saved (MILAP' }));
    await page.getByRole('button', { name: 'Offer to purchaser…' }).click();
    const offer = page.getByRole('form', { name: 'Offer to purchaser' });
    await see(offer.getByText(`Leave blank for MILAP ${milap} + 85 days = ${expires}.`));
    await offer.getByRole('button', { name: 'Offer to purchaser' }).click();
    await see(page.getByTestId('case-status').getByText('offered'));
    await expect.poll(() => page.getByTestId('offer-expiration').innerText()).toBe(expires);
    await see(page.getByRole('button', { name: 'Record acceptance…' }));
    await page.getByRole('tab', { name: 'Versions (1)' }).click();
    await see(page.getByRole('row', { name: 'Version 0 basic draft' }).getByText(expires));
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.screenshot({ path: screenshotPath('case-offered'), fullPage: true });

    // It is in the case list, filtered by status, with its value in dollars.
    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await page.waitForURL(/\/cases$/);
    await page.getByLabel('Status').selectOption('offered');
    await page.waitForURL(/status=offered/);
    await see(page.getByRole('row', { name: new RegExp(`^${identifier} `) }).getByText('$2,322,000.00'));
    expect(writer.pageErrors).toEqual([]);
  });

  it('a writer scoped to Australia cannot open a case of another partner', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'writer.australia', undefined, '/cases');
    await see(page.getByRole('heading', { name: 'Cases', level: 1 }));
    const response = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/cases/${japanCase.identifier}`);
    await page.goto(`/cases/${japanCase.identifier}`);
    expect((await response).status()).toBe(404);
    await see(page.getByTestId('not-available'));
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(japanCase.title);
    expect(text).not.toMatch(/Japan/);

    // Nor does the list or a search reveal it.
    await page.goto(`/cases?q=${encodeURIComponent(japanCase.title)}`);
    await see(page.getByText('No case matches these filters.'));
    expect(pageErrors).toEqual([]);
  });

  it("shows field errors beside the lines, and a version conflict instead of overwriting another writer's save", async () => {
    const first = await iops.newPage();
    await signIn(first.page, 'writer.australia', undefined, '/cases');
    await first.page.getByRole('link', { name: 'New case' }).click();
    await first.page.waitForURL(/\/cases\/new$/);
    const form = first.page.getByRole('form', { name: 'Open a case' });
    await form.getByLabel('Partner').selectOption('AT');
    await form.getByLabel('Implementing agency').selectOption('D');
    await form.getByLabel('Case type').selectOption('blanket_order');
    await form.getByLabel('Case title').fill('F/A-18 spares blanket order');
    await form.getByRole('button', { name: 'Open case' }).click();
    await first.page.waitForURL(/\/cases\/AT-D-[A-Z]{3}$/);
    const identifier = (await first.page.getByTestId('case-identifier').innerText()).trim();

    await first.page.getByRole('tab', { name: /^LOA/ }).click();
    await first.page.getByRole('button', { name: '+ Add line' }).click();
    await first.page.getByLabel('Line 1 description').fill('F/A-18 spare parts');
    await first.page.getByLabel('Line 1 unit cost').fill('12.5x');
    await first.page.getByRole('button', { name: '+ Add line' }).click();
    await first.page.getByLabel('Line 2 number').fill('001');
    await first.page.getByLabel('Line 2 description').fill('Repair and return');
    await first.page.getByLabel('Line 2 unit cost').fill('5000');
    await first.page.getByRole('button', { name: 'Save LOA' }).click();
    await see(first.page.locator('.cell.has-error', { has: first.page.getByLabel('Line 1 unit cost') }).getByText('a dollar amount'));
    await first.page.getByLabel('Line 1 unit cost').fill('12500');
    await first.page.getByRole('button', { name: 'Save LOA' }).click();
    await see(first.page.locator('.cell.has-error', { has: first.page.getByLabel('Line 2 number') }).getByText('line 001 appears twice'));
    await first.page.getByLabel('Line 2 number').fill('002');
    await first.page.getByRole('button', { name: 'Save LOA' }).click();
    await see(first.page.getByRole('status').filter({ hasText: 'Saved version 0 (revision 2)' }));

    const second = await iops.newPage();
    await signIn(second.page, 'writer.australia', undefined, `/cases/${identifier}?tab=loa`);
    await second.page.getByLabel('Line 1 quantity').fill('5');
    await second.page.getByRole('button', { name: 'Save LOA' }).click();
    await see(second.page.getByRole('status').filter({ hasText: 'Saved version 0 (revision 3)' }));

    await first.page.getByLabel('Line 1 description').fill('F/A-18 spare parts, edited in the first window');
    await first.page.getByRole('button', { name: 'Save LOA' }).click();
    const conflict = first.page.getByRole('alert').filter({ hasText: 'This LOA was changed by someone else — reload.' });
    await see(conflict);
    await first.page.screenshot({ path: screenshotPath('case-loa-conflict') });
    await conflict.getByRole('button', { name: 'Reload the LOA' }).click();
    await expect.poll(() => first.page.getByLabel('Line 1 quantity').inputValue()).toBe('5');
    expect(await first.page.getByLabel('Line 1 description').inputValue()).toBe('F/A-18 spare parts');
    expect(first.pageErrors).toEqual([]);
  });

  it('at 1440 px the list shows identifier, title, value and status without scrolling sideways, no row over three lines', async () => {
    const { page } = await iops.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'admin');
    // The partner with the longest name, on a new case (the newest is listed first): the worst row there is.
    const partners = await apiCall(page, 'GET', '/countries?limit=500');
    const longest = (partners.body as { items: { code: string; name: string }[] }).items.reduce((a, b) =>
      b.name.length > a.name.length ? b : a,
    );
    expect(longest.name.length).toBeGreaterThan(30);
    const title = `Spare parts and publications for the patrol boat fleet, second increment ${Date.now()}`;
    const created = await apiCall(page, 'POST', '/cases', { partnerCode: longest.code, agencyCode: 'D', type: 'defined_order', title });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    await page.goto('/cases');
    await see(page.getByRole('cell', { name: title }));
    const wrap = page.locator('.table-wrap').first();
    const widths = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    for (const header of [/^Case/, /^Title/, /^Status/, /^Value/]) {
      const box = await page.getByRole('columnheader', { name: header }).boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1440);
    }
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: title }) });
    expect((await row.boundingBox())?.height ?? 0).toBeLessThan(80);
    const heights = await page.locator('.data-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(80);
    await page.screenshot({ path: screenshotPath('case-list-1440'), fullPage: false });

    // Printed, the case is the record alone: no navigation, header, search or buttons.
    const identifier = (created.body as { case: { identifier: string } }).case.identifier;
    await page.goto(`/cases/${identifier}`);
    await see(page.getByRole('heading', { level: 1 }));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.side-nav').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByText(title).first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('case-printed'), fullPage: true });
  });

  it('filters by value in dollars and keeps a saved view of the list', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'writer.australia', undefined, '/cases');
    await see(page.getByRole('heading', { name: 'Cases', level: 1 }));
    await page.getByLabel('Min value').fill('1,000,000');
    await page.waitForURL(/minValueCents=100000000(&|$)/);
    await page.getByLabel('Partner').selectOption('AT');
    await page.waitForURL(/partner=AT/);
    const valueHeader = page.getByRole('columnheader', { name: /Value/ });
    await valueHeader.getByRole('button').click();
    await expect.poll(() => valueHeader.getAttribute('aria-sort')).toBe('descending');

    await page.getByRole('button', { name: 'Save this view…' }).click();
    await page.getByLabel('View name').fill('Australia over $1M');
    await page.getByRole('button', { name: 'Save view' }).click();
    const views = page.getByRole('region', { name: 'Saved views' });
    const link = views.getByRole('link', { name: 'Australia over $1M' });
    await see(link);
    await page.screenshot({ path: screenshotPath('case-list'), fullPage: false });

    await page.goto('/cases');
    await see(link);
    expect(await page.getByLabel('Min value').inputValue()).toBe('');
    await link.click();
    await page.waitForURL(/minValueCents=100000000/);
    await expect.poll(() => page.getByLabel('Min value').inputValue()).toBe('1000000');
    expect(page.url()).toMatch(/partner=AT/);
    expect(page.url()).toMatch(/sort=value/);

    await views.getByRole('button', { name: 'Delete saved view Australia over $1M' }).click();
    await expect.poll(() => link.count()).toBe(0);
  });
  it('undoes a milestone save, asks before leaving unsaved dates, and confirms a cancellation with its reason', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'writer.australia', undefined, '/cases');
    const created = await apiCall(page, 'POST', '/cases', {
      partnerCode: 'AT',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'Undo probe',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const identifier = (created.body as { case: { identifier: string } }).case.identifier;
    await page.goto(`/cases/${identifier}?tab=milestones`);
    const milap = page.getByLabel('MILAP (MILDEP approval)');
    const date = addDays(isoDate(new Date()), -2);

    // An unsaved date: a link away asks; staying keeps it.
    await milap.fill(date);
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe(`/cases/${identifier}`);
    expect(await milap.inputValue()).toBe(date);

    // Saved, then undone: the server clears the date again and the notice says so.
    await page.getByRole('button', { name: 'Save milestones' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Milestones saved (MILAP' });
    await see(saved);
    await page.screenshot({ path: screenshotPath('milestone-undo-offered') });
    await saved.getByRole('button', { name: 'Undo' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Undone. MILAP (MILDEP approval) is back as before the save.' }));
    await expect.poll(() => milap.inputValue()).toBe('');
    const history = await apiCall(page, 'GET', `/cases/${identifier}`);
    expect((history.body as { milestones: { milestone: string }[] }).milestones.map((m) => m.milestone)).not.toContain('milap');

    // Saved work is not asked about; leaving on purpose discards.
    await milap.fill(date);
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);

    // Cancelling the case ends it: the reason is required and the move confirms before it is sent.
    await page.goto(`/cases/${identifier}`);
    await page.getByRole('button', { name: 'Cancel…' }).click();
    const cancel = page.getByRole('form', { name: 'Cancel' });
    await cancel.getByRole('button', { name: 'Cancel', exact: true }).click();
    await see(cancel.getByText('Give the reason: it is kept in the audit record'));
    await cancel.getByLabel('Reason', { exact: true }).fill('The partner withdrew the request.');
    await cancel.getByRole('button', { name: 'Cancel', exact: true }).click();
    await see(cancel.getByRole('alert').filter({ hasText: 'this cannot be undone' }));
    await see(page.getByTestId('case-status').getByText('draft'));
    await cancel.getByRole('button', { name: 'Confirm: cancel' }).click();
    await see(page.getByTestId('case-status').getByText('cancelled'));
    expect(pageErrors).toEqual([]);
  });
});
