// Types of the IOPS API, mirroring the schemas in openapi.json (components.schemas).

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[] };
}

export interface Scope {
  allDirectorates: boolean;
  directorates: string[];
  allCountries: boolean;
  countries: string[];
}

export interface AreaAccess {
  id: string;
  label: string;
  directorate: string | null;
  built: boolean;
  canRead: boolean;
  canWrite: boolean;
  /** May keep the area's rule and reference tables (administer): use this, never a role name. */
  canAdminister: boolean;
}

export interface Session {
  /** mustChangePassword: until the password is changed the server refuses everything else (403). */
  user: { id: string; username: string; displayName: string; roles: string[]; mustChangePassword: boolean; scope: Scope };
  csrfToken: string | null;
  areas: AreaAccess[];
  roleLabels: Record<string, string>;
  directorateLabels: Record<string, string>;
  /** Markings a record can carry, e.g. `pre-notification` → "pending congressional notification". */
  markingLabels: Record<string, string>;
}

export const COMBATANT_COMMANDS = ['AFRICOM', 'CENTCOM', 'EUCOM', 'INDOPACOM', 'NORTHCOM', 'SOUTHCOM'] as const;
export type CombatantCommand = (typeof COMBATANT_COMMANDS)[number];

export interface PartnerSummary {
  code: string;
  iso2: string | null;
  iso3: string | null;
  name: string;
  kind: 'country' | 'organization';
  region: CombatantCommand | null;
  codeVerified: boolean;
  groups: string[];
}

export interface GroupMembership {
  id: number;
  groupCode: string;
  groupName: string;
  fromDate: string;
  toDate: string | null;
  source: string;
  verified: boolean;
  version: number;
}

export interface Partner extends PartnerSummary {
  notes: string;
  version: number;
  updatedAt: string;
  memberships: GroupMembership[];
}

export type PartnerSort = 'code' | 'name' | 'region' | 'iso2';
export type SortDir = 'asc' | 'desc';

export interface PartnerQuery {
  q?: string;
  region?: string;
  group?: string;
  kind?: 'country' | 'organization';
  sort?: PartnerSort;
  dir?: SortDir;
  limit?: number;
  offset?: number;
}

