// The funds part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { request } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';
import type { Query } from '../../api/schema-types.ts';

type S = components['schemas'];
export type FundProgram = S['FundProgram'];
export type Appropriation = S['Appropriation'];
export type AppropriationList = S['AppropriationList'];
export type AppropriationRow = AppropriationList['items'][number];
export type FundTransaction = S['FundTransaction'];
export type FundTransactionList = S['FundTransactionList'];
export type FundTransactionResult = S['FundTransactionResult'];
export type CreateAppropriation = Partial<S['CreateAppropriation']> &
  Pick<S['CreateAppropriation'], 'programCode' | 'fiscalYear' | 'name' | 'amountCents'>;
export type Obligate = Partial<S['Obligate']> & Pick<S['Obligate'], 'amountCents'>;
export type UpdateAppropriation = S['UpdateAppropriation'];
export type CreateProgram = Partial<S['CreateFundProgram']> &
  Pick<S['CreateFundProgram'], 'code' | 'name' | 'authority' | 'title' | 'source'>;
export type Deobligate = Partial<S['Deobligate']> & Pick<S['Deobligate'], 'amountCents'>;

export type AppropriationSort = NonNullable<Query<'/appropriations'>['sort']>;
export type TransactionSort = NonNullable<Query<'/fund-transactions'>['sort']>;

export interface AppropriationQuery {
  program?: string | undefined;
  partner?: string | undefined;
  fiscalYear?: number | undefined;
  state?: 'all' | 'available' | 'expiring' | 'expired' | undefined;
  days?: number | undefined;
  sort?: AppropriationSort | undefined;
  dir?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface TransactionQuery {
  appropriation?: string | undefined;
  partner?: string | undefined;
  case?: string | undefined;
  kind?: FundTransaction['kind'] | undefined;
  sort?: TransactionSort | undefined;
  dir?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;

export const fundsApi = {
  listPrograms: (signal?: AbortSignal) => request<FundProgram[]>('GET', '/fund-programs', { signal }),
  listAppropriations: (query: AppropriationQuery, signal?: AbortSignal) =>
    request<AppropriationList>('GET', '/appropriations', { query: { ...query }, signal }),
  getAppropriation: (id: string, signal?: AbortSignal) => request<Appropriation>('GET', `/appropriations/${enc(id)}`, { signal }),
  createAppropriation: (input: CreateAppropriation) => request<Appropriation>('POST', '/appropriations', { body: input }),
  updateAppropriation: (id: string, input: UpdateAppropriation) =>
    request<Appropriation>('PATCH', `/appropriations/${enc(id)}`, { body: input }),
  createProgram: (input: CreateProgram) => request<FundProgram>('POST', '/fund-programs', { body: input }),
  commit: (id: string, input: Omit<Obligate, 'commitmentId'>) =>
    request<FundTransactionResult>('POST', `/appropriations/${enc(id)}/commitments`, { body: input }),
  release: (commitmentId: string, input: Deobligate) =>
    request<FundTransactionResult>('POST', `/fund-transactions/${enc(commitmentId)}/releases`, { body: input }),
  obligate: (id: string, input: Obligate) =>
    request<FundTransactionResult>('POST', `/appropriations/${enc(id)}/obligations`, { body: input }),
  deobligate: (obligationId: string, input: Deobligate) =>
    request<FundTransactionResult>('POST', `/fund-transactions/${enc(obligationId)}/deobligations`, { body: input }),
  listTransactions: (query: TransactionQuery, signal?: AbortSignal) =>
    request<FundTransactionList>('GET', '/fund-transactions', { query: { ...query }, signal }),
};
