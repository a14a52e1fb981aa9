import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;

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
});
afterAll(async () => {
  await iops?.stop();
});

/** Fills one LOA line that passes the quality checks: MDE lines are SME, MASL codes are 3 and 13 characters. */
async function fillLine(
  page: Page,
  n: number,
  line: { description: string; generic: string; masl: string; quantity: string; unitCost: string },
) {
  await page.getByRole('button', { name: '+ Add line' }).click();
  await page.getByLabel(`Line ${n} description`).fill(line.description);
  await page.getByLabel(`Line ${n} MASL generic code`).fill(line.generic);
  await page.getByLabel(`Line ${n} MASL number`).fill(line.masl);
  await page.getByLabel(`Line ${n} quantity`).fill(line.quantity);
  await page.getByLabel(`Line ${n} unit cost`).fill(line.unitCost);
  await page.getByLabel(`Line ${n} MDE`).check();
  await page.getByLabel(`Line ${n} SME`).check();
  await page.getByLabel(`Line ${n} source of supply`).fill('P');
  await page.getByLabel(`Line ${n} delivery period`).fill('36 months');
}

describe('congressional notifications', () => {
  it('a case crosses the threshold as a line is added, the panel says why, and the offer waits until the notification clears', async () => {
    const today = isoDate(new Date());
    const writer = await iops.newPage();
    const page = writer.page;
    await signIn(page, 'writer.australia', undefined, '/cases/new');
    const form = page.getByRole('form', { name: 'Open a case' });
    await form.getByLabel('Partner').selectOption('AT');
    await form.getByLabel('Implementing agency').selectOption('D');
    await form.getByLabel('Case type').selectOption('defined_order');
    await form.getByLabel('Case title').fill('F-35A aircraft and engines');
    await form.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(/\/cases\/AT-D-[A-Z]{3}$/);
    const identifier = (await (await see(page.getByTestId('case-identifier'))).first().innerText()).trim();

    // A new case has no lines: no notice required. Australia is in the AECA 36(b) allied group (MDE threshold $25M).
    const panel = page.getByRole('region', { name: 'Congressional notification' });
    await see(panel.getByTestId('notification-decision').getByText('Congressional notification not required'));
    await see(panel.getByTestId('purchaser-group').getByText('AECA_36B_ALLIES'));

    // One MDE line of $20M: below the MDE threshold.
    await page.getByRole('tab', { name: /^LOA/ }).click();
    await fillLine(page, 1, {
      description: 'F-35A Lightning II aircraft',
      generic: 'A1A',
      masl: '1510015432101',
      quantity: '10',
      unitCost: '2,000,000',
    });
    await page.getByRole('button', { name: 'Save LOA' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Saved version 0' }));
    const mde = panel.getByRole('listitem', { name: 'Major defense equipment not met', exact: true });
    await see(mde.getByText('$20,000,000.00'));
    await see(mde.getByText('$25,000,000.00'));
    await see(panel.getByTestId('notification-decision').getByText('Congressional notification not required'));
    expect(await panel.getByTestId('offer-blocker').count()).toBe(0);

    // A second MDE line of $10M: MDE $30M reaches the threshold; the panel says so and names the blocker.
    await fillLine(page, 2, {
      description: 'F135 spare engines',
      generic: 'A2A',
      masl: '2840015432102',
      quantity: '5',
      unitCost: '2000000',
    });
    await page.getByRole('button', { name: 'Save LOA' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Saved version 0 (revision 3)' }));
    const met = panel.getByRole('listitem', { name: 'Major defense equipment met', exact: true });
    await see(met.getByText('$30,000,000.00'));
    await see(met.getByText('$25,000,000.00'));
    await see(met.getByText(/AECA 36\(b\)\(1\): major defense equipment of \$25M or more/));
    await see(panel.getByTestId('notification-decision').getByText('Congressional notification required'));
    await see(panel.getByTestId('review-days').getByText('15 calendar days'));
    await see(panel.getByTestId('tiered-review-days').getByText('unverified'));
    await see(panel.getByTestId('offer-blocker').getByText(/AECA 36\(b\)\(1\) notification is required .* and none has been made/));
    await page.screenshot({ path: screenshotPath('notification-panel-required'), fullPage: true });

    // Lines $30M + 3.2% surcharge = $30,960,000; a payment schedule equal to it clears the checklist.
    const total = page.getByTestId('loa-total');
    await expect.poll(() => total.first().innerText()).toBe('$30,960,000.00');
    await page.getByRole('button', { name: '+ Add payment' }).click();
    await page.getByLabel('Payment 1 due date').fill(addDays(today, 60));
    await page.getByLabel('Payment 1 amount').fill(await total.first().innerText());
    await see(page.getByTestId('schedule-balance').filter({ hasText: '✓' }));
    await page.getByRole('button', { name: 'Save LOA' }).click();
    await see(page.getByRole('status').filter({ hasText: 'no blocking findings' }));
    await see(panel.getByTestId('offer-blocker'));

    // Submit; the reviewer approves.
    await page.getByRole('button', { name: 'Submit for CWD review…' }).click();
    await page.getByRole('form', { name: 'Submit for CWD review' }).getByRole('button', { name: 'Submit for CWD review' }).click();
    await see(page.getByTestId('case-status').getByText('in review'));
    const reviewer = await iops.newPage();
    await signIn(reviewer.page, 'reviewer', undefined, `/cases/${identifier}?tab=loa`);
    await see(reviewer.page.getByRole('region', { name: 'Congressional notification' }).getByText('Congressional notification required'));
    await reviewer.page.getByRole('button', { name: 'Approve…' }).click();
    await reviewer.page.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
    await see(reviewer.page.getByTestId('case-status').getByText('approved'));
    expect(reviewer.pageErrors).toEqual([]);

    // The writer records MILAP and tries to offer: refused, naming the notification.
    await page.reload();
    await see(page.getByTestId('case-status').getByText('approved'));
    await page.getByRole('tab', { name: 'Milestones' }).click();
    await page.getByLabel('MILAP (MILDEP approval)').fill(addDays(today, -3));
    await page.getByRole('button', { name: 'Save milestones' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Milestones saved (MILAP' }));
    await page.getByRole('button', { name: 'Offer to purchaser…' }).click();
    const offer = page.getByRole('form', { name: 'Offer to purchaser' });
    await offer.getByRole('button', { name: 'Offer to purchaser' }).click();
    await see(offer.getByRole('alert').getByText(/The LOA cannot be offered yet: AECA 36\(b\)\(1\) notification is required/));
    await see(page.getByTestId('case-status').getByText('approved'));
    await page.screenshot({ path: screenshotPath('notification-offer-refused'), fullPage: true });

    // The notification analyst drafts the notification from the case's panel.
    const analyst = await iops.newPage();
    const a = analyst.page;
    await signIn(a, 'cn.analyst', undefined, `/cases/${identifier}`);
    await a
      .getByRole('region', { name: 'Congressional notification' })
      .getByRole('button', { name: 'Draft a notification for this case' })
      .click();
    await a.waitForURL(/\/notifications\/[0-9a-f-]{36}$/);
    await see(a.getByTestId('notification-status').getByText('draft'));
    const transmittal = (await a.getByTestId('transmittal-number').innerText()).trim();
    expect(transmittal).toMatch(/^\d{2}-\d{2}$/);
    await see(a.getByRole('list', { name: 'Covered cases' }).getByRole('link', { name: identifier }));
    await see(a.getByText('F-35A aircraft and engines').first());

    // Tiered review 80 days ago, formal notice 60 days ago (15-day review: ends 45 days ago).
    const notifiedOn = addDays(today, -60);
    const reviewEnds = addDays(notifiedOn, 15);
    await a.getByRole('button', { name: 'Send for tiered review…' }).click();
    const tiered = a.getByRole('form', { name: 'Send for tiered review' });
    await tiered.getByLabel('Sent for tiered review on').fill(addDays(today, -80));
    await tiered.getByRole('button', { name: 'Send for tiered review' }).click();
    await see(a.getByTestId('notification-status').getByText('in tiered review'));
    await a.getByRole('button', { name: 'Record formal notification…' }).click();
    const formal = a.getByRole('form', { name: 'Record formal notification' });
    await formal.getByLabel('Formally notified on').fill(notifiedOn);
    await formal.getByRole('button', { name: 'Record formal notification' }).click();
    await see(a.getByTestId('notification-status').getByText('formally notified'));
    await expect.poll(() => a.getByTestId('review-ends-on').innerText()).toBe(reviewEnds);

    // Clearing within the review period is refused with the server's reason; the day after it ends, it clears.
    await a.getByRole('button', { name: 'Record review period ended (cleared)…' }).click();
    const clear = a.getByRole('form', { name: 'Record review period ended (cleared)' });
    await clear.getByLabel('Cleared on').fill(reviewEnds);
    await clear.getByRole('button', { name: 'Record review period ended (cleared)' }).click();
    await see(clear.getByRole('alert').getByText(`The formal review period runs to ${reviewEnds}; it can be cleared from the next day`));
    await clear.getByLabel('Cleared on').fill(today);
    await clear.getByRole('button', { name: 'Record review period ended (cleared)' }).click();
    await see(a.getByTestId('notification-status').getByText('cleared'));
    await a.screenshot({ path: screenshotPath('notification-cleared'), fullPage: true });

    // It is in the list, found by its transmittal number.
    await a.getByRole('link', { name: 'Notifications', exact: true }).first().click();
    await a.waitForURL(/\/notifications$/);
    await a.getByLabel('Status').selectOption('cleared');
    await a.getByLabel('Search', { exact: true }).fill(transmittal);
    await see(a.getByRole('row', { name: new RegExp(`^${transmittal} AT cleared$`) }));
    expect(analyst.pageErrors).toEqual([]);

    // Back as the writer: the panel shows the cleared notice, no blocker, and the offer goes through.
    await page.reload();
    await page.getByRole('tab', { name: 'Summary' }).click();
    await see(panel.getByRole('list', { name: 'Covering notifications' }).getByText(transmittal));
    await see(panel.getByRole('list', { name: 'Covering notifications' }).getByText('cleared'));
    expect(await panel.getByTestId('offer-blocker').count()).toBe(0);
    await page.getByRole('button', { name: 'Offer to purchaser…' }).click();
    await page.getByRole('form', { name: 'Offer to purchaser' }).getByRole('button', { name: 'Offer to purchaser' }).click();
    await see(page.getByTestId('case-status').getByText('offered'));
    await page.screenshot({ path: screenshotPath('notification-offered'), fullPage: true });
    expect(writer.pageErrors).toEqual([]);
  });

  it('the what-if form decides from whole dollars and shows field errors beside the fields; the threshold table marks what is unverified', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'writer.australia', undefined, '/notifications/what-if');
    const form = page.getByRole('form', { name: 'What-if' });
    await form.getByLabel('Partner code').fill('AT');
    await form.getByLabel('MDE value (US dollars)').fill('30,000,000');
    await form.getByLabel('Total value (US dollars)').fill('20000000');
    await form.getByRole('button', { name: 'Decide' }).click();
    await see(
      form.locator('.field.has-error', { has: page.getByLabel('Total value (US dollars)') }).getByText(/cannot be less than mdeValue/),
    );

    await form.getByLabel('Total value (US dollars)').fill('40,000,000');
    await form.getByRole('button', { name: 'Decide' }).click();
    const result = page.getByRole('region', { name: 'Determination' });
    await see(result.getByText('Congressional notification required'));
    await see(result.getByRole('listitem', { name: 'Major defense equipment met', exact: true }).getByText('$30,000,000.00'));
    await see(result.getByRole('listitem', { name: 'Defense articles and services not met', exact: true }).getByText('$100,000,000.00'));
    expect(await form.locator('.field.has-error').count()).toBe(0);

    await page.getByRole('link', { name: 'Thresholds' }).click();
    await page.waitForURL(/\/notifications\/thresholds$/);
    const allied = page.getByRole('row', { name: /^AECA_36B_ALLIES from / });
    await see(allied.getByText('$25,000,000.00'));
    await see(allied.getByText('unverified'));
    await see(page.getByRole('table').getByText(/NATO, its members, Japan, Australia.*CRS RL31675/));
    await page.screenshot({ path: screenshotPath('notification-thresholds'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('an analyst drafts a notification from the form, and a stale window gets a version conflict, not an overwrite', async () => {
    const first = await iops.newPage();
    await signIn(first.page, 'cn.analyst', undefined, '/notifications');
    await first.page.getByRole('link', { name: 'New notification' }).click();
    await first.page.waitForURL(/\/notifications\/new$/);
    const form = first.page.getByRole('form', { name: 'New notification' });
    await form.getByLabel('Partner code').fill('AT');
    await form.getByLabel('Cases').fill('AT-Z-ZZZ');
    await form.getByLabel('Description').fill('Standard Missile-6 Block I missiles');
    await form.getByLabel('MDE value').fill('150,000,000');
    await form.getByLabel('Total value').fill('200,000,000');
    await form.getByRole('button', { name: 'Draft notification' }).click();
    await see(form.locator('.field.has-error', { has: first.page.getByLabel('Cases') }).getByText('no case AT-Z-ZZZ within your scope'));
    await form.getByLabel('Cases').fill('');
    await form.getByRole('button', { name: 'Draft notification' }).click();
    await first.page.waitForURL(/\/notifications\/[0-9a-f-]{36}$/);
    await see(first.page.getByTestId('notification-status').getByText('draft'));
    await see(first.page.getByText('$150,000,000.00'));
    await first.page.getByRole('button', { name: 'Edit…' }).click();
    const edit = first.page.getByRole('form', { name: 'Edit notification' });
    await edit.getByLabel('MDE value').fill('160,000,000');
    await edit.getByRole('button', { name: 'Save notification' }).click();
    await see(first.page.getByRole('status').filter({ hasText: 'Saved notification' }));
    await see(first.page.getByText('$160,000,000.00'));
    const url = new URL(first.page.url()).pathname;

    const second = await iops.newPage();
    await signIn(second.page, 'cn.analyst', undefined, url);
    await see(second.page.getByTestId('notification-status').getByText('draft'));

    await first.page.getByRole('button', { name: 'Send for tiered review…' }).click();
    await first.page.getByRole('form', { name: 'Send for tiered review' }).getByRole('button', { name: 'Send for tiered review' }).click();
    await see(first.page.getByTestId('notification-status').getByText('in tiered review'));

    await second.page.getByRole('button', { name: 'Withdraw…' }).click();
    const withdraw = second.page.getByRole('form', { name: 'Withdraw' });
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await withdraw.getByRole('button', { name: 'Confirm: withdraw' }).click();
    const conflict = withdraw
      .getByRole('alert')
      .filter({ hasText: 'This notification was changed by someone else: reload it and try again.' });
    await see(conflict);
    await second.page.screenshot({ path: screenshotPath('notification-conflict') });
    await conflict.getByRole('button', { name: 'Reload the notification' }).click();
    await see(second.page.getByTestId('notification-status').getByText('in tiered review'));

    await second.page.getByRole('link', { name: 'Notifications', exact: true }).first().click();
    await see(second.page.getByRole('row', { name: /AT in tiered review$/ }).first());
    await second.page.screenshot({ path: screenshotPath('notification-list') });
    expect(first.pageErrors).toEqual([]);
    expect(second.pageErrors).toEqual([]);
  });
});
