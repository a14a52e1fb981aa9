import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { partners } from '../countries/public.ts';
import { EUM_CATEGORIES } from './rules/categories.ts';
import { CERTIFICATION_KINDS } from './rules/delivery-gate.ts';
import { INCIDENT_KINDS, INCIDENT_STATUSES } from './rules/incident-status.ts';
import { INVENTORY_KINDS, INVENTORY_STATUSES } from './rules/inventory-status.ts';
import { ITEM_STATUSES, type ItemStatus } from './rules/item-status.ts';
import { DISCREPANCY_KINDS } from './rules/reconciliation.ts';

const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** Item types and their EUM category; the EEUM list is administrator-maintained (rules/categories.ts ships the examples). */
export const eumItemTypes = pgTable('eum_item_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  category: text('category', { enum: EUM_CATEGORIES }).notNull(),
  source: text('source').notNull(),
  verified: boolean('verified').notNull().default(false),
});

/** A partner's storage site for monitored articles. */
export const eumSites = pgTable(
  'eum_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    code: text('code').notNull(),
    name: text('name').notNull(),
    location: text('location').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
  },
  (t) => [unique('eum_sites_partner_code').on(t.partnerCode, t.code)],
);

/** A control plan (partner-wide) or a physical-security site certification, on file before EEUM delivery. */
export const eumCertifications = pgTable(
  'eum_certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    siteId: uuid('site_id').references(() => eumSites.id),
    kind: text('kind', { enum: CERTIFICATION_KINDS }).notNull(),
    reference: text('reference').notNull(),
    certifiedBy: text('certified_by').notNull().default(''),
    certifiedOn: day('certified_on').notNull(),
    expiresOn: day('expires_on'),
    /** Withdrawn before its end: not in force from this date on. */
    revokedOn: day('revoked_on'),
    revocationReason: text('revocation_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('eum_certifications_partner_idx').on(t.partnerCode),
    check('eum_certifications_revoked_check', sql`${t.revokedOn} is null or ${t.revokedOn} >= ${t.certifiedOn}`),
    check('eum_certifications_site_check', sql`${t.kind} = 'control_plan' or ${t.siteId} is not null`),
    check('eum_certifications_dates_check', sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.certifiedOn}`),
  ],
);

/** A serial-numbered article delivered to a partner and monitored after delivery. */
export const eumItems = pgTable(
  'eum_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign keys here: the case, its partner, the item type and the site are checked by every write path
    // (createItem, the import's SQL; none of them is ever deleted), and a row-level foreign-key check for each of
    // millions of imported rows would halve the import rate.
    partnerCode: text('partner_code').notNull(),
    caseId: uuid('case_id').notNull(),
    lineNumber: text('line_number').notNull(),
    itemTypeCode: text('item_type_code').notNull(),
    category: text('category', { enum: EUM_CATEGORIES }).notNull(),
    serialNumber: text('serial_number').notNull(),
    deliveredOn: day('delivered_on').notNull(),
    siteId: uuid('site_id'),
    status: text('status', { enum: ITEM_STATUSES }).notNull().default('in_inventory'),
    statusReason: text('status_reason').notNull().default(''),
    statusChangedOn: day('status_changed_on'),
    lastInventoriedOn: day('last_inventoried_on'),
    /** Next serial-number inventory due (rules/inventory-due.ts), kept with every write; null when none is due. */
    inventoryDueOn: day('inventory_due_on'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    unique('eum_items_type_serial').on(t.itemTypeCode, t.serialNumber),
    index('eum_items_partner_status_idx').on(t.partnerCode, t.status, t.category),
    index('eum_items_case_idx').on(t.caseId),
    // Overdue lists, clocks and the compliance view count held items by due date (index-only).
    index('eum_items_held_due_idx').on(t.inventoryDueOn, t.partnerCode).where(sql`${t.status} = 'in_inventory'`),
    // Serial-number prefix search (`like 'X%'`) and its order, whatever the database collation: byte order ("C").
    index('eum_items_serial_idx').on(sql`${t.serialNumber} collate "C"`),
  ],
);

/**
 * Items per partner, category and status, kept by statement-level triggers on eum_items (migration 0009), so the
 * compliance view reads a few thousand rows rather than millions.
 */
export const eumItemCounts = pgTable(
  'eum_item_counts',
  {
    partnerCode: text('partner_code').notNull(),
    category: text('category').notNull(),
    status: text('status').notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.partnerCode, t.category, t.status] })],
);

/**
 * Held items (status `in_inventory`) per partner, site and inventory due date, kept by statement-level triggers on
 * eum_items (migration 0019) like eumItemCounts. Overdue counts and the "due, none planned" clocks read these rows
 * instead of every item: a periodic inventory gives every item at a site the same next due date, so a site has a few
 * rows, not one per item. A null site (items recorded without one) is one key, hence NULLS NOT DISTINCT.
 */
export const eumItemDueCounts = pgTable(
  'eum_item_due_counts',
  {
    partnerCode: text('partner_code').notNull(),
    siteId: uuid('site_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    unique('eum_item_due_counts_key').on(t.partnerCode, t.siteId, t.dueOn).nullsNotDistinct(),
    index('eum_item_due_counts_due_idx').on(t.dueOn),
  ],
);

/** A serial-number inventory of a partner's items at a site. */
export const eumInventories = pgTable(
  'eum_inventories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    siteId: uuid('site_id')
      .notNull()
      .references(() => eumSites.id),
    kind: text('kind', { enum: INVENTORY_KINDS }).notNull(),
    status: text('status', { enum: INVENTORY_STATUSES }).notNull().default('planned'),
    dueOn: day('due_on').notNull(),
    startedOn: day('started_on'),
    reconciledOn: day('reconciled_on'),
    closedOn: day('closed_on'),
    expectedCount: integer('expected_count').notNull().default(0),
    foundCount: integer('found_count').notNull().default(0),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('eum_inventories_partner_idx').on(t.partnerCode, t.status),
    index('eum_inventories_due_idx').on(t.dueOn),
    index('eum_inventories_site_idx').on(t.siteId),
  ],
);

/** The expected list, fixed when the inventory is planned. */
export const eumInventoryExpected = pgTable(
  'eum_inventory_expected',
  {
    inventoryId: uuid('inventory_id')
      .notNull()
      .references(() => eumInventories.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => eumItems.id),
  },
  (t) => [primaryKey({ columns: [t.inventoryId, t.itemId] }), index('eum_inventory_expected_item_idx').on(t.itemId)],
);

/** What was found: one row per scanned serial number (re-importing the same scan changes nothing). */
export const eumInventoryScans = pgTable(
  'eum_inventory_scans',
  {
    inventoryId: uuid('inventory_id')
      .notNull()
      .references(() => eumInventories.id, { onDelete: 'cascade' }),
    itemTypeCode: text('item_type_code').notNull(),
    serialNumber: text('serial_number').notNull(),
    damaged: boolean('damaged').notNull().default(false),
    scannedOn: day('scanned_on'),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.inventoryId, t.itemTypeCode, t.serialNumber] })],
);

/** A difference between found and expected, with its resolution. */
export const eumDiscrepancies = pgTable(
  'eum_discrepancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inventoryId: uuid('inventory_id')
      .notNull()
      .references(() => eumInventories.id, { onDelete: 'cascade' }),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    kind: text('kind', { enum: DISCREPANCY_KINDS }).notNull(),
    itemId: uuid('item_id').references(() => eumItems.id),
    itemTypeCode: text('item_type_code').notNull(),
    serialNumber: text('serial_number').notNull(),
    resolution: text('resolution').notNull().default(''),
    resolvedOn: day('resolved_on'),
    incidentId: uuid('incident_id'),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
  },
  (t) => [
    unique('eum_discrepancies_one').on(t.inventoryId, t.kind, t.itemTypeCode, t.serialNumber),
    index('eum_discrepancies_partner_idx').on(t.partnerCode, t.resolvedOn),
  ],
);

export interface IncidentNotice {
  recipient: string;
  sentOn: string | null;
}

/** Potential unauthorised access, transfer, loss, theft or misuse, and its investigation. */
export const eumIncidents = pgTable(
  'eum_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    kind: text('kind', { enum: INCIDENT_KINDS }).notNull(),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull().default('reported'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    occurredOn: day('occurred_on'),
    discoveredOn: day('discovered_on').notNull(),
    closedOn: day('closed_on'),
    findings: text('findings').notNull().default(''),
    discrepancyId: uuid('discrepancy_id').references(() => eumDiscrepancies.id),
    notices: jsonb('notices').$type<IncidentNotice[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('eum_incidents_partner_idx').on(t.partnerCode, t.status),
    index('eum_incidents_discovered_idx').on(t.discoveredOn),
    check(
      'eum_incidents_dates_order_check',
      sql`(${t.occurredOn} is null or ${t.occurredOn} <= ${t.discoveredOn}) and (${t.closedOn} is null or ${t.closedOn} >= ${t.discoveredOn})`,
    ),
  ],
);

export interface PriorItemStatus {
  status: ItemStatus;
  statusReason: string;
  statusChangedOn: string | null;
  inventoryDueOn: string | null;
}

export const eumIncidentItems = pgTable(
  'eum_incident_items',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => eumIncidents.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => eumItems.id),
    /** What the item was before this incident gave it the status its kind implies; null when it has not (or gave it back). */
    prior: jsonb('prior').$type<PriorItemStatus>(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.itemId] }), index('eum_incident_items_item_idx').on(t.itemId)],
);

export interface VisitFinding {
  finding: string;
  recommendation: string;
  followUp: string;
  followUpDueOn: string | null;
  followUpDoneOn: string | null;
  /** What was done (absent on findings recorded before follow-ups carried a note). */
  followUpNote?: string;
}

/** A Compliance Assessment Visit to a partner. */
export const eumVisits = pgTable(
  'eum_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    status: text('status', { enum: ['planned', 'completed', 'cancelled'] })
      .notNull()
      .default('planned'),
    plannedOn: day('planned_on').notNull(),
    conductedOn: day('conducted_on'),
    scope: text('scope').notNull().default(''),
    findings: jsonb('findings').$type<VisitFinding[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [index('eum_visits_partner_idx').on(t.partnerCode, t.plannedOn)],
);
