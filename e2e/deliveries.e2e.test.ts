import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Iops, see, signIn, startIops } from './harness.ts';

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

/** A GET through the signed-in page's session. */
const getJson = <T>(page: Page, url: string) =>
  page.evaluate(async (u) => {
    const res = await fetch(u);
    if (!res.ok) throw new Error(`${u}: ${res.status}`);
    return res.json();
  }, url) as Promise<T>;

async function recordDate(page: Page, milestone: string, date: string, cause?: { reason: string; note: string }) {
  const form = page.getByRole('form', { name: 'Record a milestone' });
  await form.getByLabel('Milestone').selectOption({ label: milestone });
  await form.getByLabel('Date is').selectOption('actual');
  await form.getByLabel('Date', { exact: true }).fill(date);
  if (cause) {
    await form.getByLabel('Cause of the delay').selectOption({ label: cause.reason });
    await form.getByLabel('Note').fill(cause.note);
  }
  await form.getByRole('button', { name: 'Record date' }).click();
  await see(page.getByRole('status').getByText(`${milestone}: actual date ${date} recorded`));
}

describe('deliveries', () => {
  it('a shipment for an EEUM line → a slipped date with its cause → received → accepted → the items in end-use monitoring', async () => {
    const today = todayIso();
    // The administrator looks up a demo case whose articles ship (an implemented case with an EEUM line) and its partner's
    // certified EUM depot: what the program manager is told by the case manager and the EUM office.
    const admin = (await iops.newPage()).page;
    await signIn(admin, 'admin', undefined, '/deliveries');
    const list = await getJson<{ items: { id: string; caseIdentifier: string; partnerCode: string }[] }>(
      admin,
      '/api/deliveries/shipments?stage=received',
    );
    const demo = list.items[0]!;
    const detail = await getJson<{ lines: { lineNumber: string; eeum: boolean; itemTypeCode: string | null }[] }>(
      admin,
      `/api/deliveries/shipments/${demo.id}`,
    );
    const eeum = detail.lines.find((l) => l.eeum)!;
    const sites = await getJson<{ id: string; code: string }[]>(admin, `/api/eum/sites?partner=${demo.partnerCode}`);
    const depot = sites.find((s) => s.code === 'DEPOT-1')!;
    const serial = `E2E-${eeum.itemTypeCode}-0001`;

    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'bpc.pm', undefined, '/deliveries');
    await see(page.getByRole('heading', { name: 'Shipments' }));
    await expectAccessible(page, 'the shipment list');

    await page.getByRole('link', { name: 'New shipment' }).click();
    const form = page.getByRole('form', { name: 'New shipment' });
    await see(form);
    await expectAccessible(page, 'the new shipment form');
    await form.getByLabel('Case').fill(demo.caseIdentifier);
    await form.getByLabel('Origin').fill('Defense Distribution Depot Susquehanna, PA');
    await form.getByLabel('Port of embarkation').fill('Dover AFB');
    await form.getByLabel('Port of debarkation').fill('Main port of entry');
    await form.getByLabel('Carrier').fill('AMC channel');
    await form.getByLabel('Ready to ship (planned)').fill(addDays(today, -20));
    await form.getByLabel('Shipped (planned)').fill(addDays(today, -18));
    await form.getByLabel('In transit (planned)').fill(addDays(today, -17));
    await form.getByLabel('Arrived (planned)').fill(addDays(today, -12));
    await form.getByLabel('Delivered (planned)').fill(addDays(today, -10));
    await form.getByLabel('LOA line number 1').fill(eeum.lineNumber);
    await form.getByLabel('Quantity 1').fill('1');
    await form.getByLabel('EUM item type 1').fill(eeum.itemTypeCode ?? '');
    await form.getByLabel('Serial numbers 1').fill(serial);
    await form.getByRole('button', { name: 'Plan shipment' }).click();
    await page.waitForURL(/\/deliveries\/shipments\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: /^Shipment SHP-\d{6}$/ }));
    await expectAccessible(page, 'the shipment page');

    await recordDate(page, 'Ready to ship', addDays(today, -20));
    await recordDate(page, 'Shipped', addDays(today, -18));
    await recordDate(page, 'In transit', addDays(today, -17));
    await recordDate(page, 'Arrived', addDays(today, -12));
    // Delivered five days after the plan: refused without a cause, then recorded with it.
    const milestoneForm = page.getByRole('form', { name: 'Record a milestone' });
    await milestoneForm.getByLabel('Milestone').selectOption({ label: 'Delivered' });
    await milestoneForm.getByLabel('Date', { exact: true }).fill(addDays(today, -5));
    await milestoneForm.getByRole('button', { name: 'Record date' }).click();
    await see(milestoneForm.getByText('the reason code for the later date'));
    await recordDate(page, 'Delivered', addDays(today, -5), {
      reason: 'Customs clearance at the port of debarkation',
      note: 'E2E: held at customs',
    });
    await see(page.getByRole('table', { name: 'Slips' }).getByText('E2E: held at customs'));
    await see(page.getByTestId('stage').getByText('Delivered'));

    const receipt = page.getByRole('form', { name: 'Record the receipt' });
    await receipt.getByLabel('Received on').fill(addDays(today, -3));
    await receipt.getByLabel('Receipt document').fill('DD 1348-1A E2E');
    await receipt.getByRole('button', { name: 'Record receipt' }).click();
    await see(page.getByRole('status').getByText(`Receipt recorded on ${addDays(today, -3)}`));
    await see(page.getByTestId('stage').getByText('Received'));

    const acceptance = page.getByRole('form', { name: 'Record the acceptance' });
    await acceptance.getByLabel('Accepted on').fill(addDays(today, -2));
    await acceptance.getByLabel('Acceptance document').fill('Acceptance E2E');
    await acceptance.getByLabel('EUM storage site').selectOption(depot.id);
    await acceptance.getByRole('button', { name: 'Record acceptance' }).click();
    await see(page.getByRole('status').getByText(/the EEUM items are in end-use monitoring/));
    await see(page.getByTestId('stage').getByText('Accepted'));

    await page.goto('/deliveries/dashboard');
    await see(page.getByRole('heading', { name: 'Delivery dashboard' }));
    await see(page.getByRole('heading', { name: /^Timeliness by quarter/ }));
    await expectAccessible(page, 'the delivery dashboard');
    expect(pageErrors).toEqual([]);

    // The accepted serial number is an end-use monitored item, its first inventory due 90 days after receipt.
    await admin.goto(`/eum/items?q=${serial}`);
    await see(admin.getByText(serial));
    const items = await getJson<{ items: { serialNumber: string; inventoryDueOn: string | null }[] }>(admin, `/api/eum/items?q=${serial}`);
    expect(items.items).toEqual([expect.objectContaining({ serialNumber: serial, inventoryDueOn: addDays(addDays(today, -3), 90) })]);
  }, 180_000);
});
