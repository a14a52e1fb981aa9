// The leases part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { http, unwrap } from '../../api/http.ts';
import type { Query, S } from '../../api/schema-types.ts';

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
export type SchedulePayment = S['ScheduleLeasePayment'];
export type ReceivePayment = S['ReceiveLeasePayment'];

export type LeaseQuery = Query<'/leases'>;

export const leasesApi = {
  list: (query: LeaseQuery, signal?: AbortSignal) => unwrap(http.GET('/leases', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => unwrap(http.GET('/leases/{id}', { params: { path: { id } }, signal })),
  create: (input: CreateLease) => unwrap(http.POST('/leases', { body: input })),
  update: (id: string, input: UpdateLease) => unwrap(http.PATCH('/leases/{id}', { params: { path: { id } }, body: input })),
  transition: (id: string, input: LeaseTransition) =>
    unwrap(http.POST('/leases/{id}/transitions', { params: { path: { id } }, body: input })),
  renew: (id: string, input: RenewLease) => unwrap(http.POST('/leases/{id}/renewals', { params: { path: { id } }, body: input })),
  schedulePayment: (id: string, input: SchedulePayment) =>
    unwrap(http.POST('/leases/{id}/payments', { params: { path: { id } }, body: input })),
  receivePayment: (id: string, paymentId: string, input: ReceivePayment) =>
    unwrap(http.POST('/leases/{id}/payments/{paymentId}/receipts', { params: { path: { id, paymentId } }, body: input })),
};
