import { ApiError, currentCsrfToken, isErrorBody, reportUnauthenticated } from './api-error.ts';
import { markAllStale } from './query-client.ts';
import type {
  AddMembership,
  ApiToken,
  AuditPage,
  AuditQuery,
  CalendarFeed,
  CaseNotificationState,
  CasePage,
  CasePageList,
  CaseQuery,
  CaseTransition,
  CountryGroup,
  CreateCase,
  CreatedCalendarFeed,
  CreateLoaRevision,
  CreateLor,
  CreateNotification,
  CreateReviewComment,
  CreateUser,
  DeadlineList,
  DeadlineQuery,
  Determination,
  DeterminationRequest,
  ImplementingAgency,
  LetterOfRequest,
  LoaVersionDetail,
  LoaVersionDiff,
  LorDecision,
  LorPage,
  LorQuery,
  MilestoneKey,
  NewApiToken,
  Notification,
  NotificationDetail,
  NotificationList,
  NotificationQuery,
  NotificationThreshold,
  NotificationTransition,
  OfferGroup,
  OfferGroupResult,
  Partner,
  PartnerPage,
  PartnerQuery,
  ReviewComment,
  ReviewQueueItem,
  SavedView,
  SaveLoaVersion,
  Session,
  TimelinessQuery,
  TimelinessReport,
  TimelinessTarget,
  TimelinessTargetInput,
  UpdateMembership,
  UpdateNotification,
  UpdatePartner,
  UpdateUser,
  User,
} from './types.ts';

export { ApiError, onUnauthenticated, setCsrfToken } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | undefined | null;

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat a 401 as "session ended" (sign-in itself, the first session probe). */
  expect401?: boolean;
}

