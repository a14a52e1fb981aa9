import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type Iops, see, signIn, startIops } from './harness.ts';

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

async function fill(page: Page, formName: string, values: Record<string, string>, selects: Record<string, string> = {}, submit?: string) {
  const form = page.getByRole('form', { name: formName });
  for (const [name, value] of Object.entries(selects)) await form.getByLabel(name, { exact: true }).selectOption({ label: value });
  for (const [name, value] of Object.entries(values)) await form.getByLabel(name, { exact: true }).fill(value);
  if (submit) await form.getByRole('button', { name: submit }).click();
  return form;
}

describe('special programs', () => {
  it('DCC request → documents → approval → disbursement', async () => {
    const today = todayIso();
    const { page } = await iops.newPage();
    await signIn(page, 'cpd.europe', undefined, '/special-programs/dcc');
    const fiscalYear = Number(today.slice(0, 4)) + (today.slice(5) >= '10-01' ? 1 : 0);
    const fund = await apiCall(page, 'POST', '/appropriations', {
      programCode: 'FMF-DCC',
      partnerCode: 'PL',
      fiscalYear,
      name: `E2E FMF/DCC FY${fiscalYear} PL`,
      amountCents: 50_000_000_00,
      availableUntil: addDays(today, 700),
    });
    expect(fund.status).toBe(201);
    await fill(
      page,
      'New DCC request',
      {
        'Partner code': 'PL',
        'Prime contractor': 'E2E Aerostructures Inc.',
        'Contract number': 'E2E-DCC-1',
        'Contract value (US$)': '10,000,000',
        'Non-U.S. content (US$)': '1,000,000',
        'Award date': addDays(today, -100),
        'Articles and services': 'Helicopter spares and training',
      },
      {},
      'Create request',
    );
    await see(page.getByRole('heading', { name: /DCC request PL-DCC-/ }));
    await see(page.getByText('$9,000,000.00'));
    await see(page.getByText('Missing: First-tier subcontractors’ U.S. content certifications'));
    for (const kind of [
      'Prime contractor’s Certification and Agreement with DSCA',
      'First-tier subcontractors’ U.S. content certifications',
      'Subcontractor list',
      'Commissions and fees disclosure',
      'DDTC export licence reference',
    ]) {
      await fill(
        page,
        'Put a document on file',
        { 'Reference or file name': `E2E ${kind}`, 'Received on': today },
        { Document: kind },
        'Add document',
      );
      await see(page.getByText(`On file: ${kind}`));
    }
    await page.getByRole('button', { name: 'Submit to DSCA for review…' }).click();
    await fill(page, 'Submit to DSCA for review', {}, {}, 'Submit to DSCA for review');
    await see(page.getByRole('heading', { name: /With DSCA for review/ }));
    const checklist = page.getByRole('list', { name: 'Review checklist' }).getByRole('checkbox');
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => checklist.nth(i).isEnabled()).toBe(true);
      await checklist.nth(i).click(); // a controlled box: it shows ticked once the server has recorded it
      await expect.poll(() => checklist.nth(i).isChecked()).toBe(true);
      await expect.poll(() => checklist.nth(i).isEnabled()).toBe(true);
    }
    await page.getByRole('button', { name: 'Approve financing…' }).click();
    await fill(page, 'Approve financing', { 'Reason (optional)': 'U.S. content verified' }, {}, 'Approve financing');
    await see(page.getByRole('heading', { name: /Financing approved/ }));
    // Too late a request is refused with the last day named; a timely one is obligated from the partner's FMF.
    const advance = await fill(page, 'Request an advance', {
      'Amount (US$)': '2,000,000',
      'Request sent to DFAS on': today,
      'Disbursement date': addDays(today, 3),
    });
    await advance.getByLabel('U.S.-flag shipping requirements are met (attestation)').check();
    await advance.getByRole('button', { name: 'Request advance' }).click();
    await see(page.getByText(/request by \d{4}-\d{2}-\d{2} for this date/));
    await advance.getByLabel('Disbursement date', { exact: true }).fill(addDays(today, 40));
    await advance.getByRole('button', { name: 'Request advance' }).click();
    await see(page.getByRole('cell', { name: '$2,000,000.00' }));
    await see(page.getByText(/E2E FMF\/DCC FY\d+ PL: \$2,000,000\.00|FY\d+ PL: \$2,000,000\.00/).first());
  });

  it('drawdown → assessments → execute order → revaluation → delivered', async () => {
    const today = todayIso();
    const { page } = await iops.newPage();
    await signIn(page, 'cpd.europe', undefined, '/special-programs/drawdowns');
    await fill(
      page,
      'New drawdown',
      { 'Partner code': 'PL', Title: 'E2E national-interest drawdown' },
      { Authority: 'FAA 506(a)(2): national-interest purposes' },
      'Create drawdown',
    );
    await see(page.getByRole('heading', { name: /Drawdown PL-PDA-/ }));
    await fill(
      page,
      'Put a document on file',
      { Reference: 'E2E-JP', Dated: addDays(today, -10) },
      { Document: 'Justification package' },
      'Add document',
    );
    await see(page.getByText('Justification package: E2E-JP'));
    await fill(
      page,
      'Record the Presidential Determination',
      { 'Determination number': 'PD E2E-1', 'Determination date': addDays(today, -5), 'Ceiling (US$)': '20,000,000' },
      {},
      'Record determination',
    );
    await see(page.getByRole('heading', { name: /Determined by the President/ }));
    await fill(
      page,
      'Add an execute-order line',
      { Articles: 'Howitzers', Quantity: '4', 'Net book value (US$)': '6,000,000', 'Replacement cost (US$)': '12,000,000' },
      { 'Military department': 'Department of the Army', 'Valuation method': 'Replacement cost' },
      'Add line',
    );
    await see(page.getByRole('cell', { name: '4 × Howitzers' }));
    await fill(page, 'Execute', {}, {}, 'Execute the drawdown');
    await see(page.getByText(/Readiness impact assessment.*waiver/).first());
    await fill(
      page,
      'Put a document on file',
      { Reference: 'E2E-RA', Dated: today },
      { Document: 'Readiness impact assessment' },
      'Add document',
    );
    await see(page.getByText('Readiness impact assessment (DSCA 21-04): E2E-RA'));
    await fill(
      page,
      'Put a document on file',
      { Reference: 'E2E-BA', Dated: today },
      { Document: 'Budget impact assessment' },
      'Add document',
    );
    await see(page.getByText('Budget impact assessment (DSCA 21-04): E2E-BA'));
    await fill(page, 'Execute', {}, {}, 'Execute the drawdown');
    await see(page.getByRole('heading', { name: /Executing/ }));
    await fill(
      page,
      'Revalue a line',
      {
        'Net book value (US$)': '6,000,000',
        'Replacement cost (US$)': '12,000,000',
        Reason: 'Net book value, as DoD IG found',
        'Memo reference': 'E2E-MEMO',
        Date: today,
      },
      { 'Valuation method': 'Net book value' },
      'Revalue',
    );
    await see(page.getByText(/Line 1: Replacement cost \$12,000,000\.00 → Net book value \$6,000,000\.00/));
    const report = page.getByRole('definition').filter({ hasText: '$12,000,000.00' });
    await see(report.first());
    await fill(
      page,
      'Record delivery and title transfer',
      { 'Delivered on': today, 'Delivery and title-transfer document': 'DD1149-E2E' },
      {},
      'Record delivery',
    );
    await see(page.getByRole('heading', { name: /Delivered, title transferred/ }));
  });
});
