import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { inBatches } from '../../platform/export/batches.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { caseListing, WITHHELD } from './case-service.ts';
import { caseListQuery } from './model.ts';
import { cases } from './schema.ts';

const HEADER = ['Identifier', 'Partner', 'Partner name', 'Agency', 'Type', 'Title', 'Status', 'Value ($)', 'Case manager', 'Updated'];

/**
 * The case list as a file: the same filters, partner scope, masking and order as GET /cases, every case. A case
 * withheld from the reader is a row that says only that it exists, as in the list.
 */
export async function exportCases(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', 'cases');
  const query = parseInput(caseListQuery, raw);
  const { where, hidden, exportOrder: order } = caseListing(principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    const listed = inBatches((offset, limit) =>
      db
        .select({ row: cases, partnerName: partners.name, withheld: hidden })
        .from(cases)
        .innerJoin(partners, eq(partners.code, cases.partnerCode))
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
    );
    for await (const { row: c, partnerName, withheld } of listed)
      yield withheld
        ? ['Withheld', null, null, null, null, WITHHELD, null, null, null, null]
        : [
            c.identifier,
            c.partnerCode,
            partnerName,
            c.agencyCode,
            c.type,
            c.title,
            c.status,
            c.totalCents / 100,
            c.caseManager,
            c.updatedAt.toISOString(),
          ];
  }
  return { filename: `cases-${today}.${format}`, body: await sheetStream(format, 'Cases', HEADER, rows()) };
}
