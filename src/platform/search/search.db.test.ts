import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, createPendingSale, receiveLor } from '../../areas/cases/public.ts';
import { createNotification } from '../../areas/notifications/public.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../audit/service.ts';
import { AppError } from '../http/errors.ts';
import { testPrincipal } from '../testing/principals.ts';
import { recordsNamed, search } from './service.ts';

const admin = testPrincipal(['administrator']);
const writer = testPrincipal(['case_writer']);
const analyst = testPrincipal(['notification_analyst']);
/** Reads cases and EUM, without need-to-know for a sale pending congressional notification. */
const eum = testPrincipal(['eum_specialist']);
const eumAT = testPrincipal(['eum_specialist'], { countries: ['AT'] });
const auditor = testPrincipal(['auditor']);

describe.each(TEST_ENGINES)('the global search on %s', (engine) => {
  let database: Database;
  const find = (who: typeof admin, q: string) => search(database.db, testWiring.searchSources, who, { q });
  const titles = (result: Awaited<ReturnType<typeof find>>, kind: string) =>
    result.groups.find((g) => g.kind === kind)?.hits.map((h) => h.title) ?? [];
  let open: { id: string; identifier: string };
  let withheld: { id: string; identifier: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    open = await createCase(database.db, writer, {
      partnerCode: 'AT',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'Night vision goggles',
    });
    await createCase(database.db, writer, { partnerCode: 'BE', agencyCode: 'B', type: 'defined_order', title: 'Night vision devices' });
    withheld = await createPendingSale(database.db, testWiring.caseHooks, writer, 'AT', 'Zephyrion missile battery');
    await receiveLor(database.db, writer, {
      partnerCode: 'AT',
      reference: 'BMLV-2026-0147',
      receivedOn: '2026-03-02',
      channel: 'embassy',
      description: 'Request for pricing of tactical radios',
    });
    await createNotification(database.db, analyst, {
      partnerCode: 'BE',
      description: 'Belgium requested the sale of armoured vehicles',
      mdeCents: 30_000_000_00,
      totalCents: 120_000_000_00,
    });
  });
  afterAll(() => database?.close());

  it('finds a case by its identifier and by words of its title, grouped by kind, with a link to the record', async () => {
    const byIdentifier = await find(writer, open.identifier);
    expect(titles(byIdentifier, 'case')).toEqual([open.identifier]);
    const hit = byIdentifier.groups.find((g) => g.kind === 'case')!.hits[0]!;
    expect(hit.link).toBe(`/cases/${open.identifier}`);
    expect(hit.detail).toContain('Night vision goggles');
    const byWords = await find(writer, 'night vision');
    expect(byWords.groups.find((g) => g.kind === 'case')).toMatchObject({ total: 2, listLink: '/cases?q=night%20vision' });
  });

  it('finds a letter of request by its reference and a partner by name or code', async () => {
    expect(titles(await find(writer, '2026-0147'), 'lor')).toEqual(['BMLV-2026-0147']);
    expect(titles(await find(writer, 'Austria'), 'partner')).toEqual(['Austria']);
    expect(titles(await find(writer, 'BE'), 'partner')).toContain('Belgium');
  });

  it('finds a notification by the words of its description in another form (full text) and by its transmittal number', async () => {
    const byStem = await find(analyst, 'request armoured');
    const group = byStem.groups.find((g) => g.kind === 'notification');
    expect(group?.hits).toHaveLength(1);
    const transmittal = group!.hits[0]!.title;
    expect(titles(await find(analyst, transmittal), 'notification')).toEqual([transmittal]);
  });

  it('never finds what the reader may not see: another partner, a withheld case by its title, or an area not granted', async () => {
    expect(titles(await find(eumAT, 'night vision'), 'case')).toEqual([open.identifier]);
    expect(titles(await find(eumAT, 'Belgium'), 'partner')).toEqual([]);
    // Without need-to-know the sale pending notification matches nothing on its content, not even its identifier.
    expect(titles(await find(eum, 'Zephyrion'), 'case')).toEqual([]);
    expect(titles(await find(eum, withheld.identifier), 'case')).toEqual([]);
    expect(titles(await find(writer, 'Zephyrion'), 'case')).toEqual([withheld.identifier]);
    // An EUM specialist does not read notifications at all: that group is never asked.
    expect((await find(eum, 'armoured')).groups.map((g) => g.kind)).not.toContain('notification');
    expect((await find(admin, 'armoured')).groups.map((g) => g.kind)).toContain('notification');
  });

  it("finds a record's audit history by its business identifier, never a withheld one's", async () => {
    const named = (who: typeof admin, name: string) => recordsNamed(database.db, testWiring.searchSources, who, name);
    expect(await named(writer, open.identifier.toLowerCase())).toEqual([open.id]);
    expect(await named(writer, 'AT')).toEqual(['AT']);
    expect(await named(auditor, withheld.identifier)).toEqual([]);
    const history = await listAudit(database.db, testWiring.auditSubjects, auditor, {
      entityIds: await named(auditor, open.identifier),
      limit: 50,
      offset: 0,
    });
    expect(history.items.length).toBeGreaterThan(0);
    expect(history.items.every((e) => e.entityId === open.id)).toBe(true);
    const none = await listAudit(database.db, testWiring.auditSubjects, auditor, { entityIds: [], limit: 50, offset: 0 });
    expect(none.total).toBe(0);
  });

  it('refuses a query too short or too long, naming the field', async () => {
    for (const q of ['a', ' b ', 'x'.repeat(101)]) {
      const error = await find(writer, q).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect(JSON.stringify((error as AppError).fields)).toContain('"q"');
    }
  });
});
