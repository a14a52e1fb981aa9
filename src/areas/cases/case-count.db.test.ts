import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, listCases } from './case-service.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const writerAT = testPrincipal(['case_writer'], { directorates: ['GEX'], countries: ['AT'] });

describe.each(TEST_ENGINES)("the case list's count, bounded by the page, on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    for (const [partnerCode, n] of [
      ['AT', 4],
      ['JA', 3],
    ] as const) {
      for (let i = 0; i < n; i += 1) {
        await createCase(database.db, writer, { partnerCode, agencyCode: 'D', type: 'defined_order', title: `${partnerCode} spares ${i}` });
      }
    }
  });
  afterAll(() => database?.close());

  it('counts exactly while the matching cases end within the cap past the page', async () => {
    expect(await listCases(database.db, writer, { limit: 2 }, { countAhead: 6 })).toMatchObject({ total: 7, totalExact: true });
    expect(await listCases(database.db, writer, { limit: 2, offset: 2 }, { countAhead: 4 })).toMatchObject({ total: 7, totalExact: true });
  });

  it('stops at the page end plus the cap and says the total is a lower bound', async () => {
    const page = await listCases(database.db, writer, { limit: 2 }, { countAhead: 1 });
    expect(page).toMatchObject({ total: 3, totalExact: false });
    expect(page.items).toHaveLength(2);
    // Reaching exactly the cap is not proof there is nothing more.
    expect(await listCases(database.db, writer, { limit: 2, offset: 2 }, { countAhead: 3 })).toMatchObject({ total: 7, totalExact: false });
    expect(await listCases(database.db, writer, { limit: 2, offset: 3 }, { countAhead: 2 })).toMatchObject({ total: 7, totalExact: false });
  });

  it('counts only what the reader may see, and exactly when asked (work queues)', async () => {
    expect(await listCases(database.db, writerAT, { limit: 1 }, { countAhead: 10 })).toMatchObject({ total: 4, totalExact: true });
    expect(await listCases(database.db, writerAT, { limit: 1 }, { countAhead: 1 })).toMatchObject({ total: 2, totalExact: false });
    expect(await listCases(database.db, writer, { limit: 1 }, { exactTotal: true, countAhead: 1 })).toMatchObject({
      total: 7,
      totalExact: true,
    });
    expect(await listCases(database.db, writer, { q: 'JA spares', limit: 1 }, { countAhead: 1 })).toMatchObject({
      total: 2,
      totalExact: false,
    });
  });
});
