import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { exportProposals } from './exports.ts';
import {
  actionDoneInput,
  actionInput,
  assessmentInput,
  bpcCaseInput,
  checklistAnswersInput,
  checklistItemInput,
  completeReviewInput,
  createProgramInput,
  createProposalInput,
  createReviewInput,
  executionDatesInput,
  findingInput,
  fundingOptionsQuery,
  noticePeriodInput,
  programCodeInput,
  proposalListQuery,
  proposalTransitionInput,
  reviewListQuery,
  updateProposalInput,
} from './model.ts';
import { addChecklistItem, addNoticePeriod, addProgramCode, createProgram, listChecklistItems, listPrograms } from './program-service.ts';
import { createProposalCase, recordExecutionDates, transitionProposal } from './proposal-moves.ts';
import { createProposal, fundingOptions, getProposal, listProposals, recordAssessment, updateProposal } from './proposal-service.ts';
import {
  addAction,
  addFinding,
  answerChecklist,
  closureBacklog,
  completeAction,
  completeReview,
  createReview,
  getReview,
  listReviews,
} from './review-service.ts';
import {
  checklistView,
  closureBacklogView,
  fundingOptionsView,
  programsView,
  proposalListView,
  proposalView,
  reviewListView,
  reviewView,
} from './views.ts';

