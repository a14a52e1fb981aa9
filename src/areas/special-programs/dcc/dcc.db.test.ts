import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../../db/testing.ts';
import { failure } from '../../../platform/testing/failure.ts';
import { testPrincipal } from '../../../platform/testing/principals.ts';
import { createAppropriation, getAppropriation, listTransactions } from '../../funds/public.ts';
import { testWiring } from '../../testing.ts';
import { addDccDocument, disburseDcc, markDccChecklist, transitionDcc } from './dcc-moves.ts';
import { createDcc, getDcc, listDcc } from './dcc-service.ts';
import { dccPortfolioSection } from './portfolio-section.ts';
import { DCC_CHECKLIST } from './rules/dcc-status.ts';
import { editionRow } from './rules/editions.ts';

const TODAY = '2026-06-01';
const cpdIS = testPrincipal(['country_portfolio_director'], { countries: ['IS'] });
const cpdJO = testPrincipal(['country_portfolio_director'], { countries: ['JO'] });
const auditor = testPrincipal(['auditor']);
const M = 1_000_000 * 100;

const contract = (over: Record<string, unknown> = {}) => ({
  partnerCode: 'IS',
  primeContractor: 'Meridian Aerostructures Inc.',
  contractNumber: 'C-1',
  contractValueCents: 10 * M,
  nonUsContentCents: 2 * M,
  awardDate: '2026-01-15',
  itemsAndServices: 'Aircraft spares',
  ...over,
});

