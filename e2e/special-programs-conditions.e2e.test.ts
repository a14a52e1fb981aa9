import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, expectAccessible, type Iops, see, signIn, startIops } from './harness.ts';

let iops: Iops;

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The US fiscal year a date falls in (from 1 October). */
const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + (iso.slice(5) >= '10-01' ? 1 : 0);

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('special programs: program conditions', () => {
  it('a condition blocks an obligation above its ceiling until the certification is recorded', async () => {
    const today = todayIso();
    const fy = fiscalYearOf(today);
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/special-programs');
    await see(page.getByRole('heading', { name: 'Special programs' }));
    // The seeded FY17 USAI condition, with its source, still withholding (no certification recorded in the demo).
    await see(page.getByRole('link', { name: 'Amount withheld until a certification (USAI FY2017)' }));
    await expectAccessible(page, 'The special programs page');

    // The administrator enters this year's condition from the act (an [open] number is theirs to enter).
    await page.getByRole('link', { name: 'Enter a condition' }).click();
    const form = page.getByRole('form', { name: 'Program condition' });
    await form.getByLabel('Program', { exact: true }).fill('USAI');
    await form.getByLabel('Fiscal year').fill(String(fy));
    await form.getByLabel('Kind of condition').selectOption('withheld_until_certification');
    await form.getByLabel('Ceiling', { exact: true }).fill('1,000,000');
    await form.getByLabel('Certification that releases it').fill('E2E reform certification');
    await form.getByLabel('In force from').fill(`${fy - 1}-10-01`);
    await form.getByLabel('Source', { exact: true }).fill('E2E appropriations act, sec. 9999');
    await form.getByRole('button', { name: 'Enter condition' }).click();
    await page.waitForURL(/\/special-programs\/conditions\/[0-9a-f-]{36}$/);
    const conditionUrl = new URL(page.url()).pathname;
    await see(page.getByRole('heading', { name: `Amount withheld until a certification (USAI FY${fy})` }));
    await see(page.getByTestId('condition-status').getByText('Money withheld'));
    await expectAccessible(page, 'A program condition');

    // USAI money for Ukraine this year.
    const created = await apiCall(page, 'POST', '/appropriations', {
      programCode: 'USAI',
      partnerCode: 'UP',
      fiscalYear: fy,
      name: `USAI FY${fy} E2E`,
      amountCents: 5_000_000_00,
      statedYear: fy + 1,
    });
    expect(created.status).toBe(201);
    const fundUrl = `/funds/appropriations/${(created.body as { id: string }).id}`;

    // $2M is more than the $1M allowed before the certification: refused, the condition named.
    await page.goto(fundUrl);
    const obligate = page.getByRole('form', { name: 'Obligate' });
    await obligate.getByLabel('Amount to obligate').fill('2,000,000');
    await obligate.getByRole('button', { name: 'Obligate' }).click();
    await see(obligate.getByRole('alert').getByText(`Amount withheld until a certification (USAI FY${fy})`));
    await see(obligate.getByText(/more than the \$1,000,000 allowed before the E2E reform certification is recorded/));

    // The certification is recorded, dated today, with its document.
    await page.goto(conditionUrl);
    const certify = page.getByRole('form', { name: 'Record a certification' });
    await certify.getByLabel('Certified on').fill(today);
    await certify.getByLabel('Certified by').fill('Secretary of Defense, with the Secretary of State');
    await certify.getByLabel('Document').fill('E2E certification letter');
    await certify.getByRole('button', { name: 'Record certification' }).click();
    await see(page.getByTestId('condition-status').getByText('Released by certification'));
    await see(page.getByText(/E2E certification letter/));

    // Now the same obligation passes.
    await page.goto(fundUrl);
    const again = page.getByRole('form', { name: 'Obligate' });
    await again.getByLabel('Amount to obligate').fill('2,000,000');
    await again.getByRole('button', { name: 'Obligate' }).click();
    await see(page.getByRole('status').getByText(/Obligated \$2,000,000/));

    // ERI/EDI's page says it is a tag with no rule set.
    await page.goto('/special-programs/programs/EDI');
    await see(page.getByTestId('tag-only').getByText(/funding-source tag/));
    expect(pageErrors).toEqual([]);
  });
});
