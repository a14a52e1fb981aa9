import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { LEASE_ACTIONS, LEASE_STATUSES } from './rules/lease-status.ts';
import { RENTAL_WAIVER_BASES } from './rules/rental.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const cents = z.number({ message: 'whole cents' }).int('whole cents').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);
const positiveCents = cents.min(1, 'more than zero');
const line = (max: number) => text.trim().min(1, 'required').max(max);
const version = z.number({ message: 'the version you read' }).int().positive();

export const leaseArticleInput = z.object({
  nsn: text.regex(/^\d{4}-?\d{2}-?\d{3}-?\d{4}$/, 'a national stock number, 13 digits (e.g. 1005-01-123-4567)'),
  nomenclature: line(200),
  quantity: z.number().int('a whole number').min(1, 'at least 1').max(1_000_000),
  serialNumbers: z.array(line(60)).max(1000).default([]),
  mde: z.boolean().default(false).openapi({ description: 'Major defense equipment (segregated on the certification)' }),
});

export const scheduledPaymentInput = z.object({ dueOn: isoDate, amountCents: positiveCents });

/** The lease's own fields: Schedule A values and the certification's fields (SAMM Fig C11.F8 items 1–14). */
const leaseFields = z.object({
  implementingAgency: line(200).openapi({ description: 'C11.F8 item 2: the implementing agency (lessor)' }),
  replacementValueCents: positiveCents.openapi({ description: 'C11.F8 item 3: total replacement value, Schedule A' }),
  mdeValueCents: cents.openapi({ description: 'C11.F8 item 4: the MDE part of the replacement value' }),
  rentalValueCents: cents.openapi({ description: 'C11.F8 item 10: total rental value, Schedule A' }),
  leaseClassification: line(500).openapi({ description: 'C11.F8 item 5 (with its justification when classified)' }),
  equipmentClassification: line(200).openapi({ description: 'C11.F8 item 6' }),
  mtcrItems: z.boolean().openapi({ description: 'C11.F8 item 7: support equipment includes MTCR-controlled items' }),
  mtcrListSentOn: isoDate.nullable().openapi({ description: 'C11.F8 item 7: the date the list of MTCR items went to DSCA' }),
  mtcrCompliant: z.boolean().nullable().openapi({ description: 'C11.F8 item 7: checked by a qualified reviewer, MTCR compliant' }),
  startOn: isoDate,
  termMonths: z
    .number({ message: 'a whole number of months' })
    .int('a whole number of months')
    .min(1, 'at least 1 month')
    .max(1200)
    .openapi({ description: 'C11.F8 item 8: the fixed duration, excluding refurbishment before delivery' }),
  refurbishmentMonths: z.number().int('a whole number of months').min(0).max(120),
  terms: line(4000).openapi({ description: 'C11.F8 item 9: summary of lease terms, special conditions included' }),
  administeringActivity: line(300).openapi({ description: 'C11.F8 item 11' }),
  dscaEstimatedOn: isoDate.nullable().openapi({ description: 'C11.F8 item 12' }),
  justification: line(4000).openapi({ description: 'C11.F8 item 13: why leased rather than sold under FMS' }),
  actionOfficer: line(300).openapi({ description: 'C11.F8 item 14: name, office, telephone' }),
  rentalWaiver: z.enum(RENTAL_WAIVER_BASES).nullable(),
  rentalWaiverBasis: line(2000).nullable(),
  emergencyWaiver: line(4000)
    .nullable()
    .openapi({ description: 'AECA 62(b): the emergency justifying entering into the lease without the waiting period' }),
  articles: z.array(leaseArticleInput).min(1, 'at least one article').max(200),
});

