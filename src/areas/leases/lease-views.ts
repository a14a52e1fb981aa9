import { z } from '@hono/zod-openapi';
import { LEASE_ACTIONS, LEASE_STATUSES } from './rules/lease-status.ts';
import { RENTAL_WAIVER_BASES } from './rules/rental.ts';

const date = z.string().openapi({ format: 'date' });

export const leaseSummaryView = z
  .object({
    id: z.string(),
    designator: z.string(),
    partnerCode: z.string(),
    partnerName: z.string(),
    status: z.enum(LEASE_STATUSES),
    replacementValueCents: z.number().int(),
    mdeValueCents: z.number().int(),
    rentalValueCents: z.number().int(),
    startOn: date,
    termMonths: z.number().int(),
    refurbishmentMonths: z.number().int(),
    endOn: date,
    certificationRequired: z.boolean(),
    outstandingCents: z.number().int(),
    overdueCents: z.number().int().openapi({ description: 'Rental due and not received in full by its due date' }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('LeaseSummary');

export const leaseListView = z
  .object({ items: z.array(leaseSummaryView), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('LeaseList');

const reason = z.object({
  rule: z.string(),
  measure: z.string(),
  threshold: z.number(),
  value: z.number().nullable(),
  met: z.boolean(),
  source: z.string(),
  verified: z.boolean(),
});

const related = z.object({ id: z.string(), designator: z.string(), status: z.enum(LEASE_STATUSES) });

export const leaseView = z
  .object({
    id: z.string(),
    designator: z.string(),
    partnerCode: z.string(),
    partnerName: z.string(),
    status: z.enum(LEASE_STATUSES),
    implementingAgency: z.string(),
    replacementValueCents: z.number().int(),
    mdeValueCents: z.number().int(),
    rentalValueCents: z.number().int(),
    leaseClassification: z.string(),
    equipmentClassification: z.string(),
    mtcrItems: z.boolean(),
    mtcrListSentOn: date.nullable(),
    mtcrCompliant: z.boolean().nullable(),
    startOn: date,
    termMonths: z.number().int(),
    refurbishmentMonths: z.number().int(),
    endOn: date,
    terms: z.string(),
    administeringActivity: z.string(),
    dscaEstimatedOn: date.nullable(),
    justification: z.string(),
    actionOfficer: z.string(),
    rentalWaiver: z.enum(RENTAL_WAIVER_BASES).nullable(),
    rentalWaiverBasis: z.string().nullable(),
    emergencyWaiver: z.string().nullable(),
    determination: z.object({
      asOf: date,
      certificationRequired: z.boolean(),
      reviewDays: z.number().int().nullable(),
      jointResolutionReview: z.boolean(),
      reasons: z.array(reason),
    }),
    certificationNoticeId: z.string().nullable(),
    certification: z
      .object({
        id: z.string(),
        transmittalNumber: z.string(),
        status: z.string(),
        formallyNotifiedOn: date.nullable(),
        reviewDays: z.number().int().nullable(),
        reviewEndsOn: date.nullable(),
        clearedOn: date.nullable(),
      })
      .nullable()
      .openapi({ description: 'The AECA 62(a) notice in the notifications area (/notifications/{id})' }),
    renewsId: z.string().nullable(),
    renews: related.nullable(),
    renewals: z.array(related),
    signedOn: date.nullable(),
    deliveredOn: date.nullable(),
    returnDueOn: date.nullable(),
    returnedOn: date.nullable(),
    returnCondition: z.string().nullable(),
    lossDamageCents: z.number().int(),
    closedOn: date.nullable(),
    terminatedOn: date.nullable(),
    articles: z.array(
      z.object({
        id: z.string(),
        nsn: z.string(),
        nomenclature: z.string(),
        quantity: z.number().int(),
        serialNumbers: z.array(z.string()),
        mde: z.boolean(),
      }),
    ),
    payments: z.array(
      z.object({
        id: z.string(),
        dueOn: date,
        amountCents: z.number().int(),
        receivedCents: z.number().int(),
        lastReceivedOn: date.nullable(),
        overdue: z.boolean(),
      }),
    ),
    outstandingCents: z.number().int(),
    overdueCents: z.number().int(),
    allowedActions: z.array(z.enum(LEASE_ACTIONS)),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Lease');