export interface PartnerPage {
  items: PartnerSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface UpdatePartner {
  version: number;
  name?: string;
  region?: CombatantCommand | null;
  notes?: string;
}

export interface AddMembership {
  groupCode: string;
  fromDate: string;
  toDate?: string | null;
  source: string;
  verified?: boolean;
}

export interface UpdateMembership {
  version: number;
  fromDate?: string;
  toDate?: string | null;
  source?: string;
  verified?: boolean;
}

export interface CountryGroup {
  code: string;
  name: string;
  description: string;
  source: string;
  members: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  countryCode: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  record?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
  allDirectorates: boolean;
  directorates: string[];
  allCountries: boolean;
  countries: string[];
  /** Explicit need-to-know grants (markings, e.g. `pre-notification`), beyond what the roles give. */
  needToKnow: string[];
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
}

export interface CreateUser extends Scope {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  roles: string[];
  mustChangePassword?: boolean;
  needToKnow?: string[];
}

export interface UpdateUser extends Partial<Scope> {
  version: number;
  displayName?: string;
  email?: string | null;
  roles?: string[];
  active?: boolean;
  needToKnow?: string[];
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface NewApiToken {
  id: string;
  name: string;
  token: string;
  expiresAt: string | null;
}

// Cases, letters of request, LOA versions (tag "Cases"), CWD review (tag "Case writing"), saved views.

export const CASE_STATUSES = [
  'draft',
  'in_review',
  'returned',
  'approved',
  'offered',
  'offer_expired',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'submit_for_review',
  'return',
  'approve',
  'offer',
  'expire_offer',
  'rework',
  'accept',
  'implement',
  'complete_supply',
  'close',
  'cancel',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_TYPES = ['defined_order', 'blanket_order', 'clssa', 'bpc'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const MILESTONES = [
  'lor_received',
  'lor_complete',
  'loa_data_received',
  'milap',
  'case_written',
  'cwd_review_complete',
  'dsca_state_coordination',
  'congressional_notification',
  'offered',
  'offer_expiration',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
] as const;
export type MilestoneKey = (typeof MILESTONES)[number];

export const LOR_CHANNELS = ['embassy', 'security_cooperation_office', 'combatant_command', 'partner_direct', 'other'] as const;
export type LorChannel = (typeof LOR_CHANNELS)[number];

export const LOR_STATUSES = ['received', 'actionable', 'returned', 'converted'] as const;
export type LorStatus = (typeof LOR_STATUSES)[number];

export interface LetterOfRequest {
  id: string;
  partnerCode: string;
  reference: string;
  receivedOn: string;
  completeOn: string | null;
  channel: LorChannel;
  agencyCode: string | null;
  description: string;
  requestedItems: string;
  status: LorStatus;
  returnReasons: string;
  caseId: string | null;
  version: number;
}

export interface LorQuery {
  status?: LorStatus;
  partner?: string;
  limit?: number;
  offset?: number;
}

/** A row of the LOR list; one converted to a case withheld from the reader shows only that it exists. */
export type LorSummary =
  | (LetterOfRequest & { withheld: false })
  | {
      id: string;
      withheld: true;
      partnerCode: null;
      reference: null;
      receivedOn: null;
      completeOn: null;
      channel: null;
      agencyCode: null;
      description: string;
      requestedItems: null;
      status: null;
      returnReasons: null;
      caseId: null;
      version: null;
    };

export interface LorPage {
  items: LorSummary[];
  total: number;
}

export interface CreateLor {
  partnerCode: string;
  reference?: string;
  receivedOn: string;
  channel: LorChannel;
  agencyCode?: string | null;
  description: string;
  requestedItems?: string;
}

export type LorDecision =
  | { decision: 'actionable'; version: number; completeOn: string }
  | { decision: 'returned'; version: number; reasons: string };

export interface CreateCase {
  partnerCode: string;
  agencyCode: string;
  type: CaseType;
  title: string;
  fundingSources?: string[];
  caseManager?: string;
  lorId?: string | null;
}

/** A row of the case list; a withheld case (pending congressional notification) shows only that it exists. */
export type CaseSummary =
  | {
      id: string;
      withheld: false;
      identifier: string;
      partnerCode: string;
      partnerName: string;
      agencyCode: string;
      type: CaseType;
      title: string;
      status: string;
      totalCents: number;
      caseManager: string;
      updatedAt: string;
    }
  | {
      id: string;
      withheld: true;
      identifier: string;
      partnerCode: null;
      partnerName: null;
      agencyCode: null;
      type: null;
      title: string;
      status: null;
      totalCents: null;
      caseManager: null;
      updatedAt: null;
    };

export type CaseSort = 'identifier' | 'partner' | 'status' | 'value' | 'updated';

export interface CaseQuery {
  q?: string;
  partner?: string;
  agency?: string;
  status?: string;
  type?: string;
  minValueCents?: number;
  maxValueCents?: number;
  sort?: CaseSort;
  dir?: SortDir;
  limit?: number;
  offset?: number;
}

export interface CasePageList {
  items: CaseSummary[];
  total: number;
  /** False when counting stopped at `total` (that many cases or more). */
  totalExact: boolean;
  limit: number;
  offset: number;
}

export interface LoaLine {
  lineNumber: string;
  description: string;
  maslGenericCode: string;
  maslNumber: string;
  quantity: number;
  unitOfIssue: string;
  unitCostCents: number;
  mde: boolean;
  sme: boolean;
  eeum: boolean;
  sourceOfSupply: string;
  deliveryPeriod: string;
  /** Program of record (true) or NPOR (false), DSCA 21-50; null: not yet stated. */
  programOfRecord: boolean | null;
  /** An NPOR line's type, from the administrator-kept list (GET /weapons/npor-types). */
  nporType: string | null;
}

export interface LoaNote {
  code: string;
  title: string;
  text: string;
}

export interface Payment {
  dueDate: string;
  amountCents: number;
}

export interface QualityFinding {
  check: string;
  severity: 'blocking' | 'warning';
  message: string;
  source: string;
  lineNumber?: string;
}

export interface LoaVersion {
  id: string;
  caseId: string;
  number: number;
  kind: 'basic' | 'amendment' | 'modification';
  state: 'draft' | 'issued';
  reason: string;
  accessorialCents: number;
  surchargeBasisPoints: number;
  linesCents: number;
  administrativeCents: number;
  totalCents: number;
  offerDate: string | null;
  offerExpirationDate: string | null;
  acceptedOn: string | null;
  revision: number;
  createdAt: string;
}

export interface LoaContent {
  lines: LoaLine[];
  notes: LoaNote[];
  paymentSchedule: Payment[];
}

export interface LoaVersionDetail extends LoaContent {
  version: LoaVersion;
  findings: QualityFinding[];
}

export interface CaseRecord {
  id: string;
  identifier: string;
  partnerCode: string;
  partnerName: string;
  agencyCode: string;
  designator: string;
  type: CaseType;
  title: string;
  fundingSources: string[];
  caseManager: string;
  status: CaseStatus;
  lorId: string | null;
  /** Case development group; absent while the server's case view does not include it. */
  offerGroup?: OfferGroup | null;
  totalCents: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CasePage {
  case: CaseRecord;
  versions: LoaVersion[];
  current: LoaContent & { number: number };
  milestones: { milestone: string; onDate: string }[];
  findings: QualityFinding[];
  nextActions: { action: CaseAction; label: string }[];
}

export interface SaveLoaVersion extends LoaContent {
  revision: number;
  accessorialCents: number;
}

export interface CaseTransition {
  action: CaseAction;
  version: number;
  date?: string;
  reason?: string;
  offerExpirationDate?: string;
}

export interface CreateLoaRevision {
  kind: 'amendment' | 'modification';
  version: number;
  reason: string;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface LoaVersionDiff {
  from: number;
  to: number;
  linesAdded: LoaLine[];
  linesRemoved: LoaLine[];
  linesChanged: { lineNumber: string; changes: FieldChange[] }[];
  notesAdded: string[];
  notesRemoved: string[];
  notesChanged: string[];
  accessorialCents: { from: number; to: number } | null;
  totalCents: { from: number; to: number; delta: number };
}

export interface ReviewComment {
  id: string;
  caseId: string;
  versionNumber: number;
  lineNumber: string | null;
  noteCode: string | null;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
}

export interface CreateReviewComment {
  versionNumber: number;
  lineNumber?: string | null;
  noteCode?: string | null;
  body: string;
}

/** A row of the CWD review queue; a case withheld from the reader shows only that it exists. */
export type ReviewQueueItem =
  | {
      id: string;
      withheld: false;
      identifier: string;
      partnerCode: string;
      partnerName: string;
      title: string;
      totalCents: number;
      submittedOn: string | null;
      openComments: number;
    }
  | {
      id: string;
      withheld: true;
      identifier: string;
      partnerCode: null;
      partnerName: null;
      title: string;
      totalCents: null;
      submittedOn: null;
      openComments: null;
    };

export interface SavedView {
  id: string;
  area: string;
  name: string;
  query: string;
  createdAt: string;
}

// Implementing agencies, case development groups and LOA timeliness (tags "Cases" and "Case writing").

export interface ImplementingAgency {
  code: string;
  name: string;
  source: string;
  verified: boolean;
}

export const OFFER_GROUPS = ['A', 'B', 'C', 'D'] as const;
export type OfferGroup = (typeof OFFER_GROUPS)[number];

export const CLOCK_STARTS = ['lor_received', 'lor_complete'] as const;
export type ClockStart = (typeof CLOCK_STARTS)[number];

export interface OfferGroupResult {
  identifier: string;
  offerGroup: OfferGroup | null;
  /** The case version after the change. */
  version: number;
}

export interface TimelinessQuery {
  from?: string;
  to?: string;
  agency?: string;
  partner?: string;
}

export interface TimelinessRow {
  caseId: string;
  identifier: string;
  partnerCode: string;
  partnerName: string;
  agencyCode: string;
  agencyName: string;
  title: string;
  status: string;
  offerGroup: OfferGroup | null;
  lorReceivedOn: string | null;
  lorCompleteOn: string | null;
  startMilestone: ClockStart | null;
  startedOn: string | null;
  offeredOn: string | null;
  days: number | null;
  targetDays: number | null;
  targetSharePercent: number | null;
  targetSource: string | null;
  targetVerified: boolean | null;
  onTime: boolean | null;
  reason: string;
}

export interface TimelinessBucket {
  key: string;
  label: string;
  cases: number;
  measured: number;
  onTime: number;
  late: number;
  onTimeSharePercent: number | null;
  goalSharePercent: number | null;
  meetsGoal: boolean | null;
}

export interface TimelinessReport {
  from: string;
  to: string;
  rows: TimelinessRow[];
  overall: TimelinessBucket;
  byAgency: TimelinessBucket[];
  byMonth: TimelinessBucket[];
}

export interface TimelinessTarget {
  id: string;
  caseGroup: OfferGroup | null;
  clockStart: ClockStart;
  days: number;
  sharePercent: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  verified: boolean;
  createdAt: string;
}

export interface TimelinessTargetInput {
  caseGroup: OfferGroup | null;
  clockStart: ClockStart;
  days: number;
  sharePercent: number;
  effectiveFrom: string;
  effectiveTo?: string | null;
  source: string;
  verified?: boolean;
}

// Congressional notifications (tag "Congressional notifications"): AECA 36(b)(1) determinations, notices, thresholds.

export const NOTIFICATION_STATUSES = ['draft', 'in_tiered_review', 'formally_notified', 'cleared', 'withdrawn'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
export const NOTIFICATION_ACTIONS = ['send_tiered_review', 'notify_formally', 'clear', 'withdraw'] as const;
export type NotificationAction = (typeof NOTIFICATION_ACTIONS)[number];
export type NotificationKind = 'aeca_36b1' | 'aeca_36b5c' | 'faa_516f' | 'aeca_62a' | 'section_333';
/** The kinds a user drafts on the notifications screens; 516(f) and 62(a) notices are made from their EDA request or lease. */
export type SaleNotificationKind = 'aeca_36b1' | 'aeca_36b5c';
export type PurchaserGroup = 'AECA_36B_ALLIES' | 'OTHER';

export interface DeterminationRequest {
  partnerCode: string;
  mdeValue: number;
  totalValue: number;
  designConstructionValue?: number;
  asOf?: string;
}

export interface Determination {
  required: boolean;
  reviewDays: number | null;
  tieredReviewDays: number | null;
  reasons: { rule: string; measure: string; threshold: number; value: number; met: boolean; source: string }[];
  partnerCode: string;
  asOf: string;
  purchaserGroup: PurchaserGroup;
  thresholdSet: { mde: number; total: number; designConstruction: number; source: string; verified: boolean };
  tieredReviewVerified: boolean;
}

export interface CaseDetermination {
  required: boolean;
  purchaserGroup: PurchaserGroup;
  thresholds: { mdeCents: number; totalCents: number; designConstructionCents: number };
  reviewDays: number | null;
  tieredReviewDays: number | null;
  verified: boolean;
  tieredReviewVerified: boolean;
  reasons: { rule: string; measure: string; thresholdCents: number; valueCents: number; met: boolean; source: string }[];
}

export interface CaseNotificationState {
  values: { versionNumber: number; mdeCents: number; totalCents: number; designConstructionCents: number };
  asOf: string;
  determination: CaseDetermination | null;
  undetermined: string | null;
  notifications: {
    id: string;
    kind: string;
    transmittalNumber: string;
    status: string;
    reviewEndsOn: string | null;
    formallyNotifiedOn: string | null;
    totalCents: number;
  }[];
  cleared: boolean;
  offerBlocker: string | null;
  followOn: { required: boolean; reasons: string[]; source: string } | null;
}

export interface Notification {
  id: string;
  withheld: false;
  kind: NotificationKind;
  transmittalNumber: string;
  partnerCode: string;
  followsId: string | null;
  description: string;
  mdeCents: number;
  totalCents: number;
  designConstructionCents: number;
  status: NotificationStatus;
  tieredReviewSentOn: string | null;
  tieredReviewDays: number | null;
  tieredReviewEndsOn: string | null;
  formallyNotifiedOn: string | null;
  reviewDays: number | null;
  reviewSource: string | null;
  reviewEndsOn: string | null;
  clearedOn: string | null;
  withdrawnOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  cases: { id: string; identifier: string; title: string; status: string; loaVersionNumber: number | null }[];
}

/** One notification as its page shows it, with the other areas' records it is about. */
export interface NotificationDetail extends Notification {
  subjects: { type: string; id: string; label: string; link: string | null }[];
}

export interface NotificationQuery {
  status?: NotificationStatus;
  partner?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

/** A notification of a sale still withheld pending congressional notification, as a list shows it: only that it exists. */
export interface WithheldNotification {
  id: string;
  withheld: true;
  kind: null;
  transmittalNumber: string;
  partnerCode: null;
  followsId: null;
  description: string;
  mdeCents: null;
  totalCents: null;
  designConstructionCents: null;
  status: null;
  tieredReviewSentOn: null;
  tieredReviewDays: null;
  tieredReviewEndsOn: null;
  formallyNotifiedOn: null;
  reviewDays: null;
  reviewSource: null;
  reviewEndsOn: null;
  clearedOn: null;
  withdrawnOn: null;
  version: null;
  createdAt: null;
  updatedAt: null;
  cases: null;
}

/** A row of the notification list. */
export type NotificationSummary = Notification | WithheldNotification;

export interface NotificationList {
  items: NotificationSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface CreateNotification {
  kind?: SaleNotificationKind;
  partnerCode: string;
  caseIds?: string[];
  followsId?: string | null;
  transmittalNumber?: string | null;
  description: string;
  mdeCents?: number | null;
  totalCents?: number | null;
  designConstructionCents?: number;
}

export interface UpdateNotification {
  version: number;
  description?: string;
  mdeCents?: number;
  totalCents?: number;
  designConstructionCents?: number;
  caseIds?: string[];
}

export interface NotificationTransition {
  version: number;
  action: NotificationAction;
  date?: string;
}

export interface NotificationThreshold {
  id: number;
  purchaserGroup: PurchaserGroup;
  effectiveFrom: string;
  effectiveTo: string | null;
  mdeCents: number;
  totalCents: number;
  designConstructionCents: number;
  reviewDays: number;
  tieredReviewDays: number | null;
  source: string;
  verified: boolean;
  tieredReviewSource: string;
  tieredReviewVerified: boolean;
  createdAt: string;
}

// Deadlines: every area's clocks, and calendar subscriptions
export interface Deadline {
  id: string;
  area: string;
  kind: string;
  title: string;
  dueDate: string;
  partnerCode: string | null;
  entityType: string;
  entityId: string;
  link: string;
  source: string;
  overdue: boolean;
  daysLeft: number;
}

export interface DeadlineList {
  from: string;
  to: string;
  today: string;
  items: Deadline[];
  limit: number;
  offset: number;
  /** More clocks follow this page. */
  hasMore: boolean;
  kinds: { area: string; kind: string; label: string }[];
}

export interface DeadlineQuery {
  from?: string | undefined;
  to?: string | undefined;
  overdue?: 'true' | 'false' | undefined;
  area?: string | undefined;
  partner?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface CalendarFeed {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedCalendarFeed extends CalendarFeed {
  url: string;
}
