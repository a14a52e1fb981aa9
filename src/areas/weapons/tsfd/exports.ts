import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea } from '../../../platform/access/require-access.ts';
import { todayIso } from '../../../platform/dates.ts';
import type { Download } from '../../../platform/export/download.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../../platform/export/sheet-stream.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { nporListQuery } from '../npor/model.ts';
import { nporRequestConditions } from '../npor/npor-service.ts';
import { NPOR_STATUS_LABELS } from '../npor/rules/npor-workflow.ts';
import { nporRequests } from '../npor/schema.ts';
import { weaponSystems } from '../schema.ts';
import { tsfdListQuery } from './model.ts';
import { TSFD_STATUS_LABELS } from './rules/tsfd-workflow.ts';
import { tsfdRequests } from './schema.ts';
import { requestConditions } from './tsfd-service.ts';

const TSFD_HEADER = [
  'Request',
  'Partner',
  'System',
  'Title',
  'Technology areas',
  'Pre-LOR Assessment Request',
  'Priority',
  'Status',
  'Decided',
];

/**
 * TSFD requests as a file: the same filters, partner scope and need-to-know as GET /weapons/tsfd-requests (a reader
 * without the `tsfd` marking gets the header and no row).
 */
export async function exportTsfdRequests(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  requireArea(principal, 'read', 'weapons');
  const { limit: _l, offset: _o, ...query } = parseInput(tsfdListQuery, raw);
  async function* rows(): AsyncGenerator<Cell[]> {
    const found = await db
      .select({ r: tsfdRequests, system: weaponSystems.name })
      .from(tsfdRequests)
      .innerJoin(weaponSystems, eq(weaponSystems.id, tsfdRequests.systemId))
      .where(requestConditions(principal, query))
      .orderBy(asc(tsfdRequests.reference));
    for (const { r, system } of found)
      yield [
        r.reference,
        r.partnerCode,
        system,
        r.title,
        r.technologyAreas.join(', '),
        r.preLorAssessmentOn,
        r.priority ? 'yes' : 'no',
        TSFD_STATUS_LABELS[r.status],
        r.decidedOn,
      ];
  }
  return { filename: `tsfd-requests-${todayIso()}.${format}`, body: await sheetStream(format, 'TSFD', TSFD_HEADER, rows()) };
}

const NPOR_HEADER = [
  'Request',
  'Partner',
  'Item',
  'NPOR type',
  'Received',
  'Status',
  'Determined',
  'Lead IA',
  'Pre-LOR (USD)',
  'Case development (USD)',
];
const dollars = (cents: number | null) => (cents === null ? null : cents / 100);

/** NPOR requests as a file: the same filters and partner scope as GET /weapons/npor-requests. */
export async function exportNporRequests(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  requireArea(principal, 'read', 'weapons');
  const { limit: _l, offset: _o, ...query } = parseInput(nporListQuery, raw);
  async function* rows(): AsyncGenerator<Cell[]> {
    const found = await db.select().from(nporRequests).where(nporRequestConditions(principal, query)).orderBy(asc(nporRequests.reference));
    for (const r of found)
      yield [
        r.reference,
        r.partnerCode,
        r.title,
        r.nporType,
        r.receivedOn,
        NPOR_STATUS_LABELS[r.status],
        r.determinedOn,
        r.leadAgencyCode,
        dollars(r.preLorFundingCents),
        dollars(r.caseDevelopmentFundingCents),
      ];
  }
  return { filename: `npor-requests-${todayIso()}.${format}`, body: await sheetStream(format, 'NPOR', NPOR_HEADER, rows()) };
}
