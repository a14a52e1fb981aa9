import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('the country portfolio', () => {
  it('a director records money for a partner, opens the portfolio, and follows each figure to the records behind it', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'cpd.europe', undefined, '/funds/appropriations');

    // Record an allotment for Poland and obligate part of it.
    await page.getByRole('button', { name: 'New appropriation' }).click();
    const form = page.getByRole('form', { name: 'New appropriation' });
    await form.getByLabel('Program').selectOption('FMF');
    await form.getByLabel('Partner code').fill('PL');
    await form.getByLabel('Name').fill('FMF FY26 Poland air defence');
    await form.getByLabel('Amount').fill('12,000,000');
    await form.getByLabel('Available until').fill('2099-09-30');
    await form.getByRole('button', { name: 'Record appropriation' }).click();
    await see(page.getByRole('heading', { name: 'FMF FY26 Poland air defence' }));
    const obligate = page.getByRole('form', { name: 'Obligate' });
    await obligate.getByLabel('Amount to obligate').fill('20,000,000');
    await obligate.getByRole('button', { name: 'Obligate' }).click();
    await see(page.getByRole('alert').getByText(/Only \$12,000,000\.00 is available/));
    await obligate.getByLabel('Amount to obligate').fill('2,000,000');
    await obligate.getByRole('button', { name: 'Obligate' }).click();
    await see(page.getByRole('status').getByText('Obligated $2,000,000.00; $10,000,000.00 available'));
    await expect.poll(() => page.getByTestId('available').innerText()).toBe('$10,000,000.00');
    // A commitment reserves money ahead of its obligation: available stays, uncommitted falls.
    const commitForm = page.getByRole('form', { name: 'Commit' });
    await commitForm.getByLabel('Amount to commit').fill('1,000,000');
    await commitForm.getByRole('button', { name: 'Commit' }).click();
    await see(page.getByRole('status').getByText('Committed $1,000,000.00; $9,000,000.00 uncommitted'));
    await expect.poll(() => page.getByTestId('available').innerText()).toBe('$10,000,000.00');
    // The amount cannot fall below what is obligated.
    const amount = page.getByRole('form', { name: 'Change amount' });
    await amount.getByLabel('Appropriated amount').fill('1,000,000');
    await amount.getByRole('button', { name: 'Save amount' }).click();
    await see(amount.getByText(/\$2,000,000\.00 is already obligated and \$1,000,000\.00 committed/).first());

    // The refused amount is still typed in: leaving asks first, and the director discards it.
    await page.getByRole('link', { name: 'Country portfolios' }).click();
    await see(page.getByRole('dialog', { name: 'Leave without saving?' }));
    await page.getByRole('button', { name: 'Leave and discard my changes' }).click();

    // The director's partners side by side, then Poland's portfolio.
    const table = page.getByRole('table', { name: 'Partners side by side' });
    await see(table);
    // Every figure of the partner page, one column per partner: the total is the sum of the cells, and a cell opens its records.
    const dollarsToCents = (text: string) => Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
    const cell = table.locator('a[data-figure="funds.available"][data-partner="PL"]');
    const cellText = (await (await see(cell)).first().innerText()).trim();
    const cells = await table.locator('[data-figure="funds.available"]').allInnerTexts();
    expect(cells).toHaveLength(5);
    expect(dollarsToCents(await table.locator('[data-total="funds.available"]').innerText())).toBe(
      cells.reduce((s, t) => s + dollarsToCents(t), 0),
    );
    await see(table.locator('[data-figure="cases.open"][data-partner="RO"]'));
    await page.screenshot({ path: screenshotPath('portfolio-side-by-side'), fullPage: true });
    await cell.click();
    await page.waitForURL(/\/funds\/appropriations\?partner=PL&state=available$/);
    await see(page.getByRole('link', { name: 'FMF FY26 Poland air defence' }));
    expect(await (await see(page.getByTestId('appropriation-totals'))).first().innerText()).toContain(`available ${cellText}`);
    await page.goBack();
    await see(table);
    await table.getByRole('link', { name: /Poland \(PL\)/ }).click();
    await see(page.getByRole('heading', { name: /Poland/ }));
    // The money, the pipeline and the clocks as charts, each with its figures in words for a screen reader.
    for (const chart of ['Open case value by program', 'Cases by status', 'Milestones and deadlines by month']) {
      const figure = page.getByRole('figure', { name: chart });
      await see(figure.locator('svg.recharts-surface'));
      expect(await figure.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    }

    await page.screenshot({ path: screenshotPath('portfolio-partner'), fullPage: true });
    // Open cases: the figure and the list behind it agree.
    const open = page.locator('[data-figure="cases.open"]');
    const openText = (await (await see(open)).first().innerText()).trim();
    expect(openText).toMatch(/^\d+ · \$[\d,]+\.\d{2}$/);
    await open.first().click();
    await page.waitForURL(/\/portfolio\/PL\/cases\?open=true$/);
    const totals = await see(page.getByTestId('case-totals'));
    const [count, value] = openText.split(' · ');
    expect(await totals.first().innerText()).toBe(`${count} cases · ${value}`);
    await page.screenshot({ path: screenshotPath('portfolio-cases'), fullPage: true });
    await page.goBack();

    // Funds available: the figure and the appropriations behind it agree, including the new allotment.
    const available = page.locator('[data-figure="funds.available"]');
    const availableText = (await (await see(available)).first().innerText()).trim();
    await available.first().click();
    await page.waitForURL(/\/funds\/appropriations\?partner=PL&state=available$/);
    await see(page.getByRole('link', { name: 'FMF FY26 Poland air defence' }));
    expect(await (await see(page.getByTestId('appropriation-totals'))).first().innerText()).toContain(`available ${availableText}`);

    // A partner outside the director's scope is not available, and the overview ranks only the director's partners.
    await page.goto('/portfolio/SA');
    await see(page.getByText(/not available/i));
    await page.goto('/portfolio/overview');
    const ranked = page.getByRole('table', { name: 'Partners ranked' });
    await see(ranked.getByRole('link', { name: /Poland/ }));
    expect(await ranked.getByRole('link', { name: /Saudi Arabia/ }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('portfolio-overview'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
