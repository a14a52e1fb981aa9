import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPendingSale } from '../../areas/cases/public.ts';
import { getPartner, updatePartner } from '../../areas/countries/public.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../testing/principals.ts';
import { listAudit, verifyAuditChain } from './service.ts';

const admin = testPrincipal(['administrator']);
const auditorAT = testPrincipal(['auditor'], { countries: ['AT'] });
const auditor = testPrincipal(['auditor']);
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });

async function edit(database: Database, code: string, notes: string) {
  const { version } = await getPartner(database.db, admin, code);
  await updatePartner(database.db, admin, code, { version, notes });
}

describe.each(TEST_ENGINES)('audit log on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    for (const [code, notes] of [
      ['AT', 'one'],
      ['GM', 'two'],
      ['AT', 'three'],
      ['FR', 'four'],
    ] as const)
      await edit(database, code, notes);
  });
  afterAll(() => database?.close());

  it('chains every record to the one before it', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 4, keyed: 4, unkeyed: 0, checkpoints: 0 });
  });

  it('refuses updates, deletes and truncation at the database', async () => {
    const cause = (query: Promise<unknown>) =>
      query.then(
        () => 'succeeded',
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await cause(database.db.execute(sql`update audit_log set actor_name = 'mallory' where seq = 2`))).toMatch(/append-only/);
    expect(await cause(database.db.execute(sql`delete from audit_log where seq = 2`))).toMatch(/append-only/);
    expect(await cause(database.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 4 });
  });

  it("filters by entity, actor and date, and by the reader's partner scope", async () => {
    const at = await listAudit(database.db, testWiring.auditSubjects, admin, {
      entityType: 'partner',
      entityId: 'AT',
      limit: 50,
      offset: 0,
    });
    expect(at.items.map((e) => (e.after as { notes: string }).notes)).toEqual(['three', 'one']);
    expect((await listAudit(database.db, testWiring.auditSubjects, admin, { actor: 'nobody', limit: 50, offset: 0 })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit(database.db, testWiring.auditSubjects, admin, { from: today, to: today, limit: 50, offset: 0 })).total).toBe(4);
    expect((await listAudit(database.db, testWiring.auditSubjects, admin, { to: '2000-01-01', limit: 50, offset: 0 })).total).toBe(0);
    const scoped = await listAudit(database.db, testWiring.auditSubjects, auditorAT, { limit: 50, offset: 0 });
    expect(new Set(scoped.items.map((e) => e.countryCode))).toEqual(new Set(['AT']));
  });

  it('finds the first altered record when someone bypasses the guard', async () => {
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await database.db.execute(sql`update audit_log set after = jsonb_set(after, '{notes}', '"forged"') where seq = 3`);
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: false,
      checked: 2,
      brokenAt: 3,
      reason: 'record 3: hash does not match its content (keyed)',
    });
  });

  it('finds a removed record', async () => {
    await database.db.execute(sql`delete from audit_log where seq = 2`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: 2, reason: 'record 2 is missing (the next is 3)' });
  });
});

describe.each(TEST_ENGINES)('audit entries about a withheld record on %s', (engine) => {
  let database: Database;
  let caseId = '';
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const sale = await createPendingSale(database.db, testWiring.caseHooks, writer, 'QA');
    caseId = sale.id;
  });
  afterAll(() => database?.close());

  const created = async (who: typeof admin) =>
    (await listAudit(database.db, testWiring.auditSubjects, who, { entityType: 'case', limit: 50, offset: 0 })).items.find(
      (e) => e.action === 'case.created',
    );

  it('shows a reader without need-to-know only that the entry exists; an administrator sees it whole', async () => {
    expect(await created(auditor)).toMatchObject({
      action: 'case.created',
      entityType: 'case',
      entityId: 'withheld',
      countryCode: null,
      before: null,
      after: null,
    });
    const whole = await created(admin);
    expect(whole).toMatchObject({ entityId: caseId, countryCode: 'QA' });
    expect(whole!.after).toMatchObject({ title: 'Patriot', partnerCode: 'QA' });
    expect(JSON.stringify(await created(auditor))).not.toContain('Patriot');
  });

  it('finds nothing for a reader without need-to-know who filters on the record', async () => {
    const query = { entityType: 'case', entityId: caseId, limit: 50, offset: 0 };
    expect((await listAudit(database.db, testWiring.auditSubjects, auditor, query)).total).toBe(0);
    expect((await listAudit(database.db, testWiring.auditSubjects, admin, query)).total).toBeGreaterThan(0);
  });
});
