import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { ADVOCACY_ACTIONS, ADVOCACY_STATES } from './rules/advocacy.ts';
import { COMPETITION_STAGES } from './rules/competition-stage.ts';
import { TECHNOLOGY_AREAS } from './rules/technology-areas.ts';
import { BRIEFING_POLICIES, COMPANY_SIZES, INQUIRY_CHANNELS, INQUIRY_OUTCOMES, SALE_CHANNELS, SALE_ROUTES } from './rules/vocabulary.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const cents = z.number({ message: 'whole cents' }).int('whole cents').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);
const line = (max: number) => text.trim().min(1, 'required').max(max);
const free = (max: number) => text.trim().max(max);
const version = z.number({ message: 'the version you read' }).int().positive();
const ref = z.uuid({ message: 'an id (UUID)' });
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const percent = z.number({ message: 'a whole percentage' }).int('a whole percentage').min(0, '0 to 100').max(100, '0 to 100');

// ---- Weapons systems -------------------------------------------------------------------------------------------------

const systemFields = z.object({
  name: line(200),
  sme: z.boolean().openapi({ description: 'Significant military equipment' }),
  mde: z.boolean().openapi({ description: 'Major defense equipment' }),
  technologyAreas: z
    .array(z.enum(TECHNOLOGY_AREAS))
    .max(TECHNOLOGY_AREAS.length)
    .refine((a) => new Set(a).size === a.length, 'each technology area once')
    .openapi({ description: 'The TSFD review processes the system involves (shared/domain.md §10)' }),
  productionNotes: free(8000).default(''),
  obsolescenceNotes: free(8000).default(''),
  exportPolicyNotes: free(8000).default(''),
});
export const createSystemInput = systemFields.openapi('CreateWeaponSystem');
export const updateSystemInput = systemFields.partial().extend({ version }).openapi('UpdateWeaponSystem');
export const systemListQuery = z.object({
  q: free(200).optional(),
  technologyArea: z.enum(TECHNOLOGY_AREAS).optional(),
  ...page,
});

// ---- Companies and inquiries ---------------------------------------------------------------------------------------

export const createCompanyInput = z
  .object({
    name: line(300),
    sizeCategory: z.enum(COMPANY_SIZES),
    cageCode: text
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{5}$/, 'a CAGE code: five letters or digits')
      .nullable()
      .default(null),
  })
  .openapi('CreateWeaponCompany');

export const createTargetInput = z
  .object({
    effectiveFrom: isoDate,
    days: z.number().int('whole calendar days').min(1, 'at least 1 day').max(365),
    source: line(500).openapi({ description: 'Who set it and on what authority (the source leaves the number open)' }),
  })
  .openapi('CreateResponseTarget');

export const createInquiryInput = z
  .object({
    companyId: ref,
    contactName: line(200),
    contactEmail: z.union([z.literal(''), z.email('an e-mail address')]).default(''),
    partnerCode: customerCode.nullable().default(null),
    systemId: ref.nullable().default(null),
    question: line(8000),
    channel: z.enum(INQUIRY_CHANNELS),
    receivedOn: isoDate,
    assigneeId: ref.nullable().default(null),
  })
  .openapi('CreateWeaponInquiry');

export const updateInquiryInput = z
  .object({
    version,
    assigneeId: ref.nullable().optional(),
    partnerCode: customerCode.nullable().optional(),
    systemId: ref.nullable().optional(),
    caseIds: z.array(ref).max(50).optional(),
    competitionIds: z.array(ref).max(50).optional(),
    advocacyIds: z.array(ref).max(50).optional(),
  })
  .openapi('UpdateWeaponInquiry');

export const inquiryResponseInput = z.object({ version, respondedOn: isoDate, body: line(8000) }).openapi('WeaponInquiryResponseInput');

export const closeInquiryInput = z
  .object({ version, closedOn: isoDate, outcome: z.enum(INQUIRY_OUTCOMES), outcomeNote: free(4000).default('') })
  .openapi('CloseWeaponInquiry');

export const INQUIRY_QUEUES = ['all', 'mine', 'unassigned', 'overdue', 'closed'] as const;
export const inquiryListQuery = z.object({
  queue: z.enum(INQUIRY_QUEUES).default('all'),
  partner: customerCode.optional(),
  system: ref.optional(),
  q: free(200).optional(),
  ...page,
});

// ---- Advocacy ------------------------------------------------------------------------------------------------------

const questionnaire = z.object({
  saleChannel: z.enum(SALE_CHANNELS).nullable().default(null),
  valueCents: cents.nullable().default(null),
  usContentPercent: percent.nullable().default(null).openapi({ description: 'U.S. content, percent of the value' }),
  bidderOfRecord: free(300).default(''),
  licenceInformation: free(2000).default(''),
  assistanceRequested: free(4000).default(''),
  decisionDate: isoDate.nullable().default(null),
  decisionMaker: free(300).default(''),
  competitors: z.array(line(200)).max(30).default([]),
});
export const createAdvocacyInput = questionnaire
  .extend({
    companyId: ref,
    partnerCode: customerCode,
    systemId: ref.nullable().default(null),
    competitionId: ref.nullable().default(null),
  })
  .openapi('CreateAdvocacyRequest');
export const updateAdvocacyInput = z
  .object({
    version,
    saleChannel: z.enum(SALE_CHANNELS).nullable(),
    valueCents: cents.nullable(),
    usContentPercent: percent.nullable(),
    bidderOfRecord: free(300),
    licenceInformation: free(2000),
    assistanceRequested: free(4000),
    decisionDate: isoDate.nullable(),
    decisionMaker: free(300),
    competitors: z.array(line(200)).max(30),
    systemId: ref.nullable(),
    competitionId: ref.nullable(),
  })
  .partial()
  .required({ version: true })
  .openapi('UpdateAdvocacyRequest');
