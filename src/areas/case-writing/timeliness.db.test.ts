import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { verifyAuditChain } from '../../platform/audit/service.ts';
import { loadConfig } from '../../platform/config.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createUser } from '../../platform/users/service.ts';
import { createCase, setMilestone } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { exportTimeliness } from './timeliness-export.ts';
import {
  addTimelinessTarget,
  defaultFrom,
  endTimelinessTarget,
  listTimelinessTargets,
  setOfferGroup,
  timelinessReport,
} from './timeliness-service.ts';

const admin = testPrincipal(['administrator']);
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const writerAT = testPrincipal(['case_writer'], { directorates: ['GEX'], countries: ['AT'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

describe.each(TEST_ENGINES)('LOA timeliness on %s', (engine) => {
  let database: Database;
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};

  async function offeredCase(
    key: string,
    partnerCode: string,
    agencyCode: string,
    title: string,
    milestones: Partial<Record<'lor_received' | 'lor_complete' | 'offered', string>>,
  ) {
    const { db } = database;
    const row = await createCase(db, writer, { partnerCode, agencyCode, type: 'defined_order', title });
    let version = row.version;
    for (const [milestone, onDate] of Object.entries(milestones)) {
      version = (await setMilestone(db, writer, row.identifier, { milestone, onDate, version })).version;
    }
    ids[key] = row.identifier;
    versions[row.identifier] = version;
    return row;
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await offeredCase('onTime', 'AT', 'B', 'Radios', { lor_received: '2026-01-01', offered: '2026-04-30' }); // 119 days
    await offeredCase('late', 'AT', 'B', 'Trucks', { lor_received: '2026-01-01', offered: '2026-05-02' }); // 121 days
    await offeredCase('groupA', 'AT', 'D', 'Aircraft spares', {
      lor_received: '2025-12-01',
      lor_complete: '2025-12-10',
      offered: '2026-03-20',
    }); // 100 days from complete
    await offeredCase('japan', 'JA', 'D', 'Japanese radar spares', { lor_received: '2026-02-01', offered: '2026-03-01' });
    await offeredCase('earlier', 'AT', 'P', 'Offered before the period', { lor_received: '2024-10-01', offered: '2025-01-15' });
    await offeredCase('noLor', 'AT', 'P', '=HYPERLINK("http://example.invalid")', { offered: '2026-06-10' });
  });
  afterAll(() => database?.close());

  it('ships only the confirmed historic target (DSCA 01-06), and no days per case group', async () => {
    const targets = await listTimelinessTargets(database.db, writer);
    expect(targets).toEqual([
      expect.objectContaining({
        caseGroup: null,
        clockStart: 'lor_received',
        days: 120,
        sharePercent: 80,
        effectiveFrom: '2001-03-01',
        effectiveTo: null,
        verified: true,
        source: expect.stringContaining('DSCA 01-06'),
      }),
    ]);
  });

  it('lets only administrators add and end targets, audited', async () => {
    const { db } = database;
    const input = {
      caseGroup: 'A' as const,
      clockStart: 'lor_complete' as const,
      days: 100,
      sharePercent: 85,
      effectiveFrom: '2012-01-01',
      source: 'Test: administrator-entered group A target',
    };
    expect((await failure(addTimelinessTarget(db, writer, input))).status).toBe(403);
    expect((await failure(addTimelinessTarget(db, reviewer, input))).status).toBe(403);
    expect((await failure(addTimelinessTarget(db, admin, { ...input, effectiveTo: '2011-12-31' }))).fields?.[0]?.path).toBe('effectiveTo');
    expect((await failure(addTimelinessTarget(db, admin, { ...input, days: 0 }))).fields?.[0]?.path).toBe('days');

    const added = await addTimelinessTarget(db, admin, input);
    expect(added).toMatchObject({ caseGroup: 'A', days: 100, verified: false, effectiveTo: null });
    const scratch = await addTimelinessTarget(db, admin, { ...input, caseGroup: 'D', effectiveFrom: '2030-01-01' });
    expect((await failure(endTimelinessTarget(db, admin, scratch.id, { effectiveTo: '2029-12-31' }))).status).toBe(400);
    expect(await endTimelinessTarget(db, admin, scratch.id, { effectiveTo: '2030-06-30' })).toMatchObject({ effectiveTo: '2030-06-30' });
    expect((await failure(endTimelinessTarget(db, admin, scratch.id, { effectiveTo: '2030-12-31' }))).status).toBe(409);
    expect((await failure(endTimelinessTarget(db, writer, scratch.id, { effectiveTo: '2030-01-31' }))).status).toBe(403);

    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityType, 'timeliness_target'));
    expect(audit.map((a) => a.action).sort()).toEqual(['timeliness_target.added', 'timeliness_target.added', 'timeliness_target.ended']);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("assigns the case development group, audited, and not outside the writer's scope", async () => {
    const { db } = database;
    const version = versions[ids.groupA!]!;
    expect(await setOfferGroup(db, writerAT, ids.groupA!, { offerGroup: 'A', version })).toEqual({
      identifier: ids.groupA,
      offerGroup: 'A',
      version: version + 1,
    });
    expect((await failure(setOfferGroup(db, writerAT, ids.groupA!, { offerGroup: 'B', version }))).status).toBe(409);
    expect((await failure(setOfferGroup(db, writerAT, ids.japan!, { offerGroup: 'B', version: 1 }))).status).toBe(404);
    expect((await failure(setOfferGroup(db, writerAT, ids.onTime!, { offerGroup: '1', version: 1 }))).status).toBe(400);
    expect((await failure(setOfferGroup(db, testPrincipal(['auditor']), ids.onTime!, { offerGroup: 'B', version: 1 }))).status).toBe(403);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.offer_group_set')));
    expect(audit).toMatchObject({ countryCode: 'AT', before: { offerGroup: null }, after: { offerGroup: 'A' } });
  });

  it('reports each case offered in the period against the target in force for its group, by agency and by month', async () => {
    const report = await timelinessReport(database.db, writer, PERIOD);
    expect(report.rows.map((r) => r.identifier)).toEqual([ids.japan, ids.groupA, ids.onTime, ids.late, ids.noLor]);
    const byId = new Map(report.rows.map((r) => [r.identifier, r]));
    expect(byId.get(ids.onTime!)).toMatchObject({
      days: 119,
      targetDays: 120,
      targetSharePercent: 80,
      startMilestone: 'lor_received',
      onTime: true,
      partnerName: 'Australia',
      agencyName: 'Department of the Army',
    });
    expect(byId.get(ids.late!)).toMatchObject({ days: 121, onTime: false });
    expect(byId.get(ids.groupA!)).toMatchObject({
      offerGroup: 'A',
      startMilestone: 'lor_complete',
      startedOn: '2025-12-10',
      days: 100,
      targetDays: 100,
      targetSharePercent: 85,
      onTime: true,
    });
    expect(byId.get(ids.noLor!)).toMatchObject({ days: null, onTime: null, reason: expect.stringContaining('No LOR') });

    expect(report.overall).toMatchObject({
      key: 'all',
      cases: 5,
      measured: 4,
      onTime: 3,
      late: 1,
      onTimeSharePercent: 75,
      goalSharePercent: null,
      meetsGoal: null,
    });
    expect(report.byAgency.map((b) => [b.key, b.label, b.cases, b.measured, b.onTime, b.onTimeSharePercent, b.meetsGoal])).toEqual([
      ['B', 'Department of the Army', 2, 2, 1, 50, false],
      ['D', 'Department of the Air Force', 2, 2, 2, 100, null], // two goals (80% and 85%): no single goal to meet
      ['P', 'Department of the Navy', 1, 0, 0, null, null],
    ]);
    expect(report.byMonth.map((b) => [b.key, b.cases, b.onTime])).toEqual([
      ['2026-03', 2, 2],
      ['2026-04', 1, 1],
      ['2026-05', 1, 0],
      ['2026-06', 1, 0],
    ]);
  });

  it('filters by agency and partner, defaults to twelve months, and refuses a backwards period', async () => {
    const { db } = database;
    expect((await timelinessReport(db, writer, { ...PERIOD, agency: 'B' })).rows.map((r) => r.identifier)).toEqual([ids.onTime, ids.late]);
    expect((await timelinessReport(db, writer, { ...PERIOD, partner: 'JA' })).rows.map((r) => r.identifier)).toEqual([ids.japan]);
    expect((await timelinessReport(db, writer, { to: '2026-06-30' })).from).toBe('2025-07-01');
    expect(defaultFrom('2026-01-15')).toBe('2025-02-01');
    expect((await failure(timelinessReport(db, writer, { from: '2026-02-01', to: '2026-01-01' }))).status).toBe(400);
    expect((await failure(timelinessReport(db, testPrincipal(['eum_specialist']), PERIOD))).status).toBe(403);
  });

  it('keeps a reader scoped to AT to AT cases in the report, the CSV and the XLSX', async () => {
    const { db } = database;
    const report = await timelinessReport(db, writerAT, PERIOD);
    expect(report.rows.map((r) => r.partnerCode)).toEqual(['AT', 'AT', 'AT', 'AT']);
    expect(report.overall.cases).toBe(4);
    expect((await timelinessReport(db, writerAT, { ...PERIOD, partner: 'JA' })).rows).toEqual([]);

    const csv = await exportTimeliness(db, writerAT, PERIOD, 'csv');
    expect(csv.filename).toBe('loa-timeliness-2026-01-01-to-2026-06-30.csv');
    const lines = csv.body.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Case,Partner code,Partner,Implementing agency,Case group,Status,Title,LOR received,LOR complete,Clock start,Offered,Days,Target days,Target share %,On time,Reason,Target source',
    );
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes('JA-') || l.includes('Japan'))).toBe(false);
    expect(lines.find((l) => l.startsWith(ids.onTime!))).toMatch(
      /^[A-Z]{2}-B-[A-Z]{3},AT,Australia,B,,draft,Radios,2026-01-01,,lor_received,2026-04-30,119,120,80,yes,/,
    );
    expect(lines.find((l) => l.startsWith(ids.noLor!))).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);

    const xlsx = await exportTimeliness(db, writerAT, PERIOD, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Cases', 'By agency', 'By month', 'About']);
    const sheet = workbook.getWorksheet('Cases')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Case');
    const cases = sheet.getColumn(1).values.slice(2);
    expect(cases).toEqual([ids.groupA, ids.onTime, ids.late, ids.noLor]);
    expect(sheet.getColumn(2).values.slice(2)).toEqual(['AT', 'AT', 'AT', 'AT']);
    const onTimeRow = sheet.getRow(3);
    expect(onTimeRow.getCell(12).value).toBe(119);
    expect(onTimeRow.getCell(15).value).toBe('yes');
    expect((onTimeRow.getCell(11).value as Date).toISOString()).toBe('2026-04-30T00:00:00.000Z');
    const byAgency = workbook.getWorksheet('By agency')!;
    expect(byAgency.getColumn(1).values.slice(2)).toEqual(['B', 'D', 'P', 'all']);
    expect(byAgency.getRow(2).getCell(7).value).toBe(50);
  });

  it("serves the report and both exports over HTTP within the reader's scope", async () => {
    const app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const password = 'a long enough password';
    await createUser(database.db, testWiring.partners, admin, {
      username: 'writer-at',
      displayName: 'Writer AT',
      password,
      roles: ['case_writer'],
      allDirectorates: false,
      directorates: ['GEX'],
      allCountries: false,
      countries: ['AT'],
    });
    const res = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'writer-at', password }),
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const query = `from=${PERIOD.from}&to=${PERIOD.to}`;

    const json = await app.request(`/api/timeliness?${query}`, { headers: { cookie } });
    expect(json.status).toBe(200);
    expect(((await json.json()) as { rows: { partnerCode: string }[] }).rows.map((r) => r.partnerCode)).toEqual(['AT', 'AT', 'AT', 'AT']);

    const csv = await app.request(`/api/timeliness/export.csv?${query}`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="loa-timeliness-2026-01-01-to-2026-06-30.csv"');
    expect(await csv.text()).not.toContain('Japan');

    const xlsx = await app.request(`/api/timeliness/export.xlsx?${query}`, { headers: { cookie } });
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Cases')!.getColumn(2).values.slice(2)).toEqual(['AT', 'AT', 'AT', 'AT']);

    expect((await app.request('/api/timeliness?from=2026-13-01', { headers: { cookie } })).status).toBe(400);
    expect((await app.request('/api/timeliness/targets', { headers: { cookie } })).status).toBe(200);
  });
});
