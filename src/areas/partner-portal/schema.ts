import { date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';

/**
 * A partner's signature of an offered LOA, recorded through the portal (signature date, the signer's name and title).
 * The case stays offered: it moves to accepted only when the agency records the initial deposit (the cases area's
 * `accept` move), which reads this record.
 */
export const loaAcceptances = pgTable(
  'loa_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    partnerCode: text('partner_code').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loa_acceptances_case_version').on(t.caseId, t.versionNumber), index('loa_acceptances_partner_idx').on(t.partnerCode)],
);
