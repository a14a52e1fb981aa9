// The records of deliveries as the access policy decides on them. A shipment belongs to its case's partner and carries
// its case's markings (a shipment of a case withheld pending congressional notification is withheld with it). Its
// F/AD is a record of its own, marked `fad-pairing` (DSCA 00-09): only holders of that need-to-know read it.
import { or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { deliveryDiscrepancies, deliveryFads, shipments } from './schema.ts';

export const AREA = 'deliveries' as const;

export const shipmentRecords: RecordKind<typeof shipments> = {
  name: 'Shipment',
  area: AREA,
  table: shipments,
  match: (refs) => or(byId(shipments.id)(refs), sql`${shipments.number} = any(${sql.param([...refs])}::text[])`)!,
  partner: shipments.partnerCode,
  markings: caseMarkingsOf(shipments.caseId),
};

export const SHIPMENT = { read: permission(shipmentRecords, 'read'), write: permission(shipmentRecords, 'write') };

/** The F/AD of a shipment: no partner column of its own is read here, so nothing in its answer names a country. */
export const fadRecords: RecordKind<typeof deliveryFads> = {
  name: 'Force/activity designator',
  area: AREA,
  table: deliveryFads,
  match: byId(deliveryFads.shipmentId),
  partner: sql<string>`(select ${shipments.partnerCode} from ${shipments} where ${shipments.id} = ${deliveryFads.shipmentId})`,
  markings: sql<
    string[]
  >`array['fad-pairing']::text[] || ${caseMarkingsOf(sql`(select ${shipments.caseId} from ${shipments} where ${shipments.id} = ${deliveryFads.shipmentId})`)}`,
};

export const FAD = { read: permission(fadRecords, 'read'), write: permission(fadRecords, 'write') };

export const discrepancyRecords: RecordKind<typeof deliveryDiscrepancies> = {
  name: 'Discrepancy report',
  area: AREA,
  table: deliveryDiscrepancies,
  match: byId(deliveryDiscrepancies.id),
  partner: sql<string>`(select ${shipments.partnerCode} from ${shipments} where ${shipments.id} = ${deliveryDiscrepancies.shipmentId})`,
  markings: caseMarkingsOf(sql`(select ${shipments.caseId} from ${shipments} where ${shipments.id} = ${deliveryDiscrepancies.shipmentId})`),
};

export const DISCREPANCY = { write: permission(discrepancyRecords, 'write') };
