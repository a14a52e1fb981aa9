import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('scope', () => {
  it('a writer scoped to Australia sees only Australia, and Germany is not available', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'writer.australia', undefined, '/countries');
    await see(page.getByRole('row', { name: 'AT Australia' }));
    await see(page.getByText('1–1 of 1'));
    expect(await page.locator('tbody tr').count()).toBe(1);

    // Areas outside the writer's roles are not in the navigation.
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await see(nav.getByRole('link', { name: 'Partners' }));
    expect(await nav.getByText('Audit log').count()).toBe(0);
    expect(await nav.getByText('Users').count()).toBe(0);

    const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/countries/GM');
    await page.goto('/countries/GM');
    // Out of scope is "not found", like any record of a partner outside the scope; the page says only "not available".
    expect((await response).status()).toBe(404);
    await see(page.getByTestId('not-available'));
    await see(page.getByText('is not available to you'));
    await page.screenshot({ path: screenshotPath('not-available') });
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/Germany|DEU|EUCOM/);

    const status = await page.evaluate(async () => (await fetch('/api/countries/GM')).status);
    expect(status).toBe(404);

    // Her own partner opens, read-only for a case writer.
    await page.goto('/countries/AT');
    await see(page.getByRole('heading', { name: /Australia/, level: 1 }));
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    // The audit log is for administrators and auditors.
    await page.goto('/audit');
    await see(page.getByTestId('not-available'));
    expect(pageErrors).toEqual([]);
  });
});
