import { z } from '@hono/zod-openapi';
import { ADVOCACY_ACTIONS, ADVOCACY_STATES } from './rules/advocacy.ts';
import { COMPETITION_STAGES, MILESTONES } from './rules/competition-stage.ts';
import { TECHNOLOGY_AREAS } from './rules/technology-areas.ts';
import { BRIEFING_POLICIES, COMPANY_SIZES, INQUIRY_CHANNELS, INQUIRY_OUTCOMES, SALE_CHANNELS, SALE_ROUTES } from './rules/vocabulary.ts';

const date = z.string().openapi({ format: 'date' });
const int = z.number().int();
const page = { total: int, limit: int, offset: int };
const linkedCase = z.object({
  id: z.string(),
  identifier: z.string().nullable().openapi({ description: 'Null when the case is withheld from you (it exists, masked)' }),
  title: z.string().nullable(),
  status: z.string(),
  partnerCode: z.string(),
  withheld: z.boolean(),
});
const company = z
  .object({ id: z.string(), name: z.string(), sizeCategory: z.enum(COMPANY_SIZES), cageCode: z.string().nullable() })
  .openapi('WeaponCompany');

export const systemView = z
  .object({
    id: z.string(),
    name: z.string(),
    sme: z.boolean(),
    mde: z.boolean(),
    technologyAreas: z.array(z.enum(TECHNOLOGY_AREAS)),
    productionNotes: z.string(),
    obsolescenceNotes: z.string(),
    exportPolicyNotes: z.string(),
    version: int,
    updatedAt: z.string(),
  })
  .openapi('WeaponSystemSummary');
export const systemListView = z.object({ items: z.array(systemView), ...page }).openapi('WeaponSystemList');
export const systemPageView = systemView
  .extend({
    concerning: z.object({
      inquiries: z.array(
        z.object({
          id: z.string(),
          reference: z.string(),
          partnerCode: z.string().nullable(),
          receivedOn: date,
          closedOn: date.nullable(),
          open: z.boolean(),
        }),
      ),
      advocacy: z.array(z.object({ id: z.string(), reference: z.string(), partnerCode: z.string(), state: z.enum(ADVOCACY_STATES) })),
      competitions: z.array(
        z.object({ id: z.string(), reference: z.string(), partnerCode: z.string(), title: z.string(), stage: z.enum(COMPETITION_STAGES) }),
      ),
      forecast: z.array(
        z.object({
          id: z.string(),
          partnerCode: z.string(),
          fiscalYear: int,
          description: z.string(),
          valueCents: int,
          likelihoodPercent: int,
        }),
      ),
      cases: z.array(linkedCase),
      tsfd: z.array(z.object({ id: z.string(), reference: z.string(), partnerCode: z.string(), statusLabel: z.string() })),
    }),
  })
  .openapi('WeaponSystem');

export const companyListView = z.object({ items: z.array(company) }).openapi('WeaponCompanyList');
export const companyView = company;
export const analystListView = z
  .object({ items: z.array(z.object({ id: z.string(), displayName: z.string(), username: z.string() })) })
  .openapi('WeaponAnalystList');

export const targetListView = z
  .object({
    items: z.array(z.object({ id: z.string(), effectiveFrom: date, days: int, source: z.string(), createdBy: z.string() })),
    inForce: z.object({ effectiveFrom: date, days: int }).nullable().openapi({ description: 'Null: no target set, no clock' }),
    source: z.string(),
  })
  .openapi('ResponseTargetList');

export const inquirySummaryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    company: z.string(),
    partnerCode: z.string().nullable(),
    system: z.string().nullable(),
    channel: z.enum(INQUIRY_CHANNELS),
    receivedOn: date,
    assignee: z.string().nullable(),
    firstResponseOn: date.nullable(),
    responseDueOn: date.nullable().openapi({ description: 'Null when no response-time target was in force on receipt' }),
    overdue: z.boolean(),
    closedOn: date.nullable(),
    outcome: z.enum(INQUIRY_OUTCOMES).nullable(),
  })
  .openapi('WeaponInquirySummary');
export const inquiryListView = z.object({ items: z.array(inquirySummaryView), ...page }).openapi('WeaponInquiryList');
export const inquiryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    company,
    contactName: z.string(),
    contactEmail: z.string(),
    partnerCode: z.string().nullable(),
    partnerName: z.string().nullable(),
    systemId: z.string().nullable(),
    system: z.string().nullable(),
    question: z.string(),
    channel: z.enum(INQUIRY_CHANNELS),
    receivedOn: date,
    assigneeId: z.string().nullable(),
    assignee: z.string().nullable(),
    targetDays: int.nullable(),
    responseDueOn: date.nullable(),
    overdue: z.boolean(),
    clockSource: z.string(),
    firstResponseOn: date.nullable(),
    responses: z.array(z.object({ id: z.string(), respondedOn: date, body: z.string(), author: z.string() })),
    cases: z.array(linkedCase),
    competitions: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string() })),
    advocacy: z.array(z.object({ id: z.string(), reference: z.string(), state: z.enum(ADVOCACY_STATES) })),
    closedOn: date.nullable(),
    outcome: z.enum(INQUIRY_OUTCOMES).nullable(),
    outcomeNote: z.string(),
    version: int,
    updatedAt: z.string(),
  })
  .openapi('WeaponInquiry');
export const inquiryFiguresView = z
  .object({
    quarters: z.array(
      z.object({
        quarter: z.string().openapi({ example: 'FY2026 Q2' }),
        received: int,
        answered: int,
        measured: int,
        withinTarget: int,
        overdue: int,
        withoutTarget: int,
        meanDaysToFirstResponse: z.number().nullable(),
        medianDaysToFirstResponse: z.number().nullable(),
      }),
    ),
    source: z.string(),
  })
  .openapi('WeaponInquiryFigures');

