import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { figure, type PortfolioSection } from '../../platform/sections/portfolio-section.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { wireAreas } from '../area-module.ts';
import { caseMilestones, cases, loaVersions } from '../cases/public.ts';
import { eumDiscrepancies, eumIncidents, eumInventories, eumItems, eumSites } from '../eum/public.ts';
import { commit, createAppropriation, deobligate, listAppropriations, obligate } from '../funds/public.ts';
import { AREA_MODULES } from '../index.ts';
import { notifications } from '../notifications/public.ts';
import { testWiring } from '../testing.ts';
import { getOverview } from './overview-service.ts';
import { getPortfolio, getPortfolioCases } from './portfolio-service.ts';
import { getPortfolios } from './side-by-side-service.ts';

const admin = testPrincipal(['administrator']);
const cpd = testPrincipal(['country_portfolio_director'], { directorates: ['REX', 'GEX', 'GCD', 'WPNS'], countries: ['AT', 'GM'] });
const cpdRexOnly = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['AT'] });
const cpdBE = testPrincipal(['country_portfolio_director'], { directorates: ['REX', 'GEX', 'GCD', 'WPNS'], countries: ['BE'] });
const TODAY = '2026-06-01';
const usd = (dollars: number) => dollars * 100;

/** The hand-computed fixture: what each figure must be is written beside the records that make it. */
async function loadFixture(database: Database) {
  const { db } = database;
  const c = (
    partnerCode: string,
    agencyCode: string,
    designator: string,
    status: (typeof cases.status.enumValues)[number],
    fundingSources: string[],
    dollars: number,
  ) => ({
    identifier: `${partnerCode}-${agencyCode}-${designator}`,
    partnerCode,
    agencyCode,
    designator,
    type: 'defined_order' as const,
    title: `Case ${designator}`,
    status,
    fundingSources,
    totalCents: usd(dollars),
  });
  const inserted = await db
    .insert(cases)
    .values([
      c('AT', 'B', 'AAA', 'draft', ['national_funds'], 1_000_000),
      c('AT', 'B', 'AAB', 'offered', ['national_funds', 'fmf'], 2_500_000),
      c('AT', 'D', 'AAA', 'implemented', ['fmf'], 4_000_000),
      c('AT', 'D', 'AAB', 'closed', ['fmf'], 9_000_000),
      c('AT', 'B', 'AAC', 'cancelled', ['national_funds'], 300),
      c('BE', 'B', 'AAA', 'draft', ['national_funds'], 5_000_000),
    ])
    .returning();
  const id = (identifier: string) => inserted.find((r) => r.identifier === identifier)!.id;
  // The offered LOA expired on 20 May: one overdue deadline for AT.
  await db
    .insert(loaVersions)
    .values({ caseId: id('AT-B-AAB'), number: 0, kind: 'basic', offerDate: '2026-03-01', offerExpirationDate: '2026-05-20' });
  await db.insert(caseMilestones).values([
    { caseId: id('AT-B-AAB'), milestone: 'offered', onDate: '2026-04-01' },
    { caseId: id('AT-B-AAB'), milestone: 'lor_received', onDate: '2024-01-01' },
  ]);
  await db.insert(notifications).values([
    {
      kind: 'aeca_36b1',
      transmittalNumber: '26-01',
      partnerCode: 'AT',
      description: 'a',
      status: 'formally_notified',
      formallyNotifiedOn: '2026-05-21',
      reviewDays: 30,
      reviewEndsOn: '2026-06-20',
    },
    { kind: 'aeca_36b1', transmittalNumber: '26-02', partnerCode: 'AT', description: 'b', status: 'draft' },
    { kind: 'aeca_36b1', transmittalNumber: '26-03', partnerCode: 'AT', description: 'c', status: 'cleared' },
    { kind: 'aeca_36b1', transmittalNumber: '26-04', partnerCode: 'BE', description: 'd', status: 'draft' },
  ]);
  // Funds (through the services, so every step is audited: 10 AT records, 2 BE records).
  const fmf26 = await createAppropriation(
    db,
    admin,
    {
      programCode: 'FMF',
      partnerCode: 'AT',
      fiscalYear: 2026,
      name: 'FMF FY26',
      amountCents: usd(10_000_000),
      availableUntil: '2026-08-15',
    },
    TODAY,
  );
  const fms = await createAppropriation(
    db,
    admin,
    { programCode: 'FMS', partnerCode: 'AT', fiscalYear: 2026, name: 'National funds', amountCents: usd(2_000_000) },
    TODAY,
  );
  const edi = await createAppropriation(
    db,
    admin,
    { programCode: 'EDI', partnerCode: 'AT', fiscalYear: 2026, name: 'EDI FY26', amountCents: usd(1_000_000), statedYear: 2026 },
    TODAY,
  );
  await createAppropriation(
    db,
    admin,
    { programCode: 'FMF', partnerCode: 'AT', fiscalYear: 2020, name: 'FMF FY20', amountCents: usd(400_000), availableUntil: '2025-09-30' },
    TODAY,
  );
  const usai = await createAppropriation(
    db,
    admin,
    { programCode: 'USAI', partnerCode: null, fiscalYear: 2026, name: 'USAI FY26', amountCents: usd(50_000_000), statedYear: 2026 },
    TODAY,
  );
  const first = await obligate(db, admin, fmf26.id, { amountCents: usd(3_000_000), caseId: 'AT-D-AAA' }, TODAY);
  await deobligate(db, admin, first.transaction.id, { amountCents: usd(500_000) }, TODAY);
  await obligate(db, admin, fms.id, { amountCents: usd(2_000_000), caseId: 'AT-B-AAA' }, TODAY);
  await obligate(db, admin, edi.id, { amountCents: usd(250_000), partnerCode: 'AT' }, TODAY);
  await obligate(db, admin, usai.id, { amountCents: usd(1_000_000), partnerCode: 'AT' }, TODAY);
  await commit(db, admin, fmf26.id, { amountCents: usd(1_000_000), caseId: 'AT-B-AAB' }, TODAY);
  // End-use monitoring at AT: three night-vision devices (enhanced) — one inventory overdue since 1 May, one due in
  // July, one destroyed — and a routine item; a periodic inventory overdue (due 15 May, still planned), an initial one
  // reconciled, with one open and one resolved discrepancy; one open incident and one closed.
  const [site] = await db.insert(eumSites).values({ partnerCode: 'AT', code: 'DEPOT-1', name: 'Depot 1' }).returning();
  const item = (
    serialNumber: string,
    category: 'enhanced' | 'routine',
    status: 'in_inventory' | 'destroyed',
    inventoryDueOn: string | null,
  ) => ({
    partnerCode: 'AT',
    caseId: id('AT-D-AAA'),
    lineNumber: '001',
    itemTypeCode: category === 'enhanced' ? 'NVD' : 'ROUTINE',
    category,
    serialNumber,
    deliveredOn: '2025-01-15',
    siteId: site!.id,
    status,
    inventoryDueOn,
  });
  await db
    .insert(eumItems)
    .values([
      item('NV-1', 'enhanced', 'in_inventory', '2026-05-01'),
      item('NV-2', 'enhanced', 'in_inventory', '2026-07-01'),
      item('NV-3', 'enhanced', 'destroyed', null),
      item('R-1', 'routine', 'in_inventory', null),
    ]);
  const [, doneInventory] = await db
    .insert(eumInventories)
    .values([
      { partnerCode: 'AT', siteId: site!.id, kind: 'periodic', status: 'planned', dueOn: '2026-05-15' },
      { partnerCode: 'AT', siteId: site!.id, kind: 'initial', status: 'reconciled', dueOn: '2025-04-15', reconciledOn: '2025-04-10' },
    ])
    .returning();
  await db.insert(eumDiscrepancies).values([
    { inventoryId: doneInventory!.id, partnerCode: 'AT', kind: 'missing', itemTypeCode: 'NVD', serialNumber: 'NV-9' },
    {
      inventoryId: doneInventory!.id,
      partnerCode: 'AT',
      kind: 'damaged',
      itemTypeCode: 'NVD',
      serialNumber: 'NV-2',
      resolution: 'repaired',
      resolvedOn: '2025-05-01',
    },
  ]);
  await db.insert(eumIncidents).values([
    { partnerCode: 'AT', kind: 'loss', title: 'NV-9 not found', discoveredOn: '2025-04-10' },
    { partnerCode: 'AT', kind: 'misuse', status: 'closed', title: 'Closed matter', discoveredOn: '2025-03-01' },
  ]);
  const be = await createAppropriation(
    db,
    admin,
    {
      programCode: 'FMF',
      partnerCode: 'BE',
      fiscalYear: 2026,
      name: 'FMF FY26 BE',
      amountCents: usd(5_000_000),
      availableUntil: '2026-07-01',
    },
    TODAY,
  );
  await obligate(db, admin, be.id, { amountCents: usd(1_000_000), partnerCode: 'BE' }, TODAY);
}

