import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { verifyAuditChain } from '../../platform/audit/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { cases, createCase, saveVersion } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { addMembership, getPartner, isMemberOn, listPartners, removeMembership, updateMembership, updatePartner } from './service.ts';

const admin = testPrincipal(['administrator']);
const writerAT = testPrincipal(['case_writer'], { countries: ['AT'], directorates: ['GEX'] });

describe.each(TEST_ENGINES)('partners service on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('is seeded by migration with every partner and their groups', async () => {
    const all = await listPartners(database.db, admin, { limit: 1000 });
    expect(all.total).toBeGreaterThanOrEqual(250);
    expect(all.items.find((p) => p.code === 'AT')).toMatchObject({
      iso2: 'AU',
      name: 'Australia',
      region: 'INDOPACOM',
      groups: ['AECA_36B_ALLIES', 'AECA_62C_15_DAY', 'AECA_63A_HIGHER'],
    });
    expect(all.items.find((p) => p.iso2 === 'PL')?.groups).toEqual(['AECA_36B_ALLIES', 'NATO']);
  });

  it('searches by name, code and ISO code; filters by group; sorts and pages', async () => {
    expect((await listPartners(database.db, admin, { q: 'austral' })).items.map((p) => p.code)).toEqual(['AT']);
    const au = (await listPartners(database.db, admin, { q: 'AU', limit: 100 })).items.map((p) => p.code);
    expect(au).toEqual(expect.arrayContaining(['AT', 'AU'])); // ISO AU is Australia (AT); customer code AU is Austria
    expect((await listPartners(database.db, admin, { q: 'ISR' })).items.map((p) => p.code)).toEqual(['IS']);
    const nato = await listPartners(database.db, admin, { group: 'NATO', kind: 'country', limit: 100 });
    expect(nato.total).toBe(32);
    const page2 = await listPartners(database.db, admin, { sort: 'name', dir: 'desc', limit: 10, offset: 10 });
    const all = await listPartners(database.db, admin, { sort: 'name', dir: 'desc', limit: 20 });
    expect(page2.items).toEqual(all.items.slice(10, 20));
  });

  it('shows a scoped user only their partners, in the list, the count and by code', async () => {
    const visible = await listPartners(database.db, writerAT, { limit: 1000 });
    expect(visible.items.map((p) => p.code)).toEqual(['AT']);
    expect(visible.total).toBe(1);
    expect((await listPartners(database.db, writerAT, { q: 'germany' })).total).toBe(0);
    // A partner outside the scope is not found, like any record of it: the answer confirms nothing.
    expect((await failure(getPartner(database.db, writerAT, 'GM'))).status).toBe(404);
    expect((await failure(getPartner(database.db, admin, 'QQ'))).status).toBe(404);
    expect((await getPartner(database.db, writerAT, 'AT')).name).toBe('Australia');
  });

  it('lets an administrator edit a partner, bumping its version and auditing before and after', async () => {
    const before = await getPartner(database.db, admin, 'AT');
    const after = await updatePartner(database.db, admin, 'AT', { version: before.version, notes: 'AUKUS partner' });
    expect(after).toMatchObject({ notes: 'AUKUS partner', version: before.version + 1 });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, 'AT'));
    expect(entry).toMatchObject({ action: 'partner.updated', actorName: admin.username, countryCode: 'AT' });
    expect((entry!.before as { notes: string }).notes).toBe(before.notes);
    expect((entry!.after as { notes: string }).notes).toBe('AUKUS partner');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('refuses a stale version with 409 and keeps the saved change', async () => {
    const current = await getPartner(database.db, admin, 'NZ');
    await updatePartner(database.db, admin, 'NZ', { version: current.version, notes: 'first' });
    const error = await failure(updatePartner(database.db, admin, 'NZ', { version: current.version, notes: 'second' }));
    expect(error).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((await getPartner(database.db, admin, 'NZ')).notes).toBe('first');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const { version } = await getPartner(database.db, admin, 'JA');
    const results = await Promise.allSettled([
      updatePartner(database.db, admin, 'JA', { version, notes: 'edit A' }),
      updatePartner(database.db, admin, 'JA', { version, notes: 'edit B' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 409 });
  });

  it('rejects invalid input naming the field, and writes nothing', async () => {
    const { version } = await getPartner(database.db, admin, 'CA');
    const error = await failure(updatePartner(database.db, admin, 'CA', { version, region: 'MOONCOM' }));
    expect(error.status).toBe(400);
    expect(error.fields?.[0]?.path).toBe('region');
    expect((await getPartner(database.db, admin, 'CA')).version).toBe(version);
  });

  it('refuses edits by a non-administrator, of partners and of memberships', async () => {
    expect((await failure(updatePartner(database.db, writerAT, 'AT', { version: 1, notes: 'x' }))).status).toBe(403);
    const director = testPrincipal(['country_portfolio_director']);
    const membership = { groupCode: 'NATO', fromDate: '2030-01-01', source: 'x' };
    expect((await failure(addMembership(database.db, testWiring.refreshMarkings, director, 'AT', membership))).status).toBe(403);
    const [nato] = (await getPartner(database.db, admin, 'PL')).memberships.filter((m) => m.groupCode === 'NATO');
    expect(
      (await failure(updateMembership(database.db, testWiring.refreshMarkings, director, 'PL', nato!.id, { version: 1, toDate: null })))
        .status,
    ).toBe(403);
    expect((await failure(removeMembership(database.db, testWiring.refreshMarkings, director, 'PL', nato!.id))).status).toBe(403);
    expect((await failure(updatePartner(database.db, admin, 'QQ', { version: 1, notes: 'x' }))).status).toBe(404);
  });

  it('records dated memberships that the rules query, refusing overlaps', async () => {
    const partner = await getPartner(database.db, admin, 'UP');
    expect(await isMemberOn(database.db, 'UP', 'NATO', '2026-01-01')).toBe(false);
    await addMembership(database.db, testWiring.refreshMarkings, admin, 'UP', {
      groupCode: 'NATO',
      fromDate: '2030-01-01',
      source: 'hypothetical accession for a test',
    });
    expect(await isMemberOn(database.db, 'UP', 'NATO', '2029-12-31')).toBe(false);
    expect(await isMemberOn(database.db, 'UP', 'NATO', '2030-01-01')).toBe(true);
    const overlap = await failure(
      addMembership(database.db, testWiring.refreshMarkings, admin, 'UP', { groupCode: 'NATO', fromDate: '2031-01-01', source: 'again' }),
    );
    expect(overlap.status).toBe(409);
    const added = (await getPartner(database.db, admin, 'UP')).memberships.find((m) => m.groupCode === 'NATO')!;
    await updateMembership(database.db, testWiring.refreshMarkings, admin, 'UP', added.id, {
      version: added.version,
      toDate: '2035-06-30',
    });
    expect(await isMemberOn(database.db, 'UP', 'NATO', '2035-07-01')).toBe(false);
    expect(partner.memberships.length + 1).toBe((await getPartner(database.db, admin, 'UP')).memberships.length);
    const bad = await failure(
      addMembership(database.db, testWiring.refreshMarkings, admin, 'UP', {
        groupCode: 'NATO',
        fromDate: '2040-01-01',
        toDate: '2039-01-01',
        source: 'x',
      }),
    );
    expect(bad.fields?.[0]?.path).toBe('toDate');
  });

  it('re-decides which cases are withheld when a partner joins or leaves the AECA 36(b) allies', async () => {
    const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
    // 20M of MDE: notice is required of SA (14M threshold for other purchasers), not of an ally (25M).
    const sale = await createCase(database.db, writer, { partnerCode: 'SA', agencyCode: 'D', type: 'defined_order', title: 'Radar' });
    await saveVersion(database.db, testWiring.caseHooks, writer, sale.identifier, 0, {
      revision: 1,
      lines: [
        {
          lineNumber: '001',
          description: 'Radar set',
          maslGenericCode: 'A1A',
          maslNumber: '2840015200000',
          quantity: 1,
          unitOfIssue: 'EA',
          unitCostCents: 20_000_000_00,
          mde: true,
          sme: true,
          sourceOfSupply: 'P',
          deliveryPeriod: '24 months',
        },
      ],
      notes: [{ code: 'GEN', title: 'General', text: 'Standard terms.' }],
      paymentSchedule: [],
    });
    const markings = async () => (await database.db.select({ m: cases.markings }).from(cases).where(eq(cases.id, sale.id)))[0]!.m;
    expect(await markings()).toEqual(['pre-notification']);

    const joined = await addMembership(database.db, testWiring.refreshMarkings, admin, 'SA', {
      groupCode: 'AECA_36B_ALLIES',
      fromDate: '2020-01-01',
      source: 'hypothetical designation for a test',
    });
    expect(await markings()).toEqual([]);
    const membership = joined.memberships.find((m) => m.groupCode === 'AECA_36B_ALLIES')!;
    await removeMembership(database.db, testWiring.refreshMarkings, admin, 'SA', membership.id);
    expect(await markings()).toEqual(['pre-notification']);
  });
});
