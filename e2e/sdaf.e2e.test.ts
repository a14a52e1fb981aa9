import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('Special Defense Acquisition Fund', () => {
  it('a procurement delivered into inventory, transferred to an FMS case, and the fund reimbursed', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'programs', undefined, '/sdaf');
    await see(page.getByRole('heading', { name: 'Special Defense Acquisition Fund', level: 1 }));
    await see(page.getByTestId('fund-position').getByText('$900,000,000.00'));
    const reimbursedBefore = await page.getByTestId('reimbursed').textContent();

    // A new procurement: refused without the releasability attestation, recorded with it.
    await page.getByRole('link', { name: 'Procurements' }).click();
    await page.getByRole('button', { name: 'New procurement' }).click();
    const form = page.getByRole('form', { name: 'New procurement' });
    await form.getByLabel('Contract number').fill('E2E-SDAF-1');
    await form.getByLabel('Expected delivery').fill('2030-01-31');
    await form.getByLabel('NSN').fill('1005-01-999-0001');
    await form.getByLabel('Nomenclature').fill('E2E carbine');
    await form.getByLabel('Quantity').fill('10');
    await form.getByLabel('Unit cost').fill('1,000');
    await form.getByRole('button', { name: 'Record procurement' }).click();
    await see(
      form
        .getByRole('alert')
        .getByText(/releasable to foreign countries at contract award/)
        .first(),
    );
    await form.getByLabel('The articles are releasable to foreign countries at contract award').check();
    await form.getByLabel('Attested by').fill('E2E disclosure officer');
    await form.getByLabel('Basis').fill('NDP review');
    await page.screenshot({ path: screenshotPath('sdaf-procurement-form'), fullPage: true });
    await form.getByRole('button', { name: 'Record procurement' }).click();
    await see(page.getByRole('heading', { name: 'Contract E2E-SDAF-1', level: 1 }));

    // The delivery received into inventory, its report to DFAS due in 30 days.
    const receive = page.getByRole('form', { name: 'Receive a delivery' });
    await receive.getByLabel('Quantity received').fill('10');
    await receive.getByLabel('Receiving document').fill('E2E-DD250');
    await receive.getByRole('button', { name: 'Receive' }).click();
    await see(page.getByText('Delivery received into inventory'));
    await see(page.getByRole('table', { name: 'Deliveries' }).getByText('E2E-DD250'));
    await page.getByRole('link', { name: 'Inventory', exact: true }).click();
    const row = page.getByRole('table', { name: 'Inventory' }).getByRole('row', { name: /E2E carbine/ });
    await see(row.getByText('$10,000.00'));

    // Transferred to the FMS case the demo already sold from the fund; the reimbursement shown with its parts.
    const demo = (await page.evaluate(async () => (await fetch('/api/sdaf/transfers')).json())) as { items: { caseIdentifier: string }[] };
    const caseIdentifier = demo.items[0]!.caseIdentifier;
    await page.getByRole('link', { name: 'Transfers' }).click();
    const transfer = page.getByRole('form', { name: 'Transfer to a case' });
    await transfer.getByLabel('Item on hand').selectOption({ label: '' + (await itemLabel()) });
    await transfer.getByLabel('FMS case').fill(caseIdentifier);
    await transfer.getByLabel('Quantity').fill('4');
    await transfer.getByLabel('Transfer document').fill('E2E-DD1149');
    await transfer.getByRole('button', { name: 'Transfer and reimburse' }).click();
    // 4 × $1,000 + the demo's 1.5% surcharge ($60) + no storage: $4,060.
    await see(page.getByTestId('reimbursement').getByText('$4,060.00'));
    await see(page.getByRole('table', { name: 'Transfers' }).getByText('4 × E2E carbine'));
    await page.screenshot({ path: screenshotPath('sdaf-transfer'), fullPage: true });

    // The fund is reimbursed: the ledger-derived figure rose by exactly that.
    await page.getByRole('link', { name: 'Fund', exact: true }).click();
    const cents = (text: string | null) => Math.round(Number((text ?? '').replace(/[$,]/g, '')) * 100);
    await expect.poll(async () => cents(await page.getByTestId('reimbursed').textContent())).toBe(cents(reimbursedBefore) + 4_060_00);
    await see(page.getByRole('table', { name: 'Fund ledger' }).getByText('E2E-DD1149').first());
    await page.screenshot({ path: screenshotPath('sdaf-fund'), fullPage: true });

    // The annual physical inventory: one carbine short of the six on record is a discrepancy.
    await page.getByRole('link', { name: 'Inventory', exact: true }).click();
    const count = page.getByRole('form', { name: 'Record the physical inventory' });
    await count.getByLabel(/^Counted: E2E carbine/).fill('5');
    await count.getByRole('button', { name: 'Record the count' }).click();
    await see(page.getByRole('list', { name: 'Physical inventories' }).getByText('E2E carbine: 5 counted, 6 on record (-1)'));
    expect(pageErrors).toEqual([]);

    async function itemLabel() {
      // The list of stock loads after the form shows: wait for the item before reading the labels.
      await transfer
        .getByLabel('Item on hand')
        .locator('option', { hasText: /^E2E carbine/ })
        .waitFor({ state: 'attached' });
      const options = await transfer.getByLabel('Item on hand').locator('option').allTextContents();
      return options.find((o) => o.startsWith('E2E carbine'))!;
    }
  }, 120_000);

  it('a partner’s user sees only the transfers to its cases', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'cpd.europe', undefined, '/sdaf');
    await see(page.getByRole('heading', { name: 'SDAF transfers', level: 1 }));
    expect(await page.getByRole('link', { name: 'Procurements' }).count()).toBe(0);
    const procurements = await page.evaluate(async () => (await fetch('/api/sdaf/procurements')).status);
    expect(procurements).toBe(403);
    expect(pageErrors).toEqual([]);
  }, 60_000);
  it('asks before a half-written procurement is left, and confirms closing one short', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'programs', undefined, '/sdaf/procurements');
    await page.getByRole('button', { name: 'New procurement' }).click();
    const form = page.getByRole('form', { name: 'New procurement' });
    await form.getByLabel('Contract number').fill('E2E-SDAF-UNSAVED');
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/sdaf/procurements');
    expect(await form.getByLabel('Contract number').inputValue()).toBe('E2E-SDAF-UNSAVED');
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);

    // Part delivered: closing short asks why, then for confirmation; "Not now" sends nothing.
    const created = await apiCall(page, 'POST', '/sdaf/procurements', {
      contractNumber: 'E2E-SDAF-SHORT',
      awardedOn: '2026-01-05',
      expectedDeliveryOn: '2030-01-31',
      items: [{ nsn: '1005-01-999-0002', nomenclature: 'E2E rifle', quantity: 10, unitCostCents: 100_000, mde: false }],
      releasability: { releasable: true, attestedBy: 'E2E officer', attestedOn: '2026-01-05', basis: 'NDP review' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const procurement = created.body as { id: string; version: number; items: { id: string }[] };
    const received = await apiCall(page, 'POST', `/sdaf/procurements/${procurement.id}/receipts`, {
      version: procurement.version,
      itemId: procurement.items[0]!.id,
      quantity: 4,
      receivedOn: '2026-02-01',
      documentReference: 'E2E-DD250-PART',
    });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    await page.goto(`/sdaf/procurements/${procurement.id}`);
    await page.getByRole('button', { name: 'Close short…' }).click();
    const close = page.getByRole('form', { name: 'Close short' });
    await close.getByLabel('Reason').fill('E2E: the contractor cannot deliver the rest');
    await close.getByRole('button', { name: 'Close short' }).click();
    await see(close.getByRole('button', { name: 'Confirm: close short' }));
    await close.getByRole('button', { name: 'Not now' }).click();
    const after = (await apiCall(page, 'GET', `/sdaf/procurements/${procurement.id}`)).body as { state: string };
    expect(after.state).toBe('open');
    expect(pageErrors).toEqual([]);
  });
});
