// The partner portal end to end: a host-nation administrator invites a user; the user activates (password,
// authenticator), signs in with a TOTP code, sends a letter of request with a file and sees it received; the agency
// opens a case from it and offers the LOA; the partner user signs the offered LOA, follows a shipment and uploads the
// scanned serial numbers of an inventory. axe-core checks the portal's pages.
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, DEMO_PASSWORD, expectAccessible, type Iops, see, signIn, startIops } from './harness.ts';

const AT_ADMIN = 'at.admin@partner.example';
const AT_ADMIN_SECRET = 'IOPSDEMOATADMINAAAAAAAAAAAAAAAAA';

/** The code an authenticator app shows `aheadSeconds` from now (each step's code signs in once: a later step is fresh). */
const codeFor = (secret: string, aheadSeconds = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + aheadSeconds });

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function ok<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await apiCall(page, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Through the sign-in page: user name and password, then the authenticator's code the server asks for. */
async function signInWithCode(page: Page, username: string, password: string, code: string) {
  await page.goto('/sign-in');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await see(page.getByLabel('Authenticator code'));
  await page.getByLabel('Authenticator code').fill(code);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await see(page.getByTestId('current-user'));
}

describe('the partner portal', () => {
  let iops: Iops;
  beforeAll(async () => {
    iops = await startIops();
  }, 120_000);
  afterAll(async () => {
    await iops?.stop();
  });

  it('invite → activate → sign in with TOTP → LOR with a file → LOA offered and signed → shipment → inventory scans', async () => {
    const today = todayIso();
    // The host-nation administrator of Australia signs in with the demo authenticator and invites a user.
    const { page: adminPage, pageErrors } = await iops.newPage();
    await signInWithCode(adminPage, AT_ADMIN, DEMO_PASSWORD, codeFor(AT_ADMIN_SECRET));
    await adminPage.waitForURL(/\/partner$/);
    await expectAccessible(adminPage, 'The portal home');
    // An agency page is not theirs: the app sends them back to the portal.
    await adminPage.goto('/cases');
    await adminPage.waitForURL(/\/partner$/);
    await adminPage.getByRole('link', { name: 'Users' }).first().click();
    await see(adminPage.getByRole('heading', { name: 'Users', level: 1 }));
    const invite = adminPage.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel('Email address').fill('e2e.buyer@partner.example');
    await invite.getByLabel('Full name').fill('Erin Buyer');
    for (const permission of ['Deliveries', 'End-use monitoring']) await invite.getByLabel(permission).check();
    await invite.getByRole('button', { name: 'Invite' }).click();
    const link = (await (await see(adminPage.getByTestId('activation-link'))).first().innerText()).trim();
    await see(adminPage.getByRole('row', { name: /Erin Buyer/ }).getByText('Invited, not yet activated'));
    await expectAccessible(adminPage, 'The users page');

    // The invited user activates: a password, the authenticator's key, a code, the recovery codes shown once.
    const { page, pageErrors: userErrors } = await iops.newPage();
    await page.goto(new URL(link).pathname + new URL(link).search);
    const username = (await (await see(page.getByTestId('activation-username'))).first().innerText()).trim();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    await expectAccessible(page, 'The activation page');
    const password = 'a long enough e2e password';
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByLabel('Code the authenticator shows').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await expect.poll(async () => (await page.getByTestId('recovery-codes').getByRole('listitem').all()).length).toBe(10);

    // Signs in with the authenticator (the next step's code: the one used to activate is spent) and lands in the portal.
    await signInWithCode(page, username, password, codeFor(secret, 30));
    await page.waitForURL(/\/partner$/);
    expect(await page.getByTestId('current-user').innerText()).toBe('Erin Buyer');

    // Sends a letter of request with a file; it shows as received.
    await page.getByRole('navigation', { name: 'Partner portal' }).getByRole('link', { name: 'Requests (LORs)' }).click();
    const send = page.getByRole('form', { name: 'Send a letter of request' });
    const reference = `E2E-LOR-${Date.now()}`;
    await send.getByLabel('Your reference (optional)').fill(reference);
    await send.getByLabel('What you ask for').fill('Twelve night vision devices with training');
    await send
      .getByLabel(/Attach files/)
      .setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%e2e letter\n%%EOF\n') });
    await send.getByRole('button', { name: 'Send the letter of request' }).click();
    await see(page.getByRole('status').getByText(/Your letter of request was received/));
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await see(row.getByText('Received'));
    await see(row.getByRole('link', { name: 'letter.pdf' }));
    await expectAccessible(page, 'The letters of request page');

    // The agency: the LOR is actionable, a case is opened from it, written, reviewed and offered.
    const agency = (await iops.newPage()).page;
    await signIn(agency, 'admin');
    const reviewer = (await iops.newPage()).page;
    await signIn(reviewer, 'reviewer');
    const lors = await ok<{ items: { id: string; reference: string; version: number }[] }>(
      agency,
      'GET',
      `/lors?q=${encodeURIComponent(reference)}`,
    );
    const lor = lors.items.find((l) => l.reference === reference)!;
    expect(lor).toBeDefined();
    await ok(agency, 'POST', `/lors/${lor.id}/decision`, { decision: 'actionable', version: lor.version, completeOn: today });
    const created = await ok<{ case: { identifier: string } }>(agency, 'POST', '/cases', {
      partnerCode: 'AT',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'Night vision devices (portal)',
      lorId: lor.id,
    });
    const identifier = created.case.identifier;
    const basic = await ok<{ version: { revision: number } }>(agency, 'GET', `/cases/${identifier}/versions/0`);
    await ok(agency, 'PUT', `/cases/${identifier}/versions/0`, {
      revision: basic.version.revision,
      lines: [
        {
          lineNumber: '001',
          description: 'AN/PVS-14 monocular night vision device',
          maslGenericCode: 'N8A',
          maslNumber: '5855015223118',
          quantity: 12,
          unitOfIssue: 'EA',
          unitCostCents: 400_000,
          sourceOfSupply: 'P',
          deliveryPeriod: '24 months',
          programOfRecord: true,
        },
      ],
      paymentSchedule: [{ dueDate: addDays(today, 30), amountCents: 4_953_600 }],
    });
    const transition = async (as: Page, action: string, extra: Record<string, unknown> = {}) => {
      const { case: c } = await ok<{ case: { version: number } }>(as, 'GET', `/cases/${identifier}`);
      await ok(as, 'POST', `/cases/${identifier}/transitions`, { action, version: c.version, date: today, ...extra });
    };
    await transition(agency, 'submit_for_review', { override: true });
    await transition(reviewer, 'approve');
    const expires = addDays(today, 85);
    await transition(agency, 'offer', { offerExpirationDate: expires });

    // The partner user sees the LOR turned into the case and the offered LOA, and signs it.
    await page.reload();
    await see(page.getByRole('row', { name: new RegExp(reference) }).getByText(new RegExp(identifier)));
    await page.getByRole('navigation', { name: 'Partner portal' }).getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('link', { name: identifier }).click();
    await see(page.getByRole('heading', { name: new RegExp(`Case ${identifier}`) }));
    await see(page.getByText('AN/PVS-14 monocular night vision device'));
    const sign = page.getByRole('form', { name: 'Sign the offered LOA' });
    await expectAccessible(page, 'The case page');
    await sign.getByLabel('Name of the signer').fill('Erin Buyer');
    await sign.getByLabel('Title of the signer').fill('Director, Capability Acquisition');
    await sign.getByRole('button', { name: 'Sign the offered LOA' }).click();
    await see(page.getByText(/by Erin Buyer, Director, Capability Acquisition/));
    await expect.poll(() => sign.count()).toBe(0);

    // The agency records the initial deposit (acceptance needs it and the partner's signature), accepts, implements the
    // case and plans its shipment (the demo has none for Australia).
    await ok(agency, 'POST', `/cases/${identifier}/initial-deposit`, {
      amountCents: 1_250_000_00,
      depositedOn: today,
      reference: 'FMS trust fund deposit AT-2026-001',
    });
    await transition(agency, 'accept');
    await transition(agency, 'implement');
    const { case: kase } = await ok<{ case: { id: string } }>(agency, 'GET', `/cases/${identifier}`);
    await ok(agency, 'POST', '/deliveries/shipments', {
      caseId: kase.id,
      mode: 'air',
      origin: 'Defense Distribution Depot Susquehanna, PA',
      custodyTransferPoint: 'Port of debarkation',
      planned: { shipped: addDays(today, 10), delivered: addDays(today, 20) },
      lines: [{ lineNumber: '001', quantity: 12 }],
    });

    // Follows the shipment: its milestones and delays.
    await page.getByRole('navigation', { name: 'Partner portal' }).getByRole('link', { name: 'Deliveries' }).click();
    await see(page.getByRole('heading', { name: 'Your deliveries' }));
    const shipmentLink = page.getByRole('table').getByRole('link').first();
    const number = (await (await see(shipmentLink)).first().innerText()).trim();
    await shipmentLink.click();
    await see(page.getByRole('heading', { name: `Shipment ${number}` }));
    await see(page.getByRole('heading', { name: 'Milestones' }));
    await see(page.getByRole('row', { name: /^Shipped/ }));
    await see(page.getByRole('heading', { name: 'Delays and their causes' }));
    await expectAccessible(page, 'The shipment page');

    // The EUM office opens an ad hoc inventory at Australia's depot; the partner uploads the serial numbers scanned there.
    const sites = await ok<{ items: { id: string; partnerCode: string }[] } | { id: string; partnerCode: string }[]>(
      agency,
      'GET',
      '/eum/sites?partnerCode=AT',
    );
    const site = (Array.isArray(sites) ? sites : sites.items).find((x) => x.partnerCode === 'AT')!;
    const inventory = await ok<{ id: string; version: number }>(agency, 'POST', '/eum/inventories', {
      siteId: site.id,
      kind: 'ad_hoc',
      dueOn: addDays(today, 30),
    });
    await ok(agency, 'POST', `/eum/inventories/${inventory.id}/transitions`, { version: inventory.version, action: 'start', date: today });
    await page.getByRole('navigation', { name: 'Partner portal' }).getByRole('link', { name: 'End-use monitoring' }).click();
    await see(page.getByRole('heading', { name: 'Inventories' }));
    const eum = await ok<{ items: { serialNumber: string; itemTypeCode: string; status: string }[] }>(page, 'GET', '/partner/eum');
    const item = eum.items.find((i) => i.status === 'in_inventory')!;
    const open = page.getByRole('row').filter({ hasText: 'Ad hoc' });
    const scanInput = open.getByLabel(/Scan file \(CSV or Excel\)/);
    await see(scanInput);
    const csv = `serial_number,item_type,condition\n${item.serialNumber},${item.itemTypeCode},serviceable\n`;
    await scanInput.setInputFiles({ name: 'scans.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await open.getByRole('button', { name: 'Upload scans' }).click();
    await see(page.getByRole('status').getByText('1 of 1 serial numbers recorded.'));
    await expectAccessible(page, 'The end-use monitoring page');

    // The EUM office raises an incident; the partner answers it, with a file, from the same page.
    const incidentTitle = `Night vision device reported missing ${Date.now()}`;
    await ok(agency, 'POST', '/eum/incidents', { partnerCode: 'AT', kind: 'loss', title: incidentTitle, discoveredOn: today });
    await page.reload();
    const incidentRow = page.getByRole('row').filter({ hasText: incidentTitle });
    await incidentRow.getByRole('button', { name: `Answer the incident ${incidentTitle}` }).click();
    const answer = incidentRow.getByRole('form', { name: `Answer to ${incidentTitle}` });
    await answer.getByLabel('Your answer').fill('Found in the unit armoury during the annual count; custody log attached.');
    await answer
      .getByLabel('A file to go with it (optional)')
      .setInputFiles({ name: 'custody-log.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%custody log\n') });
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await see(incidentRow.getByText('Answer sent.'));

    // An agency user never sees the portal.
    await agency.goto('/partner');
    await agency.waitForURL((url) => url.pathname === '/');
    expect([...pageErrors, ...userErrors]).toEqual([]);
  }, 240_000);
});
