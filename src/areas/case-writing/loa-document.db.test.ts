import pino from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { loadConfig } from '../../platform/config.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createUser } from '../../platform/users/service.ts';
import type { SaveVersionInput } from '../cases/public.ts';
import { createCase, createRevision, saveVersion, setMilestone, transitionCase } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { loaDiffDocument, loaDocument } from './loa-document-service.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
// The partner's signature and initial deposit before acceptance are the partner portal's gate and tests.
const unsignedAccept = {
  ...testWiring.caseHooks,
  transitionGates: testWiring.caseHooks.transitionGates.filter((g) => g.name !== 'partner-acceptance'),
};
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const writerJA = testPrincipal(['case_writer'], { directorates: ['GEX'], countries: ['JA'] });

const nvgLine = {
  lineNumber: '001',
  description: 'AN/PVS-14 monocular night vision device',
  maslGenericCode: 'N8A',
  maslNumber: '5855015223118',
  quantity: 500,
  unitOfIssue: 'EA',
  unitCostCents: 4_000_00,
  sme: true,
  eeum: true,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
};
const trainingLine = {
  lineNumber: '002',
  description: 'Operator and maintenance training',
  maslGenericCode: 'O1A',
  maslNumber: 'OTS000000001A',
  quantity: 1,
  unitOfIssue: 'LO',
  unitCostCents: 250_000_00,
  sourceOfSupply: 'S',
  deliveryPeriod: '12 months',
};
const eeumNote = {
  code: 'EEUM',
  title: 'Enhanced End-Use Monitoring',
  text: 'Items on line 001 are designated for Enhanced End-Use Monitoring.',
};
// 500 × $4,000 + $250,000 = $2,250,000; 3.2% = $72,000; total $2,322,000.
const TOTAL = 2_322_000_00;
const content = (revision: number, overrides: Partial<SaveVersionInput> = {}): SaveVersionInput => ({
  revision,
  lines: [nvgLine, trainingLine],
  notes: [eeumNote],
  paymentSchedule: [
    { dueDate: '2027-01-15', amountCents: 1_000_000_00 },
    { dueDate: '2027-07-15', amountCents: TOTAL - 1_000_000_00 },
  ],
  ...overrides,
});