type Ctx = z.RefinementCtx;
function checkFields(v: Partial<z.output<typeof leaseFields>>, ctx: Ctx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (v.mdeValueCents !== undefined && v.replacementValueCents !== undefined && v.mdeValueCents > v.replacementValueCents)
    issue('mdeValueCents', 'part of the replacement value, so not more than it');
  if (v.mtcrItems === true && v.mtcrListSentOn === null) issue('mtcrListSentOn', 'the date the list of MTCR items was sent to DSCA');
  if (v.mtcrItems === true && v.mtcrCompliant === null) issue('mtcrCompliant', 'whether a qualified reviewer found it MTCR compliant');
  if (v.rentalWaiver !== undefined && v.rentalWaiverBasis !== undefined && (v.rentalWaiver === null) !== (v.rentalWaiverBasis === null))
    issue('rentalWaiverBasis', v.rentalWaiver === null ? 'only with a rental waiver' : 'state the basis of the waiver');
}

export const createLeaseInput = leaseFields
  .extend({
    partnerCode: customerCode.openapi({ description: 'C11.F8 item 1: the lessee' }),
    mdeValueCents: leaseFields.shape.mdeValueCents.default(0),
    rentalValueCents: leaseFields.shape.rentalValueCents.default(0),
    mtcrItems: leaseFields.shape.mtcrItems.default(false),
    mtcrListSentOn: leaseFields.shape.mtcrListSentOn.default(null),
    mtcrCompliant: leaseFields.shape.mtcrCompliant.default(null),
    refurbishmentMonths: leaseFields.shape.refurbishmentMonths.default(0),
    dscaEstimatedOn: leaseFields.shape.dscaEstimatedOn.default(null),
    rentalWaiver: leaseFields.shape.rentalWaiver.default(null),
    rentalWaiverBasis: leaseFields.shape.rentalWaiverBasis.default(null),
    emergencyWaiver: leaseFields.shape.emergencyWaiver.default(null),
    payments: z.array(scheduledPaymentInput).max(240).default([]),
  })
  .superRefine(checkFields)
  .openapi('CreateLease');
export type CreateLeaseInput = z.input<typeof createLeaseInput>;

/** A draft's fields, any of them; the version read. */
export const updateLeaseInput = leaseFields.partial().extend({ version }).superRefine(checkFields).openapi('UpdateLease');

export const renewLeaseInput = z
  .object({
    version,
    startOn: isoDate.optional().openapi({ description: 'Default: the day after the renewed lease ends' }),
    termMonths: leaseFields.shape.termMonths,
    refurbishmentMonths: leaseFields.shape.refurbishmentMonths.default(0),
    rentalValueCents: leaseFields.shape.rentalValueCents.optional().openapi({ description: "Default: the renewed lease's" }),
    terms: leaseFields.shape.terms.optional(),
    justification: leaseFields.shape.justification.optional(),
  })
  .openapi('RenewLease');

export const leaseTransitionInput = z
  .object({
    version,
    action: z.enum(LEASE_ACTIONS),
    onDate: isoDate.optional().openapi({ description: 'The day the move takes effect (default today; not in the future)' }),
    reason: line(2000).openapi({ description: 'Why: recorded in the audit log' }),
    returnDueOn: isoDate
      .optional()
      .openapi({ description: 'deliver/terminate: the day the articles are due back (default: the lease end)' }),
    returnCondition: line(2000).optional().openapi({ description: 'return: condition of the articles on return' }),
    lossDamageCents: cents.optional().openapi({ description: 'return: loss or damage recovered through the lease' }),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'return' && !v.returnCondition)
      ctx.addIssue({ code: 'custom', path: ['returnCondition'], message: 'record the condition on return' });
  })
  .openapi('LeaseTransition');

export const schedulePaymentInput = z.object({ version, ...scheduledPaymentInput.shape }).openapi('ScheduleLeasePayment');

export const receivePaymentInput = z.object({ version, receivedOn: isoDate, amountCents: positiveCents }).openapi('ReceiveLeasePayment');

export const leaseListQuery = z.object({
  status: z.enum(LEASE_STATUSES).optional(),
  partner: customerCode.optional(),
  q: text.max(100).optional().openapi({ description: 'Designator, article nomenclature or NSN contains' }),
  overdue: z.enum(['true', 'false']).optional().openapi({ description: 'Only leases with a payment overdue' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
