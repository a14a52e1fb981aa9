import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type ChainedContent, GENESIS_HASH } from '../audit/hash-chain.ts';
import { auditLog } from '../audit/schema.ts';

/** What a database superuser can do: switch the append-only guard off around a change. */
export async function asSuperuser(db: Db, tamper: () => Promise<unknown>): Promise<void> {
  await db.execute(sql`alter table audit_log disable trigger user`);
  try {
    await tamper();
  } finally {
    await db.execute(sql`alter table audit_log enable trigger user`);
  }
}

/** Keeps a copy of the log so each tampering starts from the same records (`restoreAuditLog`). */
export const saveAuditLog = (db: Db) => db.execute(sql`create table audit_log_original as select * from audit_log`);

export const restoreAuditLog = (db: Db) =>
  asSuperuser(db, async () => {
    await db.execute(sql`delete from audit_log`);
    await db.execute(sql`insert into audit_log select * from audit_log_original`);
  });

/** Rewrites record `from` (its `after.notes` → "forged") and recomputes every hash from it to the end with `hashWith`. */
export async function rewriteAndRehash(
  db: Db,
  from: number,
  version: number,
  hashWith: (prevHash: string, content: ChainedContent) => string,
): Promise<void> {
  await asSuperuser(db, async () => {
    await db.execute(sql`update audit_log set after = jsonb_set(after, '{notes}', '"forged"') where seq = ${from}`);
    const rows = await db.select().from(auditLog).orderBy(auditLog.seq);
    let prevHash = rows.find((r) => r.seq === from - 1)?.hash ?? GENESIS_HASH;
    for (const { hash: _h, prevHash: _p, hashVersion: _v, at, ...rest } of rows.filter((r) => r.seq >= from)) {
      const hash = hashWith(prevHash, { ...rest, at: new Date(at).toISOString() });
      await db.execute(
        sql`update audit_log set prev_hash = ${prevHash}, hash = ${hash}, hash_version = ${version} where seq = ${rest.seq}`,
      );
      prevHash = hash;
    }
  });
}
