// The EDA part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { request } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type EdaDeclaration = S['EdaDeclaration'];
export type EdaDeclarationList = S['EdaDeclarationList'];
export type EdaRequest = S['EdaRequest'];
export type EdaRequestItem = S['EdaRequestItem'];
export type EdaRequestList = S['EdaRequestList'];
export type EdaAction = EdaRequest['allowedActions'][number];
export type EdaCeilingYear = S['EdaCeilingYear'];
export type EdaReviewOffice = S['EdaReviewOffice'];
export type CreateDeclaration = Partial<S['CreateEdaDeclaration']> &
  Pick<
    S['CreateEdaDeclaration'],
    | 'militaryDepartment'
    | 'nsn'
    | 'maslNumber'
    | 'nomenclature'
    | 'quantity'
    | 'conditionCode'
    | 'unitAcquisitionValueCents'
    | 'location'
    | 'availableOn'
  >;
export type CreateRequest = Partial<S['CreateEdaRequest']> &
  Pick<S['CreateEdaRequest'], 'partnerCode' | 'declarationId' | 'authority' | 'quantity' | 'pchtPaidBy'>;
export type Transition = Partial<S['EdaRequestTransition']> & Pick<S['EdaRequestTransition'], 'version' | 'action'>;
export type ReviewAnswer = Partial<S['EdaReviewAnswer']> & Pick<S['EdaReviewAnswer'], 'version' | 'officeCode' | 'decision'>;

export interface RequestQuery {
  status?: EdaRequestItem['status'] | undefined;
  partner?: string | undefined;
  declarationId?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;

export const edaApi = {
  listDeclarations: (query: { q?: string | undefined; limit?: number; offset?: number }, signal?: AbortSignal) =>
    request<EdaDeclarationList>('GET', '/eda/declarations', { query: { ...query }, signal }),
  getDeclaration: (id: string, signal?: AbortSignal) => request<EdaDeclaration>('GET', `/eda/declarations/${enc(id)}`, { signal }),
  createDeclaration: (input: CreateDeclaration) => request<EdaDeclaration>('POST', '/eda/declarations', { body: input }),
  listRequests: (query: RequestQuery, signal?: AbortSignal) =>
    request<EdaRequestList>('GET', '/eda/requests', { query: { ...query }, signal }),
  getRequest: (id: string, signal?: AbortSignal) => request<EdaRequest>('GET', `/eda/requests/${enc(id)}`, { signal }),
  createRequest: (input: CreateRequest) => request<EdaRequest>('POST', '/eda/requests', { body: input }),
  setValue: (id: string, input: { version: number; currentValuePercent: number; reason: string }) =>
    request<EdaRequest>('PUT', `/eda/requests/${enc(id)}/value`, { body: input }),
  linkCase: (id: string, input: { version: number; caseRef: string | null }) =>
    request<EdaRequest>('PUT', `/eda/requests/${enc(id)}/case`, { body: input }),
  transition: (id: string, input: Transition) => request<EdaRequest>('POST', `/eda/requests/${enc(id)}/transitions`, { body: input }),
  review: (id: string, input: ReviewAnswer) => request<EdaRequest>('POST', `/eda/requests/${enc(id)}/reviews`, { body: input }),
  ceiling: (signal?: AbortSignal) => request<EdaCeilingYear[]>('GET', '/eda/ceiling', { signal }),
  offices: (signal?: AbortSignal) => request<EdaReviewOffice[]>('GET', '/eda/review-offices', { signal }),
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
