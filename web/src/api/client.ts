import { fileUrl } from './file-url.ts';
import { http, unwrap } from './http.ts';
import type { S } from './schema-types.ts';
import type {
  AddMembership,
  AuditQuery,
  CaseQuery,
  CaseTransition,
  CreateCase,
  CreateLoaRevision,
  CreateLor,
  CreateNotification,
  CreateReviewComment,
  CreateUser,
  DeadlineQuery,
  DeterminationRequest,
  LorDecision,
  LorQuery,
  MilestoneKey,
  NotificationQuery,
  NotificationTransition,
  OfferGroup,
  PartnerQuery,
  SavedViewArea,
  SaveLoaVersion,
  TimelinessQuery,
  TimelinessTargetInput,
  UpdateMembership,
  UpdateNotification,
  UpdatePartner,
  UpdateUser,
} from './types.ts';

export { ApiError, onUnauthenticated, setCsrfToken } from './api-error.ts';

/** Plain links to files the API serves (the session cookie authenticates GETs): PDFs and exports. */
export const fileUrls = {
  loaPdf: (ref: string, number: number) => fileUrl('/cases/{ref}/versions/{number}/document.pdf', { path: { ref, number } }),
  diffPdf: (ref: string, from: number, to: number) => fileUrl('/cases/{ref}/diff/document.pdf', { path: { ref }, query: { from, to } }),
  timelinessExport: (format: 'csv' | 'xlsx', query: TimelinessQuery) => fileUrl(`/timeliness/export.${format}`, { query }),
};

/** A partner user's second factor: the authenticator's code, or one of the one-time recovery codes. */
export type SecondFactor = Pick<S['SignIn'], 'totpCode' | 'recoveryCode'>;

/**
 * The one typed client of the IOPS API: every call is checked against the generated schema (openapi-fetch). An input
 * typed `Defaulted` leaves out fields the server fills in, which the generated body type still marks required, hence
 * the `as S[…]` on those bodies.
 */
