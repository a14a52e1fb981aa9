import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('partners', () => {
  it('an administrator finds Australia, edits its notes and sees the change in its audit trail', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Partners' }).click();
    await see(page.getByRole('heading', { name: 'Partners', level: 1 }));
    await see(page.getByText(/^1–50 of \d+$/));

    await page.getByLabel('Search').fill('austral');
    await page.waitForURL(/[?&]q=austral/);
    await see(page.getByRole('row', { name: 'AT Australia' }));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await see(page.getByRole('row', { name: 'AT Australia' }).getByText('code unverified'));

    const nameHeader = page.getByRole('columnheader', { name: /Name/ });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    await page.waitForURL(/sort=name&dir=desc|dir=desc.*sort=name/);
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    await page.screenshot({ path: screenshotPath('partners-list'), fullPage: false });

    await page.getByRole('row', { name: 'AT Australia' }).click();
    await page.waitForURL(/\/countries\/AT$/);
    await see(page.getByRole('heading', { name: /Australia/, level: 1 }));
    await see(page.getByRole('heading', { name: 'Group memberships' }));

    const note = `Reviewed by the browser test at ${new Date().toISOString()}`;
    await page.getByLabel('Notes').fill(note);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Saved.' }));
    await see(page.locator('dd.notes', { hasText: note }));
    await page.screenshot({ path: screenshotPath('partner-detail'), fullPage: true });

    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.waitForURL(/\/audit\?entityType=partner&entityId=AT$/);
    const entry = page.getByRole('row', { name: /partner\.updated partner AT by admin/ });
    await see(entry);
    await expect.poll(() => entry.first().textContent()).toContain('admin');
    await entry.first().click();
    await see(page.getByText('After', { exact: true }));
    await see(page.locator('.json-block pre', { hasText: note }));
    await page.screenshot({ path: screenshotPath('audit'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it('works from the keyboard: "/" focuses search, arrows move between rows, Enter opens one', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'auditor', undefined, '/countries?region=EUCOM&sort=code');
    await page.waitForURL(/\/countries\?region=EUCOM&sort=code$/);
    await see(page.getByRole('row', { name: /^AL Albania$/ }));
    await page.locator('body').press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.getByRole('row', { name: /^AL Albania$/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^[A-Z0-9]{2} /);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/countries/${focused!.slice(0, 2)}$`));
    await see(page.getByRole('heading', { name: new RegExp(focused!.slice(3)), level: 1 }));
    // An auditor reads but does not edit.
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
  });

  it('a second editor of the same partner sees a version conflict instead of overwriting', async () => {
    const first = await iops.newPage();
    const second = await iops.newPage();
    await signIn(first.page, 'admin', undefined, '/countries/NO');
    await signIn(second.page, 'admin', undefined, '/countries/NO');
    await see(first.page.getByLabel('Notes'));
    await see(second.page.getByLabel('Notes'));

    await first.page.getByLabel('Notes').fill('Edited in the first window');
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await see(first.page.getByRole('status').filter({ hasText: 'Saved.' }));

    await second.page.getByLabel('Notes').fill('Edited in the second window');
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'changed by someone else — reload' });
    await see(conflict);
    await second.page.screenshot({ path: screenshotPath('conflict'), fullPage: false });

    await conflict.getByRole('button', { name: 'Reload partner' }).click();
    await see(second.page.locator('dd.notes', { hasText: 'Edited in the first window' }));
    await expect.poll(() => second.page.getByLabel('Notes').inputValue()).toBe('Edited in the first window');
  });

  it('an administrator records a dated group membership and then its end', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/countries/BR');
    await see(page.getByRole('heading', { name: /Brazil/, level: 1 }));
    const add = page.getByRole('form', { name: 'Add a membership' });
    await add.getByLabel('Group').selectOption('NATO');
    await add.getByLabel('From').fill('2020-01-01');
    await add.getByLabel('To (optional)').fill('2019-01-01');
    await add.getByLabel('Source', { exact: true }).fill('Browser test, fictional');
    await add.getByRole('button', { name: 'Add membership' }).click();
    await see(add.locator('.field.has-error', { hasText: 'To (optional)' }).getByText('must not be before fromDate'));

    await add.getByLabel('To (optional)').fill('');
    await add.getByRole('button', { name: 'Add membership' }).click();
    const row = page.getByRole('row', { name: /NATO.*2020-01-01/ });
    await see(row.getByText('current'));
    await see(page.getByRole('status').filter({ hasText: 'Memberships updated.' }));

    await row.getByRole('button', { name: 'End membership…' }).click();
    await row.getByLabel('Last day in NATO').fill('2021-06-30');
    await row.getByRole('button', { name: 'End', exact: true }).click();
    await see(page.getByRole('row', { name: /NATO.*2020-01-01.*2021-06-30/ }));

    // Ending it can be undone for a while: the membership is current again.
    const ended = page.getByRole('status').filter({ hasText: 'Membership of NATO ended on 2021-06-30.' });
    await ended.getByRole('button', { name: 'Undo' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Undone. The NATO membership is current again.' }));
    await see(page.getByRole('row', { name: /NATO.*2020-01-01/ }).getByText('current'));
  });

  it('shows validation errors beside the field', async () => {
    const { page } = await iops.newPage();
    await signIn(page, 'admin', undefined, '/countries/JA');
    await page.getByLabel('Name').fill('   ');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await see(page.locator('.field.has-error', { hasText: 'Name' }).locator('.field-error'));
  });
});
