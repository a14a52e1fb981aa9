// Issue 11, "the domain's own invariants": each refused at the API (400/409 naming the field and the conflicting date
// or value) and, where the order is within one row, by the database too. Both engines.
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../db/testing.ts';
import { principalOf } from '../platform/auth/principal.ts';
import { createApiToken } from '../platform/auth/service.ts';
import { loadConfig } from '../platform/config.ts';
import { addDays, todayIso } from '../platform/dates.ts';
import { testPrincipal } from '../platform/testing/principals.ts';
import { users } from '../platform/users/schema.ts';
import { createUser } from '../platform/users/service.ts';
import { testWiring } from './testing.ts';

type Body = Record<string, unknown> & { error?: { code: string; message: string; fields?: { path: string; message: string }[] } };

const line = (n: string) => ({ lineNumber: n, description: 'Radios', quantity: 10, unitCostCents: 100_000_00 });
/** A line every LOA quality check passes, and its payment schedule: $250,000 + 3.2% surcharge = $258,000. */
const trainingLine = {
  lineNumber: '001',
  description: 'Operator and maintenance training',
  maslGenericCode: 'O1A',
  maslNumber: 'OTS000000001A',
  quantity: 1,
  unitOfIssue: 'LO',
  unitCostCents: 250_000_00,
  sourceOfSupply: 'S',
  deliveryPeriod: '12 months',
};
const cleanPayments = [{ dueDate: '2027-01-15', amountCents: 258_000_00 }];

