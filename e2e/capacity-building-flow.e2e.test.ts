import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type Iops, see, signIn, startIops } from './harness.ts';

// Issue 14's whole path in one run: a Section 333 proposal → its notice → approved → the BPC case made from it → the case
// writer's LOA lines with an EEUM line → the case through review, offer and acceptance to implemented → a shipment with a
// slipped date and its cause → receipt and acceptance → the accepted serial numbers are items under end-use monitoring.
// The proposal, the shipment, the receipt, the acceptance and the EUM look-up go through the screens; the case office's
// and the EUM office's own steps (tested in their files) through the API, as their screens would send them.

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

const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + (iso.slice(5) >= '10-01' ? 1 : 0);

// The demo data is loaded on start: allow for a busy machine.
beforeAll(async () => {
  iops = await startIops();
}, 600_000);
afterAll(async () => {
  await iops?.stop();
});

/** An API call that must succeed; its body. */
async function ok<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await apiCall(page, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** One move on the proposal page: its button, then its form's date and reason. */
async function move(page: Page, label: string, onDate: string) {
  await page.getByRole('button', { name: `${label}…` }).click();
  const form = page.getByRole('form', { name: label });
  await form.getByLabel('On', { exact: true }).fill(onDate);
  await form.getByLabel('Reason').fill(`E2E: ${label}`);
  await form.getByRole('button', { name: label }).click();
}

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

type Version = {
  version: { revision: number };
  lines: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  paymentSchedule: unknown[];
};

describe('Section 333 from proposal to end-use monitoring', () => {
  it('proposal → approved → BPC case with an EEUM line → implemented → shipment with a slip → received → accepted → items in EUM', async () => {
    const today = todayIso();
    const fy = fiscalYearOf(today);
    const serials = [`E2E-FLOW-${Date.now()}-1`, `E2E-FLOW-${Date.now()}-2`];
    const pm = await iops.newPage();
    const page = pm.page;

    // The program manager's proposal for Kenya, on this fiscal year's Section 333 money for Kenya.
    await signIn(page, 'bpc.pm', undefined, '/capacity-building/proposals/new');
    const form = page.getByRole('form', { name: 'New proposal' });
    await form.getByLabel('Partner').fill('KE');
    await form.getByLabel('Program code').selectOption('DU');
    await form.getByLabel('Title').fill('E2E night surveillance');
    await form.getByLabel('Recipient unit').fill('Kenya Defence Forces Border Battalion');
    await form.getByLabel('Maritime and border security operations').check();
    await form.getByLabel('Requirement').fill('Border patrols at night');
    await form.getByLabel('Capability gap').fill('No night-vision equipment');
    await form.getByLabel('Absorptive capacity').fill('Trained patrol leaders in post');
    await form.getByLabel('Sustainment plan').fill('Army budget from year two');
    await form.getByLabel('Timeline and delivery schedule').fill('Goggles within 6 months');
    await form.getByLabel('Links to campaign plans').fill('AFRICOM TCP, LOE 2');
    await form.getByLabel('Item 1: description').fill('Night-vision goggles');
    await form.getByLabel('Item 1: quantity').fill('2');
    await form.getByLabel('Item 1: cost (US$)').fill('20,000');
    await form.getByLabel('Cost estimate (US$)').fill('20,000');
    await form.getByLabel('Fiscal year').fill(String(fy));
    const money = form.getByLabel('Appropriation');
    const option = money.locator('option', { hasText: `FY${fy}` }).first();
    await option.waitFor({ state: 'attached' });
    await money.selectOption((await option.getAttribute('value'))!);
    await form.getByRole('button', { name: 'Create the proposal' }).click();
    await page.waitForURL(/\/capacity-building\/proposals\/[0-9a-f-]{36}$/);
    const proposalUrl = new URL(page.url()).pathname;

    const assessment = page.getByRole('form', { name: 'AM&E initial assessment' });
    await assessment.getByLabel('Assessed on').fill(addDays(today, -90));
    await assessment.getByLabel('Assessor').fill('GCD AM&E');
    await assessment.getByLabel('Baseline').fill('No night capability');
    await assessment.getByLabel('Objectives and monitoring').fill('Night patrols in 6 months');
    await assessment.getByRole('button', { name: 'Record the assessment' }).click();
    await see(page.getByRole('status').getByText('Initial assessment recorded.'));
    await move(page, 'Record combatant command submission', addDays(today, -80));
    await see(page.getByRole('status').getByText(/now submitted by the combatant command/));
    await move(page, 'Record OSD / Joint Staff approval', addDays(today, -78));
    await see(page.getByRole('status').getByText(/now approved by OSD/));
    await move(page, 'Record Secretary of State concurrence', addDays(today, -76));
    await see(page.getByRole('status').getByText(/now State concurred/));
    await move(page, 'Draft the congressional notice (333(e))', addDays(today, -75));
    await see(page.getByRole('status').getByText(/now congressional notification/));

    // The notification analyst's steps: formally notified, then cleared after the period.
    const noticeHref = await page
      .getByRole('region', { name: /Congressional notice/ })
      .getByRole('link')
      .first()
      .getAttribute('href');
    const cn = (await iops.newPage()).page;
    await signIn(cn, 'cn.analyst', undefined, noticeHref!);
    const noticeId = noticeHref!.split('/').pop()!;
    let notice = await ok<{ version: number }>(cn, 'GET', `/notifications/${noticeId}`);
    notice = await ok(cn, 'POST', `/notifications/${noticeId}/transitions`, {
      version: notice.version,
      action: 'notify_formally',
      date: addDays(today, -74),
    });
    await ok(cn, 'POST', `/notifications/${noticeId}/transitions`, { version: notice.version, action: 'clear', date: addDays(today, -55) });

    await page.goto(proposalUrl);
    await see(page.getByText(/is cleared/));
    await move(page, 'Approve', addDays(today, -54));
    await see(page.getByRole('status').getByText(/now approved/));
    const caseForm = page.getByRole('form', { name: 'Create the BPC case' });
    await caseForm.getByLabel('Case manager').fill('E2E case manager');
    await caseForm.getByRole('button', { name: 'Create the BPC case' }).click();
    const created = await see(page.getByRole('status').getByText(/BPC case DU-B-[A-Z]{3} created/));
    const identifier = (await created.first().innerText()).match(/DU-B-[A-Z]{3}/)![0];
    await move(page, 'Begin execution', addDays(today, -50));
    await see(page.getByRole('status').getByText(/now executing/));

    // The case writer completes the pseudo-LOA: the goggles designated for enhanced EUM, with the EEUM note.
    const admin = (await iops.newPage()).page;
    await signIn(admin, 'admin');
    const basic = await ok<Version>(admin, 'GET', `/cases/${identifier}/versions/0`);
    expect(basic.lines).toHaveLength(1);
    await ok(admin, 'PUT', `/cases/${identifier}/versions/0`, {
      revision: basic.version.revision,
      lines: basic.lines.map((l) => ({
        ...l,
        maslGenericCode: 'A1A',
        maslNumber: '5855015200001',
        sme: true,
        eeum: true,
        programOfRecord: true,
      })),
      notes: [
        ...basic.notes,
        {
          code: 'EEUM',
          title: 'Enhanced End-Use Monitoring',
          text: 'The items on the lines marked EEUM are designated for Enhanced End-Use Monitoring.',
        },
      ],
      paymentSchedule: basic.paymentSchedule,
    });
    // … and takes it through review (the CWD reviewer approves), offer and acceptance to implementation.
    const reviewer = (await iops.newPage()).page;
    await signIn(reviewer, 'reviewer');
    const transition = async (as: Page, action: string, date: string, extra: Record<string, unknown> = {}) => {
      const { case: row } = await ok<{ case: { version: number } }>(as, 'GET', `/cases/${identifier}`);
      await ok(as, 'POST', `/cases/${identifier}/transitions`, { action, version: row.version, date, ...extra });
    };
    await transition(admin, 'submit_for_review', addDays(today, -48));
    await transition(reviewer, 'approve', addDays(today, -46));
    await transition(admin, 'offer', addDays(today, -45), { offerExpirationDate: addDays(today, -15) });
    await transition(admin, 'accept', addDays(today, -40));
    await transition(admin, 'implement', addDays(today, -39));
    await admin.goto(`/cases/${identifier}`);
    await see(admin.getByText(/implemented/i));

    // The EUM office's part: Kenya's certified depot and its control plan, on file before EEUM articles arrive.
    const site = await ok<{ id: string }>(admin, 'POST', '/eum/sites', { partnerCode: 'KE', code: 'E2E-DEPOT', name: 'Kenya E2E depot' });
    for (const kind of ['control_plan', 'site_certification'] as const)
      await ok(admin, 'POST', '/eum/certifications', {
        partnerCode: 'KE',
        siteId: kind === 'site_certification' ? site.id : null,
        kind,
        reference: `E2E-${kind}`,
        certifiedOn: addDays(today, -60),
      });

    // The program manager plans the shipment of the EEUM line, its serial numbers captured before shipment.
    await page.goto('/deliveries');
    await page.getByRole('link', { name: 'New shipment' }).click();
    const shipment = page.getByRole('form', { name: 'New shipment' });
    await shipment.getByLabel('Case').fill(identifier);
    await shipment.getByLabel('Origin').fill('Defense Distribution Depot Susquehanna, PA');
    await shipment.getByLabel('Port of embarkation').fill('Dover AFB');
    await shipment.getByLabel('Port of debarkation').fill('Jomo Kenyatta International');
    await shipment.getByLabel('Carrier').fill('AMC channel');
    await shipment.getByLabel('Ready to ship (planned)').fill(addDays(today, -30));
    await shipment.getByLabel('Shipped (planned)').fill(addDays(today, -28));
    await shipment.getByLabel('In transit (planned)').fill(addDays(today, -27));
    await shipment.getByLabel('Arrived (planned)').fill(addDays(today, -22));
    await shipment.getByLabel('Delivered (planned)').fill(addDays(today, -20));
    await shipment.getByLabel('LOA line number 1').fill('001');
    await shipment.getByLabel('Quantity 1').fill('2');
    await shipment.getByLabel('EUM item type 1').fill('NVD');
    await shipment.getByLabel('Serial numbers 1').fill(serials.join(', '));
    await shipment.getByRole('button', { name: 'Plan shipment' }).click();
    await page.waitForURL(/\/deliveries\/shipments\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: /^Shipment SHP-\d{6}$/ }));
    await see(page.getByText(identifier));

    // Its milestones; delivered a week late, the cause and a note recorded with the slip.
    await recordDate(page, 'Ready to ship', addDays(today, -30));
    await recordDate(page, 'Shipped', addDays(today, -28));
    await recordDate(page, 'In transit', addDays(today, -27));
    await recordDate(page, 'Arrived', addDays(today, -22));
    await recordDate(page, 'Delivered', addDays(today, -13), {
      reason: 'Customs clearance at the port of debarkation',
      note: 'E2E flow: held at customs',
    });
    await see(page.getByRole('table', { name: 'Slips' }).getByText('E2E flow: held at customs'));

    // Nothing is delivered until the receipt is recorded with its date and document (DSCA 24-40).
    const receipt = page.getByRole('form', { name: 'Record the receipt' });
    await receipt.getByLabel('Received on').fill(addDays(today, -10));
    await receipt.getByLabel('Receipt document').fill('DD 1348-1A E2E flow');
    await receipt.getByRole('button', { name: 'Record receipt' }).click();
    await see(page.getByRole('status').getByText(`Receipt recorded on ${addDays(today, -10)}`));
    await see(page.getByTestId('stage').getByText('Received'));

    const acceptance = page.getByRole('form', { name: 'Record the acceptance' });
    await acceptance.getByLabel('Accepted on').fill(addDays(today, -8));
    await acceptance.getByLabel('Acceptance document').fill('Acceptance E2E flow');
    await acceptance.getByLabel('EUM storage site').selectOption(site.id);
    await acceptance.getByRole('button', { name: 'Record acceptance' }).click();
    await see(page.getByRole('status').getByText(/the EEUM items are in end-use monitoring/));
    await see(page.getByTestId('stage').getByText('Accepted'));
    expect(pm.pageErrors).toEqual([]);

    // On the EUM screens: both serial numbers, at Kenya's depot, under the BPC case.
    for (const serial of serials) {
      await admin.goto(`/eum/items?q=${encodeURIComponent(serial)}`);
      const row = admin.getByRole('row').filter({ hasText: serial });
      await see(row);
      await expect(row.innerText()).resolves.toContain(identifier);
    }
    const items = await ok<{ items: { serialNumber: string; inventoryDueOn: string | null }[] }>(
      admin,
      'GET',
      `/eum/items?q=${encodeURIComponent('E2E-FLOW-')}`,
    );
    expect(items.items.map((i) => i.serialNumber).sort()).toEqual([...serials].sort());
    expect(items.items.every((i) => i.inventoryDueOn === addDays(addDays(today, -10), 90))).toBe(true);
  }, 240_000);
});
