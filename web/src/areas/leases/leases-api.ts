// The leases part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { request } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type Lease = S['Lease'];
export type LeaseList = S['LeaseList'];
export type LeaseSummary = S['LeaseSummary'];
export type LeaseStatus = Lease['status'];
export type LeaseAction = S['LeaseTransition']['action'];
export type CreateLease = S['CreateLease'];
export type LeaseArticleInput = CreateLease['articles'][number];
export type LeaseTransition = S['LeaseTransition'];
export type RenewLease = S['RenewLease'];
export type UpdateLease = S['UpdateLease'];

export interface LeaseQuery {
  status?: LeaseStatus | undefined;
  partner?: string | undefined;
  q?: string | undefined;
  overdue?: 'true' | 'false' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;

export const leasesApi = {
  list: (query: LeaseQuery, signal?: AbortSignal) => request<LeaseList>('GET', '/leases', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => request<Lease>('GET', `/leases/${enc(id)}`, { signal }),
  create: (input: CreateLease) => request<Lease>('POST', '/leases', { body: input }),
  update: (id: string, input: UpdateLease) => request<Lease>('PATCH', `/leases/${enc(id)}`, { body: input }),
  transition: (id: string, input: LeaseTransition) => request<Lease>('POST', `/leases/${enc(id)}/transitions`, { body: input }),
  renew: (id: string, input: RenewLease) => request<Lease>('POST', `/leases/${enc(id)}/renewals`, { body: input }),
  schedulePayment: (id: string, input: { version: number; dueOn: string; amountCents: number }) =>
    request<Lease>('POST', `/leases/${enc(id)}/payments`, { body: input }),
  receivePayment: (id: string, paymentId: string, input: { version: number; receivedOn: string; amountCents: number }) =>
    request<Lease>('POST', `/leases/${enc(id)}/payments/${enc(paymentId)}/receipts`, { body: input }),
};