describe.each(TEST_ENGINES)('FMF/DCC on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  /** A request taken to approval: its edition's documents, submitted, checklist ticked, approved. */
  async function approved(over: Record<string, unknown> = {}, approvedCents?: number) {
    const { db } = database;
    let r = await createDcc(db, cpdIS, contract(over), TODAY);
    for (const kind of editionRow(r.edition).requiredDocuments)
      r = await addDccDocument(db, cpdIS, r.id, { version: r.version, kind, reference: `ref-${kind}`, receivedOn: '2026-02-01' }, TODAY);
    r = await transitionDcc(db, cpdIS, r.id, { version: r.version, action: 'submit' }, TODAY);
    for (const item of DCC_CHECKLIST) r = await markDccChecklist(db, cpdIS, r.id, { version: r.version, item, done: true });
    return transitionDcc(
      db,
      cpdIS,
      r.id,
      { version: r.version, action: 'approve', reason: 'ok', ...(approvedCents ? { approvedCents } : {}) },
      TODAY,
    );
  }

  it('fixes the edition by award date, requires its documents, and approves only U.S. content', async () => {
    const { db } = database;
    const old = await createDcc(db, cpdIS, contract({ awardDate: '2017-02-28' }), TODAY);
    expect(old).toMatchObject({ edition: 'aug2009', status: 'draft', financeableCents: 8 * M, reference: 'IS-DCC-2017-001' });
    expect(old.requiredDocuments.map((d) => d.kind)).not.toContain('subcontractor_us_content');
    let r = await createDcc(db, cpdIS, contract(), TODAY);
    expect(r.edition).toBe('mar2017');
    expect(r.requiredDocuments.map((d) => d.kind)).toContain('subcontractor_us_content');
    const early = await failure(createDcc(db, cpdIS, contract({ awardDate: '2004-12-31' }), TODAY));
    expect(early.fields).toEqual([{ path: 'awardDate', message: expect.stringMatching(/January 2005/) }]);
    expect((await failure(createDcc(db, cpdIS, contract({ nonUsContentCents: 11 * M }), TODAY))).fields?.[0]?.path).toBe(
      'nonUsContentCents',
    );
    const blocked = await failure(transitionDcc(db, cpdIS, r.id, { version: r.version, action: 'submit' }, TODAY));
    expect(blocked.status).toBe(409);
    expect(blocked.message).toMatch(/First-tier subcontractors’ U.S. content certifications/);
    for (const kind of editionRow(r.edition).requiredDocuments)
      r = await addDccDocument(db, cpdIS, r.id, { version: r.version, kind, reference: `ref-${kind}`, receivedOn: '2026-02-01' }, TODAY);
    r = await transitionDcc(db, cpdIS, r.id, { version: r.version, action: 'submit' }, TODAY);
    expect((await failure(transitionDcc(db, cpdIS, r.id, { version: r.version, action: 'approve' }, TODAY))).message).toMatch(/checklist/);
    for (const item of DCC_CHECKLIST) r = await markDccChecklist(db, cpdIS, r.id, { version: r.version, item, done: true });
    const tooMuch = await failure(
      transitionDcc(db, cpdIS, r.id, { version: r.version, action: 'approve', approvedCents: 8 * M + 1 }, TODAY),
    );
    expect(tooMuch.fields?.[0]?.path).toBe('approvedCents');
    expect((await failure(transitionDcc(db, cpdIS, r.id, { version: r.version - 1, action: 'approve' }, TODAY))).code).toBe(
      'version_conflict',
    );
    r = await transitionDcc(db, cpdIS, r.id, { version: r.version, action: 'approve', approvedCents: 8 * M }, TODAY);
    expect(r).toMatchObject({ status: 'approved', approvedCents: 8 * M, decidedBy: cpdIS.username, decidedOn: TODAY, allowedActions: [] });
  });

  it('keeps another partner’s requests out of sight and refuses writes to readers', async () => {
    const { db } = database;
    const r = await createDcc(db, cpdIS, contract({ contractNumber: 'C-scope' }), TODAY);
    expect((await failure(getDcc(db, cpdJO, r.id))).status).toBe(404);
    expect((await listDcc(db, cpdJO, {})).items.map((i) => i.partnerCode)).not.toContain('IS');
    expect((await failure(createDcc(db, cpdJO, contract(), TODAY))).status).toBe(403);
    expect(
      (
        await failure(
          addDccDocument(db, auditor, r.id, { version: 1, kind: 'subcontractor_list', reference: 'x', receivedOn: TODAY }, TODAY),
        )
      ).status,
    ).toBe(403);
  });

  it('advances: 15 business days ahead, within the approved amount, obligated from the partner’s FMF oldest first', async () => {
    const { db } = database;
    const older = await createAppropriation(
      db,
      cpdIS,
      { programCode: 'FMF', partnerCode: 'IS', fiscalYear: 2025, name: 'FMF FY25 IS', amountCents: 3 * M, availableUntil: '2027-09-30' },
      TODAY,
    );
    const newer = await createAppropriation(
      db,
      cpdIS,
      {
        programCode: 'FMF-DCC',
        partnerCode: 'IS',
        fiscalYear: 2026,
        name: 'FMF/DCC FY26 IS',
        amountCents: 20 * M,
        availableUntil: '2027-09-30',
      },
      TODAY,
    );
    let r = await approved({ contractNumber: 'C-adv' }, 6 * M);
    // 22 June 2026 less 15 business days, over Juneteenth and the weekends, is 29 May.
    const late = await failure(
      disburseDcc(
        db,
        cpdIS,
        r.id,
        { version: r.version, amountCents: 1, requestedOn: '2026-06-01', disbursementOn: '2026-06-22', usFlagAttested: true },
        TODAY,
        testWiring.obligationGates,
      ),
    );
    expect(late.fields).toEqual([{ path: 'disbursementOn', message: 'request by 2026-05-29 for this date' }]);
    const noFlag = await failure(
      disburseDcc(
        db,
        cpdIS,
        r.id,
        { version: r.version, amountCents: 1, requestedOn: '2026-05-29', disbursementOn: '2026-06-22', usFlagAttested: false as true },
        TODAY,
        testWiring.obligationGates,
      ),
    );
    expect(noFlag.fields?.[0]?.path).toBe('usFlagAttested');
    r = await disburseDcc(
      db,
      cpdIS,
      r.id,
      { version: r.version, amountCents: 4 * M, requestedOn: '2026-05-29', disbursementOn: '2026-06-22', usFlagAttested: true },
      TODAY,
      testWiring.obligationGates,
    );
    expect(r.disbursements[0]!.sources).toEqual([
      { appropriationId: older.id, appropriationName: 'FMF FY25 IS', amountCents: 3 * M },
      { appropriationId: newer.id, appropriationName: 'FMF/DCC FY26 IS', amountCents: 1 * M },
    ]);
    expect(r).toMatchObject({ disbursedCents: 4 * M, remainingCents: 2 * M });
    expect((await getAppropriation(db, cpdIS, older.id, TODAY)).availableCents).toBe(0);
    const ledger = await listTransactions(db, cpdIS, { partner: 'IS', kind: 'obligation' });
    expect(ledger.items.filter((t) => t.description.includes(r.reference))).toHaveLength(2);
    // ceiling − 1 / = / + 1 against the approved amount
    const plus = await failure(
      disburseDcc(
        db,
        cpdIS,
        r.id,
        { version: r.version, amountCents: 2 * M + 1, requestedOn: '2026-05-29', disbursementOn: '2026-06-22', usFlagAttested: true },
        TODAY,
        testWiring.obligationGates,
      ),
    );
    expect(plus).toMatchObject({ status: 409 });
    expect(plus.message).toMatch(/approved/);
    r = await disburseDcc(
      db,
      cpdIS,
      r.id,
      { version: r.version, amountCents: 2 * M - 1, requestedOn: '2026-05-29', disbursementOn: '2026-06-22', usFlagAttested: true },
      TODAY,
      testWiring.obligationGates,
    );
    r = await disburseDcc(
      db,
      cpdIS,
      r.id,
      { version: r.version, amountCents: 1, requestedOn: '2026-05-29', disbursementOn: '2026-06-22', usFlagAttested: true },
      TODAY,
      testWiring.obligationGates,
    );
    expect(r.remainingCents).toBe(0);
  });

  it('parallel advances never exceed the approved amount nor the partner’s FMF available', async () => {
    const { db } = database;
    // JO has one FMF grant of $5M; two requests approved for $4M each; eight parallel $1M advances.
    const fund = await createAppropriation(
      db,
      cpdJO,
      { programCode: 'FMF', partnerCode: 'JO', fiscalYear: 2026, name: 'FMF FY26 JO', amountCents: 5 * M, availableUntil: '2027-09-30' },
      TODAY,
    );
    const mk = async (n: string) => {
      let r = await createDcc(db, cpdJO, contract({ partnerCode: 'JO', contractNumber: n, nonUsContentCents: 0 }), TODAY);
      for (const kind of editionRow(r.edition).requiredDocuments)
        r = await addDccDocument(db, cpdJO, r.id, { version: r.version, kind, reference: kind, receivedOn: '2026-02-01' }, TODAY);
      r = await transitionDcc(db, cpdJO, r.id, { version: r.version, action: 'submit' }, TODAY);
      for (const item of DCC_CHECKLIST) r = await markDccChecklist(db, cpdJO, r.id, { version: r.version, item, done: true });
      return transitionDcc(db, cpdJO, r.id, { version: r.version, action: 'approve', approvedCents: 4 * M }, TODAY);
    };
    const requests = [await mk('P-1'), await mk('P-2')];
    // Each call reads the version afresh so only the ceilings, not stale versions, decide who is refused.
    const attempt = async (ref: string) => {
      for (let i = 0; i < 20; i++) {
        const current = await getDcc(db, cpdJO, ref);
        try {
          return await disburseDcc(
            db,
            cpdJO,
            ref,
            { version: current.version, amountCents: 1 * M, requestedOn: '2026-05-29', disbursementOn: '2026-06-22', usFlagAttested: true },
            TODAY,
            testWiring.obligationGates,
          );
        } catch (e) {
          if ((e as { code?: string }).code !== 'version_conflict') throw e;
        }
      }
      throw new Error('still conflicting');
    };
    const results = await Promise.allSettled(requests.flatMap((r) => Array.from({ length: 4 }, () => attempt(r.id))));
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(5);
    for (const x of results) if (x.status === 'rejected') expect((x.reason as { status: number }).status).toBe(409);
    expect((await getAppropriation(db, cpdJO, fund.id, TODAY)).availableCents).toBe(0);
    const totals = await Promise.all(requests.map((r) => getDcc(db, cpdJO, r.id)));
    for (const t of totals) expect(t.disbursedCents).toBeLessThanOrEqual(4 * M);
    expect(totals.reduce((s, t) => s + t.disbursedCents, 0)).toBe(5 * M);
  });

  it('the portfolio shows a partner’s requests in review, approved and advanced, within scope', async () => {
    const { db } = database;
    const figures = await dccPortfolioSection.figures(db, cpdJO, null, TODAY);
    expect([...figures.keys()]).toEqual(['JO']);
    expect(figures.get('JO')!.find((f) => f.key === 'dcc.approved')).toMatchObject({ count: 2, cents: 8 * M });
    expect(figures.get('JO')!.find((f) => f.key === 'dcc.disbursed')).toMatchObject({ cents: 5 * M });
    const list = await listDcc(db, cpdJO, { status: 'approved' });
    expect(list.items.reduce((s, i) => s + i.disbursedCents, 0)).toBe(5 * M);
  });
});
