import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, expectAccessible, type Iops, see, signIn, startIops } from './harness.ts';

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

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

/** One move on the proposal page: its button, then its form's date and reason. */
async function move(page: Page, label: string, onDate: string) {
  await page.getByRole('button', { name: `${label}…` }).click();
  const form = page.getByRole('form', { name: label });
  await form.getByLabel('On', { exact: true }).fill(onDate);
  await form.getByLabel('Reason').fill(`E2E: ${label}`);
  await form.getByRole('button', { name: label }).click();
}

describe('Section 333 and BPC', () => {
  it('proposal → assessment → CCMD → OSD/JS → State → notice made and cleared → approved → BPC case → case review with an action', async () => {
    const today = todayIso();
    const fy = fiscalYearOf(today);
    const pm = await iops.newPage();
    const page = pm.page;

    await signIn(page, 'bpc.pm', undefined, '/capacity-building');
    await see(page.getByRole('heading', { name: 'Section 333 and BPC' }));
    await see(page.getByRole('table', { name: 'Proposals' }).getByRole('link').first());
    await expectAccessible(page, 'the proposal list');

    // A Section 333 proposal for Kenya, funded from this fiscal year's money for Kenya (the funds area's).
    await page.getByRole('link', { name: 'New proposal' }).click();
    const form = page.getByRole('form', { name: 'New proposal' });
    await form.getByLabel('Partner').fill('KE');
    await form.getByLabel('Program code').selectOption('DU');
    await form.getByLabel('Title').fill('E2E coastal radar');
    await form.getByLabel('Recipient unit').fill('Kenya Navy Coastal Surveillance');
    await form.getByLabel('Maritime and border security operations').check();
    await form.getByLabel('Requirement').fill('Surveillance of the coast day and night');
    await form.getByLabel('Capability gap').fill('No radar coverage south of Mombasa');
    await form.getByLabel('Absorptive capacity').fill('Trained radar operators in post');
    await form.getByLabel('Sustainment plan').fill('Navy budget from year two');
    await form.getByLabel('Timeline and delivery schedule').fill('Radars within 12 months');
    await form.getByLabel('Links to campaign plans').fill('AFRICOM TCP, LOE 3');
    await form.getByLabel('Item 1: description').fill('Coastal radar');
    await form.getByLabel('Item 1: quantity').fill('2');
    await form.getByLabel('Item 1: cost (US$)').fill('2,000,000');
    await form.getByLabel('Cost estimate (US$)').fill('2,500,000');
    await form.getByLabel('Fiscal year').fill(String(fy));
    const money = form.getByLabel('Appropriation');
    await money
      .locator('option', { hasText: `FY${fy}` })
      .first()
      .waitFor({ state: 'attached' });
    const value = await money
      .locator('option', { hasText: `FY${fy}` })
      .first()
      .getAttribute('value');
    await money.selectOption(value!);
    await form.getByRole('button', { name: 'Create the proposal' }).click();
    await page.waitForURL(/\/capacity-building\/proposals\/[0-9a-f-]{36}$/);
    const proposalUrl = new URL(page.url()).pathname;
    await see(page.getByRole('heading', { name: /^Proposal T10-FY\d{4}-\d{3}: E2E coastal radar$/ }));
    await expectAccessible(page, 'a proposal');

    // Submitting needs the AM&E initial assessment first: until then only withdrawal is offered.
    await see(page.getByRole('button', { name: 'Withdraw…' }));
    expect(await page.getByRole('button', { name: 'Record combatant command submission…' }).count()).toBe(0);
    const assessment = page.getByRole('form', { name: 'AM&E initial assessment' });
    await assessment.getByLabel('Assessed on').fill(addDays(today, -70));
    await assessment.getByLabel('Assessor').fill('GCD AM&E');
    await assessment.getByLabel('Baseline').fill('No coverage today');
    await assessment.getByLabel('Objectives and monitoring').fill('Coverage in 12 months, reviewed twice a year');
    await assessment.getByRole('button', { name: 'Record the assessment' }).click();
    await see(page.getByRole('status').getByText('Initial assessment recorded.'));

    await move(page, 'Record combatant command submission', addDays(today, -60));
    await see(page.getByRole('status').getByText(/now submitted by the combatant command/));
    await move(page, 'Record OSD / Joint Staff approval', addDays(today, -55));
    await see(page.getByRole('status').getByText(/now approved by OSD/));
    await move(page, 'Record Secretary of State concurrence', addDays(today, -50));
    await see(page.getByRole('status').getByText(/now State concurred/));
    await move(page, 'Draft the congressional notice (333(e))', addDays(today, -45));
    await see(page.getByRole('status').getByText(/now congressional notification/));
    await see(page.getByText(/is draft; review period 15 days/));

    // The notification analyst sends it formally and records the period ended, on the notifications screens.
    const cn = await iops.newPage();
    const noticeHref = await page
      .getByRole('region', { name: /Congressional notice/ })
      .getByRole('link')
      .first()
      .getAttribute('href');
    await signIn(cn.page, 'cn.analyst', undefined, noticeHref!);
    await cn.page.getByRole('button', { name: 'Record formal notification…' }).click();
    const formal = cn.page.getByRole('form', { name: 'Record formal notification' });
    await formal.getByLabel('Formally notified on').fill(addDays(today, -44));
    await formal.getByRole('button', { name: 'Record formal notification' }).click();
    await see(cn.page.getByText(addDays(today, -29)).first());
    await cn.page.getByRole('button', { name: 'Record review period ended (cleared)…' }).click();
    const clear = cn.page.getByRole('form', { name: 'Record review period ended (cleared)' });
    await clear.getByLabel('Cleared on').fill(addDays(today, -28));
    await clear.getByRole('button', { name: 'Record review period ended (cleared)' }).click();
    await see(cn.page.getByText('cleared').first());
    expect(cn.pageErrors).toEqual([]);

    // Approved once cleared; the BPC case carries the program code in place of the country code.
    await page.goto(proposalUrl);
    await see(page.getByText(/is cleared/));
    await move(page, 'Approve', addDays(today, -27));
    await see(page.getByRole('status').getByText(/now approved/));
    const caseForm = page.getByRole('form', { name: 'Create the BPC case' });
    await caseForm.getByLabel('Case manager').fill('E2E case manager');
    await caseForm.getByRole('button', { name: 'Create the BPC case' }).click();
    const created = await see(page.getByRole('status').getByText(/BPC case DU-B-[A-Z]{3} created/));
    const identifier = (await created.first().innerText()).match(/DU-B-[A-Z]{3}/)![0];
    await move(page, 'Begin execution', addDays(today, -20));
    await see(page.getByRole('status').getByText(/now executing/));

    // A periodic review of the new case, with an action, its owner and due date.
    await page.goto('/capacity-building/reviews');
    await see(page.getByRole('heading', { name: 'Case reviews' }));
    await expectAccessible(page, 'the case reviews');
    const open = page.getByRole('form', { name: 'Open a case review' });
    await open.getByLabel('Case').fill(identifier);
    await open.getByLabel('Period or event').fill('First semi-annual review');
    await open.getByLabel('Due on').fill(addDays(today, 30));
    await open.getByRole('button', { name: 'Open the review' }).click();
    await page.waitForURL(/\/capacity-building\/reviews\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: `Periodic BPC case review: ${identifier}` }));
    const action = page.getByRole('form', { name: 'Assign an action' });
    await action.getByLabel('Action').fill('Confirm the radar site survey');
    await action.getByLabel('Owner').fill('Security cooperation office Nairobi');
    await action.getByLabel('Due on').fill(addDays(today, 14));
    await action.getByRole('button', { name: 'Assign the action' }).click();
    await see(page.getByRole('status').getByText('Action assigned.'));
    await see(page.getByText('Security cooperation office Nairobi'));
    await expectAccessible(page, 'a case review');
    expect(pm.pageErrors).toEqual([]);
  }, 180_000);
  it('asks before a half-written proposal is left, and confirms a withdrawal before sending it', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'bpc.pm', undefined, '/capacity-building/proposals/new');
    const form = page.getByRole('form', { name: 'New proposal' });
    await form.getByLabel('Title').fill('Half-written proposal');
    await form.getByLabel('Requirement').fill('Patrol boats');
    await see(form.getByText('12 / 8000'));

    // A link away asks first; staying keeps the text.
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/capacity-building/proposals/new');
    expect(await form.getByLabel('Title').inputValue()).toBe('Half-written proposal');
    // Leaving on purpose goes.
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);

    // A proposal in development: withdrawing it asks for the reason, then for confirmation; "Not now" sends nothing.
    const created = await apiCall(page, 'POST', '/capacity-building/proposals', {
      programKey: 'section_333',
      partnerCode: 'KE',
      title: 'E2E withdrawal probe',
      recipientUnit: 'Kenya Navy',
      purposes: ['counterterrorism'],
      requirement: 'Patrol the coast',
      capabilityGap: 'No boats',
      requested: [{ kind: 'equipment', description: 'Boat', quantity: 1, costCents: 100_000 }],
      costEstimateCents: 200_000,
      fiscalYear: fiscalYearOf(todayIso()) + 1,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as { id: string }).id;
    await page.goto(`/capacity-building/proposals/${id}`);
    await page.getByRole('button', { name: 'Withdraw…' }).click();
    const withdraw = page.getByRole('form', { name: 'Withdraw' });
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await see(withdraw.getByText('Give the reason: it is kept in the audit record'));
    await withdraw.getByLabel('Reason').fill('E2E: the partner asked to stop');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await see(withdraw.getByText('Withdraw: this cannot be undone.', { exact: false }));
    await see(withdraw.getByRole('button', { name: 'Confirm: withdraw' }));
    await withdraw.getByRole('button', { name: 'Not now' }).click();
    const after = await apiCall(page, 'GET', `/capacity-building/proposals/${id}`);
    expect((after.body as { status: string }).status).toBe('development');
    expect(pageErrors).toEqual([]);
  });
});
