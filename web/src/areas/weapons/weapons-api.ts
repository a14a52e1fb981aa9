// The weapons part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { fileUrl, withoutPage } from '../../api/file-url.ts';
import { http, unwrap } from '../../api/http.ts';
import type { Query, S } from '../../api/schema-types.ts';

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

export type Analyst = S['WeaponAnalystList']['items'][number];
export type SystemQuery = Query<'/weapons/systems'>;
export type InquiryQuery = Query<'/weapons/inquiries'>;
export type InquiryQueue = NonNullable<InquiryQuery['queue']>;
export type AdvocacyQuery = Query<'/weapons/advocacy'>;
export type CompetitionQuery = Query<'/weapons/competitions'>;
export type ForecastQuery = Query<'/weapons/forecast'>;
export type ComparisonQuery = Query<'/weapons/forecast/comparison'>;

export const weaponsApi = {
  systems: (query: SystemQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/systems', { params: { query }, signal })),
  system: (id: string, signal?: AbortSignal) => unwrap(http.GET('/weapons/systems/{id}', { params: { path: { id } }, signal })),
  createSystem: (input: CreateWeaponSystem) => unwrap(http.POST('/weapons/systems', { body: input })),
  updateSystem: (id: string, input: UpdateWeaponSystem) =>
    unwrap(http.PATCH('/weapons/systems/{id}', { params: { path: { id } }, body: input })),
  companies: (signal?: AbortSignal) => unwrap(http.GET('/weapons/companies', { signal })),
  createCompany: (input: CreateCompany) => unwrap(http.POST('/weapons/companies', { body: input })),
  analysts: (signal?: AbortSignal) => unwrap(http.GET('/weapons/analysts', { signal })),
  targets: (signal?: AbortSignal) => unwrap(http.GET('/weapons/response-targets', { signal })),
  createTarget: (input: S['CreateResponseTarget']) => unwrap(http.POST('/weapons/response-targets', { body: input })),
  inquiries: (query: InquiryQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/inquiries', { params: { query }, signal })),
  inquiryFigures: (signal?: AbortSignal) => unwrap(http.GET('/weapons/inquiries/figures', { signal })),
  inquiry: (id: string, signal?: AbortSignal) => unwrap(http.GET('/weapons/inquiries/{id}', { params: { path: { id } }, signal })),
  createInquiry: (input: CreateInquiry) => unwrap(http.POST('/weapons/inquiries', { body: input })),
  updateInquiry: (id: string, input: UpdateInquiry) =>
    unwrap(http.PATCH('/weapons/inquiries/{id}', { params: { path: { id } }, body: input })),
  respond: (id: string, input: S['WeaponInquiryResponseInput']) =>
    unwrap(http.POST('/weapons/inquiries/{id}/responses', { params: { path: { id } }, body: input })),
  close: (id: string, input: S['CloseWeaponInquiry']) =>
    unwrap(http.POST('/weapons/inquiries/{id}/closure', { params: { path: { id } }, body: input })),
  advocacyList: (query: AdvocacyQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/advocacy', { params: { query }, signal })),
  advocacy: (id: string, signal?: AbortSignal) => unwrap(http.GET('/weapons/advocacy/{id}', { params: { path: { id } }, signal })),
  createAdvocacy: (input: CreateAdvocacy) => unwrap(http.POST('/weapons/advocacy', { body: input })),
  updateAdvocacy: (id: string, input: UpdateAdvocacy) =>
    unwrap(http.PATCH('/weapons/advocacy/{id}', { params: { path: { id } }, body: input })),
  moveAdvocacy: (id: string, input: S['AdvocacyMove']) =>
    unwrap(http.POST('/weapons/advocacy/{id}/moves', { params: { path: { id } }, body: input })),
  competitions: (query: CompetitionQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/competitions', { params: { query }, signal })),
  competition: (id: string, signal?: AbortSignal) => unwrap(http.GET('/weapons/competitions/{id}', { params: { path: { id } }, signal })),
  createCompetition: (input: CreateCompetition) => unwrap(http.POST('/weapons/competitions', { body: input })),
  updateCompetition: (id: string, input: UpdateCompetition) =>
    unwrap(http.PATCH('/weapons/competitions/{id}', { params: { path: { id } }, body: input })),
  forecast: (query: ForecastQuery, signal?: AbortSignal) => unwrap(http.GET('/weapons/forecast', { params: { query }, signal })),
  createForecast: (input: CreateForecastRow) => unwrap(http.POST('/weapons/forecast', { body: input })),
  deleteForecast: (id: string, version: number) =>
    unwrap(http.DELETE('/weapons/forecast/{id}', { params: { path: { id }, query: { version } } })),
  comparison: (query: ComparisonQuery, signal?: AbortSignal) =>
    unwrap(http.GET('/weapons/forecast/comparison', { params: { query }, signal })),
  reports: (signal?: AbortSignal) => unwrap(http.GET('/weapons/forecast/reports', { signal })),
  submitReport: (input: S['ForecastReportSubmission']) => unwrap(http.POST('/weapons/forecast/reports', { body: input })),
  forecastExportUrl: (format: 'csv' | 'xlsx', query: ForecastQuery) =>
    fileUrl(`/weapons/forecast/export.${format}`, { query: withoutPage(query) }),
};

/** A case's id from its identifier (for linking), through the cases API: 404 when it is not one you may see. */
export const findCaseId = async (identifier: string) =>
  (await unwrap(http.GET('/cases/{ref}', { params: { path: { ref: identifier.trim().toUpperCase() } } }))).case;

/** A partner's letters of request (cases area), to link the one a competition's solicitation is. */
export const partnerLors = (partnerCode: string, signal?: AbortSignal) =>
  unwrap(http.GET('/lors', { params: { query: { partner: partnerCode } }, signal }));
