import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, expectAccessible, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

describe('nothing lost', () => {
  it('asks before leaving an LOA with unsaved lines, keeps them through a reload, and forgets them once saved', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'writer.australia', undefined, '/cases');
    const created = await apiCall(page, 'POST', '/cases', {
      partnerCode: 'AT',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'Unsaved-work probe',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const identifier = (created.body as { case: { identifier: string } }).case.identifier;
    await page.goto(`/cases/${identifier}?tab=loa`);
    await page.getByRole('button', { name: '+ Add line' }).click();
    await page.getByLabel('Line 1 description').fill('Radios, tactical, handheld');
    await page.getByLabel('Line 1 unit cost').fill('2500');

    // A link away asks first; staying keeps the work.
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await see(question);
    await expectAccessible(page, 'leave-without-saving question');
    await page.screenshot({ path: screenshotPath('unsaved-question') });
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe(`/cases/${identifier}`);
    expect(await page.getByLabel('Line 1 description').inputValue()).toBe('Radios, tactical, handheld');

    // Moving between the case's own tabs is not leaving.
    await page.getByRole('tab', { name: /^Summary/ }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') !== 'loa');
    expect(await question.count()).toBe(0);
    await page.getByRole('tab', { name: /^LOA/ }).click();

    // A reload gets the browser's own prompt; leaving anyway, the lines are kept in this browser to restore.
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(prompts).toEqual(['beforeunload']);
    const kept = page.getByTestId('kept-draft');
    await see(kept);
    await kept.getByRole('button', { name: 'Restore my changes' }).click();
    expect(await page.getByLabel('Line 1 description').inputValue()).toBe('Radios, tactical, handheld');
    await page.getByRole('button', { name: 'Save LOA' }).click();
    await see(page.getByRole('status').filter({ hasText: /Saved version 0/ }));

    // Saved: nothing to ask and nothing kept.
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await page.waitForURL(/\/deadlines/);
    await page.goto(`/cases/${identifier}?tab=loa`);
    await see(page.getByLabel('Line 1 description'));
    expect(await page.getByTestId('kept-draft').count()).toBe(0);

    // Leaving on purpose discards.
    await page.getByLabel('Line 1 description').fill('Radios, edited and abandoned');
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);
    await page.goto(`/cases/${identifier}?tab=loa`);
    await expect.poll(() => page.getByLabel('Line 1 description').inputValue()).toBe('Radios, tactical, handheld');
    expect(await page.getByTestId('kept-draft').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('asks before leaving a half-filled form, and not after saving or cancelling it', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'cn.analyst', undefined, '/notifications/new');
    const form = page.getByRole('form', { name: /notification/i });
    await see(form);
    await form.getByLabel('Description').fill('Half-written notice');
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Deadlines' }).click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(await form.getByLabel('Description').inputValue()).toBe('Half-written notice');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(/\/notifications$/);
    expect(await question.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