type Sections = { id: string; figures: { key: string; label: string; count: number | null; cents: number | null; link: string }[] }[];
const figureOf = (sections: Sections, key: string) => sections.flatMap((s) => s.figures).find((f) => f.key === key);
const values = (sections: Sections, prefix: string) =>
  Object.fromEntries(
    sections
      .flatMap((s) => s.figures)
      .filter((f) => f.key.startsWith(prefix))
      .map((f) => [f.key.slice(prefix.length), [f.count, f.cents]]),
  );

type Compared = {
  partners: { code: string }[];
  sections: {
    rows: {
      key: string;
      cells: { count: number | null; cents: number | null; link: string | null }[];
      total: { count: number | null; cents: number | null };
    }[];
  }[];
};
/** A side-by-side row as { partner: [count, cents, link], total: [count, cents] }. */
function cellsOf(compared: Compared, key: string): Record<string, (number | string | null)[]> | undefined {
  const row = compared.sections.flatMap((s) => s.rows).find((r) => r.key === key);
  if (!row) return undefined;
  return {
    ...Object.fromEntries(compared.partners.map((p, i) => [p.code, [row.cells[i]!.count, row.cells[i]!.cents, row.cells[i]!.link]])),
    total: [row.total.count, row.total.cents],
  };
}

describe.each(TEST_ENGINES)('the country portfolio on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await loadFixture(database);
  });
  afterAll(() => database?.close());

  it('every figure of one partner matches the hand-computed fixture, and links to its records', async () => {
    const p = await getPortfolio(database.db, testWiring, cpd, 'AT', TODAY);
    expect(p.partner).toMatchObject({ code: 'AT' });
    expect(p.sections.map((s) => s.id)).toEqual([
      'cases',
      'funds',
      'special-programs',
      'special-programs.dcc',
      'special-programs.drawdowns',
      'notifications',
      'eum',
      'sdaf',
      'eda',
      'leases',
      'deliveries',
      'capacity-building',
      'weapons',
      'weapons-tsfd',
      'weapons-npor',
      'deadlines',
    ]);
    // Cases: open = draft + offered + implemented = 1.0M + 2.5M + 4.0M; closed and cancelled are not open.
    expect(figureOf(p.sections, 'cases.open')).toMatchObject({ count: 3, cents: usd(7_500_000), link: '/portfolio/AT/cases?open=true' });
    expect(figureOf(p.sections, 'cases.all')).toMatchObject({ count: 5 });
    expect(values(p.sections, 'cases.status.')).toEqual({
      cancelled: [1, usd(300)],
      closed: [1, usd(9_000_000)],
      draft: [1, usd(1_000_000)],
      implemented: [1, usd(4_000_000)],
      offered: [1, usd(2_500_000)],
    });
    // By program (open cases; a case with two sources counts under each): national funds 1.0M + 2.5M, FMF 2.5M + 4.0M.
    expect(values(p.sections, 'cases.program.')).toEqual({ fmf: [2, usd(6_500_000)], national_funds: [2, usd(3_500_000)] });
    // Funds: available = FMF26 (10M − 3M + 0.5M) + FMS (2M − 2M) + EDI (1M − 0.25M); FY20 money has expired.
    expect(figureOf(p.sections, 'funds.available')).toMatchObject({
      cents: usd(8_250_000),
      link: '/funds/appropriations?partner=AT&state=available',
    });
    // Obligated (net, any appropriation): 3M − 0.5M + 2M + 0.25M + 1M (program-wide USAI applied for AT).
    expect(figureOf(p.sections, 'funds.obligated')?.cents).toBe(usd(5_750_000));
    // Committed (reserved, not yet obligated) is part of what is available: 1M of FMF26 for AT-B-AAB.
    expect(figureOf(p.sections, 'funds.committed')).toMatchObject({
      cents: usd(1_000_000),
      link: '/funds/transactions?partner=AT&kind=commitment',
    });
    // Expiring within 90 days (to 30 Aug): FMF26 ends 15 Aug with 7.5M left; EDI ends 30 Sep, outside the window.
    expect(figureOf(p.sections, 'funds.expiring')?.cents).toBe(usd(7_500_000));
    expect(values(p.sections, 'funds.program.')).toEqual({ EDI: [null, usd(750_000)], FMF: [null, usd(7_500_000)], FMS: [null, 0] });
    // Notifications in progress: the draft and the formally notified one (the cleared one is done).
    expect(figureOf(p.sections, 'notifications.in_progress')).toMatchObject({ count: 2, link: '/notifications?partner=AT' });
    // End-use monitoring: 4 items (NV-1, NV-2, NV-3 destroyed, R-1); NV-1's inventory was due 1 May; the periodic
    // inventory due 15 May is overdue; 1 of the 2 inventories due is completed; 1 open discrepancy, 1 open incident.
    expect(values(p.sections, 'eum.')).toEqual({
      items: [4, null],
      delinquent_items: [1, null],
      overdue_inventories: [1, null],
      inventories_completed: [1, null],
      open_discrepancies: [1, null],
      open_incidents: [1, null],
    });
    expect(figureOf(p.sections, 'eum.delinquent_items')).toMatchObject({
      label: 'Enhanced items with an overdue inventory',
      link: '/eum/items?partner=AT&overdue=true',
    });
    expect(figureOf(p.sections, 'eum.inventories_completed')?.label).toBe('Inventories completed of 2 due');
    // Deadlines: the inventory due 15 May and the offer that expired on 20 May are overdue; the review period ending
    // 20 June is due within 90 days; the EDI money cancelling on 30 September is on the timeline but not within 90 days.
    expect(figureOf(p.sections, 'deadlines.overdue')?.count).toBe(2);
    expect(figureOf(p.sections, 'deadlines.upcoming')?.count).toBe(1);
    expect(p.deadlines.map((d) => [d.kind, d.dueDate])).toEqual([
      ['eum.inventory_due', '2026-05-15'],
      ['case.offer_expires', '2026-05-20'],
      ['notification.review_ends', '2026-06-20'],
      ['funds.expires', '2026-09-30'],
    ]);
    expect(p.timeline.map((t) => [t.date, t.kind])).toEqual([
      ['2026-04-01', 'milestone'],
      ['2026-05-15', 'deadline'],
      ['2026-05-20', 'deadline'],
      ['2026-06-20', 'deadline'],
      ['2026-09-30', 'deadline'],
    ]);
    expect(p.activity).toHaveLength(10);
    expect(p.activity[0]).toMatchObject({ action: 'fund_transaction.committed' });
  });

  it('the same numbers show in the funds area and behind each link', async () => {
    const { db } = database;
    const p = await getPortfolio(db, testWiring, cpd, 'AT', TODAY);
    const funds = await listAppropriations(db, cpd, { partner: 'AT', state: 'available' }, TODAY);
    expect(funds.totals.availableCents).toBe(figureOf(p.sections, 'funds.available')?.cents);
    const expiring = await listAppropriations(db, cpd, { partner: 'AT', state: 'expiring', days: 90 }, TODAY);
    expect(expiring.totals.availableCents).toBe(figureOf(p.sections, 'funds.expiring')?.cents);
    const open = await getPortfolioCases(db, cpd, 'AT', { open: 'true' });
    expect([open.total, open.totalCents]).toEqual([3, usd(7_500_000)]);
    const fmf = await getPortfolioCases(db, cpd, 'AT', { open: 'true', program: 'fmf' });
    expect(fmf.items.map((i) => i.identifier)).toEqual(['AT-D-AAA', 'AT-B-AAB']);
    expect((await getPortfolioCases(db, cpd, 'AT', { status: 'closed' })).totalCents).toBe(usd(9_000_000));
  });

  it('scope: a director sees only their partners, side by side, in the overview ranks and in its totals', async () => {
    const { db } = database;
    expect((await failure(getPortfolio(db, testWiring, cpd, 'BE', TODAY))).status).toBe(403);
    expect((await failure(getPortfolios(db, testWiring, cpd, { partners: 'AT,BE' }, TODAY))).status).toBe(403);
    const mine = await getPortfolios(db, testWiring, cpd, {}, TODAY);
    expect(mine.partners.map((p) => p.code)).toEqual(['AT', 'GM']);
    // GM has no records: every cell zero, without a link; BE (out of scope) adds nothing to the totals.
    expect(cellsOf(mine, 'cases.open')).toEqual({
      AT: [3, usd(7_500_000), '/portfolio/AT/cases?open=true'],
      GM: [0, 0, null],
      total: [3, usd(7_500_000)],
    });
    expect(cellsOf(mine, 'funds.expiring')).toEqual({
      AT: [null, usd(7_500_000), '/funds/appropriations?partner=AT&state=expiring&days=90'],
      GM: [null, 0, null],
      total: [null, usd(7_500_000)],
    });
    expect(mine.totals.activity).toBe(10);
    const overview = await getOverview(db, testWiring, cpd, { sort: 'value' }, TODAY);
    expect(overview.partners.map((p) => p.partnerCode)).toEqual(['AT']);
    expect(overview.totals).toEqual({
      partners: 1,
      valueCents: usd(7_500_000),
      openCases: 3,
      availableCents: usd(8_250_000),
      obligatedCents: usd(5_750_000),
      expiringCents: usd(7_500_000),
      overdue: 3,
      activity: 10,
    });
    const rexOnly = await getPortfolio(db, testWiring, cpdRexOnly, 'AT', TODAY);
    expect(rexOnly.sections.map((s) => s.id)).toEqual([
      'funds',
      'special-programs',
      'special-programs.dcc',
      'special-programs.drawdowns',
      'deadlines',
    ]);
    expect((await failure(getPortfolioCases(db, cpdRexOnly, 'AT'))).status).toBe(403);
    const theirs = await getOverview(db, testWiring, cpdBE, {}, TODAY);
    expect(theirs.totals).toMatchObject({
      partners: 1,
      valueCents: usd(5_000_000),
      expiringCents: usd(4_000_000),
      obligatedCents: usd(1_000_000),
      activity: 2,
    });
  });

  it('side by side: every figure of the partner page per partner, as the fixture says, with totals and links', async () => {
    const side = await getPortfolios(database.db, testWiring, admin, { partners: 'BE,AT' }, TODAY);
    expect(side.partners).toEqual([
      { code: 'AT', name: 'Australia', activity: 10 },
      { code: 'BE', name: 'Belgium', activity: 2 },
    ]);
    expect(side.totals.activity).toBe(12);
    expect(side.sections.map((s) => s.id)).toEqual([
      'cases',
      'funds',
      'special-programs',
      'special-programs.dcc',
      'special-programs.drawdowns',
      'notifications',
      'eum',
      'sdaf',
      'eda',
      'leases',
      'deliveries',
      'capacity-building',
      'weapons',
      'weapons-tsfd',
      'weapons-npor',
      'deadlines',
    ]);
    // Every breakdown row of the partner page is there, in the page's order.
    expect(side.sections[0]!.rows.map((r) => r.key)).toEqual([
      'cases.open',
      'cases.all',
      'cases.status.cancelled',
      'cases.status.closed',
      'cases.status.draft',
      'cases.status.implemented',
      'cases.status.offered',
      'cases.program.fmf',
      'cases.program.national_funds',
    ]);
    // BE: one draft case of 5M on national funds.
    expect(cellsOf(side, 'cases.open')).toEqual({
      AT: [3, usd(7_500_000), '/portfolio/AT/cases?open=true'],
      BE: [1, usd(5_000_000), '/portfolio/BE/cases?open=true'],
      total: [4, usd(12_500_000)],
    });
    expect(cellsOf(side, 'cases.all')).toEqual({
      AT: [5, null, '/portfolio/AT/cases'],
      BE: [1, null, '/portfolio/BE/cases'],
      total: [6, null],
    });
    expect(cellsOf(side, 'cases.status.draft')).toEqual({
      AT: [1, usd(1_000_000), '/portfolio/AT/cases?status=draft'],
      BE: [1, usd(5_000_000), '/portfolio/BE/cases?status=draft'],
      total: [2, usd(6_000_000)],
    });
    // A figure BE lacks is zero there, with nothing to link to.
    expect(cellsOf(side, 'cases.status.closed')).toEqual({
      AT: [1, usd(9_000_000), '/portfolio/AT/cases?status=closed'],
      BE: [0, 0, null],
      total: [1, usd(9_000_000)],
    });
    expect(cellsOf(side, 'cases.program.fmf')).toEqual({
      AT: [2, usd(6_500_000), '/portfolio/AT/cases?open=true&program=fmf'],
      BE: [0, 0, null],
      total: [2, usd(6_500_000)],
    });
    expect(cellsOf(side, 'cases.program.national_funds')?.total).toEqual([3, usd(8_500_000)]);
    // Funds: BE's FMF 5M less 1M obligated, all of it ending 1 July (within 90 days).
    expect(cellsOf(side, 'funds.available')).toEqual({
      AT: [null, usd(8_250_000), '/funds/appropriations?partner=AT&state=available'],
      BE: [null, usd(4_000_000), '/funds/appropriations?partner=BE&state=available'],
      total: [null, usd(12_250_000)],
    });
    expect(cellsOf(side, 'funds.committed')).toEqual({
      AT: [null, usd(1_000_000), '/funds/transactions?partner=AT&kind=commitment'],
      BE: [null, 0, '/funds/transactions?partner=BE&kind=commitment'],
      total: [null, usd(1_000_000)],
    });
    expect(cellsOf(side, 'funds.obligated')?.total).toEqual([null, usd(6_750_000)]);
    expect(cellsOf(side, 'funds.expiring')?.total).toEqual([null, usd(11_500_000)]);
    expect(cellsOf(side, 'funds.program.FMF')).toEqual({
      AT: [null, usd(7_500_000), '/funds/appropriations?partner=AT&program=FMF'],
      BE: [null, usd(4_000_000), '/funds/appropriations?partner=BE&program=FMF'],
      total: [null, usd(11_500_000)],
    });
    expect(cellsOf(side, 'funds.program.EDI')).toEqual({
      AT: [null, usd(750_000), '/funds/appropriations?partner=AT&program=EDI'],
      BE: [null, 0, null],
      total: [null, usd(750_000)],
    });
    expect(cellsOf(side, 'notifications.in_progress')).toEqual({
      AT: [2, null, '/notifications?partner=AT'],
      BE: [1, null, '/notifications?partner=BE'],
      total: [3, null],
    });
    expect(cellsOf(side, 'notifications.status.formally_notified')).toEqual({
      AT: [1, null, '/notifications?partner=AT&status=formally_notified'],
      BE: [0, null, null],
      total: [1, null],
    });
    // End-use monitoring: BE has none, so its cells are zero with nothing to link to.
    expect(cellsOf(side, 'eum.items')).toEqual({ AT: [4, null, '/eum/items?partner=AT'], BE: [0, null, null], total: [4, null] });
    expect(cellsOf(side, 'deadlines.overdue')).toEqual({
      AT: [2, null, '/portfolio/AT#deadlines'],
      BE: [0, null, '/portfolio/BE#deadlines'],
      total: [2, null],
    });
    expect(cellsOf(side, 'deadlines.upcoming')?.total).toEqual([1, null]);
    // The same numbers as each partner's own page.
    for (const code of ['AT', 'BE']) {
      const page = await getPortfolio(database.db, testWiring, admin, code, TODAY);
      for (const f of page.sections.flatMap((s) => s.figures)) expect(cellsOf(side, f.key)?.[code]).toEqual([f.count, f.cents, f.link]);
    }
  });

  it('the agency overview ranks every partner by value, risk and activity', async () => {
    const { db } = database;
    const byValue = await getOverview(db, testWiring, admin, { sort: 'value' }, TODAY);
    expect(byValue.partners.map((p) => [p.partnerCode, p.ranks])).toEqual([
      ['AT', { value: 1, risk: 1, activity: 1 }],
      ['BE', { value: 2, risk: 2, activity: 2 }],
    ]);
    expect(byValue.totals).toMatchObject({
      partners: 2,
      valueCents: usd(12_500_000),
      openCases: 4,
      expiringCents: usd(11_500_000),
      overdue: 3,
      activity: 12,
    });
    const byRisk = await getOverview(db, testWiring, admin, { sort: 'risk' }, TODAY);
    // Overdue at AT: two clocks (the inventory due 15 May, the offer of 20 May) and one enhanced item past its inventory.
    expect(byRisk.partners[0]).toMatchObject({ partnerCode: 'AT', overdue: 3, expiringCents: usd(7_500_000) });
  });

  it('an area plugs its figures in through its module, shown only to readers of that area', async () => {
    const { db } = database;
    const plugged = {
      id: 'capacity-building',
      area: 'capacity-building',
      label: 'Section 333 and BPC',
      order: 60,
      figures: async (_db, _principal, codes) =>
        new Map(
          (codes ?? []).map((c) => [
            c,
            [figure({ key: 'bpc.programs', label: 'BPC programs', count: 2, link: `/capacity-building?partner=${c}` })],
          ]),
        ),
    } satisfies PortfolioSection;
    // The area's real module replaced by one bringing only this section.
    const wiring = wireAreas([
      ...AREA_MODULES.filter((m) => m.id !== 'capacity-building'),
      { id: 'capacity-building', portfolioSections: [plugged] },
    ]);
    {
      expect((await getPortfolio(db, wiring, cpd, 'AT', TODAY)).sections.map((s) => s.id)).toEqual([
        'cases',
        'funds',
        'special-programs',
        'special-programs.dcc',
        'special-programs.drawdowns',
        'notifications',
        'eum',
        'sdaf',
        'eda',
        'leases',
        'capacity-building',
        'deliveries',
        'weapons',
        'weapons-tsfd',
        'weapons-npor',
        'deadlines',
      ]);
      const writer = testPrincipal(['case_writer'], { countries: ['AT'] });
      expect((await getPortfolio(db, wiring, writer, 'AT', TODAY)).sections.map((s) => s.id)).not.toContain('capacity-building');
    }
  });
});
