import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { DISCREPANCY_KINDS, DISCREPANCY_STATUSES, RESOLUTIONS } from './rules/discrepancy.ts';
import { FADS } from './rules/fad.ts';
import { MILESTONES } from './rules/milestones.ts';
import { AAE_CATEGORIES } from './rules/transportation-plan.ts';

const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();
const cents = (name: string) => bigint(name, { mode: 'number' });

export const SHIPMENT_MODES = ['air', 'ocean', 'surface', 'parcel', 'courier'] as const;

/** Why a planned date slipped: an administrator-kept list of reason codes. */
export const deliveryDelayReasons = pgTable('delivery_delay_reasons', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at'),
});

/**
 * A shipment of articles on a case's lines to its partner, from origin to the custody-transfer point (U.S. title and
 * custody to the agreed point, shared/domain.md §8). Its F/AD is kept apart, in delivery_fads (DSCA 00-09).
 */
export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `SHP-000123`: names no partner, so that the F/AD screen can name the shipment without its country. */
    number: text('number').notNull().unique(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    mode: text('mode', { enum: SHIPMENT_MODES }).notNull(),
    origin: text('origin').notNull(),
    portOfEmbarkation: text('port_of_embarkation').notNull().default(''),
    portOfDebarkation: text('port_of_debarkation').notNull().default(''),
    carrier: text('carrier').notNull().default(''),
    /** The transportation control number the carrier's documents bear (found by the global search). */
    tcn: text('tcn').notNull().default(''),
    custodyTransferPoint: text('custody_transfer_point').notNull(),
    classified: boolean('classified').notNull().default(false),
    cci: boolean('cci').notNull().default(false),
    aaeCategory: text('aae_category', { enum: AAE_CATEGORIES }),
    /** The Transportation Plan's reference, required when SAMM Fig C7.F1 requires a plan. */
    transportationPlan: text('transportation_plan').notNull().default(''),
    /** The furthest milestone with an actual date (kept with every write, for lists and the dashboard). */
    stage: text('stage', { enum: MILESTONES }),
    deliveredOn: day('delivered_on'),
    receivedOn: day('received_on'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('shipments_case_idx').on(t.caseId),
    index('shipments_partner_idx').on(t.partnerCode, t.stage),
    // Receipts not confirmed: delivered, no receipt.
    index('shipments_unconfirmed_idx').on(t.deliveredOn).where(sql`${t.receivedOn} is null and ${t.deliveredOn} is not null`),
    check('shipments_aae_check', sql`${t.aaeCategory} is null or ${t.aaeCategory} in ('I', 'II', 'III', 'IV')`),
  ],
);

/** The quantity of one LOA line on a shipment; `eeum`: the line is designated for enhanced end-use monitoring. */
export const shipmentLines = pgTable(
  'shipment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    lineNumber: text('line_number').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    eeum: boolean('eeum').notNull().default(false),
    /** The EUM item type its serial-numbered articles are recorded under (required for an EEUM line). */
    itemTypeCode: text('item_type_code'),
    received: integer('received').notNull().default(0),
    accepted: integer('accepted').notNull().default(0),
  },
  (t) => [
    unique('shipment_lines_line').on(t.shipmentId, t.lineNumber),
    check(
      'shipment_lines_quantities_check',
      sql`${t.quantity} > 0 and ${t.accepted} >= 0 and ${t.accepted} <= ${t.received} and ${t.received} <= ${t.quantity}`,
    ),
  ],
);

/** Serial numbers captured before shipment (DoD IG: pre-shipment serialisation), checked at receipt. */
export const shipmentSerials = pgTable(
  'shipment_serials',
  {
    shipmentLineId: uuid('shipment_line_id')
      .notNull()
      .references(() => shipmentLines.id, { onDelete: 'cascade' }),
    serialNumber: text('serial_number').notNull(),
    receivedOn: day('received_on'),
    acceptedOn: day('accepted_on'),
  },
  (t) => [
    primaryKey({ columns: [t.shipmentLineId, t.serialNumber] }),
    // A serial number already on another shipment (the same article shipped twice) is found by it.
    index('shipment_serials_serial_idx').on(t.serialNumber),
  ],
);

/** A milestone's planned date (now and first, the estimate) and actual date. */
export const shipmentMilestones = pgTable(
  'shipment_milestones',
  {
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    milestone: text('milestone', { enum: MILESTONES }).notNull(),
    plannedOn: day('planned_on'),
    estimatedOn: day('estimated_on'),
    actualOn: day('actual_on'),
  },
  (t) => [
    primaryKey({ columns: [t.shipmentId, t.milestone] }),
    index('shipment_milestones_late_idx').on(t.milestone, t.plannedOn).where(sql`${t.actualOn} is null`),
  ],
);

/** A slip: a planned date moved later, or an actual date later than planned, with its cause. Append-only. */
export const shipmentSlips = pgTable(
  'shipment_slips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    milestone: text('milestone', { enum: MILESTONES }).notNull(),
    fromOn: day('from_on').notNull(),
    toOn: day('to_on').notNull(),
    reasonCode: text('reason_code')
      .notNull()
      .references(() => deliveryDelayReasons.code),
    note: text('note').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [
    index('shipment_slips_shipment_idx').on(t.shipmentId, t.recordedAt),
    check('shipment_slips_later_check', sql`${t.toOn} > ${t.fromOn}`),
  ],
);

/** A receipt or acceptance event: the only thing that makes a quantity delivered or accepted (DSCA 24-40). */
export const deliveryEvents = pgTable(
  'delivery_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentLineId: uuid('shipment_line_id')
      .notNull()
      .references(() => shipmentLines.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['received', 'accepted'] }).notNull(),
    quantity: integer('quantity').notNull(),
    onDate: day('on_date').notNull(),
    document: text('document').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('delivery_events_line_idx').on(t.shipmentLineId),
    check('delivery_events_quantity_check', sql`${t.quantity} > 0`),
    check('delivery_events_document_check', sql`length(trim(${t.document})) > 0`),
  ],
);

/** A supply or transportation discrepancy report on receipt, and its resolution. */
export const deliveryDiscrepancies = pgTable(
  'delivery_discrepancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    lineNumber: text('line_number').notNull(),
    kind: text('kind', { enum: DISCREPANCY_KINDS }).notNull(),
    valueCents: cents('value_cents').notNull(),
    submittedOn: day('submitted_on').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: DISCREPANCY_STATUSES }).notNull(),
    statusReason: text('status_reason').notNull(),
    resolution: text('resolution', { enum: RESOLUTIONS }),
    resolutionNote: text('resolution_note').notNull().default(''),
    resolvedOn: day('resolved_on'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('delivery_discrepancies_shipment_idx').on(t.shipmentId),
    check('delivery_discrepancies_value_check', sql`${t.valueCents} >= 0`),
  ],
);

/**
 * The force/activity designator of a shipment, kept apart from it: the pairing of a country code with its F/AD is
 * classified (DSCA 00-09). Read only through its own record kind, marked `fad-pairing`; never joined into a list,
 * export, search or audit entry.
 */
export const deliveryFads = pgTable('delivery_fads', {
  shipmentId: uuid('shipment_id')
    .primaryKey()
    .references(() => shipments.id, { onDelete: 'cascade' }),
  fad: text('fad', { enum: FADS }).notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: stamp('updated_at'),
});
