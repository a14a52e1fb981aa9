import type { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { groupsOn, membershipsOf, partners } from '../countries/public.ts';
import { certificationOf } from './certification-notice.ts';
import { type CreateLeaseInput, createLeaseInput, leaseListQuery, updateLeaseInput } from './lease-model.ts';
import { LEASE } from './records.ts';
import { determineLease, LeaseTermTooLong } from './rules/lease-determination.ts';
import { leaseEndOn } from './rules/lease-period.ts';
import { type LeaseStatus, offeredLeaseActions } from './rules/lease-status.ts';
import { isOverdue, outstandingCents, scheduleExceedsRental } from './rules/rental.ts';
import { leaseArticles, leasePayments, leases, type StoredDetermination } from './schema.ts';

export type LeaseRow = typeof leases.$inferSelect;
const AREA = 'leases' as const;

/** A payment not received in full after its due date (rules/rental.ts isOverdue), in SQL. */
export const overduePayment = (today: string) =>
  and(sql`${leasePayments.dueOn} < ${today}`, sql`${leasePayments.receivedCents} < ${leasePayments.amountCents}`);

/** Leases whose rental is still being collected: a payment due on one closed or not yet signed is no clock. */
export const COLLECTING: readonly LeaseStatus[] = ['signed', 'active', 'returned', 'terminated'];

/** The lease rules as of `asOf` for the lessee's groups then: 400 naming termMonths beyond AECA 61(b). */
export async function determinationFor(
  tx: Db | Tx,
  lease: { partnerCode: string; termMonths: number; mdeValueCents: number; replacementValueCents: number },
  asOf: string,
): Promise<StoredDetermination> {
  const groups = groupsOn(await membershipsOf(tx, [lease.partnerCode]), lease.partnerCode, asOf);
  try {
    const d = determineLease({
      groups,
      termMonths: lease.termMonths,
      mdeCents: lease.mdeValueCents,
      totalCents: lease.replacementValueCents,
      asOf,
    });
    return { asOf, ...d };
  } catch (error) {
    if (error instanceof LeaseTermTooLong)
      throw badRequest('The lease term is beyond the AECA 61 limit', [
        { path: 'termMonths', message: `${error.message} (${error.source})` },
      ]);
    throw error;
  }
}

async function nextDesignator(tx: Tx, partnerCode: string, today: string): Promise<string> {
  const year = today.slice(0, 4);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lease-designator:${partnerCode}:${year}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(leases)
    .where(and(eq(leases.partnerCode, partnerCode), sql`${leases.designator} like ${`${partnerCode}-L-${year}-%`}`));
  return `${partnerCode}-L-${year}-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

function requireSchedule(rentalValueCents: number, payments: readonly { amountCents: number }[]) {
  const excess = scheduleExceedsRental(rentalValueCents, payments);
  if (excess) throw badRequest(excess, [{ path: 'payments', message: excess }]);
}

/** Inserts a draft lease with its articles and schedule, inside the caller's transaction (creation and renewal). */
export async function insertLease(
  tx: Tx,
  principal: Principal,
  input: z.output<typeof createLeaseInput> & { renewsId?: string | null },
  today: string,
): Promise<LeaseRow> {
  const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
  if (!partner)
    throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no FMS partner has the customer code ${input.partnerCode}` }]);
  requireSchedule(input.rentalValueCents, input.payments);
  const determination = await determinationFor(tx, input, today);
  const { articles, payments, ...fields } = input;
  const [row] = await tx
    .insert(leases)
    .values({
      ...fields,
      designator: await nextDesignator(tx, input.partnerCode, today),
      endOn: leaseEndOn(input.startOn, input.termMonths, input.refurbishmentMonths),
      determination,
    })
    .returning();
  await replaceArticles(tx, row!.id, articles);
  if (payments.length) await tx.insert(leasePayments).values(payments.map((p) => ({ leaseId: row!.id, ...p })));
  await appendAudit(tx, principal, {
    entityType: 'lease',
    action: 'lease.created',
    entityId: row!.id,
    countryCode: row!.partnerCode,
    after: { ...row, articles, payments },
  });
  return row!;
}

