// A case withheld pending congressional notification: every read path of it, over HTTP as the app serves it, refuses
// (or masks, or leaves out) for readers without need-to-know, and serves those who have it.
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import type { Role } from '../../platform/access/roles.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { principalOf } from '../../platform/auth/principal.ts';
import { createApiToken } from '../../platform/auth/service.ts';
import { loadConfig } from '../../platform/config.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { users } from '../../platform/users/schema.ts';
import { createUser } from '../../platform/users/service.ts';
import { testWiring } from '../testing.ts';
import { createCase, setMilestone } from './case-service.ts';
import { caseDeadlineSources } from './deadlines.ts';
import { transitionCase } from './lifecycle-service.ts';
import { decideLor, receiveLor } from './lor-service.ts';
import { casesPortfolioSection } from './portfolio-section.ts';
import { cases } from './schema.ts';
import { saveVersion } from './version-service.ts';

const hooks = testWiring.caseHooks;
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const auditor = testPrincipal(['auditor']);

const line = (n: string, dollars: number, mde: boolean) => ({
  lineNumber: n,
  description: mde ? `Patriot fire unit ${n}` : `Spares and training ${n}`,
  maslGenericCode: 'A1A',
  maslNumber: `28400152${n}0000`.slice(0, 13),
  quantity: 1,
  unitOfIssue: 'EA',
  unitCostCents: dollars * 100,
  mde,
  sme: mde,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
});
const note = { code: 'GEN', title: 'General', text: 'Standard terms.' };

