import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('administration and my account', () => {
  it('an administrator creates a scoped user, who can then sign in and see only their partners', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/users');
    await see(page.getByRole('row', { name: /^writer\.australia / }));
    await page.getByRole('button', { name: 'New user' }).click();

    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('User name').fill('Not Valid');
    await form.getByLabel('Display name').fill('Casey Tester');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Create user' }).click();
    await see(form.locator('.field.has-error', { hasText: 'User name' }).locator('.field-error'));
    await see(form.locator('.field.has-error', { hasText: 'Initial password' }).getByText(/at least 12 characters/));
    await see(form.getByText('at least one role'));

    await form.getByLabel('User name').fill('casey.tester');
    await form.getByLabel('Initial password').fill('a-long-enough-password');
    await form.getByLabel('Must change the password at first sign-in').uncheck();
    await form.getByLabel('Case writer', { exact: true }).check();
    await form.getByLabel('Only these:').check();
    await form.getByLabel('Global Execution (GEX)').check();
    await form.getByLabel('Only these customer codes:').check();
    await form.getByLabel('Customer codes in scope').fill('ca, ja');
    await page.screenshot({ path: screenshotPath('create-user'), fullPage: true });
    await form.getByRole('button', { name: 'Create user' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Created casey.tester.' }));
    await see(page.getByRole('row', { name: /^casey\.tester Casey Tester/ }).getByText('GEX · CA, JA'));
    expect(pageErrors).toEqual([]);

    const other = await iops.newPage();
    await signIn(other.page, 'casey.tester', 'a-long-enough-password', '/countries');
    await see(other.page.getByText('1–2 of 2'));
    await see(other.page.getByRole('row', { name: 'CA Canada' }));
    await see(other.page.getByRole('row', { name: 'JA Japan' }));

    // Grant need-to-know for cases pending congressional notification (audited), then deactivate the account again.
    await page.getByRole('row', { name: /^casey\.tester / }).click();
    const grant = page.getByRole('form', { name: 'Edit casey.tester' });
    await grant.getByLabel('Pending congressional notification').check();
    await grant.getByRole('button', { name: 'Save user' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Saved casey.tester.' }));
    await see(page.getByText(/need-to-know granted: pending congressional notification/));
    const edit = page.getByRole('form', { name: 'Edit casey.tester' });
    await expect(edit.getByLabel('Pending congressional notification').isChecked()).resolves.toBe(true);
    await edit.getByLabel(/^Active/).uncheck();
    await edit.getByRole('button', { name: 'Save user' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Saved casey.tester.' }));
    await see(page.getByRole('row', { name: /^casey\.tester / }).getByText('inactive'));
  });

  it('a user creates an API token, sees it once, uses it, and revokes it', async () => {
    const { page } = await iops.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'reviewer');
    await page.getByRole('link', { name: 'My account' }).click();
    await see(page.getByRole('heading', { name: 'My API tokens' }));
    await see(page.getByText('You have no API tokens.'));

    await page.getByLabel('Token name').fill('nightly export');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByLabel('New API token');
    await see(secret);
    const token = await secret.inputValue();
    expect(token).toMatch(/^iops_/);
    await see(page.getByRole('button', { name: 'Copy' }));
    await page.screenshot({ path: screenshotPath('tokens') });

    const status = await page.evaluate(
      async (t) => (await fetch('/api/countries?limit=1', { headers: { Authorization: `Bearer ${t}` }, credentials: 'omit' })).status,
      token,
    );
    expect(status).toBe(200);

    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByLabel('New API token').count()).toBe(0);
    const row = page.getByRole('row', { name: /nightly export/ });
    await see(row.getByText('active'));
    await row.getByRole('button', { name: 'Revoke' }).click();
    await see(row.getByText('revoked'));
    const after = await page.evaluate(
      async (t) => (await fetch('/api/countries?limit=1', { headers: { Authorization: `Bearer ${t}` }, credentials: 'omit' })).status,
      token,
    );
    expect(after).toBe(401);
  });

  it('changing my password with a wrong current password says so beside the field', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'programs', undefined, '/account/tokens');
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('another-long-password');
    await page.getByLabel('New password again').fill('another-long-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await see(page.locator('.field.has-error', { hasText: 'Current password' }).getByText('does not match'));
  });
});
