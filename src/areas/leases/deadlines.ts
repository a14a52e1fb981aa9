// The lease's clocks: payments due (and overdue), the lease's end, the articles' return. The certification period's
// clock is the notice's, kept by the notifications area ("formal review period ends").
import { type AnyColumn, and, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { COLLECTING } from './lease-service.ts';
import { leasePayments, leases } from './schema.ts';

/** The calendar pages: only the `limit` earliest clocks when it asks for a page. */
const earliest = <Q extends { limit(n: number): unknown }>(query: Q, w: DeadlineWindow): Q =>
  w.limit ? (query.limit(w.limit) as Q) : query;

const window = (column: SQL | AnyColumn, w: DeadlineWindow) => [
  sql`${column} <= ${w.to}`,
  w.from ? sql`${column} >= ${w.from}` : undefined,
];

async function paymentsDue(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({
      id: leasePayments.id,
      leaseId: leases.id,
      designator: leases.designator,
      partnerCode: leases.partnerCode,
      due: leasePayments.dueOn,
      owed: sql<number>`${leasePayments.amountCents} - ${leasePayments.receivedCents}`.mapWith(Number),
    })
    .from(leasePayments)
    .innerJoin(leases, eq(leases.id, leasePayments.leaseId))
    .where(
      and(
        inArray(leases.status, [...COLLECTING]),
        sql`${leasePayments.receivedCents} < ${leasePayments.amountCents}`,
        ...window(leasePayments.dueOn, w),
        scopeWhere(principal, leases.partnerCode),
      ),
    )
    .orderBy(leasePayments.dueOn)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `lease.payment_due:${r.id}`,
    area: 'leases' as const,
    kind: 'lease.payment_due',
    title: `Lease ${r.designator}: rental of $${(r.owed / 100).toLocaleString('en-US')} due`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'lease',
    entityId: r.leaseId,
    link: `/leases/${r.leaseId}`,
    source: 'AECA 61(a)(4), 22 U.S.C. 2796(a)(4): the lessee pays rental under the lease’s payment schedule',
  }));
}

async function leaseEnds(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({ id: leases.id, designator: leases.designator, partnerCode: leases.partnerCode, due: leases.endOn })
    .from(leases)
    .where(and(inArray(leases.status, ['signed', 'active']), ...window(leases.endOn, w), scopeWhere(principal, leases.partnerCode)))
    .orderBy(leases.endOn)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `lease.ends:${r.id}`,
    area: 'leases' as const,
    kind: 'lease.ends',
    title: `Lease ${r.designator} ends (renew, or return the articles)`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'lease',
    entityId: r.id,
    link: `/leases/${r.id}`,
    source: 'AECA 61(b), 22 U.S.C. 2796(b): a fixed duration of at most five years plus refurbishment time',
  }));
}

async function returnDue(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({ id: leases.id, designator: leases.designator, partnerCode: leases.partnerCode, due: sql<string>`${leases.returnDueOn}` })
    .from(leases)
    .where(
      and(
        inArray(leases.status, ['active', 'terminated']),
        isNotNull(leases.returnDueOn),
        isNull(leases.returnedOn),
        ...window(sql`${leases.returnDueOn}`, w),
        scopeWhere(principal, leases.partnerCode),
      ),
    )
    .orderBy(leases.returnDueOn)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `lease.return_due:${r.id}`,
    area: 'leases' as const,
    kind: 'lease.return_due',
    title: `Lease ${r.designator}: articles due back`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'lease',
    entityId: r.id,
    link: `/leases/${r.id}`,
    source: 'AECA 61(a), 22 U.S.C. 2796(a): the articles are returned at the end of the lease or on its termination',
  }));
}

export const leaseDeadlineSources: DeadlineSourceDef[] = [
  { area: 'leases', kind: 'lease.payment_due', label: 'Lease rental payment due', list: paymentsDue },
  { area: 'leases', kind: 'lease.ends', label: 'Lease ends', list: leaseEnds },
  { area: 'leases', kind: 'lease.return_due', label: 'Leased articles due back', list: returnDue },
];
