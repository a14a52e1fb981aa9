import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../../countries/public.ts';
import { appropriations } from '../../funds/public.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });
const AUTHORITIES = ['faa_506a1', 'faa_506a2', 'faa_552c2', 'appropriation_act'] as const;

/** The caps on drawdown authorities, dated; FAA 506(a)(1)'s seeded, the [to verify] ones entered by an administrator. */
export const drawdownCaps = pgTable('drawdown_caps', {
  id: uuid('id').primaryKey().defaultRandom(),
  authority: text('authority', { enum: AUTHORITIES }).notNull(),
  /** For an appropriation act, the act; otherwise the statute. */
  citation: text('citation').notNull(),
  /** null: in force since before any date recorded here. */
  effectiveFrom: date('effective_from', { mode: 'string' }),
  effectiveTo: date('effective_to', { mode: 'string' }),
  capCents: cents('cap_cents').notNull(),
  source: text('source').notNull(),
  verified: boolean('verified').notNull().default(false),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const drawdowns = pgTable(
  'drawdowns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    authority: text('authority', { enum: AUTHORITIES }).notNull(),
    /** The act's cap row, for a drawdown under a specific appropriation act. */
    capId: uuid('cap_id').references(() => drawdownCaps.id),
    title: text('title').notNull(),
    status: text('status', { enum: ['justification', 'determined', 'executing', 'delivered', 'cancelled'] })
      .notNull()
      .default('justification'),
    pdNumber: text('pd_number'),
    pdDate: date('pd_date', { mode: 'string' }),
    ceilingCents: cents('ceiling_cents'),
    fiscalYear: integer('fiscal_year'),
    waiverReason: text('waiver_reason'),
    waivedBy: text('waived_by'),
    waivedOn: date('waived_on', { mode: 'string' }),
    executedOn: date('executed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('drawdowns_reference_idx').on(t.reference),
    index('drawdowns_partner_idx').on(t.partnerCode, t.status),
    index('drawdowns_authority_idx').on(t.authority, t.fiscalYear),
    check('drawdowns_ceiling_check', sql`${t.ceilingCents} is null or ${t.ceilingCents} > 0`),
  ],
);

export const drawdownDocuments = pgTable(
  'drawdown_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawdownId: uuid('drawdown_id')
      .notNull()
      .references(() => drawdowns.id),
    kind: text('kind', { enum: ['justification_package', 'readiness_assessment', 'budget_impact_assessment'] }).notNull(),
    reference: text('reference').notNull(),
    dated: date('dated', { mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drawdown_documents_idx').on(t.drawdownId)],
);

/** A line of the execute order: one military department's articles, their value and method, their delivery. */
export const drawdownLines = pgTable(
  'drawdown_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawdownId: uuid('drawdown_id')
      .notNull()
      .references(() => drawdowns.id),
    lineNumber: integer('line_number').notNull(),
    militaryDepartment: text('military_department', { enum: ['army', 'navy', 'air_force'] }).notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    valuationMethod: text('valuation_method', { enum: ['net_book_value', 'replacement_cost'] }).notNull(),
    netBookValueCents: cents('net_book_value_cents'),
    replacementCostCents: cents('replacement_cost_cents'),
    /** Delivery and title transfer (DSCA 24-40): one event, its date and document. */
    deliveredOn: date('delivered_on', { mode: 'string' }),
    deliveryDocument: text('delivery_document'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('drawdown_lines_number_idx').on(t.drawdownId, t.lineNumber),
    check('drawdown_lines_quantity_check', sql`${t.quantity} > 0`),
    check(
      'drawdown_lines_value_check',
      sql`(${t.valuationMethod} = 'net_book_value' and ${t.netBookValueCents} > 0) or (${t.valuationMethod} = 'replacement_cost' and ${t.replacementCostCents} > 0)`,
    ),
    check('drawdown_lines_delivery_check', sql`(${t.deliveredOn} is null) = (${t.deliveryDocument} is null)`),
  ],
);

export const drawdownRevaluations = pgTable(
  'drawdown_revaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lineId: uuid('line_id')
      .notNull()
      .references(() => drawdownLines.id),
    oldMethod: text('old_method').notNull(),
    newMethod: text('new_method').notNull(),
    oldValueCents: cents('old_value_cents').notNull(),
    newValueCents: cents('new_value_cents').notNull(),
    reason: text('reason').notNull(),
    memo: text('memo').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drawdown_revaluations_line_idx').on(t.lineId)],
);

/** Appropriations that replace the articles drawn down, linked to the drawdown. */
export const drawdownReplacements = pgTable(
  'drawdown_replacements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawdownId: uuid('drawdown_id')
      .notNull()
      .references(() => drawdowns.id),
    appropriationId: uuid('appropriation_id')
      .notNull()
      .references(() => appropriations.id),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('drawdown_replacements_idx').on(t.drawdownId, t.appropriationId)],
);
