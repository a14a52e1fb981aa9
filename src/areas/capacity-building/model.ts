import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { CONSTRUCTION_LIMIT_CENTS } from './rules/fund-rules.ts';
import { PURPOSES } from './rules/programs.ts';
import { PROPOSAL_ACTIONS, PROPOSAL_STATUSES } from './rules/proposal-status.ts';
import { CHECKLIST_ANSWERS, REVIEW_KINDS } from './rules/reviews.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const programCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a program code of 2–3 capital letters or digits, such as DU');
const cents = z.number({ message: 'whole cents' }).int('whole cents').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);
const positiveCents = cents.min(1, 'more than zero');
const line = (max: number) => text.trim().min(1, 'required').max(max);
const prose = (max: number) => text.trim().max(max);
const version = z.number({ message: 'the version you read' }).int().positive();
const fiscalYear = z.number({ message: 'a fiscal year' }).int('a fiscal year').min(1900).max(2200);
const limit = z.coerce.number().int().min(1).max(200).default(50);
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0);

export const createProgramInput = z
  .object({
    key: text.regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _ (e.g. section_1226)'),
    name: line(200),
    authority: line(300),
    fundingSource: text.trim().max(60).nullable().default(null).openapi({ description: 'A funding source key of cases (FUNDING_SOURCES)' }),
    requiresNotice: z.boolean().default(false),
  })
  .openapi('CreateCbProgram');

export const programCodeInput = z
  .object({
    code: programCode,
    fiscalYear: fiscalYear.nullable().default(null),
    semiPermanent: z.boolean().default(false),
    source: line(500),
  })
  .openapi('CbProgramCodeInput');

export const noticePeriodInput = z
  .object({
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().default(null),
    days: z.number().int('whole days').min(1, 'at least 1 day').max(365),
    source: line(500),
    verified: z.boolean().default(false),
  })
  .refine((v) => v.effectiveTo === null || v.effectiveTo >= v.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'on or after effectiveFrom',
  })
  .openapi('CbNoticePeriodInput');

const requestedItem = z.object({
  kind: z.enum(['equipment', 'training', 'services']),
  description: line(500),
  quantity: z.number().int('a whole number').min(1, 'at least 1').max(10_000_000),
  costCents: cents,
  maslGenericCode: text.regex(/^[A-Z0-9]{3}$/, 'the 3-character MASL generic code (SAMM Fig C5.F24)').optional(),
  maslNumber: text.regex(/^[A-Z0-9]{13}$/, 'the 13-character MASL number (SAMM Fig C5.F24)').optional(),
});

const constructionDetails = z.object({
  location: line(300),
  title: line(300),
  dd1391: line(4000).openapi({ description: 'The DD Form 1391 data (or its reference)' }),
  masterPlan: line(4000).openapi({ description: 'The 5-year master plan' }),
});

const proposalFields = z.object({
  title: line(300),
  recipientUnit: line(300).openapi({ description: '333(e): the unit that will receive the assistance' }),
  purposes: z
    .array(z.enum(PURPOSES))
    .min(1, 'at least one 10 U.S.C. 333(a) purpose')
    .max(PURPOSES.length)
    .refine((v) => new Set(v).size === v.length, 'each purpose once'),
  requirement: line(8000),
  capabilityGap: line(8000),
  requested: z.array(requestedItem).min(1, 'at least one item of equipment, training or services').max(200),
  absorptiveCapacity: prose(8000).default(''),
  sustainmentPlan: prose(8000).default(''),
  deliverySchedule: prose(4000).default(''),
  costEstimateCents: positiveCents,
  constructionCents: cents.max(CONSTRUCTION_LIMIT_CENTS, 'small-scale construction is at most $2,000,000 (DSCA 25-03)').default(0),
  construction: constructionDetails.nullable().default(null),
  fiscalYear,
  appropriationId: z.uuid().nullable().default(null),
  campaignPlanLinks: z.array(line(500)).max(20).default([]),
  programCode: programCode.nullable().default(null),
});

function checkMoney(
  v: { costEstimateCents?: number; constructionCents?: number; requested?: { costCents: number }[] },
  ctx: z.RefinementCtx,
) {
  if (v.constructionCents !== undefined && v.costEstimateCents !== undefined && v.constructionCents > v.costEstimateCents)
    ctx.addIssue({ code: 'custom', path: ['constructionCents'], message: 'part of the cost estimate, so not more than it' });
  if (v.requested && v.costEstimateCents !== undefined) {
    const sum = v.requested.reduce((s, r) => s + r.costCents, 0);
    if (sum > v.costEstimateCents)
      ctx.addIssue({ code: 'custom', path: ['requested'], message: `the items cost ${sum} cents, more than the estimate` });
  }
}

