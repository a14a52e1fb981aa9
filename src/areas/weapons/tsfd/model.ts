import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../../platform/schema/primitives.ts';
import { TECHNOLOGY_AREAS } from '../rules/technology-areas.ts';
import { TSFD_DETERMINATIONS, TSFD_STATUSES } from './rules/tsfd-workflow.ts';

const areas = z.array(z.enum(TECHNOLOGY_AREAS)).max(TECHNOLOGY_AREAS.length);
const partnerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters');

export const createTsfdRequestInput = z
  .object({
    partnerCode,
    systemId: z.uuid(),
    title: text.trim().min(1).max(300),
    summary: text.max(8000).default(''),
    technologyAreas: areas.optional().openapi({ description: "Default: the system's technology areas" }),
    preLorAssessmentOn: isoDate.openapi({ description: 'When the Pre-LOR Assessment Request was received (DSCA 16-26, 25-16)' }),
    preLorAssessmentReference: text.trim().max(200).default(''),
    priority: z.boolean().default(false).openapi({ description: 'A priority review for a senior-leader case' }),
    priorityReason: text.trim().max(2000).default(''),
    lorId: z.uuid().nullable().default(null),
    caseRef: text
      .trim()
      .max(40)
      .nullable()
      .default(null)
      .openapi({ description: 'The case it concerns: id or identifier (e.g. PL-B-AAA)' }),
  })
  .refine((v) => !v.priority || v.priorityReason.length > 0, { path: ['priorityReason'], message: 'say why the review is a priority' })
  .openapi('CreateTsfdRequest');
export type CreateTsfdRequestInput = z.input<typeof createTsfdRequestInput>;

export const referInput = z
  .object({
    version: z.number().int().positive(),
    body: text.trim().min(1).max(200).openapi({ description: 'The reviewing body or review process, e.g. "Anti-tamper (ATEA)"' }),
    technologyArea: z.enum(TECHNOLOGY_AREAS).nullable().default(null),
    referredOn: isoDate,
  })
  .openapi('TsfdReferral');

export const determinationInput = z
  .object({
    version: z.number().int().positive().openapi({ description: "The request's version" }),
    determination: z.enum(TSFD_DETERMINATIONS),
    conditions: text.trim().max(8000).default(''),
    determinedOn: isoDate,
  })
  .refine((v) => (v.determination === 'approved_with_conditions') === v.conditions.length > 0, {
    path: ['conditions'],
    message: 'conditions are given exactly when approving with conditions',
  })
  .openapi('TsfdDetermination');

export const withdrawInput = z
  .object({ version: z.number().int().positive(), reason: text.trim().min(1, 'say why').max(4000) })
  .openapi('TsfdWithdrawal');

export const linkInput = z
  .object({
    version: z.number().int().positive(),
    caseRef: text.trim().max(40).nullable().openapi({ description: 'Case id or identifier; null to unlink' }),
    lorId: z.uuid().nullable(),
  })
  .openapi('TsfdLinks');

export const tsfdListQuery = z.object({
  status: z.enum(TSFD_STATUSES).optional(),
  partner: partnerCode.optional(),
  caseId: z.uuid().optional(),
  systemId: z.uuid().optional(),
  q: text.trim().max(100).optional().openapi({ description: 'Reference, title or system name, in part' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const createPolicyInput = z
  .object({
    title: text.trim().min(1).max(300),
    groupCode: text.trim().min(1).max(40),
    systemId: z.uuid().nullable().default(null),
    technologyAreas: areas.min(1, 'at least one technology area'),
    summary: text.max(8000).default(''),
    effectiveOn: isoDate,
    expiresOn: isoDate.nullable().default(null),
  })
  .refine((v) => v.expiresOn === null || v.expiresOn > v.effectiveOn, { path: ['expiresOn'], message: 'after the effective date' })
  .openapi('CreateTsfdPolicy');

export const tsfdPolicyView = z
  .object({
    id: z.string(),
    title: z.string(),
    groupCode: z.string(),
    systemId: z.string().nullable(),
    technologyAreas: z.array(z.string()),
    summary: z.string(),
    effectiveOn: z.string(),
    expiresOn: z.string().nullable(),
    inForce: z.boolean(),
    version: z.number(),
  })
  .openapi('TsfdPolicy');

export const tsfdReviewView = z
  .object({
    id: z.string(),
    body: z.string(),
    technologyArea: z.string().nullable(),
    referredOn: z.string(),
    determination: z.enum(TSFD_DETERMINATIONS).nullable(),
    conditions: z.string(),
    determinedOn: z.string().nullable(),
  })
  .openapi('TsfdReview');

export const tsfdRequestView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    systemId: z.string(),
    systemName: z.string(),
    title: z.string(),
    summary: z.string(),
    technologyAreas: z.array(z.string()),
    preLorAssessmentOn: z.string(),
    preLorAssessmentReference: z.string(),
    priority: z.boolean(),
    priorityReason: z.string(),
    lorId: z.string().nullable(),
    caseId: z.string().nullable(),
    caseIdentifier: z.string().nullable(),
    status: z.enum(TSFD_STATUSES),
    statusLabel: z.string(),
    decidedOn: z.string().nullable(),
    withdrawnReason: z.string(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('TsfdRequestSummary');

export const tsfdRequestDetailView = tsfdRequestView
  .extend({
    reviews: z.array(tsfdReviewView),
    /** Anticipatory policies in force today for a group the partner belongs to, over the request's system or areas. */
    policies: z.array(tsfdPolicyView),
    /** What the LOA must carry in its TSFD note. */
    conditions: z.array(z.string()),
  })
  .openapi('TsfdRequest');

export const tsfdRequestListView = z.object({ items: z.array(tsfdRequestView), total: z.number() }).openapi('TsfdRequestList');
