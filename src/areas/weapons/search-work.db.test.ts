import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { search } from '../../platform/search/service.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { users } from '../../platform/users/schema.ts';
import { myWork } from '../../platform/work/service.ts';
import { testWiring } from '../testing.ts';
import { createCompany, createInquiry, createTarget } from './inquiry-service.ts';
import { weaponSystems } from './schema.ts';
import { createTsfdRequest } from './tsfd/tsfd-service.ts';

const ANALYST_ID = '22222222-2222-4222-8222-222222222222';
const analyst = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'], userId: ANALYST_ID });
const admin = testPrincipal(['administrator']);
const directorSA = testPrincipal(['country_portfolio_director'], { countries: ['SA'] });
/** Reads everything, but holds no need-to-know: TSFD records do not exist for it. */
const auditor = testPrincipal(['auditor']);
const grantedAuditor = testPrincipal(['auditor'], { needToKnow: ['tsfd'] });
const TODAY = '2026-06-01';

describe.each(TEST_ENGINES)('weapons in the global search and "my work" on %s', (engine) => {
  let database: Database;
  const find = (who: typeof admin, q: string) => search(database.db, testWiring.searchSources, who, { q });
  const titles = (result: Awaited<ReturnType<typeof find>>, kind: string) =>
    result.groups.find((g) => g.kind === kind)?.hits.map((h) => h.title) ?? [];
  let overdue: { id: string; reference: string };
  let mine: { id: string; reference: string };
  let tsfd: { id: string; reference: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    await db
      .insert(users)
      .values({ id: ANALYST_ID, username: 'wpn.test', displayName: 'Wyn Test', passwordHash: 'x', roles: ['weapons_analyst'] });
    const [system] = await db
      .insert(weaponSystems)
      .values({ name: 'Quillfire seeker', sme: true, technologyAreas: ['night_vision'] })
      .returning();
    const company = await createCompany(db, analyst, { name: 'Ridgeway Optics', sizeCategory: 'small', cageCode: '7RW19' });
    await createTarget(db, admin, { effectiveFrom: '2026-01-01', days: 10, source: 'Ombudsman policy memo' }, TODAY);
    const base = { companyId: company.id, contactName: 'Dana Reyes', channel: 'email' as const, systemId: system!.id };
    overdue = await createInquiry(
      db,
      analyst,
      { ...base, question: 'Subcontracting on an FMS case for thermal sights?', partnerCode: 'GM', receivedOn: '2026-05-01' },
      TODAY,
    );
    mine = await createInquiry(
      db,
      analyst,
      { ...base, question: 'Offset obligations in Saudi Arabia', partnerCode: 'SA', receivedOn: '2026-05-28', assigneeId: ANALYST_ID },
      TODAY,
    );
    tsfd = await createTsfdRequest(db, analyst, {
      partnerCode: 'SA',
      systemId: system!.id,
      title: 'Quillfire seeker release',
      preLorAssessmentOn: '2026-05-01',
    });
  });
  afterAll(() => database?.close());

  it('finds an industry inquiry by its company, its subject and its reference, in the partner scope', async () => {
    expect(titles(await find(analyst, 'Ridgeway'), 'weapon-inquiry').sort()).toEqual([overdue.reference, mine.reference].sort());
    expect(titles(await find(analyst, 'thermal sights'), 'weapon-inquiry')).toEqual([overdue.reference]);
    const byReference = await find(analyst, mine.reference);
    const group = byReference.groups.find((g) => g.kind === 'weapon-inquiry')!;
    expect(group.hits).toEqual([
      { id: mine.id, title: mine.reference, detail: expect.stringContaining('Ridgeway Optics'), link: `/weapons/inquiries/${mine.id}` },
    ]);
    expect(group.listLink).toBe(`/weapons/inquiries?q=${encodeURIComponent(mine.reference)}`);
    // A director for Saudi Arabia reads the Saudi inquiry, not the Gambian one.
    expect(titles(await find(directorSA, 'Ridgeway'), 'weapon-inquiry')).toEqual([mine.reference]);
  });

  it('finds a TSFD request only for holders of the tsfd need-to-know: to anyone else it does not exist, even by reference', async () => {
    expect(titles(await find(analyst, 'Quillfire'), 'tsfd-request')).toEqual([tsfd.reference]);
    expect(titles(await find(grantedAuditor, tsfd.reference), 'tsfd-request')).toEqual([tsfd.reference]);
    for (const q of ['Quillfire', tsfd.reference, 'seeker release']) {
      const result = await find(auditor, q);
      expect(result.groups.some((g) => g.kind === 'tsfd-request')).toBe(false);
      expect(JSON.stringify(result)).not.toContain(tsfd.id);
    }
  });

  it("counts the analyst's inquiries: assigned to them and open, and past the response target", async () => {
    const work = await myWork(database.db, testWiring.workQueues, testWiring.deadlineSources, analyst, TODAY);
    const count = (key: string) => work.items.find((q) => q.key === key);
    expect(count('weapons.inquiries_mine')).toMatchObject({ count: 1, link: '/weapons/inquiries?queue=mine', tone: 'waiting' });
    expect(count('weapons.inquiries_overdue')).toMatchObject({ count: 1, link: '/weapons/inquiries?queue=overdue', tone: 'overdue' });
    // Read-only roles have no weapons queue.
    const auditorWork = await myWork(database.db, testWiring.workQueues, testWiring.deadlineSources, auditor, TODAY);
    expect(auditorWork.items.some((q) => q.area === 'weapons')).toBe(false);
  });
});