const tags = ['Section 333 and BPC'];
const id = z.object({
  id: text
    .min(1)
    .max(60)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Id (a proposal also by its reference, e.g. T10-FY2027-001)' }),
});
const programKey = z.object({
  key: text
    .min(1)
    .max(40)
    .openapi({ param: { name: 'key', in: 'path' } }),
});
const actionParams = id.extend({ actionId: z.uuid().openapi({ param: { name: 'actionId', in: 'path' } }) });
const backlogQuery = z.object({ partner: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code').optional() });

const router = createRouter();

for (const format of ['csv', 'xlsx'] as const) {
  router.openapi(
    createRoute({
      method: 'get',
      path: `/capacity-building/proposals/export.${format}`,
      tags,
      security,
      summary: `The proposal list as ${format.toUpperCase()} (same filters and scope as GET /capacity-building/proposals)`,
      request: { query: proposalListQuery },
      responses: { 200: downloadContent(format, 'Every matching proposal'), ...standardErrors },
    }),
    async (c) => {
      const out = await exportProposals(readDbOf(c), principal(c), c.req.valid('query'), format);
      return downloadResponse(out, format) as never;
    },
  );
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/programs',
    tags,
    security,
    summary: 'Title 10 programs with their program codes, the 333(a) purposes and the 333(e) notice period (administrator-entered)',
    responses: { 200: json(programsView, 'Programs'), ...standardErrors },
  }),
  async (c) => c.json(await listPrograms(dbOf(c), principal(c)), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/programs',
    tags,
    security,
    summary: 'Add a Title 10 program (administrators)',
    request: { body: jsonBody(createProgramInput) },
    responses: { 201: json(programsView, 'Added'), ...standardErrors },
  }),
  async (c) => c.json(await createProgram(dbOf(c), principal(c), c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/programs/{key}/codes',
    tags,
    security,
    summary: 'Add a program code (2–3 characters, used in place of the country code in BPC case identifiers; administrators)',
    request: { params: programKey, body: jsonBody(programCodeInput) },
    responses: { 201: json(programsView, 'Added'), ...standardErrors },
  }),
  async (c) => c.json(await addProgramCode(dbOf(c), principal(c), c.req.valid('param').key, c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/notice-periods',
    tags,
    security,
    summary: 'Enter the review period of 333(e) notices from a date, with its source ([open] in policy; administrators)',
    request: { body: jsonBody(noticePeriodInput) },
    responses: { 201: json(programsView, 'Entered'), ...standardErrors },
  }),
  async (c) => c.json(await addNoticePeriod(dbOf(c), principal(c), c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/funding-options',
    tags,
    security,
    summary: 'The appropriations (funds area) that may fund a proposal of the program for the partner',
    request: { query: fundingOptionsQuery },
    responses: { 200: json(fundingOptionsView, 'Appropriations'), ...standardErrors },
  }),
  async (c) => c.json(await fundingOptions(dbOf(c), principal(c), c.req.valid('query')), 200),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/checklist-items',
    tags,
    security,
    summary: 'The case-review checklist items',
    responses: { 200: json(checklistView, 'Checklist'), ...standardErrors },
  }),
  async (c) => c.json(await listChecklistItems(dbOf(c), principal(c)), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/checklist-items',
    tags,
    security,
    summary: 'Add a case-review checklist item for the review kinds it applies to (administrators)',
    request: { body: jsonBody(checklistItemInput) },
    responses: { 201: json(checklistView, 'Added'), ...standardErrors },
  }),
  async (c) => c.json(await addChecklistItem(dbOf(c), principal(c), c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/proposals',
    tags,
    security,
    summary: 'Title 10 program proposals within your scope, filtered',
    request: { query: proposalListQuery },
    responses: { 200: json(proposalListView, 'Proposals'), ...standardErrors },
  }),
  async (c) => c.json(await listProposals(dbOf(c), principal(c), c.req.valid('query')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/proposals',
    tags,
    security,
    summary: 'Propose a Title 10 program for a partner: unit, 333(a) purposes, requirement, items, cost, fiscal year and appropriation',
    request: { body: jsonBody(createProposalInput) },
    responses: { 201: json(proposalView, 'Proposed'), ...standardErrors },
  }),
  async (c) => c.json(await createProposal(dbOf(c), principal(c), c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/proposals/{id}',
    tags,
    security,
    summary: 'One proposal: money rules and dates, prior three years’ assistance, notice, BPC cases, history and next moves',
    request: { params: id },
    responses: { 200: json(proposalView, 'The proposal'), ...standardErrors },
  }),
  async (c) => c.json(await getProposal(dbOf(c), principal(c), c.req.valid('param').id), 200),
);
router.openapi(
  createRoute({
    method: 'patch',
    path: '/capacity-building/proposals/{id}',
    tags,
    security,
    summary: 'Change a proposal in development or returned for rework (version required)',
    request: { params: id, body: jsonBody(updateProposalInput) },
    responses: { 200: json(proposalView, 'Saved'), ...standardErrors },
  }),
  async (c) => c.json(await updateProposal(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/proposals/{id}/assessment',
    tags,
    security,
    summary: 'Record the AM&E initial assessment (required before the proposal goes forward)',
    request: { params: id, body: jsonBody(assessmentInput) },
    responses: { 200: json(proposalView, 'Recorded'), ...standardErrors },
  }),
  async (c) => c.json(await recordAssessment(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/proposals/{id}/transitions',
    tags,
    security,
    summary:
      'Move a proposal with the reason: submit, approve_osd, concur_state, notify (drafts the 333(e) notice), approve (after it is cleared), execute, complete, close, return, revise, withdraw',
    request: { params: id, body: jsonBody(proposalTransitionInput) },
    responses: { 200: json(proposalView, 'Moved'), ...standardErrors },
  }),
  async (c) => c.json(await transitionProposal(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/proposals/{id}/execution-dates',
    tags,
    security,
    summary: 'Record the first obligation and the last key article’s arrival: the 333(g)(2) support period follows',
    request: { params: id, body: jsonBody(executionDatesInput) },
    responses: { 200: json(proposalView, 'Recorded'), ...standardErrors },
  }),
  async (c) => c.json(await recordExecutionDates(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/proposals/{id}/cases',
    tags,
    security,
    summary: 'Create the BPC case of an approved proposal (pseudo-LOA: its lines, BPC notes, the program code in the identifier)',
    request: { params: id, body: jsonBody(bpcCaseInput) },
    responses: { 201: json(proposalView, 'Created'), ...standardErrors },
  }),
  async (c) => c.json(await createProposalCase(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/reviews',
    tags,
    security,
    summary: 'Case reviews within your scope (periodic and event-driven BPC reviews, annual FMS reviews)',
    request: { query: reviewListQuery },
    responses: { 200: json(reviewListView, 'Reviews'), ...standardErrors },
  }),
  async (c) => c.json(await listReviews(dbOf(c), principal(c), c.req.valid('query')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/reviews',
    tags,
    security,
    summary: 'Open a review of a case with the checklist in force for its kind',
    request: { body: jsonBody(createReviewInput) },
    responses: { 201: json(reviewView, 'Opened'), ...standardErrors },
  }),
  async (c) => c.json(await createReview(dbOf(c), principal(c), c.req.valid('json')), 201),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/reviews/{id}',
    tags,
    security,
    summary: 'One case review: checklist, findings, actions, closure readiness',
    request: { params: id },
    responses: { 200: json(reviewView, 'The review'), ...standardErrors },
  }),
  async (c) => c.json(await getReview(dbOf(c), principal(c), c.req.valid('param').id), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/reviews/{id}/answers',
    tags,
    security,
    summary: 'Answer checklist items',
    request: { params: id, body: jsonBody(checklistAnswersInput) },
    responses: { 200: json(reviewView, 'Answered'), ...standardErrors },
  }),
  async (c) => c.json(await answerChecklist(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/reviews/{id}/findings',
    tags,
    security,
    summary: 'Record a finding',
    request: { params: id, body: jsonBody(findingInput) },
    responses: { 200: json(reviewView, 'Recorded'), ...standardErrors },
  }),
  async (c) => c.json(await addFinding(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/reviews/{id}/actions',
    tags,
    security,
    summary: 'Assign an action with its owner and due date (a clock)',
    request: { params: id, body: jsonBody(actionInput) },
    responses: { 200: json(reviewView, 'Assigned'), ...standardErrors },
  }),
  async (c) => c.json(await addAction(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/reviews/{id}/actions/{actionId}/done',
    tags,
    security,
    summary: 'Mark an action done, with the date and a note',
    request: { params: actionParams, body: jsonBody(actionDoneInput) },
    responses: { 200: json(reviewView, 'Done'), ...standardErrors },
  }),
  async (c) => {
    const p = c.req.valid('param');
    return c.json(await completeAction(dbOf(c), principal(c), p.id, p.actionId, c.req.valid('json')), 200);
  },
);
router.openapi(
  createRoute({
    method: 'post',
    path: '/capacity-building/reviews/{id}/complete',
    tags,
    security,
    summary: 'Complete the review (every checklist item answered, every action done)',
    request: { params: id, body: jsonBody(completeReviewInput) },
    responses: { 200: json(reviewView, 'Completed'), ...standardErrors },
  }),
  async (c) => c.json(await completeReview(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
);
router.openapi(
  createRoute({
    method: 'get',
    path: '/capacity-building/closure-backlog',
    tags,
    security,
    summary: 'The closure backlog by implementation fiscal year, FY2017 or earlier first (DSCA 25-97)',
    request: { query: backlogQuery },
    responses: { 200: json(closureBacklogView, 'Backlog'), ...standardErrors },
  }),
  async (c) => c.json(await closureBacklog(dbOf(c), principal(c), c.req.valid('query')), 200),
);

export const capacityBuildingRoutes = router;
