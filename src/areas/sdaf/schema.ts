import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';
import { partners } from '../countries/public.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

export const SDAF_RULE_KINDS = ['statutory_cap', 'contract_administration_surcharge'] as const;
export type SdafRuleKind = (typeof SDAF_RULE_KINDS)[number];

/**
 * The fund's dated rule tables: the statutory cap (value in cents; AECA 51 history shipped by the migration) and the
 * contract administration surcharge (value in basis points; DSCA 24-12 — no rate in shared/domain.md, so only rows an
 * administrator enters). Rows are added, never changed: a change of law is a new row from its date.
 */
export const sdafRuleRows = pgTable(
  'sdaf_rule_rows',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: SDAF_RULE_KINDS }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    value: cents('value').notNull(),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    createdBy: text('created_by').notNull().default('migration'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sdaf_rule_rows_kind_date_idx').on(t.kind, t.effectiveFrom),
    check('sdaf_rule_rows_kind_check', sql`${t.kind} in ('statutory_cap', 'contract_administration_surcharge')`),
    check('sdaf_rule_rows_value_check', sql`${t.value} >= 0`),
  ],
);

/** The fund itself: one row, locked (SELECT … FOR UPDATE) by every write that moves its money, so they run one at a time. */
export const sdafFund = pgTable(
  'sdaf_fund',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
  },
  (t) => [check('sdaf_fund_single_row_check', sql`${t.id} = 1`)],
);

/** Anticipatory procurements (AECA 51): articles bought ahead of expected sales, releasable at contract award. */
export const sdafProcurements = pgTable(
  'sdaf_procurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractNumber: text('contract_number').notNull(),
    awardedOn: date('awarded_on', { mode: 'string' }).notNull(),
    expectedDeliveryOn: date('expected_delivery_on', { mode: 'string' }).notNull(),
    totalCents: cents('total_cents').notNull(),
    description: text('description').notNull().default(''),
    releasabilityAttestedBy: text('releasability_attested_by').notNull(),
    releasabilityAttestedOn: date('releasability_attested_on', { mode: 'string' }).notNull(),
    releasabilityBasis: text('releasability_basis').notNull(),
    /** Closed short: what was not delivered is released back to the fund; nothing more is received. */
    closedOn: date('closed_on', { mode: 'string' }),
    closeReason: text('close_reason'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sdaf_procurements_contract_idx').on(t.contractNumber),
    check('sdaf_procurements_total_check', sql`${t.totalCents} > 0`),
  ],
);

export const sdafItems = pgTable(
  'sdaf_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procurementId: uuid('procurement_id')
      .notNull()
      .references(() => sdafProcurements.id),
    lineNumber: integer('line_number').notNull(),
    nsn: text('nsn').notNull(),
    nomenclature: text('nomenclature').notNull(),
    quantity: integer('quantity').notNull(),
    unitCostCents: cents('unit_cost_cents').notNull(),
    /** Major defense equipment: a transfer recovers its nonrecurring cost (DSCA 21-57). */
    mde: boolean('mde').notNull().default(false),
  },
  (t) => [
    uniqueIndex('sdaf_items_line_idx').on(t.procurementId, t.lineNumber),
    index('sdaf_items_nsn_idx').on(t.nsn),
    check('sdaf_items_quantity_check', sql`${t.quantity} > 0`),
    check('sdaf_items_unit_cost_check', sql`${t.unitCostCents} > 0`),
  ],
);

/** Delivered quantities received into the fund's inventory; each reported to DFAS within 30 days (FMR Vol 15 Ch 8). */
export const sdafReceipts = pgTable(
  'sdaf_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sdafItems.id),
    quantity: integer('quantity').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    documentReference: text('document_reference').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sdaf_receipts_item_idx').on(t.itemId),
    index('sdaf_receipts_unreported_idx').on(t.receivedOn).where(sql`${t.reportedOn} is null`),
    check('sdaf_receipts_quantity_check', sql`${t.quantity} > 0`),
    check('sdaf_receipts_reported_check', sql`${t.reportedOn} is null or ${t.reportedOn} >= ${t.receivedOn}`),
  ],
);

