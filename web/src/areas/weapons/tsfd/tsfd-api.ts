// The TSFD part of the typed API client: types straight from the generated OpenAPI schema.
import { request } from '../../../api/client.ts';
import type { components } from '../../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type TsfdRequest = S['TsfdRequest'];
export type TsfdRequestSummary = S['TsfdRequestSummary'];
export type TsfdRequestList = S['TsfdRequestList'];
export type TsfdStatus = TsfdRequest['status'];
export type TsfdPolicy = S['TsfdPolicy'];
export type CreateTsfdRequest = S['CreateTsfdRequest'];
export type CreateTsfdPolicy = S['CreateTsfdPolicy'];
export type TsfdDetermination = S['TsfdDetermination'];
export interface SystemOption {
  id: string;
  name: string;
  technologyAreas: string[];
}

export interface TsfdQuery {
  status?: TsfdStatus | undefined;
  partner?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;
const one = (id: string) => `/weapons/tsfd-requests/${enc(id)}`;

export const tsfdApi = {
  list: (query: TsfdQuery, signal?: AbortSignal) =>
    request<TsfdRequestList>('GET', '/weapons/tsfd-requests', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => request<TsfdRequest>('GET', one(id), { signal }),
  create: (input: CreateTsfdRequest) => request<TsfdRequest>('POST', '/weapons/tsfd-requests', { body: input }),
  refer: (id: string, input: S['TsfdReferral']) => request<TsfdRequest>('POST', `${one(id)}/reviews`, { body: input }),
  determine: (id: string, reviewId: string, input: TsfdDetermination) =>
    request<TsfdRequest>('POST', `${one(id)}/reviews/${enc(reviewId)}/determination`, { body: input }),
  withdraw: (id: string, input: S['TsfdWithdrawal']) => request<TsfdRequest>('POST', `${one(id)}/withdrawal`, { body: input }),
  link: (id: string, input: S['TsfdLinks']) => request<TsfdRequest>('PUT', `${one(id)}/links`, { body: input }),
  policies: (signal?: AbortSignal) => request<TsfdPolicy[]>('GET', '/weapons/tsfd-policies', { signal }),
  createPolicy: (input: CreateTsfdPolicy) => request<TsfdPolicy>('POST', '/weapons/tsfd-policies', { body: input }),
  systems: (signal?: AbortSignal) => request<SystemOption[]>('GET', '/weapons/tsfd-system-options', { signal }),
};

export const TSFD_STATUS_LABELS: Record<TsfdStatus, string> = {
  received: 'Pre-LOR Assessment Request received',
  in_review: 'In review',
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
};

export const DETERMINATION_LABELS: Record<TsfdDetermination['determination'], string> = {
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  denied: 'Denied',
};

/** The review processes of domain.md §10, as the server names them (src/areas/weapons/rules/technology-areas.ts). */
export const TECHNOLOGY_AREA_LABELS: Record<string, string> = {
  low_observable: 'Low observable / counter-low observable',
  national_disclosure_policy: 'National disclosure policy',
  military_intelligence_disclosure: 'Military intelligence disclosure',
  night_vision: 'Night vision',
  anti_tamper: 'Anti-tamper',
  comsec: 'COMSEC',
  special_access_programs: 'Special access programs',
  mtcr: 'Missile Technology Control Regime',
  intelligence: 'Intelligence',
  data_links_waveforms: 'Data links and waveforms',
  pnt_gps: 'Positioning, navigation and timing (GPS)',
  geospatial_intelligence: 'Geospatial intelligence',
  electronic_warfare: 'Electronic warfare',
};
export const TECHNOLOGY_AREAS = Object.keys(TECHNOLOGY_AREA_LABELS);
