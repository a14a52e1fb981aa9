import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { leaseListQuery } from './lease-model.ts';
import { COLLECTING, leaseConditions, paymentTotals } from './lease-service.ts';
import { leases } from './schema.ts';

const HEADER = [
  'Designator',
  'Partner',
  'Partner name',
  'Status',
  'Replacement value ($)',
  'MDE value ($)',
  'Total rental value ($)',
  'Start',
  'Term (months)',
  'Refurbishment (months)',
  'End',
  'Certification required',
  'Outstanding ($)',
  'Overdue ($)',
];

const dollars = (cents: number | null) => (cents ?? 0) / 100;

/** The lease list as a file: the same filters and partner scope as GET /leases, every matching row. */
export async function exportLeases(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', 'leases');
  const query = parseInput(leaseListQuery, raw);
  const where = leaseConditions(principal, query, today);
  const totals = paymentTotals(db, today);
  async function* rows(): AsyncGenerator<Cell[]> {
    let after = '';
    for (;;) {
      const batch = await db
        .select({ row: leases, partnerName: partners.name, outstanding: totals.outstanding, overdue: totals.overdue })
        .from(leases)
        .innerJoin(partners, eq(partners.code, leases.partnerCode))
        .leftJoin(totals, eq(totals.leaseId, leases.id))
        .where(and(where, gt(leases.designator, after)))
        .orderBy(asc(leases.designator))
        .limit(2000);
      for (const { row: r, partnerName, outstanding, overdue } of batch)
        yield [
          r.designator,
          r.partnerCode,
          partnerName,
          r.status,
          dollars(r.replacementValueCents),
          dollars(r.mdeValueCents),
          dollars(r.rentalValueCents),
          r.startOn,
          r.termMonths,
          r.refurbishmentMonths,
          r.endOn,
          r.determination.certificationRequired ? 'yes' : 'no',
          dollars(outstanding),
          COLLECTING.includes(r.status) ? dollars(overdue) : 0,
        ];
      if (batch.length < 2000) return;
      after = batch[batch.length - 1]!.row.designator;
    }
  }
  return { filename: `leases-${today}.${format}`, body: await sheetStream(format, 'Leases', HEADER, rows()) };
}
