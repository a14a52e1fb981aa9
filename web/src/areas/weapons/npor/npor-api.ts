// The NPOR part of the typed API client: types straight from the generated OpenAPI schema.
import { http, unwrap } from '../../../api/http.ts';
import type { Query, S } from '../../../api/schema-types.ts';

export type NporRequest = S['NporRequest'];
export type NporRequestList = S['NporRequestList'];
export type NporStatus = NporRequest['status'];
export type NporAction = S['NporMove']['action'];
export type NporMove = S['NporMove'];
export type CreateNporRequest = S['CreateNporRequest'];
export type NporType = S['NporType'];

export type NporQuery = Query<'/weapons/npor-requests'>;

export const nporApi = {
  list: (query: NporQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/npor-requests', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => unwrap(http.GET('/weapons/npor-requests/{id}', { params: { path: { id } }, signal })),
  create: (input: CreateNporRequest) => unwrap(http.POST('/weapons/npor-requests', { body: input })),
  move: (id: string, input: NporMove) => unwrap(http.POST('/weapons/npor-requests/{id}/moves', { params: { path: { id } }, body: input })),
  types: (signal?: AbortSignal) => unwrap(http.GET('/weapons/npor-types', { signal })),
  addType: (input: S['NporTypeInput']) => unwrap(http.POST('/weapons/npor-types', { body: input })),
  updateType: (code: string, input: S['NporTypeUpdate']) =>
    unwrap(http.PUT('/weapons/npor-types/{code}', { params: { path: { code } }, body: input })),
};

export const NPOR_STATUS_LABELS: Record<NporStatus, string> = {
  received: 'Received',
  coi_reviewed: 'Reviewed by the Community of Interest',
  actionable: 'Determined actionable',
  not_actionable: 'Determined not actionable',
  refused: 'Refused (negative LOR response sent)',
  lead_ia_designated: 'Lead IA designated',
  funded: 'Pre-LOR and case development funded',
  withdrawn: 'Withdrawn',
};

export const NPOR_ACTION_LABELS: Record<NporAction, string> = {
  coi_review: 'Record the Community of Interest review',
  determine_actionable: 'Determine actionable',
  determine_not_actionable: 'Determine not actionable',
  send_negative_response: 'Send the negative LOR response',
  designate_lead_ia: 'Designate the lead implementing agency',
  fund: 'Record the funding',
  withdraw: 'Withdraw',
};
