// The weapons part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { request, toQueryString } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type WeaponSystem = S['WeaponSystem'];
export type WeaponSystemSummary = S['WeaponSystemSummary'];
export type WeaponSystemList = S['WeaponSystemList'];
export type CreateWeaponSystem = S['CreateWeaponSystem'];
export type UpdateWeaponSystem = S['UpdateWeaponSystem'];
export type TechnologyArea = WeaponSystemSummary['technologyAreas'][number];
export type Company = S['WeaponCompany'];
export type CreateCompany = S['CreateWeaponCompany'];
export type Inquiry = S['WeaponInquiry'];
export type InquirySummary = S['WeaponInquirySummary'];
export type InquiryList = S['WeaponInquiryList'];
export type CreateInquiry = S['CreateWeaponInquiry'];
export type UpdateInquiry = S['UpdateWeaponInquiry'];
export type InquiryFigures = S['WeaponInquiryFigures'];
export type ResponseTargets = S['ResponseTargetList'];
export type Advocacy = S['AdvocacyRequest'];
export type AdvocacySummary = S['AdvocacySummary'];
export type AdvocacyList = S['AdvocacyList'];
export type AdvocacyState = Advocacy['state'];
export type AdvocacyAction = S['AdvocacyMove']['action'];
export type CreateAdvocacy = S['CreateAdvocacyRequest'];
export type UpdateAdvocacy = S['UpdateAdvocacyRequest'];
export type Competition = S['Competition'];
export type CompetitionSummary = S['CompetitionSummary'];
export type CompetitionList = S['CompetitionList'];
export type CompetitionStage = Competition['stage'];
export type CreateCompetition = S['CreateCompetition'];
export type UpdateCompetition = S['UpdateCompetition'];
export type ForecastRow = S['ForecastRow'];
export type ForecastList = S['ForecastList'];
export type CreateForecastRow = S['CreateForecastRow'];
export type ForecastComparison = S['ForecastComparison'];
export type ForecastReports = S['ForecastReports'];

export type InquiryQueue = 'all' | 'mine' | 'unassigned' | 'overdue' | 'closed';
type Q = Record<string, string | number | undefined>;
const enc = encodeURIComponent;

export const weaponsApi = {
  systems: (query: Q, signal?: AbortSignal) => request<WeaponSystemList>('GET', '/weapons/systems', { query, signal }),
  system: (id: string, signal?: AbortSignal) => request<WeaponSystem>('GET', `/weapons/systems/${enc(id)}`, { signal }),
  createSystem: (input: CreateWeaponSystem) => request<WeaponSystem>('POST', '/weapons/systems', { body: input }),
  updateSystem: (id: string, input: UpdateWeaponSystem) => request<WeaponSystem>('PATCH', `/weapons/systems/${enc(id)}`, { body: input }),
  companies: (signal?: AbortSignal) => request<{ items: Company[] }>('GET', '/weapons/companies', { signal }),
  createCompany: (input: CreateCompany) => request<Company>('POST', '/weapons/companies', { body: input }),
  analysts: (signal?: AbortSignal) =>
    request<{ items: { id: string; displayName: string; username: string }[] }>('GET', '/weapons/analysts', { signal }),
  targets: (signal?: AbortSignal) => request<ResponseTargets>('GET', '/weapons/response-targets', { signal }),
  createTarget: (input: { effectiveFrom: string; days: number; source: string }) =>
    request<ResponseTargets>('POST', '/weapons/response-targets', { body: input }),
  inquiries: (query: Q, signal?: AbortSignal) => request<InquiryList>('GET', '/weapons/inquiries', { query, signal }),
  inquiryFigures: (signal?: AbortSignal) => request<InquiryFigures>('GET', '/weapons/inquiries/figures', { signal }),
  inquiry: (id: string, signal?: AbortSignal) => request<Inquiry>('GET', `/weapons/inquiries/${enc(id)}`, { signal }),
  createInquiry: (input: CreateInquiry) => request<Inquiry>('POST', '/weapons/inquiries', { body: input }),
  updateInquiry: (id: string, input: UpdateInquiry) => request<Inquiry>('PATCH', `/weapons/inquiries/${enc(id)}`, { body: input }),
  respond: (id: string, input: { version: number; respondedOn: string; body: string }) =>
    request<Inquiry>('POST', `/weapons/inquiries/${enc(id)}/responses`, { body: input }),
  close: (id: string, input: S['CloseWeaponInquiry']) => request<Inquiry>('POST', `/weapons/inquiries/${enc(id)}/closure`, { body: input }),
  advocacyList: (query: Q, signal?: AbortSignal) => request<AdvocacyList>('GET', '/weapons/advocacy', { query, signal }),
  advocacy: (id: string, signal?: AbortSignal) => request<Advocacy>('GET', `/weapons/advocacy/${enc(id)}`, { signal }),
  createAdvocacy: (input: CreateAdvocacy) => request<Advocacy>('POST', '/weapons/advocacy', { body: input }),
  updateAdvocacy: (id: string, input: UpdateAdvocacy) => request<Advocacy>('PATCH', `/weapons/advocacy/${enc(id)}`, { body: input }),
  moveAdvocacy: (id: string, input: S['AdvocacyMove']) => request<Advocacy>('POST', `/weapons/advocacy/${enc(id)}/moves`, { body: input }),
  competitions: (query: Q, signal?: AbortSignal) => request<CompetitionList>('GET', '/weapons/competitions', { query, signal }),
  competition: (id: string, signal?: AbortSignal) => request<Competition>('GET', `/weapons/competitions/${enc(id)}`, { signal }),
  createCompetition: (input: CreateCompetition) => request<Competition>('POST', '/weapons/competitions', { body: input }),
  updateCompetition: (id: string, input: UpdateCompetition) =>
    request<Competition>('PATCH', `/weapons/competitions/${enc(id)}`, { body: input }),
  forecast: (query: Q, signal?: AbortSignal) => request<ForecastList>('GET', '/weapons/forecast', { query, signal }),
  createForecast: (input: CreateForecastRow) => request<ForecastRow>('POST', '/weapons/forecast', { body: input }),
  deleteForecast: (id: string, version: number) => request<void>('DELETE', `/weapons/forecast/${enc(id)}`, { query: { version } }),
  comparison: (query: Q, signal?: AbortSignal) => request<ForecastComparison>('GET', '/weapons/forecast/comparison', { query, signal }),
  reports: (signal?: AbortSignal) => request<ForecastReports>('GET', '/weapons/forecast/reports', { signal }),
  submitReport: (input: { reportYear: number; submittedOn: string; note: string }) =>
    request<ForecastReports>('POST', '/weapons/forecast/reports', { body: input }),
  forecastExportUrl: (format: 'csv' | 'xlsx', query: Q) =>
    `/api/weapons/forecast/export.${format}${toQueryString({ ...query, limit: undefined, offset: undefined })}`,
};

/** A case's id from its identifier (for linking), through the cases API: 404 when it is not one you may see. */
export const findCaseId = async (identifier: string) =>
  (await request<{ case: { id: string; identifier: string } }>('GET', `/cases/${enc(identifier.trim().toUpperCase())}`)).case;

/** A partner's letters of request (cases area), to link the one a competition's solicitation is. */
export const partnerLors = (partnerCode: string, signal?: AbortSignal) =>
  request<{ items: S['LetterOfRequest'][]; total: number }>('GET', '/lors', { query: { partner: partnerCode }, signal });
