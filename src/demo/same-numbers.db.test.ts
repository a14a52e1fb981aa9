import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { testWiring } from '../areas/testing.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../db/testing.ts';
import { principalOf } from '../platform/auth/principal.ts';
import { createApiToken } from '../platform/auth/service.ts';
import { loadConfig } from '../platform/config.ts';
import { addDays, todayIso } from '../platform/dates.ts';
import { users } from '../platform/users/schema.ts';
import { seedDemo } from './seed.ts';

// Issue 12 "same numbers everywhere": on the demo data, a figure shown in two places is the same number. The portfolio's
// EUM figures and the compliance view; the portfolio's clocks and the calendar's; the calendar's month and list views;
// the list view and the iCalendar feed. Each pair is read through the API, as the screens read it.

interface Clock {
  id: string;
  kind: string;
  entityType: string;
  dueDate: string;
  partnerCode: string | null;
  overdue: boolean;
}
interface Figure {
  key: string;
  count: number | null;
}

describe.each(TEST_ENGINES)('the same numbers on every screen, on the demo data, on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  const today = todayIso();

  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  /** Every clock in a window, through the pages the calendar asks for. */
  const clocks = async (query: string): Promise<Clock[]> => {
    const all: Clock[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await get<{ items: Clock[]; hasMore: boolean }>(`/deadlines?${query}&limit=500&offset=${offset}`);
      all.push(...page.items);
      if (!page.hasMore) return all;
    }
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedDemo(database.db, testWiring, { size: 'demo', seed: 1 });
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const [row] = await database.db.select().from(users).where(eq(users.username, 'admin'));
    token = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'same numbers' })).token;
  }, 600_000); // the whole demo, loaded through the services
  afterAll(() => database?.close());

  it("gives each partner's EUM figures alike on its portfolio, the compliance view and the calendar", async () => {
    const compliance = await get<{
      partners: { partnerCode: string; overdueInventories: number; delinquentItems: number; items: number }[];
    }>('/eum/compliance');
    const partners = compliance.partners.filter((p) => p.items > 0);
    expect(partners.length).toBeGreaterThan(1);
    expect(partners.some((p) => p.overdueInventories > 0 || p.delinquentItems > 0)).toBe(true);
    for (const p of partners) {
      const portfolio = await get<{ sections: { id: string; figures: Figure[] }[]; deadlines: Clock[] }>(`/portfolios/${p.partnerCode}`);
      const eum = portfolio.sections.find((s) => s.id === 'eum')?.figures ?? [];
      const count = (key: string) => eum.find((f) => f.key === key)?.count ?? 0;
      expect(count('eum.overdue_inventories'), p.partnerCode).toBe(p.overdueInventories);
      expect(count('eum.delinquent_items'), p.partnerCode).toBe(p.delinquentItems);
      expect(count('eum.items'), p.partnerCode).toBe(p.items);

      // Each overdue inventory is an overdue clock on the calendar's list view, and on the portfolio's.
      const listed = await clocks(`area=eum&partner=${p.partnerCode}&from=${today}&to=${addDays(today, 90)}&overdue=true`);
      const overdueInventories = (list: Clock[]) =>
        list.filter((c) => c.kind === 'eum.inventory_due' && c.entityType === 'eum_inventory' && c.overdue).length;
      expect(overdueInventories(listed), p.partnerCode).toBe(p.overdueInventories);
      expect(overdueInventories(portfolio.deadlines), p.partnerCode).toBe(p.overdueInventories);
    }
  });

  it('shows the same clocks in the month view, the list view and the iCalendar feed', async () => {
    const list = await clocks(`from=${today}&to=${addDays(today, 90)}&overdue=true`);
    expect(list.length).toBeGreaterThan(10);
    // The month view: this month's grid, without the overdue clocks that lie before it.
    const gridFrom = `${today.slice(0, 7)}-01`;
    const gridTo = addDays(gridFrom, 41);
    const month = await clocks(`from=${gridFrom}&to=${gridTo}&overdue=false`);
    const inBoth = (c: Clock) => c.dueDate >= today && c.dueDate <= gridTo;
    expect(month.filter(inBoth).map((c) => c.id)).toEqual(list.filter(inBoth).map((c) => c.id));

    const created = await app.request('/api/deadlines/feeds', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'same numbers' }),
    });
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };
    const feed = await app.request(new URL(url).pathname + new URL(url).search);
    expect(feed.status).toBe(200);
    const uids = [...(await feed.text()).replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.+)@iops\r?$/gm)].map((m) => m[1]);
    const year = await clocks(`from=${today}&to=${addDays(today, 365)}&overdue=true`);
    expect(uids.sort()).toEqual(year.map((c) => c.id).sort());
  });
});