async function replaceArticles(tx: Tx, leaseId: string, articles: CreateLeaseInput['articles']) {
  await tx.delete(leaseArticles).where(eq(leaseArticles.leaseId, leaseId));
  await tx.insert(leaseArticles).values(
    articles.map((a, position) => ({
      leaseId,
      position,
      nsn: a.nsn,
      nomenclature: a.nomenclature,
      quantity: a.quantity,
      serialNumbers: a.serialNumbers ?? [],
      mde: a.mde ?? false,
    })),
  );
}

export async function createLease(db: Db, principal: Principal, raw: CreateLeaseInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createLeaseInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  const row = await db.transaction((tx) => insertLease(tx, principal, input, today));
  return getLease(db, principal, row.id, today);
}

/** A draft's fields (certification fields, values, dates, articles); the determination is made again. */
export async function updateLease(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const { version, articles, ...changes } = parseInput(updateLeaseInput, raw);
  await db.transaction(async (tx) => {
    const before = await requireRecord(tx, principal, LEASE.write, id, { lock: true });
    requireVersion(`Lease ${before.designator}`, version, before.version);
    if (before.status !== 'draft')
      throw conflict(
        `A lease in status ${before.status.replaceAll('_', ' ')} is what was certified or signed; renew or terminate it instead`,
      );
    const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as LeaseRow;
    if (merged.mdeValueCents > merged.replacementValueCents)
      throw badRequest('The MDE value is part of the replacement value', [
        { path: 'mdeValueCents', message: 'not more than the replacement value' },
      ]);
    if ((merged.rentalWaiver === null) !== (merged.rentalWaiverBasis === null))
      throw badRequest('A rental waiver states its basis', [{ path: 'rentalWaiverBasis', message: 'with a rental waiver, and only then' }]);
    const payments = await tx.select().from(leasePayments).where(eq(leasePayments.leaseId, before.id));
    requireSchedule(merged.rentalValueCents, payments);
    const determination = await determinationFor(tx, merged, today);
    const { access: _access, ...stored } = merged as LeaseRow & { access?: unknown };
    const [after] = await tx
      .update(leases)
      .set({
        ...stored,
        endOn: leaseEndOn(merged.startOn, merged.termMonths, merged.refurbishmentMonths),
        determination,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(leases.id, before.id))
      .returning();
    if (articles) await replaceArticles(tx, before.id, articles);
    await appendAudit(tx, principal, {
      entityType: 'lease',
      action: 'lease.updated',
      entityId: before.id,
      countryCode: before.partnerCode,
      before: { ...before, access: undefined },
      after: { ...after, ...(articles ? { articles } : {}) },
    });
  });
  return getLease(db, principal, id, today);
}

/** The list's filters and the partner scope, in SQL (the list, its count and the export use the same). */
export function leaseConditions(principal: Principal, query: z.output<typeof leaseListQuery>, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, leases.partnerCode),
    query.status ? eq(leases.status, query.status) : undefined,
    query.partner ? eq(leases.partnerCode, query.partner) : undefined,
    query.q
      ? or(
          ilike(leases.designator, containing(query.q)),
          sql`exists (select 1 from ${leaseArticles} where ${leaseArticles.leaseId} = ${leases.id} and (${leaseArticles.nomenclature} ilike ${containing(query.q)} or ${leaseArticles.nsn} ilike ${containing(query.q)}))`,
        )
      : undefined,
    query.overdue === 'true' ? hasOverdue(today) : undefined,
    query.overdue === 'false' ? sql`not ${hasOverdue(today)}` : undefined,
  ];
  return and(...conditions);
}

