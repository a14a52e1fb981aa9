// The capacity-building part of the typed API client: request and response types come from the generated OpenAPI schema.
import { fileUrl, withoutPage } from '../../api/file-url.ts';
import { http, unwrap } from '../../api/http.ts';
import type { Query, S } from '../../api/schema-types.ts';

export type Programs = S['CbPrograms'];
export type Proposal = S['CbProposal'];
export type ProposalList = S['CbProposalList'];
export type ProposalSummary = S['CbProposalSummary'];
export type ProposalStatus = Proposal['status'];
export type ProposalAction = S['CbProposalTransition']['action'];
export type CreateProposal = S['CreateCbProposal'];
export type Review = S['CbReview'];
export type ReviewList = S['CbReviewList'];
export type ReviewSummary = S['CbReviewSummary'];
export type ReviewKind = Review['kind'];
export type ClosureBacklog = S['CbClosureBacklog'];
export type FundingOptions = S['CbFundingOptions'];

export type ProposalQuery = Query<'/capacity-building/proposals'>;
export type ReviewQuery = Query<'/capacity-building/reviews'>;

export const cbApi = {
  programs: (signal?: AbortSignal) => unwrap(http.GET('/capacity-building/programs', { signal })),
  /** The appropriations (funds area) that may fund a proposal of the program for the partner. */
  fundingOptions: (program: string, partner: string, signal?: AbortSignal) =>
    unwrap(http.GET('/capacity-building/funding-options', { params: { query: { program, partner } }, signal })),
  list: (query: ProposalQuery, signal?: AbortSignal) => unwrap(http.GET('/capacity-building/proposals', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => unwrap(http.GET('/capacity-building/proposals/{id}', { params: { path: { id } }, signal })),
  create: (input: CreateProposal) => unwrap(http.POST('/capacity-building/proposals', { body: input })),
  assess: (id: string, input: S['CbAssessmentInput']) =>
    unwrap(http.POST('/capacity-building/proposals/{id}/assessment', { params: { path: { id } }, body: input })),
  transition: (id: string, input: S['CbProposalTransition']) =>
    unwrap(http.POST('/capacity-building/proposals/{id}/transitions', { params: { path: { id } }, body: input })),
  executionDates: (id: string, input: S['CbExecutionDates']) =>
    unwrap(http.POST('/capacity-building/proposals/{id}/execution-dates', { params: { path: { id } }, body: input })),
  createCase: (id: string, input: S['CbCreateBpcCase']) =>
    unwrap(http.POST('/capacity-building/proposals/{id}/cases', { params: { path: { id } }, body: input })),
  reviews: (query: ReviewQuery, signal?: AbortSignal) => unwrap(http.GET('/capacity-building/reviews', { params: { query }, signal })),
  review: (id: string, signal?: AbortSignal) => unwrap(http.GET('/capacity-building/reviews/{id}', { params: { path: { id } }, signal })),
  createReview: (input: S['CbCreateReview']) => unwrap(http.POST('/capacity-building/reviews', { body: input })),
  answer: (id: string, input: S['CbChecklistAnswers']) =>
    unwrap(http.POST('/capacity-building/reviews/{id}/answers', { params: { path: { id } }, body: input })),
  addFinding: (id: string, input: S['CbFindingInput']) =>
    unwrap(http.POST('/capacity-building/reviews/{id}/findings', { params: { path: { id } }, body: input })),
  addAction: (id: string, input: S['CbActionInput']) =>
    unwrap(http.POST('/capacity-building/reviews/{id}/actions', { params: { path: { id } }, body: input })),
  actionDone: (id: string, actionId: string, input: S['CbActionDone']) =>
    unwrap(http.POST('/capacity-building/reviews/{id}/actions/{actionId}/done', { params: { path: { id, actionId } }, body: input })),
  completeReview: (id: string, input: S['CbCompleteReview']) =>
    unwrap(http.POST('/capacity-building/reviews/{id}/complete', { params: { path: { id } }, body: input })),
  exportUrl: (format: 'csv' | 'xlsx', query: ProposalQuery) =>
    fileUrl(`/capacity-building/proposals/export.${format}`, { query: withoutPage(query) }),
  backlog: (signal?: AbortSignal) => unwrap(http.GET('/capacity-building/closure-backlog', { signal })),
};