export const api = {
  // Authentication and my account
  session: (signal?: AbortSignal) => unwrap(http.GET('/auth/session', { signal }), { expect401: true }),
  signIn: (username: string, password: string, secondFactor: SecondFactor = {}) =>
    unwrap(http.POST('/auth/sign-in', { body: { username, password, ...secondFactor } }), { expect401: true }),
  signOut: () => unwrap(http.POST('/auth/sign-out'), { expect401: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    unwrap(http.POST('/auth/password', { body: { currentPassword, newPassword } })),
  listTokens: (signal?: AbortSignal) => unwrap(http.GET('/auth/tokens', { signal })),
  createToken: (name: string, expiresAt: string | null) => unwrap(http.POST('/auth/tokens', { body: { name, expiresAt } })),
  revokeToken: (id: string) => unwrap(http.DELETE('/auth/tokens/{id}', { params: { path: { id } } })),

  // Partners
  listPartners: (query: PartnerQuery, signal?: AbortSignal) => unwrap(http.GET('/countries', { params: { query }, signal })),
  listCountryGroups: (signal?: AbortSignal) => unwrap(http.GET('/country-groups', { signal })),
  getPartner: (code: string, signal?: AbortSignal) => unwrap(http.GET('/countries/{code}', { params: { path: { code } }, signal })),
  updatePartner: (code: string, input: UpdatePartner) =>
    unwrap(http.PATCH('/countries/{code}', { params: { path: { code } }, body: input })),
  addMembership: (code: string, input: AddMembership) =>
    unwrap(http.POST('/countries/{code}/memberships', { params: { path: { code } }, body: input })),
  updateMembership: (code: string, id: number, input: UpdateMembership) =>
    unwrap(http.PATCH('/countries/{code}/memberships/{id}', { params: { path: { code, id } }, body: input })),

  // Audit
  listAudit: (query: AuditQuery, signal?: AbortSignal) => unwrap(http.GET('/audit', { params: { query }, signal })),

  // Users (administration)
  listUsers: (signal?: AbortSignal) => unwrap(http.GET('/users', { signal })),
  createUser: (input: CreateUser) => unwrap(http.POST('/users', { body: input })),
  updateUser: (id: string, input: UpdateUser) => unwrap(http.PATCH('/users/{id}', { params: { path: { id } }, body: input })),
  resetPassword: (id: string, password: string, mustChangePassword: boolean) =>
    unwrap(http.POST('/users/{id}/password', { params: { path: { id } }, body: { password, mustChangePassword } })),
  unlockUser: (id: string) => unwrap(http.POST('/users/{id}/unlock', { params: { path: { id } } })),

  // Letters of request
  listLors: (query: LorQuery, signal?: AbortSignal) => unwrap(http.GET('/lors', { params: { query }, signal })),
  getLor: (id: string, signal?: AbortSignal) => unwrap(http.GET('/lors/{id}', { params: { path: { id } }, signal })),
  receiveLor: (input: CreateLor) => unwrap(http.POST('/lors', { body: input })),
  decideLor: (id: string, input: LorDecision) => unwrap(http.POST('/lors/{id}/decision', { params: { path: { id } }, body: input })),

  // Cases
  listAgencies: (signal?: AbortSignal) => unwrap(http.GET('/implementing-agencies', { signal })),
  listCases: (query: CaseQuery, signal?: AbortSignal) => unwrap(http.GET('/cases', { params: { query }, signal })),
  createCase: (input: CreateCase) => unwrap(http.POST('/cases', { body: input })),
  getCase: (ref: string, signal?: AbortSignal) => unwrap(http.GET('/cases/{ref}', { params: { path: { ref } }, signal })),
  transitionCase: (ref: string, input: CaseTransition) =>
    unwrap(http.POST('/cases/{ref}/transitions', { params: { path: { ref } }, body: input as S['CaseTransition'] })),
  setMilestone: (ref: string, milestone: MilestoneKey, onDate: string | null, version: number) =>
    unwrap(http.PUT('/cases/{ref}/milestones', { params: { path: { ref } }, body: { milestone, onDate, version } })),
  getVersion: (ref: string, number: number, signal?: AbortSignal) =>
    unwrap(http.GET('/cases/{ref}/versions/{number}', { params: { path: { ref, number } }, signal })),
  saveVersion: (ref: string, number: number, input: SaveLoaVersion) =>
    unwrap(http.PUT('/cases/{ref}/versions/{number}', { params: { path: { ref, number } }, body: input })),
  createRevision: (ref: string, input: CreateLoaRevision) =>
    unwrap(http.POST('/cases/{ref}/versions', { params: { path: { ref } }, body: input })),
  issueRevision: (ref: string, number: number, revision: number, effectiveOn: string) =>
    unwrap(http.POST('/cases/{ref}/versions/{number}/issue', { params: { path: { ref, number } }, body: { revision, effectiveOn } })),
  diffVersions: (ref: string, from: number, to: number, signal?: AbortSignal) =>
    unwrap(http.GET('/cases/{ref}/diff', { params: { path: { ref }, query: { from, to } }, signal })),
  setOfferGroup: (ref: string, offerGroup: OfferGroup | null, version: number) =>
    unwrap(http.PUT('/cases/{ref}/offer-group', { params: { path: { ref } }, body: { offerGroup, version } })),

  // Case writing: CWD review
  reviewQueue: (signal?: AbortSignal) => unwrap(http.GET('/review-queue', { signal })),
  listComments: (ref: string, signal?: AbortSignal) => unwrap(http.GET('/cases/{ref}/comments', { params: { path: { ref } }, signal })),
  addComment: (ref: string, input: CreateReviewComment) =>
    unwrap(http.POST('/cases/{ref}/comments', { params: { path: { ref } }, body: input as S['CreateReviewComment'] })),
  resolveComment: (ref: string, id: string) => unwrap(http.POST('/cases/{ref}/comments/{id}/resolve', { params: { path: { ref, id } } })),
  reopenComment: (ref: string, id: string) => unwrap(http.POST('/cases/{ref}/comments/{id}/reopen', { params: { path: { ref, id } } })),

  // Case writing: LOA timeliness
  timeliness: (query: TimelinessQuery, signal?: AbortSignal) => unwrap(http.GET('/timeliness', { params: { query }, signal })),
  listTimelinessTargets: (signal?: AbortSignal) => unwrap(http.GET('/timeliness/targets', { signal })),
  addTimelinessTarget: (input: TimelinessTargetInput) => unwrap(http.POST('/timeliness/targets', { body: input })),
  endTimelinessTarget: (id: string, effectiveTo: string) =>
    unwrap(http.POST('/timeliness/targets/{id}/end', { params: { path: { id } }, body: { effectiveTo } })),

  // Deadlines and calendar subscriptions
  listDeadlines: (query: DeadlineQuery, signal?: AbortSignal) => unwrap(http.GET('/deadlines', { params: { query }, signal })),
  listCalendarFeeds: (signal?: AbortSignal) => unwrap(http.GET('/deadlines/feeds', { signal })),
  createCalendarFeed: (name: string) => unwrap(http.POST('/deadlines/feeds', { body: { name } })),
  revokeCalendarFeed: (id: string) => unwrap(http.DELETE('/deadlines/feeds/{id}', { params: { path: { id } } })),

  // Congressional notifications
  determineNotification: (input: DeterminationRequest) => unwrap(http.POST('/notifications/determinations', { body: input })),
  caseNotification: (ref: string, signal?: AbortSignal) =>
    unwrap(http.GET('/cases/{ref}/notification', { params: { path: { ref } }, signal })),
  listNotifications: (query: NotificationQuery, signal?: AbortSignal) => unwrap(http.GET('/notifications', { params: { query }, signal })),
  getNotification: (id: string, signal?: AbortSignal) => unwrap(http.GET('/notifications/{id}', { params: { path: { id } }, signal })),
  createNotification: (input: CreateNotification) => unwrap(http.POST('/notifications', { body: input as S['CreateNotification'] })),
  updateNotification: (id: string, input: UpdateNotification) =>
    unwrap(http.PATCH('/notifications/{id}', { params: { path: { id } }, body: input })),
  transitionNotification: (id: string, input: NotificationTransition) =>
    unwrap(http.POST('/notifications/{id}/transitions', { params: { path: { id } }, body: input })),
  listNotificationThresholds: (signal?: AbortSignal) => unwrap(http.GET('/notification-thresholds', { signal })),

  // Saved views of a list
  listSavedViews: (area: SavedViewArea, signal?: AbortSignal) => unwrap(http.GET('/saved-views', { params: { query: { area } }, signal })),
  saveView: (area: SavedViewArea, name: string, query: string) => unwrap(http.POST('/saved-views', { body: { area, name, query } })),
  deleteSavedView: (id: string) => unwrap(http.DELETE('/saved-views/{id}', { params: { path: { id } } })),
};
