import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { principalOf } from '../../platform/auth/principal.ts';
import { createApiToken } from '../../platform/auth/service.ts';
import { loadConfig } from '../../platform/config.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { users } from '../../platform/users/schema.ts';
import { createUser } from '../../platform/users/service.ts';
import { createCase } from '../cases/public.ts';
import { createAppropriation, obligate } from '../funds/public.ts';
import { testWiring } from '../testing.ts';

type Figure = { key: string; count: number | null; cents: number | null; link: string };
type Body = Record<string, unknown> & { error?: { code: string } };

describe.each(TEST_ENGINES)('portfolios over HTTP on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  const get = async (path: string) => app.request(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const admin = testPrincipal(['administrator']);
    await createUser(database.db, testWiring.partners, admin, {
      username: 'cpd',
      displayName: 'CPD',
      password: 'a long enough password',
      roles: ['country_portfolio_director'],
      allDirectorates: true,
      directorates: [],
      allCountries: false,
      countries: ['PL', 'RO'],
    });
    const [row] = await database.db.select().from(users).where(eq(users.username, 'cpd'));
    token = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    await createCase(database.db, admin, {
      partnerCode: 'PL',
      agencyCode: 'B',
      type: 'defined_order',
      title: '=HYPERLINK("http://x")',
      fundingSources: ['fmf'],
    });
    await createCase(database.db, admin, { partnerCode: 'FR', agencyCode: 'B', type: 'defined_order', title: 'Not mine' });
    const fund = await createAppropriation(database.db, admin, {
      programCode: 'FMF',
      partnerCode: 'PL',
      fiscalYear: 2026,
      name: 'FMF Poland',
      amountCents: 900_000_00,
    });
    await obligate(database.db, admin, fund.id, { amountCents: 150_000_00, partnerCode: 'PL' });
  });
  afterAll(() => database?.close());

  it('serves a partner portfolio with linked figures, and refuses partners outside the scope', async () => {
    const res = await get('/portfolios/PL');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sections: { figures: Figure[] }[] };
    const figures = body.sections.flatMap((s) => s.figures);
    expect(figures.find((f) => f.key === 'cases.open')).toMatchObject({ count: 1, link: '/portfolio/PL/cases?open=true' });
    expect(figures.find((f) => f.key === 'funds.available')).toMatchObject({ cents: 750_000_00 });
    expect((await get('/portfolios/FR')).status).toBe(403);
    const cases = (await (await get('/portfolios/PL/cases?open=true&program=fmf')).json()) as { total: number };
    expect(cases.total).toBe(1);
    const side = (await (await get('/portfolios')).json()) as {
      partners: { code: string }[];
      sections: { rows: { key: string; cells: unknown[] }[] }[];
    };
    expect(side.partners.map((p) => p.code)).toEqual(['PL', 'RO']);
    const open = side.sections.flatMap((s) => s.rows).find((r) => r.key === 'cases.open');
    expect(open?.cells).toEqual([
      { partnerCode: 'PL', count: 1, cents: 0, link: '/portfolio/PL/cases?open=true', risk: null },
      { partnerCode: 'RO', count: 0, cents: 0, link: null, risk: null },
    ]);
    expect((await get('/portfolios?partners=PL,FR')).status).toBe(403);
    expect((await get('/portfolios?partners=nonsense!')).status).toBe(400);
    const overview = (await (await get('/portfolio-overview?sort=risk')).json()) as Body & { partners: { partnerCode: string }[] };
    expect(overview.partners.map((p) => p.partnerCode)).toEqual(['PL']);
  });

  it('exports the workbook and the brief with the page’s figures', async () => {
    const xlsx = await get('/portfolios/PL/export.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Cases', 'Funds', 'Obligations', 'Deadlines', 'Activity', 'About']);
    const summary = wb
      .getWorksheet('Summary')!
      .getSheetValues()
      .flat()
      .filter((v) => v !== undefined && v !== null);
    expect(summary).toEqual(expect.arrayContaining(['Funds available', 750_000, 'Funds obligated (net)', 150_000]));
    expect(wb.getWorksheet('Cases')!.getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://x")`); // text, never a formula
    expect(wb.getWorksheet('Funds')!.getRow(2).getCell(6).value).toBe(750_000);
    const pdf = await get('/portfolios/PL/brief.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toMatch(/Portfolio brief: Poland \(PL\).*Funds available.*\$750,000\.00/);
    expect((await get('/portfolios/FR/brief.pdf')).status).toBe(403);
  });
});