export const createProposalInput = proposalFields
  .extend({ programKey: line(40), partnerCode: customerCode })
  .superRefine(checkMoney)
  .openapi('CreateCbProposal');

export const updateProposalInput = proposalFields.partial().extend({ version }).superRefine(checkMoney).openapi('UpdateCbProposal');

export const assessmentInput = z
  .object({
    version,
    assessedOn: isoDate,
    assessor: line(200),
    baseline: line(8000).openapi({ description: 'The baseline of the partner unit’s capability' }),
    objectives: line(8000).openapi({ description: 'The objectives and how they will be monitored and evaluated' }),
  })
  .openapi('CbAssessmentInput');

export const proposalTransitionInput = z
  .object({
    action: z.enum(PROPOSAL_ACTIONS),
    version,
    onDate: isoDate.optional().openapi({ description: 'When it happened (default today)' }),
    reason: line(4000).openapi({ description: 'Why: every move is audited with its reason' }),
  })
  .openapi('CbProposalTransition');

export const executionDatesInput = z
  .object({
    version,
    firstObligationOn: isoDate.nullable(),
    lastKeyArticleOn: isoDate.nullable().default(null),
  })
  .refine((v) => v.lastKeyArticleOn === null || (v.firstObligationOn !== null && v.lastKeyArticleOn >= v.firstObligationOn), {
    path: ['lastKeyArticleOn'],
    message: 'on or after the first obligation',
  })
  .openapi('CbExecutionDates');

export const bpcCaseInput = z
  .object({
    version,
    agencyCode: text.regex(/^[A-Z]$/, 'one letter, e.g. B (Army)'),
    title: line(300).optional(),
    caseManager: prose(120).default(''),
  })
  .openapi('CbCreateBpcCase');

export const proposalListQuery = z.object({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  partner: customerCode.optional(),
  program: text.max(40).optional(),
  waiting: z
    .enum(['true'])
    .optional()
    .openapi({ description: 'Only those awaiting the program office: in development, returned, or approved (BPC case and execution)' }),
  q: text.trim().max(200).optional(),
  limit,
  offset,
});

export const checklistItemInput = z
  .object({
    code: text.regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/, 'capital letters, digits, . and -, e.g. BPC-01'),
    text: line(1000),
    kinds: z.array(z.enum(REVIEW_KINDS)).min(1, 'at least one review kind'),
    source: prose(500).default(''),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .openapi('CbChecklistItemInput');

export const createReviewInput = z
  .object({
    caseId: text.trim().min(1).max(60).openapi({ description: 'The case reviewed: its id or identifier (e.g. DU-B-AAA)' }),
    kind: z.enum(REVIEW_KINDS),
    trigger: line(1000).openapi({ description: 'The event that prompted it, or the period reviewed' }),
    dueOn: isoDate,
  })
  .openapi('CbCreateReview');

export const checklistAnswersInput = z
  .object({
    version,
    answers: z
      .array(z.object({ itemId: z.uuid(), answer: z.enum(CHECKLIST_ANSWERS), note: prose(2000).default('') }))
      .min(1)
      .max(200),
  })
  .openapi('CbChecklistAnswers');

export const findingInput = z
  .object({ version, text: line(4000), severity: z.enum(['observation', 'deficiency']) })
  .openapi('CbFindingInput');

export const actionInput = z
  .object({ version, description: line(2000), owner: line(200), dueOn: isoDate, findingId: z.uuid().nullable().default(null) })
  .openapi('CbActionInput');

export const actionDoneInput = z.object({ version, doneOn: isoDate, note: line(2000) }).openapi('CbActionDone');

export const completeReviewInput = z.object({ version, completedOn: isoDate, summary: line(8000) }).openapi('CbCompleteReview');

export const reviewListQuery = z.object({
  status: z.enum(['open', 'complete']).optional(),
  kind: z.enum(REVIEW_KINDS).optional(),
  partner: customerCode.optional(),
  caseId: z.uuid().optional(),
  overdue: z.enum(['true']).optional().openapi({ description: 'Only open reviews past their due date' }),
  limit,
  offset,
});

export const fundingOptionsQuery = z.object({
  program: text.min(1).max(40).default('section_333').openapi({ description: 'The program key (default section_333)' }),
  partner: customerCode
    .optional()
    .openapi({ description: 'The partner; without it, the money of partners in your scope and program-wide' }),
  fiscalYear: z.coerce.number().int().min(1900).max(2200).optional(),
});
