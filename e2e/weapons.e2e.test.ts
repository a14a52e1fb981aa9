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

/** axe-core on the screen once its requests have settled and no table is dimmed while loading (nor fading back). */
async function accessible(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  await expectAccessible(page, what);
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('weapons directorate', () => {
  it('systems: the catalogue from the navigation, a new system with its technology areas, edited', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'weapons');
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('link', { name: /^Weapons/ })
      .click();
    await see(page.getByRole('heading', { name: 'Weapons directorate', level: 1 }));
    await accessible(page, 'the weapons home page');
    await page.getByRole('link', { name: 'Weapons systems' }).click();
    await see(page.getByRole('link', { name: 'F-16 Block 70' }));
    await accessible(page, 'the systems list');
    await page.getByRole('link', { name: 'New system' }).click();
    const form = page.getByRole('form', { name: 'New weapons system' });
    await form.getByLabel('Name').fill('E2E Counter-UAS system');
    await form.getByLabel('Major defense equipment (MDE)').check();
    await form.getByLabel('Electronic warfare').check();
    await form.getByLabel('Data links and waveforms').check();
    await form.getByRole('button', { name: 'Add the system' }).click();
    await see(page.getByRole('heading', { name: 'E2E Counter-UAS system', level: 1 }));
    const tech = page.getByRole('region', { name: 'Technology areas (TSFD review processes)' });
    await see(tech.getByText('Electronic warfare'));
    await see(tech.getByText('Data links and waveforms'));
    await accessible(page, 'a system page');
    await page.getByRole('link', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit weapons system' });
    await edit.getByLabel('Export policy notes').fill('Releasable with conditions');
    await edit.getByRole('button', { name: 'Save' }).click();
    await see(page.getByText('Releasable with conditions'));
    expect(pageErrors).toEqual([]);
  });

  it('inquiry → response → closed, with its clock from the administrator’s target', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'weapons', undefined, '/weapons/inquiries?queue=overdue');
    await see(page.getByRole('table', { name: 'Inquiries: Overdue' }).locator('tbody tr').getByRole('link'));
    await see(page.getByTestId('target-in-force').getByText(/calendar days/));
    await accessible(page, 'the inquiry queues');
    await page.getByRole('link', { name: 'New inquiry' }).click();
    const form = page.getByRole('form', { name: 'New inquiry' });
    await form.getByLabel('Company', { exact: true }).selectOption('new');
    await form.getByLabel('Company name').fill('E2E Sensors LLC');
    await form.getByLabel('CAGE code').fill('E2E01');
    await form.getByLabel('Contact', { exact: true }).fill('Robin Ames');
    await form.getByLabel('Partner concerned').fill('PL');
    await form.getByLabel('Question').fill('How does a small business join an FMS case as a subcontractor?');
    await form.getByRole('button', { name: 'Record the inquiry' }).click();
    await page.waitForURL(/\/weapons\/inquiries\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: /^Inquiry INQ-\d{4}-\d{3}$/ }));
    await see(page.getByTestId('clock').getByText(/First response due \d{4}-\d{2}-\d{2} \(10 calendar days from receipt\)/));
    await accessible(page, 'an inquiry page');
    const respond = page.getByRole('form', { name: 'Add a response' });
    await respond.getByLabel('Response', { exact: true }).fill('Contact the prime contractor’s small-business liaison.');
    await respond.getByRole('button', { name: 'Add the response' }).click();
    await see(page.getByText(`${todayIso()} · Wyn Weapons: Contact the prime contractor’s small-business liaison.`));
    await see(page.getByTestId('clock').getByText(/answered/));
    await page.getByRole('button', { name: 'Close the inquiry…' }).click();
    const close = page.getByRole('form', { name: 'Close the inquiry' });
    await close.getByLabel('Outcome').selectOption('answered');
    await close.getByRole('button', { name: 'Close the inquiry', exact: true }).click();
    await see(close.getByText(/this cannot be undone/));
    await close.getByRole('button', { name: 'Confirm: close the inquiry' }).click();
    await see(page.getByTestId('inquiry-status').getByText(/closed \d{4}-\d{2}-\d{2}: Answered/));
    expect(pageErrors).toEqual([]);
  });

  it('a half-written inquiry is not lost: leaving asks, Stay keeps the text, leaving on purpose discards it', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'weapons', undefined, '/weapons/inquiries/new');
    const form = page.getByRole('form', { name: 'New inquiry' });
    await form.getByLabel('Question').fill('Half-written question');
    await see(form.getByText('21 / 8000'));
    const weapons = page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Weapons/ });
    await weapons.click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/weapons/inquiries/new');
    expect(await form.getByLabel('Question').inputValue()).toBe('Half-written question');
    await weapons.click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await see(page.getByRole('heading', { name: 'Weapons directorate', level: 1 }));
    expect(pageErrors).toEqual([]);
  });

  it('advocacy through its states, in the Advocacy Center’s order', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'weapons', undefined, '/weapons/advocacy');
    await see(page.getByRole('table', { name: 'Advocacy requests' }).locator('tbody tr').first());
    await accessible(page, 'the advocacy list');
    await page.getByRole('link', { name: 'New advocacy request' }).click();
    const form = page.getByRole('form', { name: 'New advocacy request' });
    await form.getByLabel('Company').selectOption({ label: 'Northfield Aerospace Corp.' });
    await form.getByLabel('Partner').fill('RO');
    await form.getByLabel('FMS or DCS').selectOption('dcs');
    await form.getByLabel('Value (US$)').fill('250,000,000');
    await form.getByLabel('U.S. content (%)').fill('80');
    await form.getByLabel('Bidder of record').fill('Northfield Aerospace Corp.');
    await form.getByLabel('Licence information').fill('DSP-5 submitted');
    await form.getByLabel('Assistance requested').fill('Ambassador’s letter');
    await form.getByLabel('Decision date').fill('2027-09-01');
    await form.getByLabel('Decision-maker').fill('Minister of National Defence');
    await form.getByLabel('Competitors').fill('Saab');
    await form.getByRole('button', { name: 'Open the request' }).click();
    await page.waitForURL(/\/weapons\/advocacy\/[0-9a-f-]{36}$/);
    await see(page.getByTestId('advocacy-state').getByText('questionnaire'));
    await accessible(page, 'an advocacy request');
    const steps: [string, string, string | null, string | null][] = [
      ['File the anti-bribery agreement', 'anti-bribery agreement on file', null, null],
      ['Record due diligence', 'due diligence done', 'Due-diligence findings', 'Nothing derogatory found'],
      [
        'Record the national-interest determination',
        'national interest determined',
        'National-interest determination',
        'In the U.S. national interest',
      ],
      ['Set the advocacy strategy', 'strategy set', 'Advocacy strategy', 'Embassy engagement before the decision'],
    ];
    for (const [action, state, label, text] of steps) {
      await page.getByRole('button', { name: `${action}…` }).click();
      const move = page.getByRole('form', { name: action });
      if (text) await move.getByLabel(label!).fill(text);
      await move.getByLabel(/^Reason/).fill(`E2E ${action}`);
      await move.getByRole('button', { name: action, exact: true }).click();
      await see(page.getByTestId('advocacy-state').getByText(state, { exact: true }));
    }
    await see(page.getByText('Embassy engagement before the decision'));
    expect(pageErrors).toEqual([]);
  });

  it('competition: single-offer advocacy is refused while two U.S. bidders are active, allowed once one remains', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'weapons', undefined, '/weapons/competitions?stage=solicitation');
    await accessible(page, 'the competition list');
    await page.getByRole('table', { name: 'International competitions' }).getByRole('link').first().click();
    await page.waitForURL(/\/weapons\/competitions\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: /Medium-range air defence/ }));
    await accessible(page, 'a competition page');
    await page.getByRole('button', { name: 'Mark single-offer advocacy' }).click();
    await see(page.getByRole('alert').getByText(/single-offer advocacy only when one U.S. team remains.*: 2 U.S. bidders are active/));
    await see(page.getByTestId('single-offer').getByText('not marked'));
    const update = page.getByRole('form', { name: 'Update the competition' });
    await update.getByLabel('Bidder 2 is active').uncheck();
    await update.getByRole('button', { name: 'Save' }).click();
    await see(page.getByText('Competition saved.'));
    await page.getByRole('button', { name: 'Mark single-offer advocacy' }).click();
    await see(page.getByTestId('single-offer').getByText('marked', { exact: true }));
    expect(pageErrors).toEqual([]);
  });

  it('sales forecast: a highly probable row (90%), the totals, and the CSV export', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'weapons', undefined, '/weapons/forecast');
    await see(page.getByRole('table', { name: 'Sales forecast' }).locator('tbody tr').first());
    await see(page.getByTestId('report-due').getByText(/report is due \d{4}-02-01/));
    await accessible(page, 'the sales forecast');
    const form = page.getByRole('form', { name: 'Add an expected case' });
    await form.getByLabel('Partner').fill('TW');
    await form.getByLabel('Fiscal year').fill('2031');
    await form.getByLabel('Expected case').fill('E2E Harpoon coastal defence');
    await form.getByLabel('Value (US$)').fill('100,000,000');
    await form.getByLabel('Highly probable (90%)').check();
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByLabel('Fiscal year', { exact: true }).first().fill('2031');
    await see(page.getByRole('row', { name: /E2E Harpoon coastal defence.*highly probable \(90%\).*\$90,000,000/ }));
    await see(page.getByTestId('forecast-totals').getByText(/Total \$100,000,000(\.00)?; weighted by likelihood \$90,000,000/));
    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/weapons\/forecast\/export\.csv\?fiscalYear=2031/);
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toContain('Likelihood (%)');
    expect(text).toContain('E2E Harpoon coastal defence');
    expect(text).toMatch(/E2E Harpoon coastal defence,100000000,yes,90,90000000/);
    expect(pageErrors).toEqual([]);
  });
});
