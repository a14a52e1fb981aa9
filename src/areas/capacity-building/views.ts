import { z } from '@hono/zod-openapi';
import { PURPOSES } from './rules/programs.ts';
import { PROPOSAL_ACTIONS, PROPOSAL_STATUSES } from './rules/proposal-status.ts';
import { CHECKLIST_ANSWERS, REVIEW_KINDS, REVIEW_STATUSES } from './rules/reviews.ts';

const date = z.string().openapi({ format: 'date' });
const cents = z.number().int();
const page = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };

const programCodeView = z.object({
  code: z.string(),
  fiscalYear: z.number().int().nullable(),
  semiPermanent: z.boolean(),
  source: z.string(),
});

export const programsView = z
  .object({
    programs: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        authority: z.string(),
        fundingSource: z.string().nullable(),
        requiresNotice: z.boolean(),
        active: z.boolean(),
        codes: z.array(programCodeView),
      }),
    ),
    purposes: z.array(z.object({ key: z.enum(PURPOSES), label: z.string() })),
    purposesSource: z.string(),
    noticePeriods: z.array(
      z.object({
        id: z.string(),
        effectiveFrom: date,
        effectiveTo: date.nullable(),
        days: z.number().int(),
        source: z.string(),
        verified: z.boolean(),
        enteredBy: z.string(),
        createdAt: z.string(),
      }),
    ),
    noticePeriodInForce: z.object({ days: z.number().int(), source: z.string(), verified: z.boolean() }).nullable(),
    noticePeriodMessage: z
      .string()
      .nullable()
      .openapi({ description: 'Why no notice period is in force today ([open]: administrator-entered)' }),
  })
  .openapi('CbPrograms');

export const checklistView = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        text: z.string(),
        kinds: z.array(z.string()),
        source: z.string(),
        position: z.number().int(),
        active: z.boolean(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('CbChecklist');

export const proposalSummaryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    programKey: z.string(),
    programName: z.string(),
    partnerCode: z.string(),
    partnerName: z.string(),
    title: z.string(),
    recipientUnit: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    fiscalYear: z.number().int(),
    costEstimateCents: cents,
    assessed: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('CbProposalSummary');

export const proposalListView = z.object({ items: z.array(proposalSummaryView), ...page }).openapi('CbProposalList');

const requestedItem = z.object({
  kind: z.enum(['equipment', 'training', 'services']),
  description: z.string(),
  quantity: z.number().int(),
  costCents: cents,
});

export const proposalView = z
  .object({
    id: z.string(),
    reference: z.string(),
    programKey: z.string(),
    partnerCode: z.string(),
    partnerName: z.string(),
    title: z.string(),
    recipientUnit: z.string(),
    purposes: z.array(z.string()),
    requirement: z.string(),
    capabilityGap: z.string(),
    requested: z.array(requestedItem),
    absorptiveCapacity: z.string(),
    sustainmentPlan: z.string(),
    deliverySchedule: z.string(),
    costEstimateCents: cents,
    constructionCents: cents,
    construction: z.object({ location: z.string(), title: z.string(), dd1391: z.string(), masterPlan: z.string() }).nullable(),
    fiscalYear: z.number().int(),
    appropriationId: z.string().nullable(),
    statedYear: z.number().int().nullable(),
    campaignPlanLinks: z.array(z.string()),
    assessment: z.object({ assessedOn: date, assessor: z.string(), baseline: z.string(), objectives: z.string() }).nullable(),
    status: z.enum(PROPOSAL_STATUSES),
    programCode: z.string().nullable(),
    firstObligationOn: date.nullable(),
    lastKeyArticleOn: date.nullable(),
    supportEndsOn: date.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    program: z.object({ key: z.string(), name: z.string(), authority: z.string(), requiresNotice: z.boolean() }).nullable(),
    programCodeInfo: programCodeView.nullable(),
    appropriation: z.object({ id: z.string(), name: z.string(), fiscalYear: z.number().int(), programCode: z.string() }).nullable(),
    constructionDecision: z.object({
      allowed: z.boolean(),
      needsDd1391: z.boolean(),
      reasons: z.array(z.object({ rule: z.string(), thresholdCents: cents, valueCents: cents, met: z.boolean(), source: z.string() })),
    }),
    noticeTiming: z.object({ earliestOn: date, source: z.string() }),
    missingNoticeContents: z.array(z.object({ field: z.string(), label: z.string() })),
    cancellation: z.object({ lastDay: date, cancelledFrom: date, closeBy: date, source: z.string(), cancelled: z.boolean() }).nullable(),
    supportPeriod: z
      .object({ startsOn: date, endsOn: date, rule: z.string(), source: z.string(), reasons: z.array(z.string()) })
      .nullable(),
    priorAssistance: z.array(
      z.object({
        fiscalYear: z.number().int(),
        obligatedCents: cents,
        programs: z.array(z.object({ programCode: z.string(), obligatedCents: cents })),
        bpcCasesImplemented: z.number().int(),
        bpcCasesValueCents: cents,
      }),
    ),
    notice: z
      .object({
        id: z.string(),
        kind: z.string(),
        transmittalNumber: z.string(),
        status: z.string(),
        formallyNotifiedOn: date.nullable(),
        reviewDays: z.number().int().nullable(),
        reviewEndsOn: date.nullable(),
        clearedOn: date.nullable(),
        withdrawnOn: date.nullable(),
      })
      .nullable(),
    cases: z.array(z.object({ id: z.string(), identifier: z.string(), status: z.string(), totalCents: cents })),
    moves: z.array(
      z.object({
        id: z.string(),
        proposalId: z.string(),
        action: z.string(),
        fromStatus: z.string(),
        toStatus: z.string(),
        onDate: date,
        reason: z.string(),
        actor: z.string(),
        createdAt: z.string(),
      }),
    ),
    allowedActions: z.array(z.enum(PROPOSAL_ACTIONS)),
  })
  .openapi('CbProposal');

export const reviewSummaryView = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseIdentifier: z.string(),
    partnerCode: z.string(),
    kind: z.enum(REVIEW_KINDS),
    trigger: z.string(),
    dueOn: date,
    status: z.enum(REVIEW_STATUSES),
    openActions: z.number().int(),
    overdueActions: z.number().int(),
    overdue: z.boolean(),
  })
  .openapi('CbReviewSummary');

