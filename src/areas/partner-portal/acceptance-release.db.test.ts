import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { PARTNER_PERMISSIONS } from '../../platform/access/partner.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { checkAttachments } from '../../platform/attachments/service.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createPendingSale, transitionCase } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { getPartnerAcceptance, recordInitialDeposit, setPartnerRelease } from './agency-service.ts';
import { getPartnerCase, listPartnerCases } from './read-service.ts';
import { signLoa } from './send-service.ts';
import { offeredCase } from './test-offered-case.ts';

// Issue 17: the case moves to accepted only with the partner's signature on file and the initial deposit recorded;
// a case pending congressional notification is not there for the partner until the agency releases it.

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const analyst = testPrincipal(['notification_analyst']);
const partnerOf = (code: string): Principal => ({
  ...testPrincipal([], { countries: [code] }),
  partner: { code, role: 'administrator', permissions: PARTNER_PERMISSIONS },
});
const hooks = testWiring.caseHooks;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: { status: number; message: string; fields?: unknown }) => e,
  );

describe.each(TEST_ENGINES)('LOA acceptance and release to the partner on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('refuses acceptance naming what is missing, until the signature and the deposit are on file', async () => {
    const { db } = database;
    const { identifier, version } = await offeredCase(db, 'AT');
    const kase = { identifier };
    const accept = () => transitionCase(db, hooks, writer, kase.identifier, { action: 'accept', version, date: '2026-05-20' });
    const none = await failure(accept());
    expect(none.status).toBe(409);
    expect(none.message).toMatch(/signature of the LOA is not on file and the initial deposit is not recorded/);
    expect(none.fields).toEqual([{ path: 'gates.partner-acceptance', message: expect.stringContaining('signature') }]);

    const signature = { versionNumber: 0, signedOn: '2026-05-10', signerName: 'A. Minister', signerTitle: 'Minister of Defence' };
    expect((await failure(signLoa(db, partnerOf('JA'), kase.identifier, signature))).status).toBe(404);
    await signLoa(db, partnerOf('AT'), kase.identifier, signature);
    const unpaid = await failure(accept());
    expect(unpaid.status).toBe(409);
    expect(unpaid.message).toMatch(/the initial deposit is not recorded/);
    expect(unpaid.message).not.toMatch(/signature/);

    const deposit = { amountCents: 10_000_00, depositedOn: '2026-05-12', reference: 'TRF-0001' };
    expect((await failure(recordInitialDeposit(db, writer, kase.identifier, { ...deposit, amountCents: 0 }))).status).toBe(400);
    expect((await failure(recordInitialDeposit(db, writer, kase.identifier, deposit, '2026-05-11'))).status).toBe(400);
    await recordInitialDeposit(db, writer, kase.identifier, deposit);
    expect((await failure(recordInitialDeposit(db, writer, kase.identifier, deposit))).status).toBe(409);
    expect((await accept()).case.status).toBe('accepted');

    const seen = await getPartnerAcceptance(db, writer, kase.identifier);
    expect(seen.signatures).toEqual([expect.objectContaining({ signedOn: '2026-05-10', signerName: 'A. Minister' })]);
    expect(seen.deposit).toMatchObject(deposit);
  });

  it('keeps a case pending notification from the partner until an analyst releases it, and not from another partner', async () => {
    const { db } = database;
    const sale = await createPendingSale(db, hooks, writer, 'KU');
    const ku = partnerOf('KU');
    const identifiers = async (p: Principal) => (await listPartnerCases(db, p)).map((c) => c.identifier);
    expect(await identifiers(ku)).not.toContain(sale.identifier);
    expect((await failure(getPartnerCase(db, ku, sale.identifier))).status).toBe(404);

    expect((await failure(setPartnerRelease(db, writer, sale.identifier, { released: true, version: 0 }))).status).toBe(403);
    expect((await failure(setPartnerRelease(db, analyst, sale.identifier, { released: true, version: 1 }))).status).toBe(409);
    const released = await setPartnerRelease(db, analyst, sale.identifier, { released: true, version: 0 });
    expect(released).toMatchObject({ released: true, version: 1 });
    expect(await identifiers(ku)).toContain(sale.identifier);
    expect((await getPartnerCase(db, ku, sale.identifier)).identifier).toBe(sale.identifier);
    expect(await identifiers(partnerOf('AT'))).not.toContain(sale.identifier);

    await setPartnerRelease(db, analyst, sale.identifier, { released: false, version: 1 });
    expect(await identifiers(ku)).not.toContain(sale.identifier);
  });

  it('refuses an executable renamed .pdf, naming the file, and a file over the size limit', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
    const refused = await failure(checkAttachments([{ fileName: 'letter.pdf', bytes: exe }], 'file'));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('letter.pdf');
    expect(refused.fields).toEqual([{ path: 'file.0', message: expect.stringMatching(/^letter\.pdf: a EXE file is not accepted/) }]);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const tooBig = await failure(checkAttachments([{ fileName: 'big.pdf', bytes: big }], 'file'));
    expect(tooBig).toMatchObject({ status: 400, fields: [{ path: 'file.0', message: 'big.pdf: larger than 10 MiB' }] });
    // Exactly at the limit, the same PDF is accepted.
    expect(await checkAttachments([{ fileName: 'max.pdf', bytes: big.subarray(0, 10 * 1024 * 1024) }], 'file')).toHaveLength(1);
  });
});