/** Inventory transferred to an FMS case, reimbursing the fund at title transfer (DSCA 21-15). */
export const sdafTransfers = pgTable(
  'sdaf_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sdafItems.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    quantity: integer('quantity').notNull(),
    titleTransferOn: date('title_transfer_on', { mode: 'string' }).notNull(),
    itemCostCents: cents('item_cost_cents').notNull(),
    nonrecurringCents: cents('nonrecurring_cents').notNull(),
    casBasisPoints: integer('cas_basis_points').notNull(),
    casCents: cents('cas_cents').notNull(),
    storagePreparationCents: cents('storage_preparation_cents').notNull(),
    reimbursementCents: cents('reimbursement_cents').notNull(),
    documentReference: text('document_reference').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sdaf_transfers_item_idx').on(t.itemId),
    index('sdaf_transfers_partner_idx').on(t.partnerCode, t.titleTransferOn),
    index('sdaf_transfers_case_idx').on(t.caseId),
    check('sdaf_transfers_quantity_check', sql`${t.quantity} > 0`),
    check(
      'sdaf_transfers_sum_check',
      sql`${t.reimbursementCents} = ${t.itemCostCents} + ${t.nonrecurringCents} + ${t.casCents} + ${t.storagePreparationCents}`,
    ),
  ],
);

/**
 * The fund's append-only ledger. Capital credited (appropriations, proceeds), procurements committing money, receipts
 * turning commitments into inventory, releases of what a procurement closed short did not deliver, transfers taking
 * inventory out and the reimbursements crediting the fund.
 */
export const sdafLedger = pgTable(
  'sdaf_ledger',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['capital', 'commitment', 'receipt', 'release', 'transfer', 'reimbursement'] }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    /** Capital: where it came from. */
    source: text('source', { enum: ['appropriation', 'proceeds', 'other'] }),
    documentReference: text('document_reference').notNull().default(''),
    description: text('description').notNull().default(''),
    procurementId: uuid('procurement_id').references(() => sdafProcurements.id),
    receiptId: uuid('receipt_id').references(() => sdafReceipts.id),
    transferId: uuid('transfer_id').references(() => sdafTransfers.id),
    /** Transfers and reimbursements: the partner of the case. */
    partnerCode: text('partner_code').references(() => partners.code),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sdaf_ledger_kind_idx').on(t.kind, t.onDate),
    index('sdaf_ledger_procurement_idx').on(t.procurementId),
    check('sdaf_ledger_amount_check', sql`${t.amountCents} > 0`),
    check('sdaf_ledger_kind_check', sql`${t.kind} in ('capital', 'commitment', 'receipt', 'release', 'transfer', 'reimbursement')`),
    check('sdaf_ledger_capital_source_check', sql`(${t.kind} = 'capital') = (${t.source} is not null)`),
  ],
);

/** The annual physical inventory (DSCA 20-85), one per fiscal year, with what was counted against what was expected. */
export const sdafPhysicalInventories = pgTable(
  'sdaf_physical_inventories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    countedOn: date('counted_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sdaf_physical_inventories_year_idx').on(t.fiscalYear)],
);

export const sdafInventoryCounts = pgTable(
  'sdaf_inventory_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inventoryId: uuid('inventory_id')
      .notNull()
      .references(() => sdafPhysicalInventories.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sdafItems.id),
    expectedQuantity: integer('expected_quantity').notNull(),
    countedQuantity: integer('counted_quantity').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('sdaf_inventory_counts_item_idx').on(t.inventoryId, t.itemId),
    check('sdaf_inventory_counts_quantity_check', sql`${t.countedQuantity} >= 0 and ${t.expectedQuantity} >= 0`),
  ],
);
