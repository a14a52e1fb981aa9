import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('sign-in and navigation', () => {
  it('a wrong password shows an error; the navigation links every area the user may read', async () => {
    const { page } = await iops.newPage();
    await page.goto('/');
    await page.getByLabel('User name').fill('auditor');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see(page.getByRole('alert').filter({ hasText: 'User name or password is wrong' }));
    await page.screenshot({ path: screenshotPath('sign-in-error') });

    await page.getByLabel('Password').fill('iops-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see(page.getByTestId('current-user').filter({ hasText: 'Ines Auditor' }));
    await see(page.getByText('Auditor (read-only)'));

    // The bundle comes gzipped and may be kept for good (its name is its hash); the page itself is asked anew.
    const script = await page.locator('script[type="module"]').first().getAttribute('src');
    const bundle = await page.request.get(script!, { headers: { 'accept-encoding': 'gzip' } });
    expect(bundle.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers()['content-encoding']).toBe('gzip');
    expect((await page.request.get('/')).headers()['cache-control']).toBe('no-cache');

    // Every area the server lists and the auditor may read is a link in the navigation: every area is built now.
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).json());
    const areas = (session as { areas: { id: string; label: string; built: boolean; canRead: boolean }[] }).areas;
    expect(areas.filter((a) => !a.built)).toEqual([]);
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await see(nav.getByRole('heading', { name: 'Global Execution' }));
    for (const area of areas.filter((a) => a.canRead)) await see(nav.getByRole('link', { name: area.label }));
    expect(await nav.getByText('not built yet').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('shell') });
  });

  it('goes to the page asked for after sign-in, and back to sign-in when the session ends', async () => {
    const { page, context } = await iops.newPage();
    await page.goto('/audit?entityType=session');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('iops-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/audit\?entityType=session$/);
    await see(page.getByRole('heading', { name: 'Audit log' }));

    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Partners' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Fcountries/);
    await see(page.getByRole('status').filter({ hasText: /session|Sign in/ }));
  });

  it('signs out from the header', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'reviewer');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await see(page.getByText('You have signed out.'));
    const status = await page.evaluate(async () => (await fetch('/api/auth/session')).status);
    expect(status).toBe(401);
  });

  it('a locked account answers like a wrong password, naming the lock-out (no user-name enumeration)', async () => {
    const { page } = await iops.newPage();
    await page.goto('/sign-in');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.getByLabel('User name').fill('weapons');
      await page.getByLabel('Password').fill(`wrong-${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await see(page.getByRole('alert'));
    }
    await see(page.getByRole('alert').filter({ hasText: 'or the account is locked after 3 failed sign-ins' }));
  });
});
