import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { inBatches } from '../../platform/export/batches.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { notificationListQuery } from './model.ts';
import { coveredCases, notificationListing, WITHHELD_NOTIFICATION } from './notification-service.ts';
import { notifications } from './schema.ts';

const HEADER = [
  'Transmittal',
  'Kind',
  'Partner',
  'Description',
  'Cases',
  'Status',
  'Tiered review ends',
  'Formally notified',
  'Review ends',
  'Cleared',
  'MDE ($)',
  'Total ($)',
  'Updated',
];

const dollars = (cents: number) => cents / 100;

/**
 * The notification list as a file: the same filters, partner scope, masking and order as GET /notifications, every
 * row. A withheld notification is a row that says only that it exists, as in the list.
 */
export async function exportNotifications(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', 'notifications');
  const query = parseInput(notificationListQuery, raw);
  const { where, hidden, order } = notificationListing(principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    const batches = inBatches(async (offset, limit) => {
      const batch = await db
        .select({ row: notifications, withheld: hidden })
        .from(notifications)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      const covered = await coveredCases(
        db,
        batch.filter((b) => !b.withheld).map((b) => b.row.id),
      );
      return batch.map((b) => ({ ...b, cases: covered.get(b.row.id) ?? [] }));
    });
    for await (const { row: r, withheld, cases } of batches)
      yield withheld
        ? ['Withheld', null, null, WITHHELD_NOTIFICATION, null, null, null, null, null, null, null, null, null]
        : [
            r.transmittalNumber,
            r.kind,
            r.partnerCode,
            r.description,
            cases.map((c) => c.identifier).join(', '),
            r.status,
            r.tieredReviewEndsOn,
            r.formallyNotifiedOn,
            r.reviewEndsOn,
            r.clearedOn,
            dollars(r.mdeCents),
            dollars(r.totalCents),
            r.updatedAt.toISOString(),
          ];
  }
  return { filename: `notifications-${today}.${format}`, body: await sheetStream(format, 'Notifications', HEADER, rows()) };
}
