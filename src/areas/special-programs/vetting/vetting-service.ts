import { and, asc, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { escapeLike } from '../../../db/like.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea, requireInScope, requireRecord } from '../../../platform/access/require-access.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { addDays, todayIso } from '../../../platform/dates.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { requireNotFuture } from '../../../platform/records/guards.ts';
import { partners } from '../../countries/public.ts';
import { decideVetting } from '../rules/vetting.ts';
import { recipients, vettings } from '../schema.ts';
import { createRecipientInput, recipientListQuery, vettingInput } from './model.ts';
import { RECIPIENT } from './records.ts';

const AREA = 'special-programs' as const;

/** The latest vetting of each recipient (its expiry is the recipient's clock). */
export const latestVetting = sql`(select v.id from sp_vettings v where v.recipient_id = ${recipients.id} order by v.vetted_on desc, v.created_at desc limit 1)`;

export async function createRecipient(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  const input = parseInput(createRecipientInput, raw);
  requireInScope(principal, 'write', AREA, input.partnerCode, `Partner ${input.partnerCode}`);
  const id = await db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    const [row] = await tx
      .insert(recipients)
      .values({ ...input, createdBy: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'recipient',
      action: 'recipient.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return getRecipient(db, principal, id, today);
}

export async function recordVetting(db: Db, principal: Principal, recipientId: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(vettingInput, raw);
  requireNotFuture(input.vettedOn, today, 'vettedOn');
  await db.transaction(async (tx) => {
    const recipient = await requireRecord(tx, principal, RECIPIENT.write, recipientId, { lock: true });
    const [row] = await tx
      .insert(vettings)
      .values({ ...input, recipientId: recipient.id, recordedBy: principal.username })
      .returning();
    await tx
      .update(recipients)
      .set({ version: recipient.version + 1, updatedAt: new Date() })
      .where(eq(recipients.id, recipient.id));
    await appendAudit(tx, principal, {
      entityType: 'recipient',
      action: 'recipient.vetted',
      entityId: recipient.id,
      countryCode: recipient.partnerCode,
      after: row,
    });
  });
  return getRecipient(db, principal, recipientId, today);
}

export async function getRecipient(db: Db, principal: Principal, id: string, today = todayIso()) {
  const { access: _access, createdAt, updatedAt, ...row } = await requireRecord(db, principal, RECIPIENT.read, id);
  const history = await db.select().from(vettings).where(eq(vettings.recipientId, row.id)).orderBy(desc(vettings.vettedOn));
  return {
    ...row,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    eligibleToday: decideVetting(history, today) === null,
    refusal: decideVetting(history, today),
    vettings: history.map(({ createdAt: at, ...v }) => ({ ...v, createdAt: at.toISOString() })),
  };
}

export async function listRecipients(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(recipientListQuery, raw);
  const where: (SQL | undefined)[] = [
    query.partner ? eq(recipients.partnerCode, query.partner) : undefined,
    query.q ? ilike(recipients.name, `%${escapeLike(query.q)}%`) : undefined,
    query.expiring === 'true' ? sql`${vettings.expiresOn} <= ${addDays(today, query.days)}` : undefined,
    query.expiring === 'true' ? eq(vettings.result, 'cleared') : undefined,
    scopeWhere(principal, recipients.partnerCode),
  ];
  const base = db
    .select({
      id: recipients.id,
      partnerCode: recipients.partnerCode,
      partnerName: partners.name,
      kind: recipients.kind,
      name: recipients.name,
      version: recipients.version,
      vettedOn: vettings.vettedOn,
      vettedBy: vettings.vettedBy,
      result: vettings.result,
      expiresOn: vettings.expiresOn,
    })
    .from(recipients)
    .innerJoin(partners, eq(partners.code, recipients.partnerCode))
    .leftJoin(vettings, sql`${vettings.id} = ${latestVetting}`)
    .where(and(...where));
  const [rows, [total]] = await Promise.all([
    base.orderBy(asc(recipients.partnerCode), asc(recipients.name)).limit(query.limit).offset(query.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(recipients)
      .leftJoin(vettings, sql`${vettings.id} = ${latestVetting}`)
      .where(and(...where)),
  ]);
  const items = rows.map((r) => ({
    ...r,
    eligibleToday: r.result === 'cleared' && r.vettedOn !== null && r.vettedOn <= today && (r.expiresOn ?? '') >= today,
  }));
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
