import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { caseWithLines } from './areas/eum/test-fixtures.ts';
import { testWiring } from './areas/testing.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase, TEST_ENGINES } from './db/testing.ts';
import { jobKinds } from './jobs.ts';
import type { Role } from './platform/access/roles.ts';
import { principalOf } from './platform/auth/principal.ts';
import { createApiToken } from './platform/auth/service.ts';
import { loadConfig } from './platform/config.ts';
import { type JobQueue, startJobQueue } from './platform/jobs/queue.ts';
import { TEST_AUDIT_KEY } from './platform/testing/audit-key.setup.ts';
import { testPrincipal } from './platform/testing/principals.ts';
import { createUser } from './platform/users/service.ts';

type JobBody = {
  id: string;
  state: string;
  label: string;
  result: Record<string, unknown>;
  resultFile: string | null;
  error: string | null;
};

describe.each(TEST_ENGINES)('the jobs this system runs, through the API, on %s', (engine) => {
  let database: Database;
  let queue: JobQueue;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  let caseId = '';

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'iops-jobs-')) });
    const account = async (username: string, roles: Role[], countries?: string[]) => {
      const user = await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
        username,
        displayName: username,
        password: 'a long enough password',
        roles,
        allDirectorates: true,
        directorates: [],
        allCountries: !countries,
        countries: countries ?? [],
      });
      const principal = principalOf(
        { ...user, needToKnow: [], mustChangePassword: false, partnerCode: null, partnerRole: null, partnerPermissions: [] },
        'token',
      );
      tokens[username] = (await createApiToken(database.db, principal, { name: 'jobs test' })).token;
    };
    await account('jobs.admin', ['administrator']);
    await account('jobs.eum', ['eum_specialist'], ['AT']);
    await account('jobs.writer', ['case_writer']);
    caseId = (await caseWithLines(database.db, 'AT', 'Radios')).identifier;
    const logger = pino({ level: 'silent' });
    queue = await startJobQueue(database, jobKinds(testWiring, config, Buffer.from(TEST_AUDIT_KEY)), {
      work: true,
      logger,
      pollingIntervalSeconds: 0.5,
    });
    app = createApp({ database, config, logger, jobs: queue }, testWiring);
  });
  afterAll(async () => {
    await queue?.stop();
    await database?.close();
  });

  const call = (who: string, url: string, init: RequestInit = {}) =>
    app.request(`/api${url}`, { ...init, headers: { authorization: `Bearer ${tokens[who]}`, ...(init.headers ?? {}) } });
  const start = (who: string, kind: string, params: unknown = {}) =>
    call(who, '/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind, params }) });
  const finished = async (who: string, id: string): Promise<JobBody> => {
    for (let i = 0; i < 300; i += 1) {
      const body = (await (await call(who, `/jobs/${id}`)).json()) as JobBody;
      if (['completed', 'failed', 'cancelled'].includes(body.state)) return body;
      await sleep(100);
    }
    throw new Error(`job ${id} did not finish`);
  };

  it('imports an uploaded file as its uploader, who alone (with administrators) sees the job; the export job renders a file', async () => {
    const csv = [
      'case,line,item_type,serial_number,delivered_on,site',
      ...[1, 2, 3].map((i) => `${caseId},002,ROUTINE,JOB-${i},2025-03-01,`),
    ];
    const upload = await call('jobs.eum', '/jobs/eum.import-deliveries/upload', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv.join('\n'),
    });
    expect(upload.status).toBe(202);
    const { id, label } = (await upload.json()) as JobBody;
    expect(label).toBe('Import of delivered items (EUM)');
    expect(await finished('jobs.eum', id)).toMatchObject({ state: 'completed', result: { recorded: 3, errorCount: 0 } });
    expect((await call('jobs.admin', `/jobs/${id}`)).status).toBe(200);
    expect((await call('jobs.writer', `/jobs/${id}`)).status).toBe(404);
    const writersList = (await (await call('jobs.writer', '/jobs')).json()) as { items: JobBody[] };
    expect(writersList.items.map((j) => j.id)).not.toContain(id);

    const exported = await start('jobs.eum', 'eum.export-items', { format: 'csv' });
    expect(exported.status).toBe(202);
    const done = await finished('jobs.eum', ((await exported.json()) as JobBody).id);
    expect(done.state).toBe('completed');
    const file = await call('jobs.eum', `/jobs/${done.id}/result`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/csv');
    expect(await file.text()).toContain('JOB-2');
    expect((await call('jobs.writer', `/jobs/${done.id}/result`)).status).toBe(404);
  });

  it('refuses a job to whoever may not do its work, and names a bad kind or parameter', async () => {
    expect((await start('jobs.writer', 'eum.export-items', { format: 'csv' })).status).toBe(403);
    expect((await start('jobs.writer', 'deadlines.reminders', { withinDays: 14 })).status).toBe(403);
    expect((await start('jobs.eum', 'audit.checkpoint')).status).toBe(403);
    const unknown = await start('jobs.admin', 'nope');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { fields: { path: string }[] } }).error.fields[0]?.path).toBe('kind');
    const bad = await start('jobs.admin', 'eum.export-items', { format: 'docx' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: { path: string }[] } }).error.fields[0]?.path).toBe('format');
    expect((await start('jobs.eum', 'eum.import-deliveries')).status).toBe(400);
    const [audit] = (await database.executeSql(`select count(*)::int as n from audit_log where action = 'job.submitted'`)).rows as {
      n: number;
    }[];
    expect(audit?.n).toBe(2); // the import and the export above, nothing refused
  });

  it('writes each active user’s deadline reminder once a day, and a signed audit checkpoint', async () => {
    for (let round = 0; round < 2; round += 1) {
      const res = await start('jobs.admin', 'deadlines.reminders', { withinDays: 14 });
      expect(await finished('jobs.admin', ((await res.json()) as JobBody).id)).toMatchObject({ state: 'completed', result: { users: 3 } });
    }
    const [reminders] = (await database.executeSql(`select count(*)::int as n from deadline_reminders`)).rows as { n: number }[];
    expect(reminders?.n).toBe(3);
    const checkpoint = await start('jobs.admin', 'audit.checkpoint');
    const done = await finished('jobs.admin', ((await checkpoint.json()) as JobBody).id);
    expect(done.state).toBe('completed');
    expect(done.result.seq).toEqual(expect.any(Number));
  });
});
