import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Iops, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A call to the API from the signed-in page (its session cookie and CSRF token), for setting up what the test needs. */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const res = await fetch(`/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text);
    },
    { method, path, body },
  ) as Promise<T>;
}

/** A case for Australia whose LOA (two small lines, the second as given) is approved by CWD: ready to offer but for the gates. */
async function approvedCase(page: Page, second: Record<string, unknown>, title: string): Promise<string> {
  const today = todayIso();
  const created = await callApi<{ case: { identifier: string; version: number } }>(page, 'POST', '/cases', {
    partnerCode: 'AT',
    agencyCode: 'B',
    type: 'defined_order',
    title,
  });
  const identifier = created.case.identifier;
  const line = (lineNumber: string, extra: Record<string, unknown> = {}) => ({
    lineNumber,
    description: 'Night vision device',
    maslGenericCode: 'N8A',
    maslNumber: '5855015223118',
    quantity: 10,
    unitCostCents: 5_000_00,
    sme: true,
    sourceOfSupply: 'P',
    deliveryPeriod: '12 months',
    programOfRecord: true,
    ...extra,
  });
  await callApi(page, 'PUT', `/cases/${identifier}/versions/0`, {
    revision: 1,
    lines: [line('001'), line('002', second)],
    notes: [],
    // 20 × $5,000 = $100,000; 3.2% = $3,200.
    paymentSchedule: [{ dueDate: addDays(today, 200), amountCents: 103_200_00 }],
  });
  return identifier;
}

async function caseMove(page: Page, identifier: string, label: string, extra: Record<string, string> = {}) {
  await page.goto(`/cases/${identifier}`);
  await page.getByRole('button', { name: `${label}…` }).click();
  const form = page.getByRole('form', { name: label });
  for (const [field, value] of Object.entries(extra)) await form.getByLabel(field).fill(value);
  await form.getByRole('button', { name: label, exact: true }).click();
  return form;
}

describe('weapons: NPOR and TSFD', () => {
  it('NPOR request → determination → the case with an NPOR line can be offered', async () => {
    const today = todayIso();
    const { page: admin } = await iops.newPage();
    await signIn(admin, 'admin');
    const identifier = await approvedCase(admin, { programOfRecord: false }, 'E2E NPOR night vision');
    const reviewer = (await iops.newPage()).page;
    await signIn(reviewer, 'reviewer');
    await caseMove(admin, identifier, 'Submit for CWD review');
    await see(admin.getByText('In review').or(admin.getByText('in review')));
    await caseMove(reviewer, identifier, 'Approve');
    await see(reviewer.getByText(/approved/i));

    // Offered too early: the NPOR gate names the line.
    const offer = await caseMove(admin, identifier, 'Offer to purchaser', { 'Offer expiration date (optional)': addDays(today, 85) });
    await see(offer.getByText(/NPOR line 002 lacks an actionable determination/));

    // The weapons analyst records the NPOR request for the case and determines it actionable.
    const { page: weapons } = await iops.newPage();
    await signIn(weapons, 'weapons', undefined, '/weapons/npor');
    await see(weapons.getByRole('heading', { name: 'NPOR requests' }));
    await expectAccessible(weapons, 'NPOR request list');
    await weapons.getByRole('button', { name: 'New NPOR request' }).click();
    const form = weapons.getByRole('form', { name: 'New NPOR request' });
    await form.getByLabel('Partner (customer code)').fill('AT');
    await form.getByLabel('Item requested').fill('E2E commercial night vision');
    await form.getByLabel('Case (identifier), if any').fill(identifier);
    await form.getByRole('button', { name: 'Record the request' }).click();
    await weapons.waitForURL(/\/weapons\/npor\/[0-9a-f-]{36}$/);
    await see(weapons.getByText(identifier));
    await weapons.getByRole('button', { name: 'Record the Community of Interest review…' }).click();
    const coi = weapons.getByRole('form', { name: 'Record the Community of Interest review' });
    await coi.getByLabel('Reason').fill('COI met');
    await coi.getByLabel('Community of Interest recommendation').fill('Proceed through the Army');
    await coi.getByRole('button', { name: 'Record the Community of Interest review' }).click();
    await see(weapons.getByText(/The request is now reviewed by the community of interest/));
    await weapons.getByRole('button', { name: 'Determine actionable…' }).click();
    const determine = weapons.getByRole('form', { name: 'Determine actionable' });
    await determine.getByLabel('Reason').fill('A U.S. source can support it');
    await determine.getByRole('button', { name: 'Determine actionable' }).click();
    await see(weapons.getByText(/The request is now determined actionable/));
    await expectAccessible(weapons, 'NPOR request page');

    // Now the LOA can be offered.
    await caseMove(admin, identifier, 'Offer to purchaser', { 'Offer expiration date (optional)': addDays(today, 85) });
    await see(admin.getByText(/offered/i));
    const page = await callApi<{ case: { status: string } }>(admin, 'GET', `/cases/${identifier}`);
    expect(page.case.status).toBe('offered');
  });

  it('TSFD request → determinations → the gate lifts; a user without the marking sees nothing of it', async () => {
    const { page: admin } = await iops.newPage();
    await signIn(admin, 'admin');
    const identifier = await approvedCase(admin, {}, 'E2E TSFD night vision');

    // The weapons analyst records the Pre-LOR Assessment Request for the case.
    const { page: weapons } = await iops.newPage();
    await signIn(weapons, 'weapons', undefined, '/weapons/tsfd');
    await see(weapons.getByRole('heading', { name: 'Technology security and foreign disclosure' }));
    await see(weapons.getByRole('list', { name: 'Anticipatory policies' }).getByText(/Night vision devices for NATO members/));
    await expectAccessible(weapons, 'TSFD request list');
    await weapons.getByRole('button', { name: 'New Pre-LOR Assessment Request' }).click();
    const form = weapons.getByRole('form', { name: 'New Pre-LOR Assessment Request' });
    await form.getByLabel('Partner (customer code)').fill('AT');
    await form.getByLabel('System').selectOption({ label: 'AN/PVS-31A binocular night vision device' });
    await form.getByLabel('Title').fill('E2E Zqe2etsfd release');
    await form.getByLabel('Case (identifier), if any').fill(identifier);
    await form.getByRole('button', { name: 'Record the request' }).click();
    await weapons.waitForURL(/\/weapons\/tsfd\/[0-9a-f-]{36}$/);
    const tsfdUrl = new URL(weapons.url()).pathname;

    // The case cannot leave LOA development while the review is open; the message names nothing of the request.
    const held = await caseMove(admin, identifier, 'Submit for CWD review');
    await see(held.getByText(/required TSFD review is not yet approved/));

    // Two reviewing bodies; one approves, one approves with conditions.
    for (const body of ['Night vision review', 'National disclosure policy']) {
      const refer = weapons.getByRole('form', { name: 'Refer to a reviewing body' });
      await refer.getByLabel('Reviewing body or process').fill(body);
      await refer.getByRole('button', { name: 'Refer' }).click();
      await see(weapons.getByRole('cell', { name: body }));
    }
    const nv = weapons.getByRole('form', { name: 'Determination of Night vision review' });
    await nv.getByRole('button', { name: 'Record' }).click();
    await see(weapons.getByRole('cell', { name: 'Approved', exact: true }));
    const ndp = weapons.getByRole('form', { name: 'Determination of National disclosure policy' });
    await ndp.getByLabel('National disclosure policy determination').selectOption('approved_with_conditions');
    await ndp.getByLabel('National disclosure policy conditions').fill('Export configuration only');
    await ndp.getByRole('button', { name: 'Record' }).click();
    await see(weapons.getByText('Approved with conditions').first());
    await see(weapons.getByText(/Conditions the LOA carries/));
    await expectAccessible(weapons, 'TSFD request page');

    // The gate lifts: the conditions are in the LOA's TSFD note and the case goes to review.
    await caseMove(admin, identifier, 'Submit for CWD review');
    const status = await callApi<{ case: { status: string } }>(admin, 'GET', `/cases/${identifier}`);
    expect(status.case.status).toBe('in_review');
    const version = await callApi<{ notes: { code: string; text: string }[] }>(admin, 'GET', `/cases/${identifier}/versions/0`);
    expect(version.notes.find((n) => n.code === 'TSFD')?.text).toContain('National disclosure policy: Export configuration only');

    // A portfolio director without TSFD need-to-know sees nothing of it: not in the list, not by its address.
    const { page: director } = await iops.newPage();
    await signIn(director, 'cpd.europe', undefined, '/weapons/tsfd');
    await see(director.getByText('No TSFD request you may see matches these filters.'));
    await see(director.getByText('No anticipatory policy you may see.'));
    expect(await director.getByText('Zqe2etsfd').count()).toBe(0);
    await director.goto(tsfdUrl);
    await see(director.getByText(/not available/i));
    expect(await director.getByText('Zqe2etsfd').count()).toBe(0);
    const list = await callApi<{ total: number }>(director, 'GET', '/weapons/tsfd-requests');
    expect(list.total).toBe(0);
    await director.goto('/weapons');
    await expectAccessible(director, 'Weapons start page');
  });
});