export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = currentCsrfToken();
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The IOPS server cannot be reached; check your connection and try again');
  }
  if (response.ok && method !== 'GET') markAllStale();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = null;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
  }
  if (!response.ok) {
    const error = isErrorBody(payload)
      ? new ApiError(response.status, payload.error.code, payload.error.message, payload.error.fields ?? [])
      : new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`);
    if (response.status === 401 && !options.expect401) reportUnauthenticated(error);
    throw error;
  }
  return payload as T;
}

const enc = encodeURIComponent;

/** Plain links to files the API serves (the session cookie authenticates GETs): PDFs and exports. */
export const fileUrls = {
  loaPdf: (ref: string, number: number) => `/api/cases/${enc(ref)}/versions/${number}/document.pdf`,
  diffPdf: (ref: string, from: number, to: number) => `/api/cases/${enc(ref)}/diff/document.pdf${toQueryString({ from, to })}`,
  timelinessExport: (format: 'csv' | 'xlsx', query: TimelinessQuery) => `/api/timeliness/export.${format}${toQueryString({ ...query })}`,
};

/** A partner user's second factor: the authenticator's code, or one of the one-time recovery codes. */
export interface SecondFactor {
  totpCode?: string;
  recoveryCode?: string;
}

/** The one typed client of the IOPS API (see openapi.json). */
export const api = {
  // Authentication and my account
  session: (signal?: AbortSignal) => request<Session>('GET', '/auth/session', { signal, expect401: true }),
  signIn: (username: string, password: string, secondFactor: SecondFactor = {}) =>
    request<Session>('POST', '/auth/sign-in', { body: { username, password, ...secondFactor }, expect401: true }),
  signOut: () => request<void>('POST', '/auth/sign-out', { expect401: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/auth/password', { body: { currentPassword, newPassword } }),
  listTokens: (signal?: AbortSignal) => request<ApiToken[]>('GET', '/auth/tokens', { signal }),
  createToken: (name: string, expiresAt: string | null) => request<NewApiToken>('POST', '/auth/tokens', { body: { name, expiresAt } }),
  revokeToken: (id: string) => request<void>('DELETE', `/auth/tokens/${enc(id)}`),

  // Partners
  listPartners: (query: PartnerQuery, signal?: AbortSignal) => request<PartnerPage>('GET', '/countries', { query: { ...query }, signal }),
  listCountryGroups: (signal?: AbortSignal) => request<CountryGroup[]>('GET', '/country-groups', { signal }),
  getPartner: (code: string, signal?: AbortSignal) => request<Partner>('GET', `/countries/${enc(code)}`, { signal }),
  updatePartner: (code: string, input: UpdatePartner) => request<Partner>('PATCH', `/countries/${enc(code)}`, { body: input }),
  addMembership: (code: string, input: AddMembership) => request<Partner>('POST', `/countries/${enc(code)}/memberships`, { body: input }),
  updateMembership: (code: string, id: number, input: UpdateMembership) =>
    request<Partner>('PATCH', `/countries/${enc(code)}/memberships/${id}`, { body: input }),

  // Audit
  listAudit: (query: AuditQuery, signal?: AbortSignal) => request<AuditPage>('GET', '/audit', { query: { ...query }, signal }),

  // Users (administration)
  listUsers: (signal?: AbortSignal) => request<User[]>('GET', '/users', { signal }),
  createUser: (input: CreateUser) => request<User>('POST', '/users', { body: input }),
  updateUser: (id: string, input: UpdateUser) => request<User>('PATCH', `/users/${enc(id)}`, { body: input }),
  resetPassword: (id: string, password: string, mustChangePassword: boolean) =>
    request<void>('POST', `/users/${enc(id)}/password`, { body: { password, mustChangePassword } }),
  unlockUser: (id: string) => request<User>('POST', `/users/${enc(id)}/unlock`),

  // Letters of request
  listLors: (query: LorQuery, signal?: AbortSignal) => request<LorPage>('GET', '/lors', { query: { ...query }, signal }),
  getLor: (id: string, signal?: AbortSignal) => request<LetterOfRequest>('GET', `/lors/${enc(id)}`, { signal }),
  receiveLor: (input: CreateLor) => request<LetterOfRequest>('POST', '/lors', { body: input }),
  decideLor: (id: string, input: LorDecision) => request<LetterOfRequest>('POST', `/lors/${enc(id)}/decision`, { body: input }),

  // Cases
  listAgencies: (signal?: AbortSignal) => request<ImplementingAgency[]>('GET', '/implementing-agencies', { signal }),
  listCases: (query: CaseQuery, signal?: AbortSignal) => request<CasePageList>('GET', '/cases', { query: { ...query }, signal }),
  createCase: (input: CreateCase) => request<CasePage>('POST', '/cases', { body: input }),
  getCase: (ref: string, signal?: AbortSignal) => request<CasePage>('GET', `/cases/${enc(ref)}`, { signal }),
  transitionCase: (ref: string, input: CaseTransition) => request<CasePage>('POST', `/cases/${enc(ref)}/transitions`, { body: input }),
  setMilestone: (ref: string, milestone: MilestoneKey, onDate: string | null, version: number) =>
    request<CasePage>('PUT', `/cases/${enc(ref)}/milestones`, { body: { milestone, onDate, version } }),
  getVersion: (ref: string, number: number, signal?: AbortSignal) =>
    request<LoaVersionDetail>('GET', `/cases/${enc(ref)}/versions/${number}`, { signal }),
  saveVersion: (ref: string, number: number, input: SaveLoaVersion) =>
    request<LoaVersionDetail>('PUT', `/cases/${enc(ref)}/versions/${number}`, { body: input }),
  createRevision: (ref: string, input: CreateLoaRevision) =>
    request<LoaVersionDetail>('POST', `/cases/${enc(ref)}/versions`, { body: input }),
  issueRevision: (ref: string, number: number, revision: number, effectiveOn: string) =>
    request<LoaVersionDetail>('POST', `/cases/${enc(ref)}/versions/${number}/issue`, { body: { revision, effectiveOn } }),
  diffVersions: (ref: string, from: number, to: number, signal?: AbortSignal) =>
    request<LoaVersionDiff>('GET', `/cases/${enc(ref)}/diff`, { query: { from, to }, signal }),
  setOfferGroup: (ref: string, offerGroup: OfferGroup | null, version: number) =>
    request<OfferGroupResult>('PUT', `/cases/${enc(ref)}/offer-group`, { body: { offerGroup, version } }),

  // Case writing: CWD review
  reviewQueue: (signal?: AbortSignal) => request<ReviewQueueItem[]>('GET', '/review-queue', { signal }),
  listComments: (ref: string, signal?: AbortSignal) => request<ReviewComment[]>('GET', `/cases/${enc(ref)}/comments`, { signal }),
  addComment: (ref: string, input: CreateReviewComment) => request<ReviewComment>('POST', `/cases/${enc(ref)}/comments`, { body: input }),
  resolveComment: (ref: string, id: string) => request<ReviewComment>('POST', `/cases/${enc(ref)}/comments/${enc(id)}/resolve`),
  reopenComment: (ref: string, id: string) => request<ReviewComment>('POST', `/cases/${enc(ref)}/comments/${enc(id)}/reopen`),

  // Case writing: LOA timeliness
  timeliness: (query: TimelinessQuery, signal?: AbortSignal) =>
    request<TimelinessReport>('GET', '/timeliness', { query: { ...query }, signal }),
  listTimelinessTargets: (signal?: AbortSignal) => request<TimelinessTarget[]>('GET', '/timeliness/targets', { signal }),
  addTimelinessTarget: (input: TimelinessTargetInput) => request<TimelinessTarget>('POST', '/timeliness/targets', { body: input }),
  endTimelinessTarget: (id: string, effectiveTo: string) =>
    request<TimelinessTarget>('POST', `/timeliness/targets/${enc(id)}/end`, { body: { effectiveTo } }),

  // Deadlines and calendar subscriptions
  listDeadlines: (query: DeadlineQuery, signal?: AbortSignal) =>
    request<DeadlineList>('GET', '/deadlines', { query: { ...query }, signal }),
  listCalendarFeeds: (signal?: AbortSignal) => request<CalendarFeed[]>('GET', '/deadlines/feeds', { signal }),
  createCalendarFeed: (name: string) => request<CreatedCalendarFeed>('POST', '/deadlines/feeds', { body: { name } }),
  revokeCalendarFeed: (id: string) => request<void>('DELETE', `/deadlines/feeds/${enc(id)}`),

  // Congressional notifications
  determineNotification: (input: DeterminationRequest) => request<Determination>('POST', '/notifications/determinations', { body: input }),
  caseNotification: (ref: string, signal?: AbortSignal) =>
    request<CaseNotificationState>('GET', `/cases/${enc(ref)}/notification`, { signal }),
  listNotifications: (query: NotificationQuery, signal?: AbortSignal) =>
    request<NotificationList>('GET', '/notifications', { query: { ...query }, signal }),
  getNotification: (id: string, signal?: AbortSignal) => request<NotificationDetail>('GET', `/notifications/${enc(id)}`, { signal }),
  createNotification: (input: CreateNotification) => request<NotificationDetail>('POST', '/notifications', { body: input }),
  updateNotification: (id: string, input: UpdateNotification) =>
    request<NotificationDetail>('PATCH', `/notifications/${enc(id)}`, { body: input }),
  transitionNotification: (id: string, input: NotificationTransition) =>
    request<NotificationDetail>('POST', `/notifications/${enc(id)}/transitions`, { body: input }),
  listNotificationThresholds: (signal?: AbortSignal) => request<NotificationThreshold[]>('GET', '/notification-thresholds', { signal }),

  // Saved views of a list
  listSavedViews: (area: string, signal?: AbortSignal) => request<SavedView[]>('GET', '/saved-views', { query: { area }, signal }),
  saveView: (area: string, name: string, query: string) => request<SavedView>('POST', '/saved-views', { body: { area, name, query } }),
  deleteSavedView: (id: string) => request<void>('DELETE', `/saved-views/${enc(id)}`),
};
