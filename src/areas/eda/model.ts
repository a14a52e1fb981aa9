import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { REQUEST_ACTIONS, REQUEST_STATUSES } from './rules/request-status.ts';
import { CONDITION_CODES } from './rules/tables.ts';

/** The EDA determination other tools send: the original acquisition value in whole US dollars. */
export const edaDeterminationInput = z
  .object({
    partnerCode: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT'),
    originalAcquisitionValue: z
      .number({ message: 'a number of whole US dollars' })
      .int('whole US dollars')
      .min(0, 'not negative')
      .max(Number.MAX_SAFE_INTEGER / 100)
      .openapi({ description: 'Original acquisition value of the articles transferred, whole US dollars', example: 7_000_000 }),
    sme: z.boolean({ message: 'true or false' }).openapi({ description: 'Significant military equipment' }),
    asOf: isoDate.optional().openapi({ description: 'Decide as of this date (default: today)', example: '2025-01-01' }),
  })
  .openapi('EdaDeterminationRequest');

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const wholeCents = z.number({ message: 'whole cents' }).int('whole cents').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);
const count = z.number({ message: 'a whole number' }).int('a whole number').min(1, 'at least 1').max(1_000_000);
const version = z.number({ message: 'the version you read' }).int().positive();
const reason = text.trim().min(1, 'give the reason').max(2000);
const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const createDeclarationInput = z
  .object({
    militaryDepartment: z.enum(['army', 'navy', 'air_force', 'marine_corps', 'other']),
    nsn: text.regex(/^\d{4}-?\d{2}-?\d{3}-?\d{4}$/, 'a national stock number, 13 digits (1234-56-789-0123)'),
    maslNumber: text.trim().min(1, 'the MASL number').max(13, 'at most 13 characters'),
    nomenclature: text.trim().min(1, 'what the articles are').max(300),
    quantity: count,
    serialNumbers: z.array(text.trim().min(1).max(60)).max(10_000).default([]),
    conditionCode: z.enum(CONDITION_CODES).openapi({ description: 'DLA condition code' }),
    unitAcquisitionValueCents: wholeCents.openapi({ description: 'Original acquisition value of one unit, in cents' }),
    location: text.trim().min(1, 'where the articles are').max(300),
    availableOn: isoDate,
    sme: z.boolean().default(false),
    mde: z.boolean().default(false),
    ship: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    if (d.serialNumbers.length > d.quantity)
      ctx.addIssue({ code: 'custom', path: ['serialNumbers'], message: `at most one serial number per article (${d.quantity})` });
    if (new Set(d.serialNumbers).size !== d.serialNumbers.length)
      ctx.addIssue({ code: 'custom', path: ['serialNumbers'], message: 'each serial number once' });
  })
  .openapi('CreateEdaDeclaration');
export type CreateDeclarationInput = z.input<typeof createDeclarationInput>;

export const declarationListQuery = z.object({ q: text.max(100).optional(), ...page });

export const createRequestInput = z
  .object({
    partnerCode: customerCode,
    declarationId: z.uuid({ message: 'a declaration id' }),
    authority: z.enum(['grant_516', 'sale_aeca_21']).openapi({ description: 'Grant under FAA 516 or sale under AECA 21' }),
    quantity: count,
    justification: text.trim().max(4000).default(''),
    pchtPaidBy: z
      .enum(['recipient', 'dod'])
      .openapi({ description: 'Who pays packing, crating, handling and transport (FAA 516(e)(1): not DoD for a grant)' }),
    agencyCode: text.trim().min(1).max(4).nullable().default(null).openapi({ description: 'The implementing agency' }),
  })
  .openapi('CreateEdaRequest');
export type CreateRequestInput = z.input<typeof createRequestInput>;

export const requestListQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  partner: customerCode.optional(),
  declarationId: z.uuid().optional(),
  q: text.max(100).optional(),
  ...page,
});

/** The terms a re-submission (or an edit before review) may change. */
const terms = {
  quantity: count.optional(),
  authority: z.enum(['grant_516', 'sale_aeca_21']).optional(),
  pchtPaidBy: z.enum(['recipient', 'dod']).optional(),
  noIndustryInitiative: z.boolean().optional(),
  noReadinessImpact: z.boolean().optional(),
  mtcrChecked: z.boolean().optional(),
  currentValuePercent: z.number().min(0).max(100).multipleOf(0.01, 'at most two decimals').optional(),
  currentValueReason: text.trim().min(1).max(2000).optional(),
};

export const updateRequestInput = z
  .object({
    version,
    justification: text.trim().max(4000).optional(),
    agencyCode: text.trim().min(1).max(4).nullable().optional(),
    ...terms,
  })
  .openapi('UpdateEdaRequest');

export const setValueInput = z
  .object({
    version,
    currentValuePercent: z
      .number({ message: 'a percentage' })
      .min(0)
      .max(100)
      .multipleOf(0.01, 'at most two decimals')
      .openapi({ description: 'Current value as % of original acquisition value (5–50)' }),
    reason: reason.openapi({ description: 'Why this share: age, condition, FMS sale value' }),
  })
  .openapi('SetEdaValue');

export const linkCaseInput = z
  .object({
    version,
    caseRef: text.trim().min(1).max(60).nullable().openapi({ description: 'The case id or identifier (PL-B-AAA); null unlinks' }),
  })
  .openapi('LinkEdaCase');

export const requestTransitionInput = z
  .object({
    version,
    action: z.enum(REQUEST_ACTIONS),
    date: isoDate.optional().openapi({ description: 'When it happened (default today)' }),
    reason: text.trim().max(2000).default(''),
    ccmdProposal: text.trim().max(4000).optional().openapi({ description: 'propose: the combatant command proposal' }),
    noIndustryInitiative: z.boolean().optional(),
    noReadinessImpact: z.boolean().optional(),
    mtcrChecked: z.boolean().optional(),
    reviewDueOn: isoDate.optional().openapi({ description: 'submit_for_review, resubmit: answers due by' }),
    changes: z.object(terms).optional().openapi({ description: 'resubmit: the terms changed' }),
    authorizedQuantity: count.optional(),
    authorizedValueCents: wholeCents.optional(),
  })
  .openapi('EdaRequestTransition');
export type RequestTransitionInput = z.input<typeof requestTransitionInput>;

export const reviewInput = z
  .object({
    version,
    officeCode: text.trim().min(1).max(40),
    decision: z.enum(['concur', 'object']),
    comments: text.trim().max(4000).default(''),
    date: isoDate.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.decision === 'object' && !r.comments)
      ctx.addIssue({ code: 'custom', path: ['comments'], message: 'an objection says what is objected to' });
  })
  .openapi('EdaReviewAnswer');

export const officeInput = z
  .object({
    code: text.regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'capitals, digits and underscores, e.g. TREASURY'),
    name: text.trim().min(1).max(200),
  })
  .openapi('CreateEdaReviewOffice');

export const ceilingQuery = z.object({ fiscalYear: z.coerce.number().int().min(1997).max(2200).optional() });
