// The TSFD part of the typed API client: types straight from the generated OpenAPI schema.
import { http, unwrap } from '../../../api/http.ts';
import type { Answered, Query, S } from '../../../api/schema-types.ts';

export type TsfdRequest = S['TsfdRequest'];
export type TsfdRequestSummary = S['TsfdRequestSummary'];
export type TsfdRequestList = S['TsfdRequestList'];
export type TsfdStatus = TsfdRequest['status'];
export type TsfdPolicy = S['TsfdPolicy'];
export type CreateTsfdRequest = S['CreateTsfdRequest'];
export type CreateTsfdPolicy = S['CreateTsfdPolicy'];
export type TsfdDetermination = S['TsfdDetermination'];
export type SystemOption = Answered<'/weapons/tsfd-system-options', 'get'>[number];

export type TsfdQuery = Query<'/weapons/tsfd-requests'>;

export const tsfdApi = {
  list: (query: TsfdQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/tsfd-requests', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => unwrap(http.GET('/weapons/tsfd-requests/{id}', { params: { path: { id } }, signal })),
  create: (input: CreateTsfdRequest) => unwrap(http.POST('/weapons/tsfd-requests', { body: input })),
  refer: (id: string, input: S['TsfdReferral']) =>
    unwrap(http.POST('/weapons/tsfd-requests/{id}/reviews', { params: { path: { id } }, body: input })),
  determine: (id: string, reviewId: string, input: TsfdDetermination) =>
    unwrap(http.POST('/weapons/tsfd-requests/{id}/reviews/{reviewId}/determination', { params: { path: { id, reviewId } }, body: input })),
  withdraw: (id: string, input: S['TsfdWithdrawal']) =>
    unwrap(http.POST('/weapons/tsfd-requests/{id}/withdrawal', { params: { path: { id } }, body: input })),
  link: (id: string, input: S['TsfdLinks']) =>
    unwrap(http.PUT('/weapons/tsfd-requests/{id}/links', { params: { path: { id } }, body: input })),
  policies: (signal?: AbortSignal) => unwrap(http.GET('/weapons/tsfd-policies', { signal })),
  createPolicy: (input: CreateTsfdPolicy) => unwrap(http.POST('/weapons/tsfd-policies', { body: input })),
  systems: (signal?: AbortSignal) => unwrap(http.GET('/weapons/tsfd-system-options', { signal })),
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
