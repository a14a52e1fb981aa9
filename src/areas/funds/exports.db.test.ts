import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, createPendingSale } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { createAppropriation, listAppropriations } from './appropriation-service.ts';
import { exportTransactions } from './exports.ts';
import { listTransactions, obligate } from './obligation-service.ts';

const admin = testPrincipal(['administrator']);
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const cpdQA = testPrincipal(['country_portfolio_director'], { countries: ['QA'] });
const cpdAT = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['AT'] });
const auditor = testPrincipal(['auditor']);
const TODAY = '2026-06-01';
const csvLines = async (stream: ReadableStream<Uint8Array>) => (await new Response(stream).text()).split('\r\n').filter(Boolean);

describe.each(TEST_ENGINES)('the ledger and appropriations sorted, the ledger as a file, on %s', (engine) => {
  let database: Database;
  let pendingIdentifier = '';
  let openIdentifier = '';

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    const pending = await createPendingSale(db, testWiring.caseHooks, writer, 'QA');
    const open = await createCase(db, writer, { partnerCode: 'QA', agencyCode: 'D', type: 'defined_order', title: 'Spares' });
    [pendingIdentifier, openIdentifier] = [pending.identifier, open.identifier];
    const qa = await createAppropriation(
      db,
      admin,
      { programCode: 'FMS', partnerCode: 'QA', fiscalYear: 2026, name: 'National funds Qatar', amountCents: 10_000_000_00 },
      TODAY,
    );
    const at = await createAppropriation(
      db,
      admin,
      { programCode: 'FMF', partnerCode: 'AT', fiscalYear: 2025, name: 'FMF FY25 Austria', amountCents: 1_000_000_00 },
      TODAY,
    );
    await obligate(
      db,
      cpdQA,
      qa.id,
      { amountCents: 5_000_00, caseId: pending.identifier, lineNumber: '001', description: 'Patriot' },
      TODAY,
    );
    await obligate(db, cpdQA, qa.id, { amountCents: 250_00, caseId: open.identifier, description: 'Spares' }, TODAY);
    await obligate(db, cpdAT, at.id, { amountCents: 12_345_67, description: 'Training' }, TODAY);
  });
  afterAll(() => database?.close());

  it('sorts the ledger by amount or case either way; an entry of a withheld case sorts by case as if it named none', async () => {
    const { db } = database;
    const amounts = async (dir: 'asc' | 'desc') =>
      (await listTransactions(db, auditor, { sort: 'amount', dir })).items.map((t) => t.amountCents);
    expect(await amounts('asc')).toEqual([250_00, 5_000_00, 12_345_67]);
    expect(await amounts('desc')).toEqual([12_345_67, 5_000_00, 250_00]);
    const byCase = (await listTransactions(db, auditor, { partner: 'QA', sort: 'case', dir: 'asc' })).items;
    expect(byCase.map((t) => [t.caseIdentifier, t.caseWithheld])).toEqual([
      [openIdentifier, false],
      [null, true],
    ]);
    const byCaseDown = (await listTransactions(db, auditor, { partner: 'QA', sort: 'case', dir: 'desc' })).items;
    expect(byCaseDown.at(-1)?.caseWithheld).toBe(true);
  });

  it('sorts appropriations by amount, available or fiscal year', async () => {
    const { db } = database;
    const names = async (sort: 'amount' | 'fiscalYear', dir?: 'asc' | 'desc') =>
      (await listAppropriations(db, auditor, { sort, ...(dir ? { dir } : {}) }, TODAY)).items.map((a) => a.name);
    expect(await names('amount', 'asc')).toEqual(['FMF FY25 Austria', 'National funds Qatar']);
    expect(await names('amount', 'desc')).toEqual(['National funds Qatar', 'FMF FY25 Austria']);
    expect(await names('fiscalYear')).toEqual(['National funds Qatar', 'FMF FY25 Austria']);
  });

  it('exports the ledger with the list filters, order, scope and masking, in dollars', async () => {
    const { db } = database;
    const all = await csvLines((await exportTransactions(db, auditor, { sort: 'amount', dir: 'desc' }, 'csv', TODAY)).body);
    expect(all[0]).toBe('Date,Kind,Program,Appropriation,Partner,Case,Line,Amount ($),Returned or used ($),Description');
    expect(all.slice(1).map((l) => l.split(',')[7])).toEqual(['12345.67', '5000', '250']);
    const text = all.join('\n');
    expect(text).toContain(',QA,Withheld,,5000,');
    for (const trace of [pendingIdentifier, 'Patriot']) expect(text).not.toContain(trace);

    const seeing = (await csvLines((await exportTransactions(db, cpdQA, {}, 'csv', TODAY)).body)).join('\n');
    expect(seeing).toContain(`${pendingIdentifier},001,5000,`);

    const qaOnly = await csvLines((await exportTransactions(db, auditor, { partner: 'QA' }, 'csv', TODAY)).body);
    expect(qaOnly).toHaveLength(3);
    const scoped = await csvLines((await exportTransactions(db, cpdAT, {}, 'csv', TODAY)).body);
    expect(scoped.slice(1).map((l) => l.split(',')[4])).toEqual(['AT']);

    const xlsx = new Uint8Array(await new Response((await exportTransactions(db, auditor, {}, 'xlsx', TODAY)).body).arrayBuffer());
    expect([xlsx[0], xlsx[1]]).toEqual([0x50, 0x4b]);
    await expect(exportTransactions(db, auditor, { sort: 'secret' }, 'csv', TODAY)).rejects.toMatchObject({ status: 400 });
  });
});