describe.each(TEST_ENGINES)("the domain's own invariants on %s", (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> => {
    const res = await app.request(`/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  const fieldOf = (r: { body: Body }) => r.body.error?.fields?.[0];

  /** An actionable LOR received on `receivedOn`, and a case written from it with one line. */
  async function caseFromLor(receivedOn: string, lines: object[] = [line('001')], paymentSchedule: object[] = []) {
    const lor = await call('POST', '/lors', { partnerCode: 'SA', receivedOn, channel: 'embassy', agencyCode: 'B', description: 'Radios' });
    expect(lor.status).toBe(201);
    const decided = await call('POST', `/lors/${lor.body.id}/decision`, { decision: 'actionable', version: 1, completeOn: receivedOn });
    expect(decided.status).toBe(200);
    const created = await call('POST', '/cases', {
      partnerCode: 'SA',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'Radios',
      lorId: lor.body.id,
    });
    expect(created.status).toBe(201);
    const identifier = (created.body.case as { identifier: string }).identifier;
    const saved = await call('PUT', `/cases/${identifier}/versions/0`, { revision: 1, lines, paymentSchedule });
    expect(saved.status).toBe(200);
    return identifier;
  }
  const caseVersion = async (ref: string) => ((await call('GET', `/cases/${ref}`)).body.case as { version: number }).version;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
      username: 'boss',
      displayName: 'Administrator',
      password: 'a long enough password',
      roles: ['administrator'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
    const [row] = await database.db.select().from(users).where(eq(users.username, 'boss'));
    token = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
  });
  afterAll(() => database?.close());

  it('refuses an LOR received in the future', async () => {
    const res = await call('POST', '/lors', {
      partnerCode: 'SA',
      receivedOn: addDays(todayIso(), 1),
      channel: 'embassy',
      description: 'Tomorrow',
    });
    expect(res.status).toBe(400);
    expect(fieldOf(res)).toEqual({ path: 'receivedOn', message: `on or before ${todayIso()}` });
  });

  it('keeps a case dates after its LOR and in order: written, reviewed, offered', async () => {
    const ref = await caseFromLor('2026-10-15');
    const early = await call('POST', `/cases/${ref}/transitions`, {
      action: 'submit_for_review',
      version: await caseVersion(ref),
      date: '2026-10-10',
    });
    expect(early.status).toBe(400);
    expect(fieldOf(early)).toMatchObject({ path: 'date', message: expect.stringContaining('2026-10-15') });
    const submitted = await call('POST', `/cases/${ref}/transitions`, {
      action: 'submit_for_review',
      version: await caseVersion(ref),
      date: '2026-10-20',
    });
    expect(submitted.status).toBe(200);
    const milestone = await call('PUT', `/cases/${ref}/milestones`, {
      milestone: 'cwd_review_complete',
      onDate: '2026-10-18',
      version: await caseVersion(ref),
    });
    expect(milestone.status).toBe(400);
    expect(fieldOf(milestone)).toMatchObject({ path: 'onDate', message: expect.stringContaining('2026-10-20') });
    const approve = await call('POST', `/cases/${ref}/transitions`, {
      action: 'approve',
      version: await caseVersion(ref),
      date: '2026-10-19',
    });
    expect(approve.status).toBe(400);
    expect(fieldOf(approve)?.message).toContain('2026-10-20');
  });

  it('refuses a notice formally notified before its tiered review or its LOR, so the offer gate stays shut', async () => {
    const ref = await caseFromLor('2026-10-15', [{ ...line('001'), quantity: 1000 }]);
    const caseId = ((await call('GET', `/cases/${ref}`)).body.case as { id: string }).id;
    const notice = await call('POST', '/notifications', { partnerCode: 'SA', caseIds: [caseId], description: 'Radios for SA' });
    expect(notice.status).toBe(201);
    const id = notice.body.id as string;
    const beforeLor = await call('POST', `/notifications/${id}/transitions`, {
      action: 'send_tiered_review',
      version: 1,
      date: '2026-10-01',
    });
    expect(beforeLor.status).toBe(400);
    expect(fieldOf(beforeLor)).toMatchObject({ path: 'date', message: expect.stringContaining('2026-10-15') });
    expect(
      (await call('POST', `/notifications/${id}/transitions`, { action: 'send_tiered_review', version: 1, date: '2026-10-20' })).status,
    ).toBe(200);
    const formal = await call('POST', `/notifications/${id}/transitions`, { action: 'notify_formally', version: 2, date: '2026-10-01' });
    expect(formal.status).toBe(400);
    expect(fieldOf(formal)).toMatchObject({ path: 'date', message: expect.stringContaining('2026-10-20') });
    const cleared = await call('POST', `/notifications/${id}/transitions`, { action: 'clear', version: 2, date: '2026-11-30' });
    expect(cleared.status).toBe(409);
    const state = await call('GET', `/notifications/${id}`);
    expect(state.body).toMatchObject({ status: 'in_tiered_review', formallyNotifiedOn: null, clearedOn: null });
    expect((await call('GET', `/cases/${ref}/notification?asOf=2026-11-30`)).body.offerBlocker).toEqual(expect.any(String));

    // The database keeps the order within the row whatever writes it.
    await expect(
      database.db.execute(sql`update notifications set formally_notified_on = '2026-10-01', status = 'formally_notified' where id = ${id}`),
    ).rejects.toThrow();
  });

  it('refuses a notification whose MDE exceeds its total', async () => {
    const created = await call('POST', '/notifications', {
      partnerCode: 'SA',
      description: 'Out of proportion',
      mdeCents: 90_000_000_00,
      totalCents: 10_000_000_00,
    });
    expect(created.status).toBe(400);
    expect(fieldOf(created)?.path).toBe('mdeCents');
    const fine = await call('POST', '/notifications', {
      partnerCode: 'SA',
      description: 'In proportion',
      mdeCents: 10_00,
      totalCents: 10_00,
    });
    expect(fine.status).toBe(201);
    const edited = await call('PATCH', `/notifications/${fine.body.id}`, { version: 1, mdeCents: 90_000_000_00 });
    expect(edited.status).toBe(400);
    expect(fieldOf(edited)?.path).toBe('mdeCents');
    await expect(
      database.db.execute(sql`update notifications set mde_cents = total_cents + 1 where id = ${fine.body.id}`),
    ).rejects.toThrow();
  });

  it('refuses a funding source that is not a known program, and stores a program code by its key', async () => {
    const gold = await call('POST', '/cases', {
      partnerCode: 'SA',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'x',
      fundingSources: ['gold bars'],
    });
    expect(gold.status).toBe(400);
    expect(fieldOf(gold)).toMatchObject({ path: 'fundingSources.0', message: expect.stringContaining('not a known program') });
    const bpc = await call('POST', '/cases', {
      partnerCode: 'LE',
      agencyCode: 'B',
      type: 'bpc',
      title: 'Vehicles',
      fundingSources: ['SEC333'],
    });
    expect(bpc.status).toBe(201);
    expect(bpc.body.case).toMatchObject({ fundingSources: ['section_333'] });
  });

  it('refuses money available only until before its fiscal year begins', async () => {
    const fmf = await call('POST', '/appropriations', {
      programCode: 'FMF',
      fiscalYear: 2026,
      name: 'FMF FY2026',
      amountCents: 1_000_00,
      availableUntil: '2019-09-30',
    });
    expect(fmf.status).toBe(400);
    expect(fieldOf(fmf)).toMatchObject({ path: 'availableUntil', message: expect.stringContaining('2025-10-01') });
    const sec333 = await call('POST', '/appropriations', {
      programCode: 'SEC333',
      fiscalYear: 2026,
      name: 'x',
      amountCents: 1_000_00,
      statedYear: 2019,
    });
    expect(sec333.status).toBe(400);
    expect(fieldOf(sec333)?.path).toBe('statedYear');
    const ok = await call('POST', '/appropriations', {
      programCode: 'FMF',
      fiscalYear: 2026,
      name: 'FMF',
      amountCents: 1_000_00,
      availableUntil: '2027-09-30',
    });
    expect(ok.status).toBe(201);
    const moved = await call('PATCH', `/appropriations/${ok.body.id}`, { version: 1, availableUntil: '2025-09-30' });
    expect(moved.status).toBe(400);
    await expect(
      database.db.execute(sql`update appropriations set available_until = '2019-09-30' where id = ${ok.body.id}`),
    ).rejects.toThrow();
  });

  it('answers a range that ends before it starts with 400 naming the field, on every list with one', async () => {
    for (const path of [
      '/audit?from=2026-03-01&to=2026-02-01',
      '/timeliness?from=2026-03-01&to=2026-02-01',
      '/deadlines?from=2026-03-01&to=2026-02-01',
    ]) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(400);
      expect(fieldOf(res), path).toMatchObject({ path: 'to', message: 'must be on or after 2026-03-01' });
    }
    const cases = await call('GET', '/cases?minValueCents=500&maxValueCents=100');
    expect(cases.status).toBe(400);
    expect(fieldOf(cases)?.path).toBe('maxValueCents');
    expect((await call('GET', '/cases?minValueCents=100&maxValueCents=100')).status).toBe(200);
  });

  it('refuses to submit an LOA with no lines to CWD review', async () => {
    const ref = await caseFromLor('2026-01-05', []);
    const res = await call('POST', `/cases/${ref}/transitions`, {
      action: 'submit_for_review',
      version: await caseVersion(ref),
      date: '2026-02-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toContain('no lines');
    expect(fieldOf(res)?.path).toBe('lines');
  });

  it('approves over open review comments only with an override and its reason, audited', async () => {
    const ref = await caseFromLor('2026-01-05', [trainingLine], cleanPayments);
    expect(
      (
        await call('POST', `/cases/${ref}/transitions`, {
          action: 'submit_for_review',
          version: await caseVersion(ref),
          date: '2026-02-01',
        })
      ).status,
    ).toBe(200);
    expect((await call('POST', `/cases/${ref}/comments`, { versionNumber: 0, lineNumber: '001', body: 'Which radio model?' })).status).toBe(
      201,
    );
    const approve = (extra: Record<string, unknown>) =>
      caseVersion(ref).then((version) =>
        call('POST', `/cases/${ref}/transitions`, { action: 'approve', version, date: '2026-02-03', ...extra }),
      );
    const refused = await approve({});
    expect(refused.status).toBe(409);
    expect(fieldOf(refused)).toEqual({ path: 'gates.open-review-comments', message: '1 review comment is still open' });
    const noReason = await approve({ override: true });
    expect(noReason.status).toBe(400);
    expect(fieldOf(noReason)?.path).toBe('reason');
    const overridden = await approve({ override: true, reason: 'Model confirmed by phone; comment answered at the meeting' });
    expect(overridden.status).toBe(200);
    expect(overridden.body.case).toMatchObject({ status: 'approved' });
    const caseId = (overridden.body.case as { id: string }).id;
    const audit = await call('GET', `/audit?entityType=case&entityId=${caseId}`);
    const entry = (audit.body.items as { action: string; after: Record<string, unknown> }[]).find((e) => e.after?.action === 'approve');
    expect(entry?.after).toMatchObject({
      reason: 'Model confirmed by phone; comment answered at the meeting',
      overridden: [{ gate: 'open-review-comments', reason: '1 review comment is still open' }],
    });
  });

  it('gives an item the status of its loss incident while it stands, and its own back when it is unfounded', async () => {
    const ref = await caseFromLor('2026-01-05');
    const caseId = ((await call('GET', `/cases/${ref}`)).body.case as { id: string }).id;
    const site = await call('POST', '/eum/sites', { partnerCode: 'SA', code: 'R1', name: 'Riyadh depot' });
    expect(site.status).toBe(201);
    const item = await call('POST', '/eum/items', {
      caseId,
      lineNumber: '001',
      itemTypeCode: 'ROUTINE',
      serialNumber: 'RAD-1',
      deliveredOn: '2026-02-01',
      siteId: site.body.id,
    });
    expect(item.status).toBe(201);
    const itemId = item.body.id as string;
    const incident = await call('POST', '/eum/incidents', {
      partnerCode: 'SA',
      kind: 'loss',
      title: 'Radio missing at count',
      discoveredOn: '2026-03-01',
      itemIds: [itemId],
    });
    expect(incident.status).toBe(201);
    expect((await call('GET', `/eum/items/${itemId}`)).body).toMatchObject({
      status: 'lost_stolen',
      statusReason: 'Incident: Radio missing at count',
    });
    const id = incident.body.id as string;
    expect((await call('POST', `/eum/incidents/${id}/transitions`, { action: 'investigate', version: 1, date: '2026-03-02' })).status).toBe(
      200,
    );
    expect(
      (await call('POST', `/eum/incidents/${id}/transitions`, { action: 'unsubstantiate', version: 2, date: '2026-03-05' })).status,
    ).toBe(200);
    expect((await call('GET', `/eum/items/${itemId}`)).body).toMatchObject({ status: 'in_inventory', statusReason: '' });
    // Reopened, it holds the item again.
    expect((await call('POST', `/eum/incidents/${id}/transitions`, { action: 'reopen', version: 3, date: '2026-03-06' })).status).toBe(200);
    expect((await call('GET', `/eum/items/${itemId}`)).body).toMatchObject({ status: 'lost_stolen' });
    const audit = await call('GET', `/audit?entityType=eum_item&entityId=${itemId}`);
    expect((audit.body.items as { action: string }[]).filter((e) => e.action === 'eum_item.status_changed')).toHaveLength(3);
    const before = await call('POST', `/eum/incidents/${id}/transitions`, { action: 'unsubstantiate', version: 4, date: '2026-02-01' });
    expect(before.status).toBe(400);
    expect(fieldOf(before)).toMatchObject({ path: 'date', message: expect.stringContaining('2026-03-01') });
  });
});
