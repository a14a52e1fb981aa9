// The EDA part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { fileUrl, withoutPage } from '../../api/file-url.ts';
import { http, unwrap } from '../../api/http.ts';
import type { Defaulted, Query, S } from '../../api/schema-types.ts';

export type EdaDeclaration = S['EdaDeclaration'];
export type EdaDeclarationList = S['EdaDeclarationList'];
export type EdaRequest = S['EdaRequest'];
export type EdaRequestItem = S['EdaRequestItem'];
export type EdaRequestList = S['EdaRequestList'];
export type EdaAction = EdaRequest['allowedActions'][number];
export type EdaCeilingYear = S['EdaCeilingYear'];
export type EdaReviewOffice = S['EdaReviewOffice'];
export type CreateDeclaration = Defaulted<S['CreateEdaDeclaration'], 'serialNumbers' | 'sme' | 'mde' | 'ship'>;
export type CreateRequest = Defaulted<S['CreateEdaRequest'], 'justification' | 'agencyCode'>;
export type Transition = Defaulted<S['EdaRequestTransition'], 'reason'>;
export type ReviewAnswer = Defaulted<S['EdaReviewAnswer'], 'comments'>;
export type RequestQuery = Query<'/eda/requests'>;
export type DeclarationQuery = Query<'/eda/declarations'>;

/** `Defaulted` bodies leave out what the server fills in; the generated body type still marks it required, hence `as S[…]`. */
export const edaApi = {
  listDeclarations: (query: DeclarationQuery, signal?: AbortSignal) => unwrap(http.GET('/eda/declarations', { params: { query }, signal })),
  getDeclaration: (id: string, signal?: AbortSignal) => unwrap(http.GET('/eda/declarations/{id}', { params: { path: { id } }, signal })),
  createDeclaration: (input: CreateDeclaration) => unwrap(http.POST('/eda/declarations', { body: input as S['CreateEdaDeclaration'] })),
  listRequests: (query: RequestQuery, signal?: AbortSignal) => unwrap(http.GET('/eda/requests', { params: { query }, signal })),
  getRequest: (id: string, signal?: AbortSignal) => unwrap(http.GET('/eda/requests/{id}', { params: { path: { id } }, signal })),
  createRequest: (input: CreateRequest) => unwrap(http.POST('/eda/requests', { body: input as S['CreateEdaRequest'] })),
  setValue: (id: string, input: S['SetEdaValue']) =>
    unwrap(http.PUT('/eda/requests/{id}/value', { params: { path: { id } }, body: input })),
  linkCase: (id: string, input: S['LinkEdaCase']) => unwrap(http.PUT('/eda/requests/{id}/case', { params: { path: { id } }, body: input })),
  transition: (id: string, input: Transition) =>
    unwrap(http.POST('/eda/requests/{id}/transitions', { params: { path: { id } }, body: input as S['EdaRequestTransition'] })),
  review: (id: string, input: ReviewAnswer) =>
    unwrap(http.POST('/eda/requests/{id}/reviews', { params: { path: { id } }, body: input as S['EdaReviewAnswer'] })),
  ceiling: (signal?: AbortSignal) => unwrap(http.GET('/eda/ceiling', { signal })),
  offices: (signal?: AbortSignal) => unwrap(http.GET('/eda/review-offices', { signal })),
  exportUrl: (format: 'csv' | 'xlsx', query: RequestQuery) => fileUrl(`/eda/requests/export.${format}`, { query: withoutPage(query) }),
};

export const STATUS_LABELS: Record<EdaRequestItem['status'], string> = {
  draft: 'Draft',
  proposed: 'Proposed by the CCMD',
  allocated: 'Allocated by the IA',
  in_review: 'In interagency review',
  objected: 'Objected',
  committee_approved: 'Approved by the Committee',
  authorized: 'Authorised by DSCA',
  transferred: 'Transferred',
  disapproved: 'Disapproved',
  withdrawn: 'Withdrawn',
};

export const ACTION_LABELS: Record<EdaAction, string> = {
  propose: 'Record CCMD proposal',
  allocate: 'Record allocation memo',
  submit_for_review: 'Submit for interagency review',
  resubmit: 'Re-submit with changes',
  committee_approve: 'Committee approves',
  committee_disapprove: 'Committee disapproves',
  authorize: 'DSCA authorises',
  transfer: 'Record transfer',
  withdraw: 'Withdraw',
};

export const authorityLabel = (a: EdaRequestItem['authority']) => (a === 'grant_516' ? 'Grant (FAA 516)' : 'Sale (AECA 21)');
