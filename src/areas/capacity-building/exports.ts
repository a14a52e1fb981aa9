import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { proposalListQuery } from './model.ts';
import { proposalConditions } from './proposal-service.ts';
import { AREA } from './records.ts';
import { cbPrograms, cbProposals } from './schema.ts';

const HEADER = [
  'Reference',
  'Program',
  'Partner',
  'Partner name',
  'Title',
  'Recipient unit',
  'Purposes (10 U.S.C. 333(a))',
  'Status',
  'Fiscal year',
  'Cost estimate ($)',
  'Construction ($)',
  'Program code',
  'AM&E initial assessment',
  'First obligation',
  'Support period ends',
  'Funds stated year',
];

const dollars = (cents: number) => cents / 100;

/** The proposal list as a file: the same filters and partner scope as GET /capacity-building/proposals, every row. */
export async function exportProposals(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(proposalListQuery, raw);
  const where = proposalConditions(principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    let after = '';
    for (;;) {
      const batch = await db
        .select({ row: cbProposals, partnerName: partners.name, programName: cbPrograms.name })
        .from(cbProposals)
        .innerJoin(partners, eq(partners.code, cbProposals.partnerCode))
        .innerJoin(cbPrograms, eq(cbPrograms.key, cbProposals.programKey))
        .where(and(where, gt(cbProposals.reference, after)))
        .orderBy(asc(cbProposals.reference))
        .limit(2000);
      for (const { row: r, partnerName, programName } of batch)
        yield [
          r.reference,
          programName,
          r.partnerCode,
          partnerName,
          r.title,
          r.recipientUnit,
          r.purposes.join('; '),
          r.status,
          r.fiscalYear,
          dollars(r.costEstimateCents),
          dollars(r.constructionCents),
          r.programCode ?? '',
          r.assessment ? r.assessment.assessedOn : '',
          r.firstObligationOn ?? '',
          r.supportEndsOn ?? '',
          r.statedYear ?? '',
        ];
      if (batch.length < 2000) return;
      after = batch[batch.length - 1]!.row.reference;
    }
  }
  return { filename: `title-10-proposals-${today}.${format}`, body: await sheetStream(format, 'Proposals', HEADER, rows()) };
}