describe.each(TEST_ENGINES)('a case withheld pending congressional notification on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const auth: Record<string, Record<string, string>> = {};
  let withheld: { id: string; identifier: string; lorId: string };
  let offered: { id: string; identifier: string };

  const call = (who: string, path: string) => app.request(`/api${path}`, { headers: auth[who] });
  const json = async (who: string, path: string) => {
    const res = await call(who, path);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const admin = testPrincipal(['administrator']);
    for (const [username, role] of [
      ['writer', 'case_writer'],
      ['reviewer', 'case_reviewer'],
      ['auditor', 'auditor'],
      ['eum', 'eum_specialist'],
    ] as const satisfies readonly (readonly [string, Role])[]) {
      await createUser(db, testWiring.partners, admin, {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [role],
        allDirectorates: role !== 'eum_specialist',
        directorates: role === 'eum_specialist' ? ['GEX'] : [],
        allCountries: true,
        countries: [],
      });
      const [row] = await db.select().from(users).where(eq(users.username, username));
      auth[username] = {
        authorization: `Bearer ${(await createApiToken(db, principalOf(row!, 'token'), { name: 'test' })).token}`,
      };
    }

    // From a letter of request to an LOA with one MDE line of $60M for Qatar: AECA 36(b)(1) notice required, none made.
    const lor = await receiveLor(db, writer, {
      partnerCode: 'QA',
      receivedOn: '2026-01-05',
      channel: 'embassy',
      agencyCode: 'D',
      description: 'Patriot fire units',
      reference: 'QA-LOR-26-001',
    });
    await decideLor(db, writer, lor.id, { decision: 'actionable', version: lor.version, completeOn: '2026-01-12' });
    const created = await createCase(db, writer, {
      partnerCode: 'QA',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'Patriot fire units',
      caseManager: 'Morgan Keeper',
      lorId: lor.id,
    });
    const saved = await saveVersion(db, hooks, writer, created.identifier, 0, {
      revision: 1,
      lines: [line('001', 60_000_000, true)],
      notes: [note],
      paymentSchedule: [],
    });
    expect(saved.version.totalCents).toBeGreaterThan(60_000_000_00);
    await transitionCase(db, hooks, writer, created.identifier, { action: 'submit_for_review', version: 1, date: '2026-02-01' });
    await setMilestone(db, writer, created.identifier, { milestone: 'offered', onDate: '2026-03-01', version: 2 });
    withheld = { id: created.id, identifier: created.identifier, lorId: lor.id };

    // An offered case of the same partner, then marked (as a lowered threshold would mark it): its offer expires.
    const small = await createCase(db, writer, { partnerCode: 'QA', agencyCode: 'B', type: 'defined_order', title: 'Radio spares' });
    const first = await saveVersion(db, hooks, writer, small.identifier, 0, {
      revision: 1,
      lines: [line('001', 1_000_000, false)],
      notes: [note],
      paymentSchedule: [],
    });
    await saveVersion(db, hooks, writer, small.identifier, 0, {
      revision: first.version.revision,
      lines: [line('001', 1_000_000, false)],
      notes: [note],
      paymentSchedule: [{ dueDate: '2027-01-15', amountCents: first.version.totalCents }],
    });
    await transitionCase(db, hooks, writer, small.identifier, { action: 'submit_for_review', version: 1, date: '2026-04-01' });
    await transitionCase(db, hooks, reviewer, small.identifier, { action: 'approve', version: 2, date: '2026-04-10' });
    await setMilestone(db, writer, small.identifier, { milestone: 'milap', onDate: '2026-04-20', version: 3 });
    await transitionCase(db, hooks, writer, small.identifier, { action: 'offer', version: 4, date: '2026-05-01' });
    await db.update(cases).set({ markings: sql`array['pre-notification']::text[]` }).where(eq(cases.id, small.id));
    offered = { id: small.id, identifier: small.identifier };
  });
  afterAll(() => database?.close());

  it('is marked pre-notification by the notifications area', async () => {
    const [row] = await database.db.select({ markings: cases.markings }).from(cases).where(eq(cases.id, withheld.id));
    expect(row?.markings).toEqual(['pre-notification']);
  });

  it('refuses the case and every part of it to readers without need-to-know, and serves them to the case writer', async () => {
    const { id, identifier, lorId } = withheld;
    const paths = [
      `/cases/${identifier}`,
      `/cases/${id}`,
      `/cases/${identifier}/versions/0`,
      `/cases/${identifier}/versions/0/document.pdf`,
      `/cases/${identifier}/diff?from=0&to=0`,
      `/cases/${identifier}/notification`,
      `/cases/${identifier}/comments`,
      `/lors/${lorId}`,
    ];
    for (const path of paths) {
      for (const who of ['auditor', 'eum']) {
        const res = await call(who, path);
        expect(res.status, `${who} GET ${path}`).toBe(403);
        const body = await res.text();
        expect(body, `${who} GET ${path}`).not.toMatch(/Patriot|QA-|Qatar|Morgan/);
      }
      expect((await call('writer', path)).status, `writer GET ${path}`).toBe(200);
    }
    // The change document: the access check comes before the request is looked at (same version twice is a 400).
    const diffPdf = `/cases/${identifier}/diff/document.pdf?from=0&to=1`;
    expect((await call('auditor', diffPdf)).status).toBe(403);
    expect((await call('eum', diffPdf)).status).toBe(403);
    expect((await call('writer', `/cases/${identifier}/diff/document.pdf?from=0&to=0`)).status).toBe(400);
  });

  it('pages the list with the withheld case after every case the reader sees, whatever the sort, none lost or twice', async () => {
    for (const sort of ['identifier', 'partner', 'status', 'value', 'updated']) {
      for (const dir of ['asc', 'desc']) {
        const all = (await json('auditor', `/cases?limit=500&sort=${sort}&dir=${dir}`)).body.items as { id: string; withheld: boolean }[];
        const firstWithheld = all.findIndex((c) => c.withheld);
        expect(
          all.slice(firstWithheld).every((c) => c.withheld),
          `${sort} ${dir}`,
        ).toBe(true);
        expect(all.slice(firstWithheld).map((c) => c.id)).toContain(withheld.id);
        // Pages of 1 and of 2 put together give the same list: the step from seen rows to withheld ones loses nothing.
        for (const size of [1, 2]) {
          const paged: string[] = [];
          for (let offset = 0; offset < all.length; offset += size) {
            const page = await json('auditor', `/cases?limit=${size}&offset=${offset}&sort=${sort}&dir=${dir}`);
            paged.push(...(page.body.items as { id: string }[]).map((c) => c.id));
          }
          expect(paged, `${sort} ${dir} by ${size}`).toEqual(all.map((c) => c.id));
        }
      }
    }
    const sorted = (await json('writer', '/cases?limit=500&sort=value&dir=desc')).body.items as { id: string; totalCents: number }[];
    expect(sorted.map((c) => c.totalCents)).toEqual([...sorted.map((c) => c.totalCents)].sort((a, b) => b - a));
  });

  it('lists it masked in the global lists: no identifier, agency letter, value, manager or partner', async () => {
    const masked = (body: Record<string, unknown>, id: string) =>
      (body.items as { id: string }[] | undefined)?.find((row) => row.id === id) ??
      (body as unknown as { id: string }[]).find?.((row) => row.id === id);
    for (const who of ['auditor', 'eum']) {
      const list = await json(who, '/cases?limit=500');
      const row = masked(list.body, withheld.id);
      expect(row).toEqual({
        id: withheld.id,
        withheld: true,
        identifier: 'Withheld',
        partnerCode: null,
        partnerName: null,
        agencyCode: null,
        type: null,
        title: 'Withheld: pending congressional notification',
        status: null,
        totalCents: null,
        caseManager: null,
        updatedAt: null,
      });
      expect(JSON.stringify(row)).not.toMatch(new RegExp(`${withheld.identifier.slice(3)}|QA|Patriot|Morgan|6000000000`));
      for (const filter of ['q=Patriot', 'partner=QA', 'agency=D', 'status=in_review', 'minValueCents=1']) {
        const filtered = await json(who, `/cases?limit=500&${filter}`);
        expect(masked(filtered.body, withheld.id), `${who} ${filter}`).toBeUndefined();
      }

      const lors = await json(who, '/lors?limit=500');
      const lor = masked(lors.body, withheld.lorId);
      expect(lor).toMatchObject({ id: withheld.lorId, withheld: true, partnerCode: null, reference: null, agencyCode: null });
      expect(JSON.stringify(lor)).not.toMatch(/QA|Patriot/);
      expect(masked((await json(who, '/lors?limit=500&partner=QA')).body, withheld.lorId)).toBeUndefined();
    }

    const queue = await json('auditor', '/review-queue');
    const item = masked(queue.body, withheld.id);
    expect(item).toEqual({
      id: withheld.id,
      withheld: true,
      identifier: 'Withheld',
      partnerCode: null,
      partnerName: null,
      title: 'Withheld: pending congressional notification',
      totalCents: null,
      submittedOn: null,
      openComments: null,
    });
    expect(masked((await json('reviewer', '/review-queue')).body, withheld.id)).toMatchObject({
      identifier: withheld.identifier,
      partnerCode: 'QA',
      withheld: false,
    });
    expect(masked((await json('writer', '/cases?limit=500')).body, withheld.id)).toMatchObject({
      identifier: withheld.identifier,
      caseManager: 'Morgan Keeper',
    });
    expect(masked((await json('writer', '/lors?limit=500')).body, withheld.lorId)).toMatchObject({ partnerCode: 'QA', withheld: false });
  });

  it('masks the audit entries of its letter of request and its review comments', async () => {
    const added = await app.request(`/api/cases/${withheld.identifier}/comments`, {
      method: 'POST',
      headers: { ...auth.reviewer, 'content-type': 'application/json' },
      body: JSON.stringify({ versionNumber: 0, lineNumber: '001', body: 'Patriot fire unit line: name the configuration' }),
    });
    expect(added.status).toBe(201);
    const commentId = ((await added.json()) as { id: string }).id;
    const entries = async (who: string, entityType: string) =>
      ((await json(who, `/audit?entityType=${entityType}&limit=200`)).body.items as { entityId: string; countryCode: string | null }[]) ??
      [];
    for (const [entityType, id] of [
      ['letter_of_request', withheld.lorId],
      ['review_comment', commentId],
    ] as const) {
      const seen = await entries('auditor', entityType);
      expect(seen.length, entityType).toBeGreaterThan(0);
      expect(seen.map((e) => e.entityId)).not.toContain(id);
      expect(JSON.stringify(seen)).not.toMatch(/Patriot|QA/);
    }
    const admin = testPrincipal(['administrator']);
    const full = await listAudit(database.db, testWiring.auditSubjects, admin, { entityType: 'review_comment', limit: 10, offset: 0 });
    expect(full.items.map((e) => e.entityId)).toContain(commentId);
  });

  it('leaves it out of the timeliness report and its exports, the partner portfolio and the offer deadlines', async () => {
    const period = 'from=2026-01-01&to=2026-06-30';
    const rowsOf = async (who: string) =>
      ((await json(who, `/timeliness?${period}`)).body.rows as { identifier: string }[]).map((r) => r.identifier);
    expect(await rowsOf('writer')).toContain(withheld.identifier);
    expect(await rowsOf('auditor')).not.toContain(withheld.identifier);
    expect(await rowsOf('auditor')).not.toContain(offered.identifier);
    const overall = async (who: string) => ((await json(who, `/timeliness?${period}`)).body.overall as { cases: number }).cases;
    expect(await overall('auditor')).toBe((await overall('writer')) - 2);
    const csv = await (await call('auditor', `/timeliness/export.csv?${period}`)).text();
    expect(csv).not.toContain(withheld.identifier);
    expect(csv).not.toContain('Patriot');
    expect((await call('auditor', `/timeliness/export.xlsx?${period}`)).status).toBe(200);

    const portfolioCases = async (who: string) =>
      ((await json(who, '/portfolios/QA/cases?limit=500')).body.items as { id: string }[]).map((c) => c.id);
    expect(await portfolioCases('writer')).toEqual(expect.arrayContaining([withheld.id, offered.id]));
    expect(await portfolioCases('auditor')).not.toContain(withheld.id);
    expect(await portfolioCases('auditor')).not.toContain(offered.id);

    const figures = async (who: typeof auditor) =>
      (await casesPortfolioSection.figures(database.db, who, ['QA'], '2026-06-01')).get('QA') ?? [];
    const all = async (who: typeof auditor) => (await figures(who)).find((f) => f.key === 'cases.all');
    expect(await all(writer)).toMatchObject({ count: 2 });
    expect(await all(auditor)).toBeUndefined();
    expect(JSON.stringify(await figures(auditor))).toBe('[]');

    const expiring = async (who: typeof auditor) =>
      (await caseDeadlineSources[0]!.list(database.db, who, { from: null, to: '2099-12-31' })).map((d) => d.entityId);
    expect(await expiring(writer)).toContain(offered.id);
    expect(await expiring(auditor)).not.toContain(offered.id);
  });
});
