import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { inBatches } from '../../platform/export/batches.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { transactionListQuery } from './model.ts';
import { transactionListing, transactionRows } from './obligation-service.ts';

const HEADER = ['Date', 'Kind', 'Program', 'Appropriation', 'Partner', 'Case', 'Line', 'Amount ($)', 'Returned or used ($)', 'Description'];

/** A release or a de-obligation takes money back: the file shows it negative, as the screen does. */
const NEGATIVE = new Set(['deobligation', 'commitment_release']);

/**
 * The ledger as a file: the same filters, partner scope and order as GET /fund-transactions, every entry. An entry
 * naming a case withheld from the reader stays, its case, line and description masked, as in the list.
 */
export async function exportTransactions(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', 'funds');
  const query = parseInput(transactionListQuery, raw);
  const { where, order } = await transactionListing(db, principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const t of inBatches((offset, limit) => transactionRows(db, principal, where, order, limit, offset)))
      yield [
        t.onDate,
        t.kind,
        t.programCode,
        t.appropriationName,
        t.partnerCode,
        t.caseWithheld ? 'Withheld' : (t.caseIdentifier ?? ''),
        t.lineNumber ?? '',
        (NEGATIVE.has(t.kind) ? -t.amountCents : t.amountCents) / 100,
        t.kind === 'obligation' || t.kind === 'commitment' ? t.returnedCents / 100 : null,
        t.description,
      ];
  }
  return { filename: `ledger-${today}.${format}`, body: await sheetStream(format, 'Ledger', HEADER, rows()) };
}
