import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import type { Download } from '../../platform/export/download.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { requestListQuery } from './model.ts';
import { AREA } from './records.ts';
import { requestConditions } from './request-service.ts';
import { currentValueCents, originalAcquisitionValueCents } from './rules/value.ts';
import { edaDeclarations, edaRequests } from './schema.ts';

/** The fields of DSCA's public EDA database, one row per request. */
const HEADER = [
  'Recipient',
  'Request',
  'Items',
  'Quantity',
  'Implementing agency',
  'Grant or sale',
  'Notified acquisition value (USD)',
  'Current value (USD)',
  'Status',
  'Status date',
];

const dollars = (cents: number | null) => (cents === null ? null : cents / 100);

/** The request list as a file: the same filters and partner scope as GET /eda/requests, every matching row. */
export async function exportRequests(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  requireArea(principal, 'read', AREA);
  const { limit: _l, offset: _o, ...query } = parseInput(requestListQuery, raw);
  const where = requestConditions(principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    const found = await db
      .select({ request: edaRequests, declaration: edaDeclarations, recipient: partners.name })
      .from(edaRequests)
      .innerJoin(edaDeclarations, eq(edaDeclarations.id, edaRequests.declarationId))
      .innerJoin(partners, eq(partners.code, edaRequests.partnerCode))
      .where(where)
      .orderBy(asc(edaRequests.reference));
    for (const { request: r, declaration: d, recipient } of found) {
      const quantity = r.authorizedQuantity ?? r.quantity;
      yield [
        recipient,
        r.reference,
        d.nomenclature,
        quantity,
        r.agencyCode,
        r.authority === 'grant_516' ? 'Grant (FAA 516)' : 'Sale (AECA 21)',
        dollars(originalAcquisitionValueCents(quantity, d.unitAcquisitionValueCents)),
        dollars(
          r.currentValueBasisPoints === null ? null : currentValueCents(quantity, d.unitAcquisitionValueCents, r.currentValueBasisPoints),
        ),
        r.status,
        r.statusOn,
      ];
    }
  }
  return { filename: `eda-requests-${todayIso()}.${format}`, body: await sheetStream(format, 'EDA', HEADER, rows()) };
}
