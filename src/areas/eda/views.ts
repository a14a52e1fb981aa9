import { z } from '@hono/zod-openapi';
import { REQUEST_ACTIONS, REQUEST_STATUSES } from './rules/request-status.ts';
import { CONDITION_CODES } from './rules/tables.ts';

export const edaDeterminationView = z
  .object({
    noticeRequired: z.boolean().openapi({ description: 'FAA 516(f): notice to the committees before the transfer' }),
    noticeDays: z.number().int().nullable().openapi({ description: 'Days after the notice before the transfer may be made' }),
    reasons: z.array(
      z.object({
        rule: z.string(),
        threshold: z.number().nullable().openapi({ description: 'Whole US dollars' }),
        value: z.number().nullable().openapi({ description: 'Whole US dollars' }),
        met: z.boolean(),
        source: z.string(),
        verified: z.boolean(),
      }),
    ),
    partnerCode: z.string(),
    asOf: z.string(),
  })
  .openapi('EdaDetermination');

const cents = z.number().int().openapi({ description: 'US cents' });
const date = z.string().openapi({ format: 'date' });

export const declarationView = z
  .object({
    id: z.string(),
    reference: z.string(),
    militaryDepartment: z.enum(['army', 'navy', 'air_force', 'marine_corps', 'other']),
    nsn: z.string(),
    maslNumber: z.string(),
    nomenclature: z.string(),
    quantity: z.number().int(),
    serialNumbers: z.array(z.string()),
    conditionCode: z.enum(CONDITION_CODES),
    unitAcquisitionValueCents: cents,
    originalAcquisitionValueCents: cents,
    location: z.string(),
    availableOn: date,
    sme: z.boolean(),
    mde: z.boolean(),
    ship: z.boolean(),
    committedQuantity: z.number().int().openapi({ description: 'Authorised or transferred to partners' }),
    remainingQuantity: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('EdaDeclaration');

const page = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi(name);

export const declarationListView = page(declarationView, 'EdaDeclarationList');

export const requestItemView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    authority: z.enum(['grant_516', 'sale_aeca_21']),
    quantity: z.number().int(),
    justification: z.string(),
    pchtPaidBy: z.enum(['recipient', 'dod']),
    agencyCode: z.string().nullable(),
    status: z.enum(REQUEST_STATUSES),
    statusOn: date,
    ccmdProposal: z.string(),
    noIndustryInitiative: z.boolean(),
    noReadinessImpact: z.boolean(),
    mtcrChecked: z.boolean(),
    allocationMemoOn: date.nullable(),
    currentValuePercent: z.number().nullable(),
    reviewRound: z.number().int(),
    reviewDueOn: date.nullable(),
    committeeDecidedOn: date.nullable(),
    caseId: z.string().nullable(),
    caseIdentifier: z.string().nullable(),
    authorizedQuantity: z.number().int().nullable(),
    authorizedValueCents: cents.nullable(),
    fiscalYear: z.number().int().nullable(),
    authorizedOn: date.nullable(),
    transferredOn: date.nullable(),
    version: z.number().int(),
    declaration: z.object({
      id: z.string(),
      reference: z.string(),
      nomenclature: z.string(),
      nsn: z.string(),
      maslNumber: z.string(),
      conditionCode: z.string(),
      unitAcquisitionValueCents: cents,
      sme: z.boolean(),
      mde: z.boolean(),
      ship: z.boolean(),
    }),
    originalAcquisitionValueCents: cents,
    currentValueCents: cents.nullable(),
    priority: z.object({ priority: z.boolean(), group: z.string(), source: z.string() }).openapi({ description: 'FAA 516(c)(2)' }),
    allowedActions: z.array(z.enum(REQUEST_ACTIONS)),
  })
  .openapi('EdaRequestItem');

export const requestListView = page(requestItemView, 'EdaRequestList');

export const requestView = requestItemView
  .extend({
    currentValueReason: z.string(),
    currentValueSetBy: z.string(),
    reviewRounds: z.array(
      z.object({
        round: z.number().int(),
        changedFields: z.array(z.string()),
        reviews: z.array(
          z.object({
            officeCode: z.string(),
            officeName: z.string(),
            decision: z.enum(['pending', 'concur', 'object']),
            carried: z.boolean(),
            comments: z.string().nullable().openapi({ description: 'Internal: null for readers outside the review' }),
            decidedBy: z.string().nullable(),
            decidedOn: date.nullable(),
          }),
        ),
      }),
    ),
    notice: z.object({
      required: z.boolean(),
      days: z.number().int().nullable(),
      reasons: edaDeterminationView.shape.reasons,
    }),
    notices: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        transmittalNumber: z.string(),
        status: z.string(),
        formallyNotifiedOn: date.nullable(),
        reviewDays: z.number().int().nullable(),
        reviewEndsOn: date.nullable(),
        clearedOn: date.nullable(),
      }),
    ),
  })
  .openapi('EdaRequest');

export const officeView = z.object({ code: z.string(), name: z.string(), active: z.boolean() }).openapi('EdaReviewOffice');

export const ceilingView = z
  .object({
    fiscalYear: z.number().int(),
    ceilingCents: cents.nullable(),
    authorizedCents: cents,
    remainingCents: cents.nullable(),
    source: z.string(),
    verified: z.boolean(),
  })
  .openapi('EdaCeilingYear');
