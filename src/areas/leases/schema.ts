import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../countries/public.ts';
import { LEASE_STATUSES } from './rules/lease-status.ts';
import { RENTAL_WAIVER_BASES } from './rules/rental.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** The determination stored with the lease when it was last checked (rules/lease-determination.ts), for the page. */
export interface StoredDetermination {
  asOf: string;
  certificationRequired: boolean;
  reviewDays: number | null;
  jointResolutionReview: boolean;
  reasons: { rule: string; measure: string; threshold: number; value: number | null; met: boolean; source: string; verified: boolean }[];
}

/**
 * A lease or loan of defense articles under AECA 61 (22 U.S.C. 2796). The certification fields are those of SAMM Fig
 * C11.F8 (items 1–14); values are Schedule A's, replacement cost, in cents.
 */
export const leases = pgTable(
  'leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    designator: text('designator').notNull().unique(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    status: text('status', { enum: LEASE_STATUSES }).notNull().default('draft'),
    /** C11.F8 item 2: the lessor. */
    implementingAgency: text('implementing_agency').notNull(),
    /** C11.F8 item 3: total value, replacement costs (Schedule A). */
    replacementValueCents: cents('replacement_value_cents').notNull(),
    /** C11.F8 item 4: the MDE part, shown separately. */
    mdeValueCents: cents('mde_value_cents').notNull().default(0),
    /** C11.F8 item 10: total rental value (Schedule A). */
    rentalValueCents: cents('rental_value_cents').notNull().default(0),
    /** C11.F8 item 5 and its justification when classified. */
    leaseClassification: text('lease_classification').notNull(),
    /** C11.F8 item 6. */
    equipmentClassification: text('equipment_classification').notNull(),
    /** C11.F8 item 7: support equipment includes MTCR-controlled items; when so, the date the list went to DSCA and compliance. */
    mtcrItems: boolean('mtcr_items').notNull().default(false),
    mtcrListSentOn: date('mtcr_list_sent_on', { mode: 'string' }),
    mtcrCompliant: boolean('mtcr_compliant'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    /** C11.F8 item 8: the fixed duration, excluding refurbishment before delivery (AECA 61(b)). */
    termMonths: integer('term_months').notNull(),
    refurbishmentMonths: integer('refurbishment_months').notNull().default(0),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /** C11.F8 item 9: summary of lease terms, special conditions included. */
    terms: text('terms').notNull(),
    /** C11.F8 item 11. */
    administeringActivity: text('administering_activity').notNull(),
    /** C11.F8 item 12. */
    dscaEstimatedOn: date('dsca_estimated_on', { mode: 'string' }),
    /** C11.F8 item 13: why leased rather than sold under FMS. */
    justification: text('justification').notNull(),
    /** C11.F8 item 14: name, office and telephone. */
    actionOfficer: text('action_officer').notNull(),
    rentalWaiver: text('rental_waiver', { enum: RENTAL_WAIVER_BASES }),
    rentalWaiverBasis: text('rental_waiver_basis'),
    /** AECA 62(b): the emergency for which the certification's waiting period is waived. */
    emergencyWaiver: text('emergency_waiver'),
    determination: jsonb('determination').$type<StoredDetermination>().notNull(),
    /** The notice (notifications area, kind aeca_62a) certifying this lease. */
    certificationNoticeId: uuid('certification_notice_id'),
    renewsId: uuid('renews_id'),
    signedOn: date('signed_on', { mode: 'string' }),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    returnDueOn: date('return_due_on', { mode: 'string' }),
    returnedOn: date('returned_on', { mode: 'string' }),
    returnCondition: text('return_condition'),
    /** Loss or damage recovered through the lease (DSCA I-97-052351). */
    lossDamageCents: cents('loss_damage_cents').notNull().default(0),
    closedOn: date('closed_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('leases_partner_idx').on(t.partnerCode, t.status),
    index('leases_end_idx').on(t.endOn),
    index('leases_renews_idx').on(t.renewsId),
    check(
      'leases_values_check',
      sql`${t.mdeValueCents} >= 0 and ${t.mdeValueCents} <= ${t.replacementValueCents} and ${t.rentalValueCents} >= 0`,
    ),
    check('leases_term_check', sql`${t.termMonths} > 0 and ${t.refurbishmentMonths} >= 0 and ${t.endOn} > ${t.startOn}`),
    check('leases_status_check', sql`${t.status} in (${sql.raw(LEASE_STATUSES.map((x) => `'${x}'`).join(', '))})`),
    check(
      'leases_rental_waiver_check',
      sql`${t.rentalWaiver} is null or ${t.rentalWaiver} in (${sql.raw(RENTAL_WAIVER_BASES.map((x) => `'${x}'`).join(', '))})`,
    ),
    check('leases_waiver_check', sql`(${t.rentalWaiver} is null) = (${t.rentalWaiverBasis} is null)`),
  ],
);

/** The articles leased (Schedule A): national stock number, nomenclature, quantity and serial numbers. */
export const leaseArticles = pgTable(
  'lease_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    nsn: text('nsn').notNull(),
    nomenclature: text('nomenclature').notNull(),
    quantity: integer('quantity').notNull(),
    serialNumbers: text('serial_numbers').array().notNull().default(sql`'{}'::text[]`),
    mde: boolean('mde').notNull().default(false),
  },
  (t) => [index('lease_articles_lease_idx').on(t.leaseId, t.position), check('lease_articles_quantity_check', sql`${t.quantity} > 0`)],
);

/** The payment schedule: each payment due, and what has been received against it. */
export const leasePayments = pgTable(
  'lease_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    receivedCents: cents('received_cents').notNull().default(0),
    lastReceivedOn: date('last_received_on', { mode: 'string' }),
  },
  (t) => [
    index('lease_payments_lease_idx').on(t.leaseId, t.dueOn),
    index('lease_payments_due_idx').on(t.dueOn),
    check('lease_payments_amount_check', sql`${t.amountCents} > 0 and ${t.receivedCents} >= 0 and ${t.receivedCents} <= ${t.amountCents}`),
  ],
);
