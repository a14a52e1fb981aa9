import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { createAdvocacy, getAdvocacy, listAdvocacy, moveAdvocacyRequest, updateAdvocacy } from './advocacy-service.ts';
import { createCompetition, getCompetition, listCompetitions, updateCompetition } from './competition-service.ts';
import { exportForecast } from './exports.ts';
import {
  createForecastRow,
  deleteForecastRow,
  forecastComparison,
  listForecast,
  listForecastReports,
  submitForecastReport,
  updateForecastRow,
} from './forecast-service.ts';
import {
  closeInquiry,
  createCompany,
  createInquiry,
  createTarget,
  getInquiry,
  inquiryFigures,
  listAnalysts,
  listCompanies,
  listInquiries,
  listTargets,
  respondToInquiry,
  updateInquiry,
} from './inquiry-service.ts';
import {
  advocacyListQuery,
  advocacyMoveInput,
  closeInquiryInput,
  competitionListQuery,
  createAdvocacyInput,
  createCompanyInput,
  createCompetitionInput,
  createForecastInput,
  createInquiryInput,
  createSystemInput,
  createTargetInput,
  forecastComparisonQuery,
  forecastListQuery,
  forecastReportInput,
  inquiryListQuery,
  inquiryResponseInput,
  systemListQuery,
  updateAdvocacyInput,
  updateCompetitionInput,
  updateForecastInput,
  updateInquiryInput,
  updateSystemInput,
} from './model.ts';
import { createSystem, getSystem, listSystems, updateSystem } from './systems-service.ts';
import {
  advocacyListView,
  advocacyView,
  analystListView,
  companyListView,
  companyView,
  competitionListView,
  competitionView,
  forecastComparisonView,
  forecastListView,
  forecastReportsView,
  forecastRowView,
  inquiryFiguresView,
  inquiryListView,
  inquiryView,
  systemListView,
  systemPageView,
  targetListView,
} from './views.ts';

const tags = ['Weapons'];
const idParam = (description: string) =>
  z.object({
    id: text
      .min(1)
      .max(60)
      .openapi({ param: { name: 'id', in: 'path' }, description }),
  });
const systemId = idParam('Weapons system id');
const inquiryId = idParam('Inquiry id or reference (INQ-2026-001)');
const advocacyId = idParam('Advocacy request id or reference (ADV-2026-001)');
const competitionId = idParam('Competition id or reference');
const forecastId = idParam('Forecast row id');
const versionQuery = z.object({
  version: z.coerce.number().int().positive().optional().openapi({ description: 'The version you read (required)' }),
});

const exportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  exportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/weapons/forecast/export.${format}`,
      tags,
      security,
      summary: `The sales forecast as ${format.toUpperCase()} (SAMM C14.1.3; same filters and scope as GET /weapons/forecast)`,
      request: { query: forecastListQuery },
      responses: { 200: downloadContent(format, 'Every matching forecast row'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportForecast(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

const catalogue = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/systems',
      tags,
      security,
      summary: 'The weapons systems catalogue',
      request: { query: systemListQuery },
      responses: { 200: json(systemListView, 'Systems'), ...standardErrors },
    }),
    async (c) => c.json(await listSystems(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/systems',
      tags,
      security,
      summary: 'Add a weapons system (administrators and weapons writers)',
      request: { body: jsonBody(createSystemInput) },
      responses: { 201: json(systemPageView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await createSystem(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/systems/{id}',
      tags,
      security,
      summary: 'One system and the records that concern it, in your scope',
      request: { params: systemId },
      responses: { 200: json(systemPageView, 'The system'), ...standardErrors },
    }),
    async (c) => c.json(await getSystem(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/weapons/systems/{id}',
      tags,
      security,
      summary: 'Change a system (version required)',
      request: { params: systemId, body: jsonBody(updateSystemInput) },
      responses: { 200: json(systemPageView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateSystem(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/companies',
      tags,
      security,
      summary: 'Companies known to the ombudsman',
      responses: { 200: json(companyListView, 'Companies'), ...standardErrors },
    }),
    async (c) => c.json(await listCompanies(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/companies',
      tags,
      security,
      summary: 'Record a company: name, size category, CAGE code (five letters or digits)',
      request: { body: jsonBody(createCompanyInput) },
      responses: { 201: json(companyView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createCompany(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/analysts',
      tags,
      security,
      summary: 'Who an inquiry may be assigned to',
      responses: { 200: json(analystListView, 'Analysts'), ...standardErrors },
    }),
    async (c) => c.json(await listAnalysts(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/response-targets',
      tags,
      security,
      summary: 'The ombudsman’s response-time targets (dated; none set: no clock)',
      responses: { 200: json(targetListView, 'Targets'), ...standardErrors },
    }),
    async (c) => c.json(await listTargets(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/response-targets',
      tags,
      security,
      summary: 'Set a response-time target from a date (administrators; the source leaves the number open)',
      request: { body: jsonBody(createTargetInput) },
      responses: { 201: json(targetListView, 'Set'), ...standardErrors },
    }),
    async (c) => c.json(await createTarget(dbOf(c), principal(c), c.req.valid('json')), 201),
  );

const inquiries = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/inquiries/figures',
      tags,
      security,
      summary: 'Response-time figures by fiscal quarter received, over the inquiries in your scope',
      responses: { 200: json(inquiryFiguresView, 'Figures'), ...standardErrors },
    }),
    async (c) => c.json(await inquiryFigures(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/inquiries',
      tags,
      security,
      summary: 'Industry inquiries: all, mine, unassigned, overdue or closed',
      request: { query: inquiryListQuery },
      responses: { 200: json(inquiryListView, 'Inquiries'), ...standardErrors },
    }),
    async (c) => c.json(await listInquiries(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/inquiries',
      tags,
      security,
      summary: 'Record an industry inquiry',
      request: { body: jsonBody(createInquiryInput) },
      responses: { 201: json(inquiryView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createInquiry(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/inquiries/{id}',
      tags,
      security,
      summary: 'One inquiry: thread, clock, links',
      request: { params: inquiryId },
      responses: { 200: json(inquiryView, 'The inquiry'), ...standardErrors },
    }),
    async (c) => c.json(await getInquiry(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/weapons/inquiries/{id}',
      tags,
      security,
      summary: 'Assign an inquiry, name its partner or system, link cases, competitions and advocacy requests',
      request: { params: inquiryId, body: jsonBody(updateInquiryInput) },
      responses: { 200: json(inquiryView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateInquiry(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/inquiries/{id}/responses',
      tags,
      security,
      summary: 'Add a response to the thread (the first stops the clock)',
      request: { params: inquiryId, body: jsonBody(inquiryResponseInput) },
      responses: { 200: json(inquiryView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await respondToInquiry(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/inquiries/{id}/closure',
      tags,
      security,
      summary: 'Close an inquiry with its outcome',
      request: { params: inquiryId, body: jsonBody(closeInquiryInput) },
      responses: { 200: json(inquiryView, 'Closed'), ...standardErrors },
    }),
    async (c) => c.json(await closeInquiry(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

const advocacy = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/advocacy',
      tags,
      security,
      summary: 'Advocacy requests (Commerce Advocacy Center, EO 13630) in your scope',
      request: { query: advocacyListQuery },
      responses: { 200: json(advocacyListView, 'Requests'), ...standardErrors },
    }),
    async (c) => c.json(await listAdvocacy(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/advocacy',
      tags,
      security,
      summary: 'Open an advocacy request with its questionnaire',
      request: { body: jsonBody(createAdvocacyInput) },
      responses: { 201: json(advocacyView, 'Opened'), ...standardErrors },
    }),
    async (c) => c.json(await createAdvocacy(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/advocacy/{id}',
      tags,
      security,
      summary: 'One advocacy request',
      request: { params: advocacyId },
      responses: { 200: json(advocacyView, 'The request'), ...standardErrors },
    }),
    async (c) => c.json(await getAdvocacy(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/weapons/advocacy/{id}',
      tags,
      security,
      summary: 'Complete the questionnaire (until the agreement is filed)',
      request: { params: advocacyId, body: jsonBody(updateAdvocacyInput) },
      responses: { 200: json(advocacyView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateAdvocacy(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/advocacy/{id}/moves',
      tags,
      security,
      summary:
        'The next step, in order: file the anti-bribery agreement, due diligence, national-interest determination, strategy; or decline, withdraw (409 out of order)',
      request: { params: advocacyId, body: jsonBody(advocacyMoveInput) },
      responses: { 200: json(advocacyView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await moveAdvocacyRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

const competitions = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/competitions',
      tags,
      security,
      summary: 'International competitions in your scope, by stage',
      request: { query: competitionListQuery },
      responses: { 200: json(competitionListView, 'Competitions'), ...standardErrors },
    }),
    async (c) => c.json(await listCompetitions(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/competitions',
      tags,
      security,
      summary: 'Record a partner’s competition',
      request: { body: jsonBody(createCompetitionInput) },
      responses: { 201: json(competitionView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createCompetition(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/competitions/{id}',
      tags,
      security,
      summary: 'One competition',
      request: { params: competitionId },
      responses: { 200: json(competitionView, 'The competition'), ...standardErrors },
    }),
    async (c) => c.json(await getCompetition(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/weapons/competitions/{id}',
      tags,
      security,
      summary:
        'Change a competition: bidders, milestones, policy issues, outcome, cases; single-offer advocacy only while one U.S. bidder is active (409 naming the neutrality rule)',
      request: { params: competitionId, body: jsonBody(updateCompetitionInput) },
      responses: { 200: json(competitionView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateCompetition(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

const forecast = createRouter()
  .route('/', exportRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/forecast/comparison',
      tags,
      security,
      summary: 'A fiscal year’s forecast against the basic LOAs offered and accepted in it, by partner',
      request: { query: forecastComparisonQuery },
      responses: { 200: json(forecastComparisonView, 'Comparison'), ...standardErrors },
    }),
    async (c) => c.json(await forecastComparison(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/forecast/reports',
      tags,
      security,
      summary: 'The annual forecast reports (due 1 February) recorded as sent',
      responses: { 200: json(forecastReportsView, 'Reports'), ...standardErrors },
    }),
    async (c) => c.json(await listForecastReports(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/forecast/reports',
      tags,
      security,
      summary: 'Record the year’s forecast report as sent (its clock stops)',
      request: { body: jsonBody(forecastReportInput) },
      responses: { 201: json(forecastReportsView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await submitForecastReport(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/forecast',
      tags,
      security,
      summary: 'The sales forecast (SAMM C14.1.3) in your scope',
      request: { query: forecastListQuery },
      responses: { 200: json(forecastListView, 'Forecast'), ...standardErrors },
    }),
    async (c) => c.json(await listForecast(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/forecast',
      tags,
      security,
      summary: 'Add an expected case to the forecast ("highly probable" = 90%, else a percentage)',
      request: { body: jsonBody(createForecastInput) },
      responses: { 201: json(forecastRowView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await createForecastRow(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/weapons/forecast/{id}',
      tags,
      security,
      summary: 'Change a forecast row (version required)',
      request: { params: forecastId, body: jsonBody(updateForecastInput) },
      responses: { 200: json(forecastRowView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateForecastRow(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/weapons/forecast/{id}',
      tags,
      security,
      summary: 'Remove a forecast row (version required)',
      request: { params: forecastId, query: versionQuery },
      responses: { 204: { description: 'Removed' }, ...standardErrors },
    }),
    async (c) => {
      await deleteForecastRow(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  );

export const weaponsRoutes = createRouter()
  .route('/', catalogue)
  .route('/', inquiries)
  .route('/', advocacy)
  .route('/', competitions)
  .route('/', forecast);