export const advocacyMoveInput = z
  .object({
    version,
    action: z.enum(ADVOCACY_ACTIONS),
    on: isoDate.openapi({ description: 'The date of the step (agreement filed, due diligence done …)' }),
    reason: line(4000).openapi({ description: 'Why: recorded with the move in the audit log' }),
    text: free(8000)
      .default('')
      .openapi({ description: 'Due-diligence findings, the national-interest determination, or the strategy (by action)' }),
  })
  .openapi('AdvocacyMove');
export const advocacyListQuery = z.object({
  state: z.enum(ADVOCACY_STATES).optional(),
  partner: customerCode.optional(),
  system: ref.optional(),
  ...page,
});

// ---- Competitions --------------------------------------------------------------------------------------------------

const bidder = z.object({ name: line(200), us: z.boolean(), active: z.boolean() });
const policyIssue = z.object({
  issue: line(4000),
  raisedOn: isoDate,
  resolution: free(4000).default(''),
  resolvedOn: isoDate.nullable().default(null),
});
const milestone = z.object({ planned: isoDate.nullable().default(null), actual: isoDate.nullable().default(null) });
const milestones = z.object({ rfp: milestone, bids_due: milestone, down_select: milestone, award: milestone });
const competitionFields = z.object({
  systemId: ref.nullable().default(null),
  title: line(300),
  requirement: line(8000),
  saleRoute: z.enum(SALE_ROUTES).openapi({ description: 'FMS, DCS or both (eSAMM C4.3.1)' }),
  lorId: ref
    .nullable()
    .default(null)
    .openapi({ description: 'The LOR (cases area): a foreign solicitation through proper channels is an LOR' }),
  bidders: z.array(bidder).max(40).default([]),
  briefingPolicy: z.enum(BRIEFING_POLICIES).openapi({ description: 'U.S. staff attend all U.S. bidders’ briefings, or none' }),
  neutralityNote: free(4000).default(''),
  milestones: milestones.default({
    rfp: { planned: null, actual: null },
    bids_due: { planned: null, actual: null },
    down_select: { planned: null, actual: null },
    award: { planned: null, actual: null },
  }),
  policyIssues: z.array(policyIssue).max(50).default([]),
  outcome: free(4000).default(''),
  winner: free(300).default(''),
  cancelledOn: isoDate.nullable().default(null),
  caseIds: z.array(ref).max(50).default([]).openapi({ description: 'The cases that resulted' }),
});
export const createCompetitionInput = competitionFields.extend({ partnerCode: customerCode }).openapi('CreateCompetition');
export const updateCompetitionInput = z
  .object({
    version,
    systemId: ref.nullable(),
    title: line(300),
    requirement: line(8000),
    saleRoute: z.enum(SALE_ROUTES),
    lorId: ref.nullable(),
    bidders: z.array(bidder).max(40),
    briefingPolicy: z.enum(BRIEFING_POLICIES),
    neutralityNote: free(4000),
    milestones,
    policyIssues: z.array(policyIssue).max(50),
    outcome: free(4000),
    winner: free(300),
    cancelledOn: isoDate.nullable(),
    caseIds: z.array(ref).max(50),
    singleOfferAdvocacy: z
      .boolean()
      .openapi({ description: 'Advocate a single offer: only while exactly one U.S. bidder is active (409 otherwise)' }),
  })
  .partial()
  .required({ version: true })
  .openapi('UpdateCompetition');
export const competitionListQuery = z.object({
  stage: z.enum(COMPETITION_STAGES).optional(),
  partner: customerCode.optional(),
  system: ref.optional(),
  ...page,
});

// ---- Forecast ------------------------------------------------------------------------------------------------------

const fiscalYear = z.number({ message: 'a fiscal year' }).int().min(2000, 'from 2000').max(2100, 'to 2100');
export const createForecastInput = z
  .object({
    partnerCode: customerCode,
    systemId: ref.nullable().default(null),
    fiscalYear,
    description: line(500),
    valueCents: cents,
    highlyProbable: z.boolean().default(false).openapi({ description: '"Highly probable" = 90% (SAMM C14.1.3)' }),
    likelihoodPercent: percent.nullable().default(null).openapi({ description: 'Required unless highly probable' }),
    note: free(2000).default(''),
  })
  .superRefine((v, ctx) => {
    if (!v.highlyProbable && v.likelihoodPercent === null)
      ctx.addIssue({ code: 'custom', path: ['likelihoodPercent'], message: 'a percentage, unless the sale is highly probable (90%)' });
  })
  .openapi('CreateForecastRow');
export const updateForecastInput = z
  .object({
    version,
    systemId: ref.nullable(),
    fiscalYear,
    description: line(500),
    valueCents: cents,
    highlyProbable: z.boolean(),
    likelihoodPercent: percent.nullable(),
    note: free(2000),
  })
  .partial()
  .required({ version: true })
  .openapi('UpdateForecastRow');
export const forecastListQuery = z.object({
  partner: customerCode.optional(),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  system: ref.optional(),
  ...page,
});
export const forecastComparisonQuery = z.object({
  fiscalYear: z.coerce
    .number({ message: 'a fiscal year' })
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .openapi({ description: 'Default: the current fiscal year' }),
  partner: customerCode.optional(),
});
export const forecastReportInput = z
  .object({ reportYear: z.number().int().min(2000).max(2100), submittedOn: isoDate, note: free(2000).default('') })
  .openapi('ForecastReportSubmission');
