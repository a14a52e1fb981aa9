import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

/** One move on the lease page: its button, then its form's date, reason and extra fields. */
async function move(page: Page, label: string, onDate: string, extra: Record<string, string> = {}) {
  await page.getByRole('button', { name: `${label}…` }).click();
  const form = page.getByRole('form', { name: label });
  await form.getByLabel('On', { exact: true }).fill(onDate);
  await form.getByLabel('Reason').fill(`E2E: ${label}`);
  for (const [field, value] of Object.entries(extra)) await form.getByLabel(field).fill(value);
  await form.getByRole('button', { name: label }).click();
  return form;
}

describe('leases', () => {
  it('draft → certification → period ends → signed → payment overdue → returned', async () => {
    const today = todayIso();
    const analyst = await iops.newPage();
    const page = analyst.page;

    // The program analyst drafts a two-year lease to Poland: certification required, 15 days (NATO member).
    await signIn(page, 'programs', undefined, '/leases/new');
    const form = page.getByRole('form', { name: 'New lease' });
    await form.getByLabel('Partner code').fill('PL');
    await form.getByLabel('Start').fill(addDays(today, 30));
    await form.getByLabel('Term (months)').fill('24');
    await form.getByLabel('Replacement value').fill('30,000,000');
    await form.getByLabel('of which MDE').fill('26,000,000');
    await form.getByLabel('Total rental value').fill('1,200,000');
    await form.getByLabel('Implementing agency (lessor)').fill('Department of the Army');
    await form.getByLabel('DoD activity administering the lease').fill('USASAC');
    await form.getByLabel('Action officer').fill('E2E Officer, GEX, 703-555-0100');
    await form.getByLabel('Summary of lease terms').fill('Quarterly rental; lessee maintains the articles');
    await form.getByLabel('Justification').fill('Interim capability pending the partner’s purchase');
    await form.getByLabel('NSN').fill('1025-01-338-0690');
    await form.getByLabel('Nomenclature').fill('Howitzer, towed, 155mm');
    await form.getByLabel('Quantity').fill('4');
    await form.getByLabel('Serial numbers').fill('E2E-1, E2E-2, E2E-3, E2E-4');
    await form.getByLabel('Major defense equipment').check();
    await form.getByRole('button', { name: 'Draft the lease' }).click();
    await page.waitForURL(/\/leases\/[0-9a-f-]{36}$/);
    const leaseUrl = new URL(page.url()).pathname;
    await see(page.getByRole('heading', { name: /^Lease PL-L-\d{4}-\d{3}$/ }));
    await see(
      page
        .getByTestId('determination')
        .getByText(/certification required: at least 15 days before signature; AECA 63\(a\) joint-resolution review applies/),
    );
    await see(page.getByText('Not yet sent to Congress.'));

    // The draft is edited: a longer term (still within AECA 61), decided again.
    await page.getByRole('link', { name: 'Edit the draft' }).click();
    const edit = page.getByRole('form', { name: 'Edit lease' });
    await edit.getByLabel('Term (months)').fill('30');
    await edit.getByRole('button', { name: 'Save the draft' }).click();
    await page.waitForURL(/\/leases\/[0-9a-f-]{36}$/);
    await see(page.getByText('30 months'));

    // Signing now is refused, naming the certification.
    await move(page, 'Record signature', today);
    await see(page.getByRole('alert').getByText(/certify the lease to Congress/));

    // The administrator (leases and notifications) sends the certification: a notice in the notifications area.
    const admin = await iops.newPage();
    await signIn(admin.page, 'admin', undefined, leaseUrl);
    await move(admin.page, 'Send certification to Congress', addDays(today, -40));
    await see(admin.page.getByRole('status').getByText(/now certification/));
    const notice = admin.page.getByTestId('certification-notice');
    await see(notice.getByText('(draft)'));

    // The notification analyst records formal notification 40 days ago: the period ends 25 days ago.
    const cn = await iops.newPage();
    const noticeHref = await notice.getByRole('link').getAttribute('href');
    await signIn(cn.page, 'cn.analyst', undefined, noticeHref!);
    await cn.page.getByRole('button', { name: 'Record formal notification…' }).click();
    const formal = cn.page.getByRole('form', { name: 'Record formal notification' });
    await formal.getByLabel('Formally notified on').fill(addDays(today, -40));
    await formal.getByRole('button', { name: 'Record formal notification' }).click();
    await see(cn.page.getByText(addDays(today, -25)).first());
    expect(cn.pageErrors).toEqual([]);

    // Back on the lease: recording the period ended on its last day is refused naming the date; the next day it ends.
    await page.reload();
    await see(page.getByTestId('certification-notice').getByText(addDays(today, -25)));
    await move(page, 'Record certification period ended', addDays(today, -25));
    await see(page.getByRole('alert').getByText(new RegExp(`runs to ${addDays(today, -25)}`)));
    await page.getByRole('form', { name: 'Record certification period ended' }).getByLabel('On', { exact: true }).fill(addDays(today, -24));
    await page
      .getByRole('form', { name: 'Record certification period ended' })
      .getByRole('button', { name: 'Record certification period ended' })
      .click();
    await see(page.getByRole('status').getByText(/now period ended/));

    // Signed, delivered, a payment scheduled ten days ago: overdue.
    await move(page, 'Record signature', addDays(today, -20));
    await see(page.getByRole('status').getByText(/now signed/));
    await move(page, 'Record delivery', addDays(today, -19));
    await see(page.getByRole('status').getByText(/now active/));
    const schedule = page.getByRole('form', { name: 'Schedule a payment' });
    await schedule.getByLabel('Due on').fill(addDays(today, -10));
    await schedule.getByLabel('Amount due').fill('300,000');
    await schedule.getByRole('button', { name: 'Add to schedule' }).click();
    await see(page.getByTestId('overdue').getByText('$300,000.00'));
    await see(page.getByRole('table', { name: 'Payments' }).getByText('overdue'));
    await page.screenshot({ path: screenshotPath('lease-payment-overdue'), fullPage: true });

    // The list shows it among leases with rental overdue.
    await page.goto('/leases?overdue=true&partner=PL');
    const designator = (await page.getByRole('table', { name: 'Leases' }).getByRole('link').first().innerText()).trim();
    expect(designator).toMatch(/^PL-L-/);

    // Returned, with the condition on return.
    await page.goto(leaseUrl);
    await move(page, 'Record return', today, {
      'Condition on return': 'Serviceable; one sight replaced',
      'Loss or damage recovered': '1,500',
    });
    await see(page.getByRole('status').getByText(/now returned/));
    await see(page.getByText(/returned .*: Serviceable; one sight replaced; loss or damage recovered \$1,500\.00/));
    expect(analyst.pageErrors).toEqual([]);
    expect(admin.pageErrors).toEqual([]);
  }, 120_000);

  it('asks before leaving a half-written lease, not once it is drafted; terminating asks for the reason and a confirmation', async () => {
    const today = todayIso();
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'programs', undefined, '/leases/new');
    const form = page.getByRole('form', { name: 'New lease' });
    await form.getByLabel('Justification').fill('Half-written justification');

    // A link away asks first; staying keeps the text.
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/leases/new');
    expect(await form.getByLabel('Justification').inputValue()).toBe('Half-written justification');

    // Drafted: the lease page opens without a question.
    await form.getByLabel('Partner code').fill('PL');
    await form.getByLabel('Start').fill(addDays(today, 30));
    await form.getByLabel('Term (months)').fill('6');
    await form.getByLabel('Replacement value').fill('1,000,000');
    await form.getByLabel('Total rental value').fill('50,000');
    await form.getByLabel('Implementing agency (lessor)').fill('Department of the Army');
    await form.getByLabel('DoD activity administering the lease').fill('USASAC');
    await form.getByLabel('Action officer').fill('E2E Officer, GEX, 703-555-0100');
    await form.getByLabel('Summary of lease terms').fill('Monthly rental; lessee maintains the articles');
    await form.getByLabel('NSN').fill('1025-01-338-0690');
    await form.getByLabel('Nomenclature').fill('Howitzer, towed, 155mm');
    await form.getByRole('button', { name: 'Draft the lease' }).click();
    await see(page.getByRole('heading', { name: /^Lease PL-L-/, level: 1 }));
    expect(await question.count()).toBe(0);

    // Terminating: the reason, then "are you sure", then done.
    await page.getByRole('button', { name: 'Terminate…' }).click();
    const terminate = page.getByRole('form', { name: 'Terminate' });
    await terminate.getByRole('button', { name: 'Terminate' }).click();
    await see(terminate.getByText('Give the reason: it is kept in the audit record'));
    await terminate.getByLabel('Reason').fill('E2E: the exercise was cancelled');
    await terminate.getByRole('button', { name: 'Terminate' }).click();
    await see(terminate.getByText(/this cannot be undone/));
    await terminate.getByRole('button', { name: 'Confirm: terminate' }).click();
    await see(page.getByRole('status').getByText(/now terminated/));

    // Leaving on purpose discards.
    await page.goto('/leases/new');
    await form.getByLabel('Justification').fill('Abandoned');
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
