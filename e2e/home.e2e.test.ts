import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;
beforeAll(async () => {
  iops = await startIops();
}, 600_000);
afterAll(async () => {
  await iops?.stop();
});

interface WorkItem {
  key: string;
  count: number;
  more: boolean;
  link: string;
}

/** The total the list page's own API call reports (the review queue answers the list itself). */
async function listTotal(page: Page, item: WorkItem): Promise<number> {
  const path = new URL(item.link, 'http://x').pathname;
  const api = path === '/case-writing/review-queue' ? '/api/review-queue' : null;
  const response = page.waitForResponse((r) => {
    const url = new URL(r.url());
    if (r.request().method() !== 'GET' || !url.pathname.startsWith('/api/')) return false;
    if (api) return url.pathname === api;
    return url.searchParams.has('limit') && !url.pathname.includes('saved-views') && url.pathname !== '/api/my-work';
  });
  await page.getByTestId(`work-${item.key}`).click();
  await page.waitForURL((url) => url.pathname === path);
  const body = (await (await response).json()) as { total?: number } | unknown[];
  return Array.isArray(body) ? body.length : (body.total ?? -1);
}

describe('home: my work', () => {
  for (const [username, expected] of [
    ['writer.australia', ['lors.received', 'cases.draft', 'cases.returned']],
    ['cn.analyst', ['notifications.draft', 'notifications.formally_notified']],
    ['eum.gulf', ['eum.inventories_overdue', 'eum.items_overdue', 'eum.incidents_open']],
    ['bpc.pm', ['capacity-building.proposals_waiting', 'capacity-building.reviews_open', 'deliveries.late', 'deliveries.acceptance_due']],
    ['weapons', ['weapons.inquiries_mine', 'weapons.inquiries_overdue']],
  ] as const) {
    it(`${username} lands on their work, and each count is what the list it opens shows`, async () => {
      const { page, pageErrors } = await iops.newPage();
      const work = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/my-work');
      await signIn(page, username);
      await page.waitForURL((url) => url.pathname === '/');
      const items = ((await (await work).json()) as { items: WorkItem[] }).items;
      await see(page.getByRole('heading', { name: 'My work', level: 1 }));
      for (const key of expected) expect(items.map((i) => i.key)).toContain(key);
      // Only the queues of the user's own work: no other area's.
      if (username !== 'eum.gulf') expect(items.some((i) => i.key.startsWith('eum.'))).toBe(false);
      await expectAccessible(page, `home of ${username}`);
      await page.screenshot({ path: screenshotPath(`home-${username}`) });
      const counted = items.filter((i) => !i.key.startsWith('deadlines.') && !i.more);
      for (const item of counted) {
        await page.goto('/');
        await see(page.getByTestId(`work-${item.key}`));
        expect(await listTotal(page, item), `${item.key} → ${item.link}`).toBe(item.count);
      }
      expect(counted.some((i) => i.count > 0)).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  }
});
