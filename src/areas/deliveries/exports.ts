import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { cases } from '../cases/public.ts';
import { shipmentListQuery } from './model.ts';
import { AREA } from './records.ts';
import { timeliness } from './report-service.ts';
import { shipments } from './schema.ts';
import { shipmentColumns, shipmentConditions } from './shipment-service.ts';

const TIMELINESS_HEADER = [
  'Quarter',
  'Program',
  'Partner',
  'Implementing agency',
  'Cause',
  'Cause code',
  'Deliverables',
  'Late',
  'Days late (total)',
  'Average days late',
];

/** The quarterly timeliness report as a file: the same figures and scope as GET /deliveries/timeliness. */
export async function exportTimeliness(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  const report = await timeliness(db, principal, raw, today);
  async function* rows(): AsyncGenerator<Cell[]> {
    for (const r of report.rows)
      yield [
        r.quarter,
        r.program,
        r.partnerCode,
        r.agencyCode,
        r.causeLabel,
        r.cause,
        r.deliverables,
        r.late,
        r.daysLateTotal,
        r.averageDaysLate,
      ];
  }
  return { filename: `delivery-timeliness-${today}.${format}`, body: await sheetStream(format, 'Timeliness', TIMELINESS_HEADER, rows()) };
}

const SHIPMENT_HEADER = [
  'Shipment',
  'Partner',
  'Case',
  'Mode',
  'Origin',
  'Custody transfer point',
  'Stage',
  'Planned delivery',
  'Delivered',
  'Received',
  'Late',
  'Latest cause',
];

/** The shipment list as a file: the same filters and scope as GET /deliveries/shipments; never the F/AD (DSCA 00-09). */
export async function exportShipments(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(shipmentListQuery, raw);
  const where = shipmentConditions(principal, query, today);
  async function* rows(): AsyncGenerator<Cell[]> {
    let after = '';
    for (;;) {
      const batch = await db
        .select(shipmentColumns(today))
        .from(shipments)
        .innerJoin(cases, eq(cases.id, shipments.caseId))
        .where(and(where, gt(shipments.number, after)))
        .orderBy(asc(shipments.number))
        .limit(2000);
      for (const r of batch)
        yield [
          r.number,
          r.partnerCode,
          r.caseIdentifier,
          r.mode,
          r.origin,
          r.custodyTransferPoint,
          r.stage ?? 'planned',
          r.plannedDeliveryOn,
          r.deliveredOn,
          r.receivedOn,
          r.late ? 'yes' : 'no',
          r.latestCause,
        ];
      if (batch.length < 2000) return;
      after = batch[batch.length - 1]!.number;
    }
  }
  return { filename: `shipments-${today}.${format}`, body: await sheetStream(format, 'Shipments', SHIPMENT_HEADER, rows()) };
}
