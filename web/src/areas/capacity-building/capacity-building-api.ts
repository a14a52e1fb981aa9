// The capacity-building part of the typed API client: request and response types come from the generated OpenAPI schema.
import { request, toQueryString } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
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

export interface ProposalQuery {
  status?: ProposalStatus | undefined;
  partner?: string | undefined;
  program?: string | undefined;
  waiting?: 'true' | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;
const base = '/capacity-building';

export const cbApi = {
  programs: (signal?: AbortSignal) => request<Programs>('GET', `${base}/programs`, { signal }),
  /** The appropriations (funds area) that may fund a proposal of the program for the partner. */
  fundingOptions: (program: string, partner: string, signal?: AbortSignal) =>
    request<FundingOptions>('GET', `${base}/funding-options`, { query: { program, partner }, signal }),
  list: (query: ProposalQuery, signal?: AbortSignal) => request<ProposalList>('GET', `${base}/proposals`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => request<Proposal>('GET', `${base}/proposals/${enc(id)}`, { signal }),
  create: (input: CreateProposal) => request<Proposal>('POST', `${base}/proposals`, { body: input }),
  assess: (id: string, input: S['CbAssessmentInput']) =>
    request<Proposal>('POST', `${base}/proposals/${enc(id)}/assessment`, { body: input }),
  transition: (id: string, input: S['CbProposalTransition']) =>
    request<Proposal>('POST', `${base}/proposals/${enc(id)}/transitions`, { body: input }),
  executionDates: (id: string, input: S['CbExecutionDates']) =>
    request<Proposal>('POST', `${base}/proposals/${enc(id)}/execution-dates`, { body: input }),
  createCase: (id: string, input: S['CbCreateBpcCase']) => request<Proposal>('POST', `${base}/proposals/${enc(id)}/cases`, { body: input }),
  reviews: (query: { status?: string; overdue?: string; partner?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    request<ReviewList>('GET', `${base}/reviews`, { query: { ...query }, signal }),
  review: (id: string, signal?: AbortSignal) => request<Review>('GET', `${base}/reviews/${enc(id)}`, { signal }),
  createReview: (input: S['CbCreateReview']) => request<Review>('POST', `${base}/reviews`, { body: input }),
  answer: (id: string, input: S['CbChecklistAnswers']) => request<Review>('POST', `${base}/reviews/${enc(id)}/answers`, { body: input }),
  addFinding: (id: string, input: S['CbFindingInput']) => request<Review>('POST', `${base}/reviews/${enc(id)}/findings`, { body: input }),
  addAction: (id: string, input: S['CbActionInput']) => request<Review>('POST', `${base}/reviews/${enc(id)}/actions`, { body: input }),
  actionDone: (id: string, actionId: string, input: S['CbActionDone']) =>
    request<Review>('POST', `${base}/reviews/${enc(id)}/actions/${enc(actionId)}/done`, { body: input }),
  completeReview: (id: string, input: S['CbCompleteReview']) =>
    request<Review>('POST', `${base}/reviews/${enc(id)}/complete`, { body: input }),
  exportUrl: (format: 'csv' | 'xlsx', query: ProposalQuery) =>
    `/api${base}/proposals/export.${format}${toQueryString({ ...query, limit: undefined, offset: undefined })}`,
  backlog: (signal?: AbortSignal) => request<ClosureBacklog>('GET', `${base}/closure-backlog`, { signal }),
};
