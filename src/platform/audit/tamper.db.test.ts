import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPartner, updatePartner } from '../../areas/countries/public.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import {
  asSuperuser as asSuperuserIn,
  restoreAuditLog,
  rewriteAndRehash as rewriteAndRehashIn,
  saveAuditLog,
} from '../testing/audit-tampering.ts';
import { testPrincipal } from '../testing/principals.ts';
import { type AuditCheckpoint, appendCheckpoint, newestCheckpointProblem, signCheckpoint, takeCheckpoint } from './checkpoint.ts';
import { type ChainedContent, chainHash, GENESIS_HASH, HASH_VERSION, keyedChainHash } from './hash-chain.ts';
import { currentAuditKey } from './key.ts';
import { auditLog } from './schema.ts';
import { appendAudit, verifyAuditChain } from './service.ts';

const admin = testPrincipal(['administrator']);
const RECORDS = 40;
const WRONG_KEY = Buffer.from('an attacker who guessed at the audit key, wrongly', 'utf8');

/**
 * The tamperings of issue 11, done as a database superuser would (triggers disabled), each on a fresh copy of a
 * 40-record log; `verify` must name what was done, holding the log against a checkpoint taken at record 40.
 */
describe.each(TEST_ENGINES)('audit tampering caught by verify on %s', (engine) => {
  let database: Database;
  let checkpoint: AuditCheckpoint;
  const verify = () => verifyAuditChain(database.db, { key: currentAuditKey(), checkpoints: [checkpoint] });
  const asSuperuser = (tamper: () => Promise<unknown>) => asSuperuserIn(database.db, tamper);
  const rewriteAndRehash = (from: number, version: number, hashWith: (prev: string, content: ChainedContent) => string) =>
    rewriteAndRehashIn(database.db, from, version, hashWith);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    for (let i = 1; i <= RECORDS; i += 1) {
      const code = ['AT', 'FR', 'GM'][i % 3]!;
      const { version } = await getPartner(database.db, admin, code);
      await updatePartner(database.db, admin, code, { version, notes: `edit ${i}` });
    }
    checkpoint = await takeCheckpoint(database.db, currentAuditKey());
    await saveAuditLog(database.db);
  });
  beforeEach(() => restoreAuditLog(database.db));
  afterAll(() => database?.close());

  it('finds a correct log intact, every record keyed, and the checkpoint holding', async () => {
    expect(checkpoint.seq).toBe(RECORDS);
    expect(await verify()).toEqual({ ok: true, checked: RECORDS, keyed: RECORDS, unkeyed: 0, checkpoints: 1 });
  });

  it('refuses TRUNCATE while the guard is on', async () => {
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }),
    });
    expect(await verify()).toMatchObject({ ok: true, checked: RECORDS });
  });

  it('catches TRUNCATE: the log is empty but the checkpoint says 40', async () => {
    await asSuperuser(() => database.db.execute(sql`truncate audit_log`));
    expect(await verify()).toEqual({
      ok: false,
      checked: 0,
      brokenAt: 1,
      reason: `log is empty but the checkpoint of ${checkpoint.at} says ${RECORDS}`,
    });
    // Without the checkpoint an empty log is all there is to see: the checkpoint is what shows the loss.
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 0 });
  });

  it('catches deleting the newest 5 records', async () => {
    await asSuperuser(() => database.db.execute(sql`delete from audit_log where seq > ${RECORDS - 5}`));
    expect(await verify()).toEqual({
      ok: false,
      checked: RECORDS - 5,
      brokenAt: RECORDS - 4,
      reason: `records after ${RECORDS - 5} are missing: the checkpoint of ${checkpoint.at} says ${RECORDS}`,
    });
  });

  it('catches rewriting record 20 and re-hashing 20–40 with the old unkeyed hash', async () => {
    await rewriteAndRehash(20, HASH_VERSION.unkeyed, chainHash);
    expect(await verify()).toMatchObject({
      ok: false,
      checked: 19,
      brokenAt: 20,
      reason: 'record 20: unkeyed hash after keyed records (re-hashed without the key)',
    });
  });

  it('catches rewriting record 20 and re-hashing 20–40 with a wrong key, or unkeyed but labelled keyed', async () => {
    await rewriteAndRehash(20, HASH_VERSION.keyed, (prev, content) => keyedChainHash(WRONG_KEY, prev, content));
    const expected = { ok: false, checked: 19, brokenAt: 20, reason: 'record 20: hash does not match its content (keyed)' };
    expect(await verify()).toEqual(expected);
    await rewriteAndRehash(20, HASH_VERSION.keyed, chainHash);
    expect(await verify()).toEqual(expected);
  });

  it('catches re-hashing the whole log without the key by the checkpoint', async () => {
    await rewriteAndRehash(1, HASH_VERSION.unkeyed, chainHash);
    expect(await verify()).toMatchObject({
      ok: false,
      brokenAt: RECORDS,
      reason: `record ${RECORDS}: hash differs from the checkpoint of ${checkpoint.at} (the log was rewritten up to it)`,
    });
  });

  it('catches editing a middle record', async () => {
    await asSuperuser(() => database.db.execute(sql`update audit_log set actor_name = 'mallory' where seq = ${RECORDS / 2}`));
    expect(await verify()).toEqual({
      ok: false,
      checked: RECORDS / 2 - 1,
      brokenAt: RECORDS / 2,
      reason: `record ${RECORDS / 2}: hash does not match its content (keyed)`,
    });
  });

  it('keeps one keyed chain under concurrent writers (the chain lock still serialises appends)', async () => {
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        database.db.transaction((tx) =>
          appendAudit(tx, admin, { entityType: 'partner', action: 'partner.updated', entityId: 'AT', after: { notes: `parallel ${i}` } }),
        ),
      ),
    );
    expect(await verify()).toEqual({ ok: true, checked: RECORDS + 16, keyed: RECORDS + 16, unkeyed: 0, checkpoints: 1 });
  });

  it('catches a log rolled back and grown again to the length of a kept checkpoint', async () => {
    await asSuperuser(() => database.db.execute(sql`delete from audit_log where seq > ${RECORDS - 3}`));
    for (const i of [1, 2, 3]) {
      await database.db.transaction((tx) =>
        appendAudit(tx, admin, { entityType: 'partner', action: 'partner.updated', entityId: 'AT', after: { notes: `regrown ${i}` } }),
      );
    }
    const later = await takeCheckpoint(database.db, currentAuditKey());
    expect(later.seq).toBe(RECORDS);
    expect(await verifyAuditChain(database.db, { key: currentAuditKey(), checkpoints: [checkpoint, later] })).toMatchObject({
      ok: false,
      brokenAt: RECORDS,
      reason: `record ${RECORDS}: hash differs from the checkpoint of ${checkpoint.at} (the log was rewritten up to it)`,
    });
  });

  it('notices at start-up that the newest checkpoint no longer holds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iops-checkpoints-'));
    try {
      const file = path.join(dir, 'checkpoints.jsonl');
      expect(await newestCheckpointProblem(database.db, currentAuditKey(), file)).toBeNull();
      appendCheckpoint(file, checkpoint);
      expect(await newestCheckpointProblem(database.db, currentAuditKey(), file)).toBeNull();
      await asSuperuser(() => database.db.execute(sql`delete from audit_log where seq > ${RECORDS - 5}`));
      expect(await newestCheckpointProblem(database.db, currentAuditKey(), file)).toBe(
        `record ${RECORDS} of the checkpoint of ${checkpoint.at} is missing`,
      );
      await restoreAuditLog(database.db);
      await rewriteAndRehash(1, HASH_VERSION.unkeyed, chainHash);
      expect(await newestCheckpointProblem(database.db, currentAuditKey(), file)).toBe(
        `record ${RECORDS} differs from the checkpoint of ${checkpoint.at}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a checkpoint not signed with the key', async () => {
    const forged = signCheckpoint(WRONG_KEY, { seq: 10, hash: checkpoint.hash });
    expect(await verifyAuditChain(database.db, { key: currentAuditKey(), checkpoints: [checkpoint, forged] })).toMatchObject({
      ok: false,
      reason: `checkpoint of ${forged.at} (record 10) has a bad signature: forged, or signed with another key`,
    });
  });
});

describe.each(TEST_ENGINES)('audit records from before the key on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    // Two records as the previous version wrote them (unkeyed), then keyed records after the upgrade.
    let prevHash = GENESIS_HASH;
    for (const seq of [1, 2]) {
      const content = {
        seq,
        at: new Date().toISOString(),
        actorId: admin.userId,
        actorName: admin.username,
        action: 'partner.updated',
        entityType: 'partner',
        entityId: 'AT',
        countryCode: 'AT',
        before: null,
        after: { notes: `legacy ${seq}` },
      };
      const hash = chainHash(prevHash, content);
      await database.db.insert(auditLog).values({ ...content, prevHash, hash, hashVersion: HASH_VERSION.unkeyed });
      prevHash = hash;
    }
  });
  afterAll(() => database?.close());

  it('verifies them unkeyed, and every record written since with the key', async () => {
    const atUpgrade = await takeCheckpoint(database.db, currentAuditKey());
    const { version } = await getPartner(database.db, admin, 'AT');
    await updatePartner(database.db, admin, 'AT', { version, notes: 'after the upgrade' });
    expect(await verifyAuditChain(database.db, { key: currentAuditKey(), checkpoints: [atUpgrade] })).toEqual({
      ok: true,
      checked: 3,
      keyed: 1,
      unkeyed: 2,
      checkpoints: 1,
    });
    // The keyed record re-hashed the old way: records after a checkpoint were written with the key, whatever they claim.
    const [third] = await database.db.select().from(auditLog).where(sql`seq = 3`);
    const { hash: _h, prevHash, hashVersion: _v, at, ...rest } = third!;
    const forged = chainHash(prevHash, { ...rest, after: { notes: 'forged' }, at: new Date(at).toISOString() });
    await database.db.execute(sql`alter table audit_log disable trigger user`);
    await database.db.execute(
      sql`update audit_log set after = '{"notes":"forged"}', hash = ${forged}, hash_version = ${HASH_VERSION.unkeyed} where seq = 3`,
    );
    expect(await verifyAuditChain(database.db, { key: currentAuditKey(), checkpoints: [atUpgrade] })).toEqual({
      ok: false,
      checked: 2,
      brokenAt: 3,
      reason: 'record 3: unkeyed hash after the checkpoint at record 2 (re-hashed without the key)',
    });
  });
});
