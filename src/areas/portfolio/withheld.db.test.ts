import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { cases, createCase, saveVersion } from '../cases/public.ts';
import { commit, createAppropriation, obligate } from '../funds/public.ts';
import { testWiring } from '../testing.ts';
import { exportPortfolio } from './export-service.ts';
import { getOverview } from './overview-service.ts';
import { getPortfolio, getPortfolioCases } from './portfolio-service.ts';
import { getPortfolios } from './side-by-side-service.ts';

const admin = testPrincipal(['administrator']);
const writer = testPrincipal(['case_writer']);
/** Reads every partner's portfolio, without need-to-know for cases pending congressional notification. */
const auditor = testPrincipal(['auditor']);
/** Holds need-to-know by role. */
const director = testPrincipal(['country_portfolio_director'], { countries: ['QA'] });
const TODAY = new Date().toISOString().slice(0, 10);

const line = (lineNumber: string, cents: number, mde: boolean) => ({
  lineNumber,
  description: mde ? 'Patriot fire unit' : 'Spares',
  quantity: 1,
  unitCostCents: cents,
  mde,
  sme: mde,
});

/** Every cell of every sheet of the workbook, as text. */
async function workbookText(body: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  return cells.join('\n');
}

async function pdfText(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text;
}

describe.each(TEST_ENGINES)('a case withheld pending notification in the portfolio on %s', (engine) => {
  let database: Database;
  let pending: { id: string; identifier: string; title: string; totalCents: number };
  let other: { id: string; identifier: string; totalCents: number };
  /** What would betray the withheld case: its id, identifier, title, value, and the money on it (cents and dollars). */
  let traces: string[];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    // Qatar: an open case pending AECA 36(b) notice (MDE well above the threshold), and an ordinary one.
    const created = await createCase(db, writer, {
      partnerCode: 'QA',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'Patriot fire units for Qatar',
      fundingSources: ['national_funds'],
    });
    await saveVersion(db, testWiring.caseHooks, writer, created.identifier, 0, {
      revision: 1,
      lines: [line('001', 61_234_567_00, true)],
      notes: [],
      paymentSchedule: [],
    });
    const [row] = await db.select().from(cases).where(eq(cases.id, created.id));
    expect(row?.markings).toEqual(['pre-notification']);
    pending = { id: row!.id, identifier: row!.identifier, title: row!.title, totalCents: row!.totalCents };
    const ordinary = await createCase(db, writer, {
      partnerCode: 'QA',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'Radio spares',
      fundingSources: ['national_funds'],
    });
    await saveVersion(db, testWiring.caseHooks, writer, ordinary.identifier, 0, {
      revision: 1,
      lines: [line('001', 1_000_000_00, false)],
      notes: [],
      paymentSchedule: [],
    });
    const [otherRow] = await db.select().from(cases).where(eq(cases.id, ordinary.id));
    other = { id: ordinary.id, identifier: ordinary.identifier, totalCents: otherRow!.totalCents };
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'FMS', partnerCode: 'QA', fiscalYear: 2026, name: 'National funds Qatar', amountCents: 90_000_000_00 },
      TODAY,
    );
    await commit(db, director, fund.id, { amountCents: 2_345_678_91, caseId: pending.identifier, description: 'Patriot reserve' }, TODAY);
    await obligate(db, director, fund.id, { amountCents: 1_876_543_21, caseId: pending.identifier, lineNumber: '001' }, TODAY);
    await obligate(db, director, fund.id, { amountCents: 111_111_11, caseId: other.identifier }, TODAY);
    const dollars = (cents: number) => [String(cents), String(cents / 100), (cents / 100).toLocaleString('en-US')];
    traces = [
      pending.id,
      pending.identifier,
      pending.title,
      'Patriot',
      ...dollars(pending.totalCents),
      ...dollars(2_345_678_91),
      ...dollars(1_876_543_21),
    ];
  });
  afterAll(() => database?.close());

  const expectNoTrace = (text: string) => {
    for (const trace of traces) expect(text, `the output shows ${trace}`).not.toContain(trace);
  };
  const figures = (sections: { figures: { key: string; count: number | null; cents: number | null }[] }[]) =>
    Object.fromEntries(sections.flatMap((s) => s.figures).map((f) => [f.key, f.cents ?? f.count]));

  it('the page, its case list, side by side and the overview show an auditor no trace of it', async () => {
    const { db } = database;
    const page = await getPortfolio(db, testWiring, auditor, 'QA', TODAY);
    expectNoTrace(JSON.stringify(page));
    expect(figures(page.sections)).toMatchObject({ 'funds.committed': 0, 'funds.obligated': 111_111_11 });
    // The activity leaves out every entry about it (the case, its LOA version, the money on it), not only masks them.
    expect(page.activity.map((a) => a.action)).toEqual([
      'fund_transaction.obligated',
      'appropriation.created',
      'loa_version.saved',
      'case.created',
    ]);
    expect(page.activity.map((a) => a.entityId)).toEqual(expect.arrayContaining([other.id, `${other.identifier}/0`]));
    expect(page.timeline.map((t) => t.title).join('\n')).not.toContain(pending.identifier);

    const list = await getPortfolioCases(db, auditor, 'QA', {});
    expect([list.total, list.totalCents, list.items.map((c) => c.identifier)]).toEqual([1, other.totalCents, [other.identifier]]);
    expectNoTrace(JSON.stringify(list));

    const side = await getPortfolios(db, testWiring, auditor, { partners: 'QA' }, TODAY);
    expectNoTrace(JSON.stringify(side));
    expect(side.partners).toEqual([expect.objectContaining({ code: 'QA', activity: 4 })]);

    const overview = await getOverview(db, testWiring, auditor, { sort: 'activity' }, TODAY);
    expectNoTrace(JSON.stringify(overview));
    expect(overview.partners.find((p) => p.partnerCode === 'QA')).toMatchObject({ obligatedCents: 111_111_11, activity: 4 });
  });

  // The cases section is the cases area's (src/areas/cases/portfolio-section.ts).
  it('the cases figures and the overview value leave it out for the auditor (the cases area’s section)', async () => {
    const { db } = database;
    const page = await getPortfolio(db, testWiring, auditor, 'QA', TODAY);
    const open = page.sections.flatMap((s) => s.figures).find((f) => f.key === 'cases.open');
    expect([open?.count, open?.cents]).toEqual([1, other.totalCents]);
    const overview = await getOverview(db, testWiring, auditor, {}, TODAY);
    expect(overview.partners.find((p) => p.partnerCode === 'QA')).toMatchObject({ openCases: 1, valueCents: other.totalCents });
  });

  it('the workbook and the brief show an auditor no trace of it', async () => {
    const { db } = database;
    const xlsx = await exportPortfolio(db, testWiring, auditor, 'QA', 'xlsx', new Date(), TODAY);
    const text = await workbookText(xlsx.body);
    expectNoTrace(text);
    expect(text).toContain(other.identifier);
    expect(text).toContain('111111.11');
    const pdf = await exportPortfolio(db, testWiring, auditor, 'QA', 'pdf', new Date(), TODAY);
    const brief = await pdfText(pdf.body);
    expect(brief).toContain(other.identifier);
    expectNoTrace(brief);
  });

  it('a country portfolio director (need-to-know by role) sees it everywhere', async () => {
    const { db } = database;
    const page = await getPortfolio(db, testWiring, director, 'QA', TODAY);
    expect(figures(page.sections)).toMatchObject({
      'funds.committed': 2_345_678_91,
      'funds.obligated': 1_876_543_21 + 111_111_11,
    });
    expect(page.activity.map((a) => a.entityId)).toEqual(expect.arrayContaining([pending.id, `${pending.identifier}/0`]));
    const list = await getPortfolioCases(db, director, 'QA', {});
    expect(list.items.map((c) => c.identifier)).toEqual([pending.identifier, other.identifier]);
    expect(list.totalCents).toBe(pending.totalCents + other.totalCents);
    const overview = await getOverview(db, testWiring, director, {}, TODAY);
    expect(overview.partners.find((p) => p.partnerCode === 'QA')).toMatchObject({
      obligatedCents: 1_876_543_21 + 111_111_11,
      activity: 8,
    });
    const text = await workbookText((await exportPortfolio(db, testWiring, director, 'QA', 'xlsx', new Date(), TODAY)).body);
    for (const shown of [pending.identifier, pending.title, String(pending.totalCents / 100), '1876543.21']) expect(text).toContain(shown);
    const brief = await pdfText((await exportPortfolio(db, testWiring, director, 'QA', 'pdf', new Date(), TODAY)).body);
    expect(brief).toContain(pending.identifier);
  });
});