export const reviewListView = z.object({ items: z.array(reviewSummaryView), ...page }).openapi('CbReviewList');

export const reviewView = z
  .object({
    id: z.string(),
    caseId: z.string(),
    partnerCode: z.string(),
    kind: z.enum(REVIEW_KINDS),
    trigger: z.string(),
    dueOn: date,
    status: z.enum(REVIEW_STATUSES),
    checklist: z.array(
      z.object({ itemId: z.string(), code: z.string(), text: z.string(), answer: z.enum(CHECKLIST_ANSWERS).nullable(), note: z.string() }),
    ),
    reviewer: z.string(),
    completedOn: date.nullable(),
    summary: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    case: z.object({ id: z.string(), identifier: z.string(), status: z.string(), type: z.string(), title: z.string() }),
    findings: z.array(
      z.object({
        id: z.string(),
        reviewId: z.string(),
        text: z.string(),
        severity: z.enum(['observation', 'deficiency']),
        createdAt: z.string(),
      }),
    ),
    actions: z.array(
      z.object({
        id: z.string(),
        reviewId: z.string(),
        findingId: z.string().nullable(),
        description: z.string(),
        owner: z.string(),
        dueOn: date,
        doneOn: date.nullable(),
        doneNote: z.string().nullable(),
        createdAt: z.string(),
        overdue: z.boolean(),
      }),
    ),
    closure: z.object({
      ready: z.boolean(),
      closeBy: date.nullable(),
      overdue: z.boolean(),
      reasons: z.array(z.string()),
      source: z.string(),
    }),
  })
  .openapi('CbReview');

export const closureBacklogView = z
  .object({
    source: z.string(),
    firstTrancheThroughFy: z.number().int(),
    groups: z.array(
      z.object({
        implementationFy: z.number().int(),
        cases: z.number().int(),
        bpc: z.number().int(),
        supplyComplete: z.number().int(),
        valueCents: cents,
        first: z.boolean(),
      }),
    ),
    oldest: z.array(
      z.object({
        id: z.string(),
        identifier: z.string(),
        partnerCode: z.string(),
        type: z.string(),
        status: z.string(),
        implementedOn: date,
        implementationFy: z.number().int(),
        first: z.boolean(),
      }),
    ),
  })
  .openapi('CbClosureBacklog');

export const fundingOptionsView = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        fiscalYear: z.number().int(),
        statedYear: z.number().int().nullable(),
        amountCents: cents,
        partnerCode: z.string().nullable(),
      }),
    ),
  })
  .openapi('CbFundingOptions');
