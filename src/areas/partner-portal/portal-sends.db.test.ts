import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { attachmentContent } from '../../platform/attachments/service.ts';
import { totpCode } from '../../platform/auth/totp.ts';
import { loadConfig } from '../../platform/config.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { lettersOfRequest } from '../cases/public.ts';
import { eumIncidents } from '../eum/public.ts';
import { testWiring } from '../testing.ts';
import { listIncidentAnswers, requireInternalAttachmentRecord } from './agency-service.ts';
import { offeredCase } from './test-offered-case.ts';
import { inviteHostAdministrator } from './user-service.ts';

// Issue 17, the portal's sends over HTTP: an LOR with its attachment lands in cases as received; a renamed executable
// is refused naming the file; an incident answer with a file reaches the EUM specialist; the host-nation administrator
// resets and deactivates their own partner's users and never another partner's.

const json = { 'content-type': 'application/json' };
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
const admin = testPrincipal(['administrator']);

describe.each(TEST_ENGINES)('the partner portal sends, on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let headers: Record<string, string>;

  async function signIn(partner: string, email: string) {
    const { invitation } = await inviteHostAdministrator(database.db, testWiring.partners, admin, partner, email);
    const post = (url: string, body: unknown) => app.request(url, { method: 'POST', headers: json, body: JSON.stringify(body) });
    const { totpSecret, username } = (await (await post('/api/auth/activation/start', { token: invitation.token })).json()) as {
      totpSecret: string;
      username: string;
    };
    const password = 'a long enough password';
    expect((await post('/api/auth/activation', { token: invitation.token, password, totpCode: totpCode(totpSecret) })).status).toBe(200);
    const signed = await post('/api/auth/sign-in', { username, password, totpCode: totpCode(totpSecret, new Date(Date.now() + 30_000)) });
    expect(signed.status).toBe(200);
    const { csrfToken } = (await signed.json()) as { csrfToken: string };
    return { cookie: signed.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
  }
  const send = (method: string, url: string, body?: unknown, as = headers) =>
    app.request(url, {
      method,
      headers: { ...as, ...(body instanceof Uint8Array ? { 'content-type': 'application/octet-stream' } : json) },
      body: body instanceof Uint8Array ? (body as unknown as BodyInit) : JSON.stringify(body),
    });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);
    headers = await signIn('at', 'hna@defence.example');
  }, 120_000);
  afterAll(() => database?.close());

  it('files an LOR that lands in cases as received, with its attachment; a renamed executable is refused by name', async () => {
    const sent = await send('POST', '/api/partner/lors', { reference: 'AT-2026-01', description: 'Night vision devices' });
    expect(sent.status).toBe(201);
    const lor = (await sent.json()) as { id: string; status: string };
    expect(lor.status).toBe('received');
    const [row] = await database.db.select().from(lettersOfRequest).where(eq(lettersOfRequest.id, lor.id));
    expect(row).toMatchObject({ partnerCode: 'AT', status: 'received', channel: 'partner_direct' });

    const refused = await send('POST', `/api/partner/lors/${lor.id}/attachments?fileName=letter.pdf`, EXE);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('letter.pdf');
    const attached = await send('POST', `/api/partner/lors/${lor.id}/attachments?fileName=letter.pdf`, PDF);
    expect(attached.status).toBe(201);
    const { id: fileId } = (await attached.json()) as { id: string };
    // The agency reads it through the letter's own policy; the partner downloads it through the portal.
    await requireInternalAttachmentRecord(database.db, testPrincipal(['case_writer'], { countries: ['AT'] }), fileId);
    await expect(
      requireInternalAttachmentRecord(database.db, testPrincipal(['case_writer'], { countries: ['JA'] }), fileId),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect((await attachmentContent(database.db, fileId)).mediaType).toBe('application/pdf');
    const download = await app.request(`/api/partner/attachments/${fileId}`, { headers });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
  });

  it('sees the offered LOA and signs it through the portal, once, within the offer', async () => {
    const { identifier } = await offeredCase(database.db, 'AT');
    const page = (await (await app.request(`/api/partner/cases/${identifier}`, { headers })).json()) as {
      status: string;
      loaVersions: { number: number; offerDate: string; offerExpirationDate: string }[];
    };
    expect(page.status).toBe('offered');
    expect(page.loaVersions).toEqual([expect.objectContaining({ number: 0, offerDate: '2026-05-01', offerExpirationDate: '2026-07-14' })]);
    const sign = (signedOn: string) =>
      send('POST', `/api/partner/cases/${identifier}/signature`, {
        versionNumber: 0,
        signedOn,
        signerName: 'A. Minister',
        signerTitle: 'Minister',
      });
    const late = await sign('2026-07-15');
    expect(late.status).toBe(400);
    expect(JSON.stringify(await late.json())).toContain('signedOn');
    expect((await sign('2026-05-10')).status).toBe(201);
    expect((await sign('2026-05-11')).status).toBe(409);
  });

  it("answers an incident of their own partner, with a file, that the EUM specialist reads; another partner's is not there", async () => {
    const [own] = await database.db
      .insert(eumIncidents)
      .values({ partnerCode: 'AT', kind: 'loss', title: 'Missing NVG', discoveredOn: '2026-03-01' })
      .returning();
    const [other] = await database.db
      .insert(eumIncidents)
      .values({ partnerCode: 'JA', kind: 'loss', title: 'Other', discoveredOn: '2026-03-01' })
      .returning();
    expect((await send('POST', `/api/partner/eum/incidents/${other!.id}/answers`, { text: 'not ours' })).status).toBe(404);
    expect((await send('POST', `/api/partner/eum/incidents/${own!.id}/answers`, { text: '  ' })).status).toBe(400);
    const answered = await send('POST', `/api/partner/eum/incidents/${own!.id}/answers`, { text: 'Found in the depot; report attached.' });
    expect(answered.status).toBe(201);
    const { id: answerId } = (await answered.json()) as { id: string };
    expect((await send('POST', `/api/partner/eum/answers/${answerId}/attachments?fileName=report.pdf`, PDF)).status).toBe(201);

    const specialist = testPrincipal(['eum_specialist'], { countries: ['AT'] });
    const answers = await listIncidentAnswers(database.db, specialist, own!.id);
    expect(answers).toEqual([
      expect.objectContaining({
        text: 'Found in the depot; report attached.',
        files: [expect.objectContaining({ fileName: 'report.pdf' })],
      }),
    ]);
    await expect(listIncidentAnswers(database.db, testPrincipal(['eum_specialist'], { countries: ['JA'] }), own!.id)).rejects.toMatchObject(
      {
        status: 404,
      },
    );
  });

  it("resets and deactivates their own partner's users, never another partner's", async () => {
    const invited = await send('POST', '/api/partner/users', {
      email: 'user@defence.example',
      displayName: 'A User',
      role: 'user',
      permissions: ['cases'],
    });
    expect(invited.status).toBe(201);
    const { invitation: first } = (await invited.json()) as { user: { id: string }; invitation: { token: string } };
    const users = (await (await app.request('/api/partner/users', { headers })).json()) as {
      id: string;
      username: string;
      version: number;
    }[];
    const user = users.find((u) => u.username === 'user@defence.example')!;
    const reset = await send('POST', `/api/partner/users/${user.id}/reset`, { version: user.version });
    expect(reset.status).toBe(200);
    const { invitation } = (await reset.json()) as { invitation: { token: string } };
    expect(invitation.token).not.toBe(first.token);
    expect((await send('POST', `/api/partner/users/${user.id}/reset`, { version: user.version })).status).toBe(409);

    const ja = await inviteHostAdministrator(database.db, testWiring.partners, admin, 'ja', 'hna@mod.example');
    expect((await send('POST', `/api/partner/users/${ja.user.id}/deactivate`, { version: 1 })).status).toBe(404);
    expect((await send('POST', `/api/partner/users/${ja.user.id}/reset`, { version: 1 })).status).toBe(404);

    const now = ((await (await app.request('/api/partner/users', { headers })).json()) as { id: string; version: number }[]).find(
      (u) => u.id === user.id,
    )!;
    const deactivated = await send('POST', `/api/partner/users/${user.id}/deactivate`, { version: now.version });
    expect(deactivated.status).toBe(200);
    expect((await deactivated.json()) as { active: boolean }).toMatchObject({ active: false });
  });
});