async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe.each(TEST_ENGINES)('the LOA document on %s', (engine) => {
  let database: Database;
  let identifier: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    const row = await createCase(db, writer, { partnerCode: 'AT', agencyCode: 'B', type: 'defined_order', title: 'Night vision devices' });
    identifier = row.identifier;
    await saveVersion(db, testWiring.caseHooks, writer, identifier, 0, content(1));
  });
  afterAll(() => database?.close());

  it('prints a draft basic LOA with its header, lines, notes, totals, payment schedule and signature blocks', async () => {
    const { filename, pdf } = await loaDocument(database.db, writer, identifier, 0);
    expect(filename).toBe(`${identifier}-basic-loa.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const expected of [
      identifier,
      'Australia',
      'Department of the Army',
      'Defined order',
      'Basic LOA',
      'DRAFT',
      'AN/PVS-14 monocular night vision device',
      'Operator and maintenance training',
      'N8A',
      '5855015223118',
      'MDE / SME / EEUM',
      '$4,000.00',
      '$2,000,000.00',
      '$250,000.00',
      'Net estimated cost (lines) $2,250,000.00',
      'Administrative surcharge at 3.2% $72,000.00',
      'Total estimated case value $2,322,000.00',
      '15 Jan 2027',
      '$1,000,000.00',
      '$1,322,000.00',
      'EEUM — Enhanced End-Use Monitoring',
      'designated for Enhanced End-Use Monitoring',
      'For the United States Government',
      'For the Purchaser: Australia',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('paginates hundreds of lines, repeating the table header on every page', async () => {
    const { db } = database;
    const many = await createCase(db, writer, { partnerCode: 'AT', agencyCode: 'D', type: 'blanket_order', title: 'Spares' });
    const lines = Array.from({ length: 400 }, (_, i) => ({
      ...trainingLine,
      lineNumber: String(i + 1).padStart(3, '0'),
      description: `Spare part number ${i + 1}`,
      unitCostCents: 100_00,
    }));
    await saveVersion(db, testWiring.caseHooks, writer, many.identifier, 0, { revision: 1, lines, notes: [], paymentSchedule: [] });
    const { pdf } = await loaDocument(db, writer, many.identifier, 0);
    const document = await getDocumentProxy(new Uint8Array(pdf));
    expect(document.numPages).toBeGreaterThan(8);
    const { text: pages } = await extractText(document, { mergePages: false });
    expect(pages.filter((page) => page.includes('Extended cost')).length).toBeGreaterThan(8);
    const all = pages.join(' ');
    expect(all).toContain('Spare part number 1 ');
    expect(all).toContain('Spare part number 400');
    expect(all).toContain(`Page ${document.numPages} of ${document.numPages}`);
  });

  it('prints the offered LOA without DRAFT, with its offer dates, and the amendment and its changes', async () => {
    const { db } = database;
    await transitionCase(db, testWiring.caseHooks, writer, identifier, { action: 'submit_for_review', version: 1, date: '2026-04-01' });
    await transitionCase(db, testWiring.caseHooks, reviewer, identifier, { action: 'approve', version: 2, date: '2026-04-15' });
    await setMilestone(db, writer, identifier, { milestone: 'milap', onDate: '2026-04-20', version: 3 });
    await transitionCase(db, testWiring.caseHooks, writer, identifier, { action: 'offer', version: 4, date: '2026-05-01' });
    const offered = await pdfText((await loaDocument(db, writer, identifier, 0)).pdf);
    expect(offered).not.toContain('DRAFT');
    expect(offered).toContain('1 May 2026');
    expect(offered).toContain('14 Jul 2026'); // MILAP + 85 days

    await transitionCase(db, unsignedAccept, writer, identifier, { action: 'accept', version: 5, date: '2026-06-30' });
    await transitionCase(db, testWiring.caseHooks, writer, identifier, { action: 'implement', version: 6, date: '2026-07-10' });
    const amendment = await createRevision(db, testWiring.caseHooks, writer, identifier, {
      kind: 'amendment',
      version: 7,
      reason: 'Add 100 devices',
    });
    const total2 = 2_650_000_00 + 84_800_00;
    await saveVersion(
      db,
      testWiring.caseHooks,
      writer,
      identifier,
      1,
      content(amendment.version.revision, {
        lines: [{ ...nvgLine, quantity: 600 }, trainingLine],
        paymentSchedule: [{ dueDate: '2027-01-15', amountCents: total2 }],
      }),
    );

    const amended = await loaDocument(db, writer, identifier, 1);
    expect(amended.filename).toBe(`${identifier}-amendment-1.pdf`);
    const amendedText = await pdfText(amended.pdf);
    expect(amendedText).toContain('Amendment 1');
    expect(amendedText).toContain('Add 100 devices');
    expect(amendedText).toContain('DRAFT');
    expect(amendedText).toContain('$2,734,800.00');

    const diff = await pdfText((await loaDiffDocument(db, writer, identifier, 0, 1)).pdf);
    expect(diff).toContain('Amendment 1: changes from Basic LOA');
    expect(diff).toContain('LINES CHANGED (1)');
    expect(diff).toContain('001 AN/PVS-14 monocular night vision device Quantity 500 600');
    expect(diff).toContain('Extended cost $2,000,000.00 $2,400,000.00');
    expect(diff).toContain('Total estimated case value $2,322,000.00 $2,734,800.00 +$412,800.00');
    expect(diff).not.toContain('Operator and maintenance training');
  });

  it('reads as not found for a user scoped to another partner', async () => {
    const { db } = database;
    expect((await failure(loaDocument(db, writerJA, identifier, 0))).status).toBe(404);
    expect((await failure(loaDiffDocument(db, writerJA, identifier, 0, 1))).status).toBe(404);
    expect((await failure(loaDocument(db, writer, identifier, 9))).status).toBe(404);
  });

  it("serves the PDF over HTTP, and 404 outside the reader's scope", async () => {
    const app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const admin = testPrincipal(['administrator']);
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
    await createUser(database.db, testWiring.partners, admin, {
      username: 'writer-ja',
      displayName: 'Writer JA',
      password,
      roles: ['case_writer'],
      allDirectorates: false,
      directorates: ['GEX'],
      allCountries: false,
      countries: ['JA'],
    });
    const cookieOf = async (username: string) => {
      const res = await app.request('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      return res.headers.get('set-cookie')!.split(';')[0]!;
    };
    const at = await cookieOf('writer-at');
    const res = await app.request(`/api/cases/${identifier}/versions/0/document.pdf`, { headers: { cookie: at } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${identifier}-basic-loa.pdf`);
    expect(await pdfText(new Uint8Array(await res.arrayBuffer()))).toContain(identifier);
    const diff = await app.request(`/api/cases/${identifier}/diff/document.pdf?from=0&to=1`, { headers: { cookie: at } });
    expect(diff.status).toBe(200);

    const ja = await cookieOf('writer-ja');
    const hidden = await app.request(`/api/cases/${identifier}/versions/0/document.pdf`, { headers: { cookie: ja } });
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