const questionnaire = {
  saleChannel: z.enum(SALE_CHANNELS).nullable(),
  valueCents: int.nullable(),
  usContentPercent: int.nullable(),
  bidderOfRecord: z.string(),
  licenceInformation: z.string(),
  assistanceRequested: z.string(),
  decisionDate: date.nullable(),
  decisionMaker: z.string(),
  competitors: z.array(z.string()),
};
export const advocacySummaryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    company: z.string(),
    system: z.string().nullable(),
    state: z.enum(ADVOCACY_STATES),
    saleChannel: z.enum(SALE_CHANNELS).nullable(),
    valueCents: int.nullable(),
    decisionDate: date.nullable(),
    updatedAt: z.string(),
  })
  .openapi('AdvocacySummary');
export const advocacyListView = z.object({ items: z.array(advocacySummaryView), ...page }).openapi('AdvocacyList');
export const advocacyView = z
  .object({
    id: z.string(),
    reference: z.string(),
    company,
    partnerCode: z.string(),
    partnerName: z.string(),
    systemId: z.string().nullable(),
    system: z.string().nullable(),
    competitionId: z.string().nullable(),
    competition: z.string().nullable(),
    state: z.enum(ADVOCACY_STATES),
    ...questionnaire,
    missing: z.array(z.object({ path: z.string(), message: z.string() })).openapi({ description: 'Questionnaire fields still empty' }),
    agreementOnFileOn: date.nullable(),
    dueDiligenceOn: date.nullable(),
    dueDiligenceFindings: z.string(),
    nationalInterestOn: date.nullable(),
    nationalInterestDetermination: z.string(),
    strategySetOn: date.nullable(),
    strategy: z.string(),
    endedOn: date.nullable(),
    endReason: z.string(),
    allowedActions: z.array(z.enum(ADVOCACY_ACTIONS)),
    source: z.string(),
    version: int,
    updatedAt: z.string(),
  })
  .openapi('AdvocacyRequest');

const bidder = z.object({ name: z.string(), us: z.boolean(), active: z.boolean() });
const milestone = z.object({ planned: date.nullable(), actual: date.nullable() });
export const competitionSummaryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    title: z.string(),
    system: z.string().nullable(),
    saleRoute: z.enum(SALE_ROUTES),
    stage: z.enum(COMPETITION_STAGES),
    activeUsBidders: int,
    singleOfferAdvocacy: z.boolean(),
    nextMilestone: z.object({ milestone: z.enum(MILESTONES), planned: date }).nullable(),
    updatedAt: z.string(),
  })
  .openapi('CompetitionSummary');
export const competitionListView = z.object({ items: z.array(competitionSummaryView), ...page }).openapi('CompetitionList');
export const competitionView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    partnerName: z.string(),
    systemId: z.string().nullable(),
    system: z.string().nullable(),
    title: z.string(),
    requirement: z.string(),
    saleRoute: z.enum(SALE_ROUTES),
    lorId: z.string().nullable(),
    lor: z.object({ id: z.string(), reference: z.string(), receivedOn: date.nullable() }).nullable(),
    bidders: z.array(bidder),
    briefingPolicy: z.enum(BRIEFING_POLICIES),
    neutralityNote: z.string(),
    singleOfferAdvocacy: z.boolean(),
    singleOfferBlockedBecause: z
      .string()
      .nullable()
      .openapi({ description: 'Why single-offer advocacy may not be marked now (null: it may)' }),
    neutralitySource: z.string(),
    milestones: z.object({ rfp: milestone, bids_due: milestone, down_select: milestone, award: milestone }),
    stage: z.enum(COMPETITION_STAGES),
    policyIssues: z.array(z.object({ issue: z.string(), raisedOn: date, resolution: z.string(), resolvedOn: date.nullable() })),
    outcome: z.string(),
    winner: z.string(),
    cancelledOn: date.nullable(),
    cases: z.array(linkedCase),
    advocacy: z.array(z.object({ id: z.string(), reference: z.string(), state: z.enum(ADVOCACY_STATES) })),
    version: int,
    updatedAt: z.string(),
  })
  .openapi('Competition');

export const forecastRowView = z
  .object({
    id: z.string(),
    partnerCode: z.string(),
    partnerName: z.string(),
    systemId: z.string().nullable(),
    system: z.string().nullable(),
    fiscalYear: int,
    description: z.string(),
    valueCents: int,
    highlyProbable: z.boolean(),
    likelihoodPercent: int,
    weightedCents: int,
    note: z.string(),
    version: int,
    updatedAt: z.string(),
  })
  .openapi('ForecastRow');
export const forecastListView = z
  .object({ items: z.array(forecastRowView), ...page, totalValueCents: int, totalWeightedCents: int, likelihoodSource: z.string() })
  .openapi('ForecastList');
export const forecastComparisonView = z
  .object({
    fiscalYear: int,
    from: date,
    to: date,
    partners: z.array(
      z.object({
        partnerCode: z.string(),
        forecastRows: int,
        forecastCents: int,
        weightedCents: int,
        offeredCases: int,
        offeredCents: int,
        acceptedCases: int,
        acceptedCents: int,
      }),
    ),
    source: z.string(),
  })
  .openapi('ForecastComparison');
export const forecastReportsView = z
  .object({
    items: z.array(z.object({ reportYear: int, dueOn: date, submittedOn: date, note: z.string(), submittedBy: z.string() })),
    next: z.object({ reportYear: int, dueOn: date, submitted: z.boolean() }),
    source: z.string(),
  })
  .openapi('ForecastReports');