const hasOverdue = (today: string) =>
  sql`(${leases.status} in ('signed', 'active', 'returned', 'terminated') and exists (select 1 from ${leasePayments} where ${leasePayments.leaseId} = ${leases.id} and ${overduePayment(today)}))`;

/** Per lease: what is outstanding and what of it is overdue. */
export const paymentTotals = (db: Db | Tx, today: string) =>
  db
    .select({
      leaseId: leasePayments.leaseId,
      outstanding: sql<number>`sum(${leasePayments.amountCents} - ${leasePayments.receivedCents})`.mapWith(Number).as('outstanding'),
      overdue:
        sql<number>`coalesce(sum(${leasePayments.amountCents} - ${leasePayments.receivedCents}) filter (where ${overduePayment(today)}), 0)`
          .mapWith(Number)
          .as('overdue'),
    })
    .from(leasePayments)
    .groupBy(leasePayments.leaseId)
    .as('payment_totals');

export async function listLeases(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(leaseListQuery, raw);
  const where = leaseConditions(principal, query, today);
  const totals = paymentTotals(db, today);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: leases, partnerName: partners.name, outstanding: totals.outstanding, overdue: totals.overdue })
      .from(leases)
      .innerJoin(partners, eq(partners.code, leases.partnerCode))
      .leftJoin(totals, eq(totals.leaseId, leases.id))
      .where(where)
      .orderBy(desc(leases.updatedAt), asc(leases.designator), asc(leases.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(leases).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...summaryOf(r.row),
      partnerName: r.partnerName,
      outstandingCents: r.outstanding ?? 0,
      overdueCents: COLLECTING.includes(r.row.status) ? (r.overdue ?? 0) : 0,
    })),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

function summaryOf(row: LeaseRow) {
  return {
    id: row.id,
    designator: row.designator,
    partnerCode: row.partnerCode,
    status: row.status,
    replacementValueCents: row.replacementValueCents,
    mdeValueCents: row.mdeValueCents,
    rentalValueCents: row.rentalValueCents,
    startOn: row.startOn,
    termMonths: row.termMonths,
    refurbishmentMonths: row.refurbishmentMonths,
    endOn: row.endOn,
    certificationRequired: row.determination.certificationRequired,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One lease with its articles, schedule, determination, certification notice and renewals. */
export async function getLease(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const { access: _access, ...row } = await requireRecord(db, principal, LEASE.read, id);
  const [articles, payments, [partner], notice, related] = await Promise.all([
    db.select().from(leaseArticles).where(eq(leaseArticles.leaseId, row.id)).orderBy(asc(leaseArticles.position)),
    db.select().from(leasePayments).where(eq(leasePayments.leaseId, row.id)).orderBy(asc(leasePayments.dueOn), asc(leasePayments.id)),
    db.select({ name: partners.name }).from(partners).where(eq(partners.code, row.partnerCode)),
    certificationOf(db, row.id),
    db
      .select({ id: leases.id, designator: leases.designator, status: leases.status, renewsId: leases.renewsId })
      .from(leases)
      .where(or(eq(leases.renewsId, row.id), row.renewsId ? inArray(leases.id, [row.renewsId]) : sql`false`)),
  ]);
  const collecting = COLLECTING.includes(row.status);
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    partnerName: partner?.name ?? row.partnerCode,
    articles: articles.map(({ leaseId: _l, position: _p, ...a }) => a),
    payments: payments.map(({ leaseId: _l, ...p }) => ({ ...p, overdue: collecting && isOverdue(p, today) })),
    outstandingCents: outstandingCents(payments),
    overdueCents: collecting ? outstandingCents(payments.filter((p) => isOverdue(p, today))) : 0,
    certification: notice,
    renews: related.find((r) => r.id === row.renewsId) ?? null,
    renewals: related.filter((r) => r.renewsId === row.id).map(({ renewsId: _r, ...r }) => r),
    allowedActions: offeredLeaseActions(row.status, notice?.status === 'withdrawn'),
  };
}
