import { z } from '@hono/zod-openapi';
import { orderedRange } from '../../platform/http/ranges.ts';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { CASE_ACTIONS, CASE_STATUSES, MILESTONES } from './rules/lifecycle.ts';
import { CASE_TYPES } from './rules/loa.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const cents = z.number().int('whole cents').min(0).max(Number.MAX_SAFE_INTEGER);
export const LOR_CHANNELS = ['embassy', 'security_cooperation_office', 'combatant_command', 'partner_direct', 'other'] as const;

export const createLorInput = z
  .object({
    partnerCode: customerCode,
    reference: text.trim().max(100).default(''),
    receivedOn: isoDate,
    channel: z.enum(LOR_CHANNELS),
    agencyCode: text
      .regex(/^[A-Z]$/, 'one letter, e.g. B (Army)')
      .nullable()
      .default(null),
    description: text.trim().min(1, 'say what the partner asks for').max(2000),
    requestedItems: text.max(10_000).default(''),
  })
  .openapi('CreateLetterOfRequest');

export const lorDecisionInput = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('actionable'), version: z.number().int().positive(), completeOn: isoDate }),
    z.object({
      decision: z.literal('returned'),
      version: z.number().int().positive(),
      reasons: text.trim().min(1, 'give the reasons').max(4000),
    }),
  ])
  .openapi('LetterOfRequestDecision');

export const createCaseInput = z
  .object({
    partnerCode: customerCode,
    agencyCode: text.regex(/^[A-Z]$/, 'one letter, e.g. B (Army)'),
    type: z.enum(CASE_TYPES),
    title: text.trim().min(1).max(300),
    fundingSources: z.array(text.trim().min(1).max(60)).min(1, 'at least one funding source').default(['national_funds']),
    caseManager: text.trim().max(120).default(''),
    lorId: z.uuid().nullable().default(null),
  })
  .openapi('CreateCase');

export const lineInput = z
  .object({
    lineNumber: text.regex(/^\d{3}$/, 'three digits, e.g. 001'),
    description: text.max(500),
    maslGenericCode: text.max(3).default(''),
    maslNumber: text.max(13).default(''),
    quantity: z.number().int().min(0),
    unitOfIssue: text.max(4).default('EA'),
    unitCostCents: cents,
    mde: z.boolean().default(false),
    sme: z.boolean().default(false),
    eeum: z.boolean().default(false),
    sourceOfSupply: text.max(10).default(''),
    deliveryPeriod: text.max(40).default(''),
    programOfRecord: z
      .boolean()
      .nullable()
      .default(null)
      .openapi({ description: 'Program of record (true) or NPOR (false), DSCA 21-50; null: not yet stated (flagged)' }),
    nporType: text
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'an NPOR type code from the administrator-kept list')
      .nullable()
      .default(null)
      .openapi({ description: 'For an NPOR line: its NPOR type (GET /weapons/npor-types)' }),
  })
  .refine((l) => l.nporType === null || l.programOfRecord === false, {
    path: ['nporType'],
    message: 'only an NPOR line (programOfRecord false) has an NPOR type',
  });

export const noteInput = z.object({
  code: text.trim().min(1).max(20),
  title: text.trim().min(1).max(200),
  text: text.max(20_000),
});
export const paymentInput = z.object({ dueDate: isoDate, amountCents: cents });

export const saveVersionInput = z
  .object({
    revision: z.number().int().positive().openapi({ description: 'The revision you read; a stale one is a 409' }),
    accessorialCents: cents.default(0),
    lines: z.array(lineInput).max(2000),
    notes: z.array(noteInput).max(200).default([]),
    paymentSchedule: z.array(paymentInput).max(200).default([]),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.lines.forEach((line, i) => {
      if (seen.has(line.lineNumber))
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'lineNumber'], message: `line ${line.lineNumber} appears twice` });
      seen.add(line.lineNumber);
    });
  })
  .openapi('SaveLoaVersion');

export const transitionInput = z
  .object({
    action: z.enum(CASE_ACTIONS),
    version: z.number().int().positive(),
    date: isoDate.optional().openapi({ description: 'When it happened (default today): acceptance date, offer date …' }),
    reason: text.trim().max(4000).optional().openapi({ description: 'Required to return or cancel, and to approve with an override' }),
    offerExpirationDate: isoDate.optional(),
    override: z
      .boolean()
      .default(false)
      .openapi({ description: 'Approve although an approval gate objects (e.g. review comments still open); needs `reason`, audited' }),
  })
  .openapi('CaseTransition');

export const revisionInput = z
  .object({
    kind: z.enum(['amendment', 'modification']),
    version: z.number().int().positive(),
    reason: text.trim().min(1, 'say what changes and why').max(4000),
  })
  .openapi('CreateLoaRevision');

export const issueRevisionInput = z
  .object({
    revision: z.number().int().positive(),
    effectiveOn: isoDate.openapi({ description: 'Purchaser acceptance (amendment) or implementation (modification) date' }),
  })
  .openapi('IssueLoaRevision');

export const milestoneInput = z
  .object({
    milestone: z.enum(MILESTONES),
    onDate: isoDate.nullable(),
    version: z.number().int().positive().openapi({ description: 'The case version you read; a stale one is a 409' }),
  })
  .openapi('SetMilestone');

const caseListFilters = z.object({
  q: text.max(100).optional().openapi({ description: 'Matches the case identifier or title' }),
  partner: customerCode.optional(),
  agency: text.regex(/^[A-Z]$/).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  type: z.enum(CASE_TYPES).optional(),
  minValueCents: z.coerce.number().int().min(0).optional(),
  maxValueCents: z.coerce.number().int().min(0).optional(),
  sort: z.enum(['identifier', 'partner', 'status', 'value', 'updated']).default('updated'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const caseListQuery = caseListFilters.superRefine(orderedRange('minValueCents', 'maxValueCents'));

export type CreateLorInput = z.input<typeof createLorInput>;
export type CreateCaseInput = z.input<typeof createCaseInput>;
export type SaveVersionInput = z.input<typeof saveVersionInput>;
export type TransitionInput = z.input<typeof transitionInput>;
export type CaseListQuery = z.input<typeof caseListQuery>;
