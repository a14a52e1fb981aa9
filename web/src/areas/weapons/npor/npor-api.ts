// The NPOR part of the typed API client: types straight from the generated OpenAPI schema.
import { request } from '../../../api/client.ts';
import type { components } from '../../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type NporRequest = S['NporRequest'];
export type NporRequestList = S['NporRequestList'];
export type NporStatus = NporRequest['status'];
export type NporAction = S['NporMove']['action'];
export type NporMove = S['NporMove'];
export type CreateNporRequest = S['CreateNporRequest'];
export type NporType = S['NporType'];

export interface NporQuery {
  status?: NporStatus | undefined;
  partner?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;

export const nporApi = {
  list: (query: NporQuery, signal?: AbortSignal) =>
    request<NporRequestList>('GET', '/weapons/npor-requests', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => request<NporRequest>('GET', `/weapons/npor-requests/${enc(id)}`, { signal }),
  create: (input: CreateNporRequest) => request<NporRequest>('POST', '/weapons/npor-requests', { body: input }),
  move: (id: string, input: NporMove) => request<NporRequest>('POST', `/weapons/npor-requests/${enc(id)}/moves`, { body: input }),
  types: (signal?: AbortSignal) => request<NporType[]>('GET', '/weapons/npor-types', { signal }),
  addType: (input: S['NporTypeInput']) => request<NporType>('POST', '/weapons/npor-types', { body: input }),
  updateType: (code: string, input: S['NporTypeUpdate']) => request<NporType>('PUT', `/weapons/npor-types/${enc(code)}`, { body: input }),
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
