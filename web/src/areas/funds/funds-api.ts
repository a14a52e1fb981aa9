// The funds part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { http, unwrap } from '../../api/http.ts';
import type { Defaulted, Query, S } from '../../api/schema-types.ts';

export type FundProgram = S['FundProgram'];
export type Appropriation = S['Appropriation'];
export type AppropriationList = S['AppropriationList'];
export type AppropriationRow = AppropriationList['items'][number];
export type FundTransaction = S['FundTransaction'];
export type FundTransactionList = S['FundTransactionList'];
export type FundTransactionResult = S['FundTransactionResult'];
export type CreateAppropriation = Defaulted<S['CreateAppropriation'], 'partnerCode' | 'statedYear' | 'availableUntil'>;
export type UpdateAppropriation = S['UpdateAppropriation'];
export type CreateProgram = Defaulted<S['CreateFundProgram'], 'executedThrough' | 'notifications' | 'annualCapCents'>;
export type Obligate = Defaulted<S['Obligate'], 'commitmentId' | 'caseId' | 'lineNumber' | 'partnerCode' | 'recipientId' | 'description'>;
export type Commit = Defaulted<S['Commit'], 'caseId' | 'lineNumber' | 'partnerCode' | 'description'>;
export type Deobligate = Defaulted<S['Deobligate'], 'description'>;
export type AppropriationQuery = Query<'/appropriations'>;
export type TransactionQuery = Query<'/fund-transactions'>;
export type AppropriationSort = NonNullable<AppropriationQuery['sort']>;
export type TransactionSort = NonNullable<TransactionQuery['sort']>;

/** `Defaulted` bodies leave out what the server fills in; the generated body type still marks it required, hence `as S[…]`. */
export const fundsApi = {
  listPrograms: (signal?: AbortSignal) => unwrap(http.GET('/fund-programs', { signal })),
  listAppropriations: (query: AppropriationQuery, signal?: AbortSignal) =>
    unwrap(http.GET('/appropriations', { params: { query }, signal })),
  getAppropriation: (id: string, signal?: AbortSignal) => unwrap(http.GET('/appropriations/{id}', { params: { path: { id } }, signal })),
  createAppropriation: (input: CreateAppropriation) => unwrap(http.POST('/appropriations', { body: input as S['CreateAppropriation'] })),
  updateAppropriation: (id: string, input: UpdateAppropriation) =>
    unwrap(http.PATCH('/appropriations/{id}', { params: { path: { id } }, body: input })),
  createProgram: (input: CreateProgram) => unwrap(http.POST('/fund-programs', { body: input as S['CreateFundProgram'] })),
  commit: (id: string, input: Commit) =>
    unwrap(http.POST('/appropriations/{id}/commitments', { params: { path: { id } }, body: input as S['Commit'] })),
  release: (commitmentId: string, input: Deobligate) =>
    unwrap(http.POST('/fund-transactions/{id}/releases', { params: { path: { id: commitmentId } }, body: input as S['Deobligate'] })),
  obligate: (id: string, input: Obligate) =>
    unwrap(http.POST('/appropriations/{id}/obligations', { params: { path: { id } }, body: input as S['Obligate'] })),
  deobligate: (obligationId: string, input: Deobligate) =>
    unwrap(http.POST('/fund-transactions/{id}/deobligations', { params: { path: { id: obligationId } }, body: input as S['Deobligate'] })),
  listTransactions: (query: TransactionQuery, signal?: AbortSignal) =>
    unwrap(http.GET('/fund-transactions', { params: { query }, signal })),
};
