import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('excess defense articles', () => {
  it('declaration → request → interagency review → DSCA authorization → the LOA offered', async () => {
    const today = isoDate(new Date());
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'programs', undefined, '/eda/declarations');
    await see(page.getByRole('heading', { name: 'Excess declarations', level: 1 }));

    // The military department's declaration.
    await page.getByRole('link', { name: 'New declaration' }).click();
    const form = page.getByRole('form', { name: 'Excess declaration' });
    await form.getByLabel('NSN').fill('2320-01-107-7155');
    await form.getByLabel('MASL number').fill('E2E2320107');
    await form.getByLabel('Nomenclature').fill('Truck, utility, M998 (e2e)');
    await form.getByLabel('Quantity').fill('10');
    await form.getByLabel('Condition code').selectOption('B');
    await form.getByLabel('Unit original acquisition value').fill('60,000');
    await form.getByLabel('Location').fill('Sierra Army Depot, CA');
    await form.getByRole('button', { name: 'Record declaration' }).click();
    await see(page.getByRole('heading', { name: /EDA-D-\d{4}-\d{3}: Truck, utility, M998 \(e2e\)/ }));

    // The partner's request: a grant, PCH&T paid by the recipient.
    const request = page.getByRole('form', { name: 'New request' });
    await request.getByLabel('Recipient').fill('PL');
    await request.getByLabel('Quantity').fill('4');
    await request.getByLabel('Implementing agency').fill('B');
    await request.getByRole('button', { name: 'Record request' }).click();
    await see(page.getByTestId('request-status').getByText('Draft'));
    const requestUrl = page.url();

    // The analyst's value: 4.99% is refused naming the range; 10% with the reason is kept.
    const value = page.getByRole('form', { name: 'Current value' });
    await value.getByLabel('Current value, % of acquisition value').fill('4.99');
    await value.getByLabel('Why this share').fill('Twenty years old, condition B');
    await value.getByRole('button', { name: 'Set value' }).click();
    await see(value.getByText(/between 5% and 50%/));
    await value.getByLabel('Current value, % of acquisition value').fill('10');
    await value.getByRole('button', { name: 'Set value' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Current value set: 10%' }));

    // CCMD proposal, IA allocation memo, then the interagency review.
    await page.getByRole('button', { name: 'Record CCMD proposal…' }).click();
    await page.getByLabel('Combatant command proposal').fill('EUCOM proposes Poland');
    await page.getByRole('form', { name: 'Record CCMD proposal' }).getByRole('button', { name: 'Record CCMD proposal' }).click();
    await see(page.getByTestId('request-status').getByText('Proposed by the CCMD'));
    await page.getByRole('button', { name: 'Record allocation memo…' }).click();
    const memo = page.getByRole('form', { name: 'Record allocation memo' });
    await memo.getByLabel('No known U.S. industry initiative to sell these articles').check();
    await memo.getByLabel('No adverse impact on U.S. readiness').check();
    await memo.getByLabel('MTCR check made').check();
    await memo.getByRole('button', { name: 'Record allocation memo' }).click();
    await see(page.getByTestId('request-status').getByText('Allocated by the IA'));
    await page.getByRole('button', { name: 'Submit for interagency review…' }).click();
    await page
      .getByRole('form', { name: 'Submit for interagency review' })
      .getByRole('button', { name: 'Submit for interagency review' })
      .click();
    await see(page.getByTestId('request-status').getByText('In interagency review'));

    // Every office concurs; the Committee approves; DSCA authorises.
    for (const office of ['Department of Commerce', 'DoD policy (OUSD(P))', 'Department of State, PM/RSAT', 'The implementing agency']) {
      await page
        .getByRole('row', { name: new RegExp(office.replace(/[()]/g, '\\$&')) })
        .getByRole('button', { name: 'Concur' })
        .click();
      await see(page.getByRole('status').filter({ hasText: `${office}: concurs` }));
    }
    await page.getByRole('button', { name: 'Committee approves…' }).click();
    await page.getByRole('form', { name: 'Committee approves' }).getByRole('button', { name: 'Committee approves' }).click();
    await see(page.getByTestId('request-status').getByText('Approved by the Committee'));

    // The LOA the articles go on: made and approved by the administrator; its offer waits for DSCA's authorization.
    const admin = await iops.newPage();
    await signIn(admin.page, 'admin');
    const created = await apiCall(admin.page, 'POST', '/cases', {
      partnerCode: 'PL',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'EDA trucks (e2e)',
    });
    expect(created.status).toBe(201);
    const identifier = (created.body as { case: { identifier: string } }).case.identifier;
    const content = (revision: number, paymentCents: number | null) => ({
      revision,
      accessorialCents: 2_400_00,
      lines: [
        {
          lineNumber: '001',
          description: 'Truck, utility, M998 (EDA grant, as is, where is)',
          maslGenericCode: 'A1A',
          maslNumber: 'E2E2320107',
          quantity: 4,
          unitOfIssue: 'EA',
          unitCostCents: 6_000_00,
          sourceOfSupply: 'E',
          deliveryPeriod: '6 months',
        },
      ],
      notes: [
        { code: 'GEN', title: 'General', text: 'Excess defense articles, as is, where is.' },
        { code: 'ACCESSORIAL', title: 'Accessorial Charges', text: 'Packing, crating, handling and transportation paid by the purchaser.' },
      ],
      paymentSchedule: paymentCents === null ? [] : [{ dueDate: today, amountCents: paymentCents }],
    });
    const first = await apiCall(admin.page, 'PUT', `/cases/${identifier}/versions/0`, content(1, null));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const { totalCents, revision } = (first.body as { version: { totalCents: number; revision: number } }).version;
    const saved = await apiCall(admin.page, 'PUT', `/cases/${identifier}/versions/0`, content(revision, totalCents));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    let caseVersion = 1;
    const move = async (action: string) => {
      const page = await apiCall(admin.page, 'POST', `/cases/${identifier}/transitions`, { action, version: caseVersion, date: today });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      caseVersion = (page.body as { case: { version: number } }).case.version;
    };
    const current = await apiCall(admin.page, 'GET', `/cases/${identifier}`);
    caseVersion = (current.body as { case: { version: number } }).case.version;
    await move('submit_for_review');
    await move('approve');
    const milap = await apiCall(admin.page, 'PUT', `/cases/${identifier}/milestones`, {
      milestone: 'milap',
      onDate: today,
      version: caseVersion,
    });
    expect(milap.status, JSON.stringify(milap.body)).toBe(200);
    caseVersion = (milap.body as { case: { version: number } }).case.version;

    await page.goto(requestUrl);
    const link = page.getByRole('form', { name: 'Link case' });
    await link.getByLabel('Case identifier').fill(identifier);
    await link.getByRole('button', { name: 'Link case' }).click();
    await see(page.getByRole('status').filter({ hasText: `Linked to ${identifier}` }));
    const early = await apiCall(admin.page, 'POST', `/cases/${identifier}/transitions`, {
      action: 'offer',
      version: caseVersion,
      date: today,
    });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toMatch(/not authorised by DSCA yet/);

    await page.getByRole('button', { name: 'DSCA authorises…' }).click();
    await page.getByRole('form', { name: 'DSCA authorises' }).getByRole('button', { name: 'DSCA authorises' }).click();
    await see(page.getByTestId('request-status').getByText('Authorised by DSCA'));
    await see(page.getByTestId('authorization').getByText(/4 authorised on/));
    await page.screenshot({ path: screenshotPath('eda-request-authorised'), fullPage: true });

    // Now the LOA may be offered, from the case page.
    await admin.page.goto(`/cases/${identifier}`);
    await admin.page.getByRole('button', { name: 'Offer to purchaser…' }).click();
    await admin.page.getByRole('form', { name: 'Offer to purchaser' }).getByRole('button', { name: 'Offer to purchaser' }).click();
    await see(admin.page.getByTestId('case-status').getByText('offered'));

    // The ceiling page: the year's $425M and what the grants (this one's $24,000 among them) have used.
    await page.goto('/eda/ceiling');
    await see(page.getByRole('heading', { name: 'Annual grant ceiling' }));
    await see(page.getByText('$425,000,000.00').first());
    expect(pageErrors).toEqual([]);
    expect(admin.pageErrors).toEqual([]);
  });

  it('asks before leaving a half-written declaration or value; withdrawing asks for the reason and a confirmation', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'programs', undefined, '/eda/declarations/new');
    const form = page.getByRole('form', { name: 'Excess declaration' });
    await form.getByLabel('Nomenclature').fill('Half-written declaration');

    // A link away asks first; staying keeps the text; leaving discards.
    const nav = page.getByRole('navigation', { name: 'Areas' });
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/eda/declarations/new');
    expect(await form.getByLabel('Nomenclature').inputValue()).toBe('Half-written declaration');
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);

    const declared = await apiCall(page, 'POST', '/eda/declarations', {
      militaryDepartment: 'army',
      nsn: '2320-01-107-7156',
      maslNumber: 'E2EWITHDRAW',
      nomenclature: 'Trailer, cargo (e2e withdraw)',
      quantity: 2,
      conditionCode: 'B',
      unitAcquisitionValueCents: 1_000_000,
      location: 'Sierra Army Depot, CA',
      availableOn: isoDate(new Date()),
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const requested = await apiCall(page, 'POST', '/eda/requests', {
      partnerCode: 'PL',
      declarationId: (declared.body as { id: string }).id,
      authority: 'grant_516',
      quantity: 1,
      pchtPaidBy: 'recipient',
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    await page.goto(`/eda/requests/${(requested.body as { id: string }).id}`);

    // One of the page's editors holds typed text: the page asks.
    await page.getByRole('form', { name: 'Current value' }).getByLabel('Why this share').fill('Half-written reason');
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(await page.getByLabel('Why this share').inputValue()).toBe('Half-written reason');

    // Withdrawing: the reason, then "are you sure", then done.
    await page.getByRole('button', { name: 'Withdraw…' }).click();
    const withdraw = page.getByRole('form', { name: 'Withdraw' });
    await withdraw.getByLabel('Reason').fill('E2E: the partner no longer needs them');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await see(withdraw.getByText(/this cannot be undone/));
    await withdraw.getByRole('button', { name: 'Confirm: withdraw' }).click();
    await see(page.getByTestId('request-status').getByText('Withdrawn'));
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
