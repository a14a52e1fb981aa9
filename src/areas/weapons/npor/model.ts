import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../../platform/schema/primitives.ts';
import { NPOR_ACTIONS, NPOR_STATUSES } from './rules/npor-workflow.ts';

const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const code = text.regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - or _, up to 40');

export const nporTypeInput = z
  .object({
    code,
    name: text.trim().min(1).max(200),
    description: text.max(4000).default(''),
    source: text.trim().min(1).max(300).openapi({ description: 'Where the type comes from (DSCA 21-50 and paragraph)' }),
  })
  .openapi('NporTypeInput');

export const nporTypeUpdate = z
  .object({ version: z.number().int().positive(), name: text.trim().min(1).max(200).optional(), active: z.boolean().optional() })
  .openapi('NporTypeUpdate');

export const createNporRequestInput = z
  .object({
    partnerCode: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters'),
    title: text.trim().min(1).max(300),
    description: text.max(8000).default(''),
    receivedOn: isoDate,
    systemId: z.uuid().nullable().default(null),
    nporType: code.nullable().default(null),
    lorId: z.uuid().nullable().default(null),
    caseRef: text
      .trim()
      .max(40)
      .nullable()
      .default(null)
      .openapi({ description: 'The case it concerns: id or identifier (e.g. AT-B-AAA)' }),
  })
  .openapi('CreateNporRequest');
export type CreateNporRequestInput = z.input<typeof createNporRequestInput>;

/** One move of the workflow; each carries its date and reason (audited), and what the step records. */
export const nporMoveInput = z
  .object({
    action: z.enum(NPOR_ACTIONS),
    version: z.number().int().positive(),
    date: isoDate,
    reason: text.trim().min(1, 'say why').max(4000),
    recommendation: text.trim().max(4000).optional().openapi({ description: 'coi_review: the Community of Interest’s recommendation' }),
    negativeResponseReference: text.trim().max(200).optional().openapi({ description: 'send_negative_response: the response sent' }),
    leadAgencyCode: text
      .regex(/^[A-Z]$/, 'one letter, e.g. B (Army)')
      .optional()
      .openapi({ description: 'designate_lead_ia' }),
    preLorFundingCents: cents.optional().openapi({ description: 'fund: pre-LOR work, cents' }),
    caseDevelopmentFundingCents: cents.optional().openapi({ description: 'fund: case development work, cents' }),
    fundingSource: text.trim().max(200).optional().openapi({ description: 'fund: what pays for it' }),
  })
  .openapi('NporMove');
export type NporMoveInput = z.input<typeof nporMoveInput>;

export const nporListQuery = z.object({
  status: z.enum(NPOR_STATUSES).optional(),
  partner: text.regex(/^[A-Z0-9]{2,3}$/).optional(),
  caseId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const nullableDate = z.string().nullable();
export const nporRequestView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    title: z.string(),
    description: z.string(),
    systemId: z.string().nullable(),
    systemName: z.string().nullable(),
    nporType: z.string().nullable(),
    lorId: z.string().nullable(),
    caseId: z.string().nullable(),
    /** Null when the case is withheld from the reader (pending congressional notification). */
    caseIdentifier: z.string().nullable(),
    receivedOn: z.string(),
    status: z.enum(NPOR_STATUSES),
    statusLabel: z.string(),
    coiReviewedOn: nullableDate,
    coiRecommendation: z.string(),
    determinedOn: nullableDate,
    determinationReason: z.string(),
    negativeResponseOn: nullableDate,
    negativeResponseReference: z.string(),
    leadAgencyCode: z.string().nullable(),
    designatedOn: nullableDate,
    preLorFundingCents: z.number().nullable(),
    caseDevelopmentFundingCents: z.number().nullable(),
    fundingSource: z.string(),
    fundedOn: nullableDate,
    allowedActions: z.array(z.enum(NPOR_ACTIONS)),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('NporRequest');

export const nporRequestListView = z.object({ items: z.array(nporRequestView), total: z.number() }).openapi('NporRequestList');

export const nporTypeView = z
  .object({
    code: z.string(),
    name: z.string(),
    description: z.string(),
    source: z.string(),
    active: z.boolean(),
    version: z.number(),
  })
  .openapi('NporType');
