// Names the web app uses for the API's types: every one is the generated schema (openapi-schema.d.ts, from
// openapi.json by `npm run openapi`), never a hand-written copy. The lists of values a screen offers (statuses,
// actions, milestones) are checked against the schema's enums both ways, so a server change fails the type check.
import type { Answered, Defaulted, Exactly, Query, S } from './schema-types.ts';

export type { FieldError } from './api-error.ts';
export type ErrorBody = S['Error'];

export type Session = S['Session'];
export type Scope = Session['user']['scope'];
export type AreaAccess = Session['areas'][number];

// Partners
export type PartnerSummary = S['PartnerSummary'];
export type Partner = S['Partner'];
export type GroupMembership = S['GroupMembership'];
export type PartnerPage = S['PartnerPage'];
export type UpdatePartner = S['UpdatePartner'];
export type AddMembership = S['AddGroupMembership'];
export type UpdateMembership = S['UpdateGroupMembership'];
export type CountryGroup = S['CountryGroup'];
export type PartnerQuery = Query<'/countries'>;
export type PartnerSort = NonNullable<PartnerQuery['sort']>;
export type SortDir = NonNullable<PartnerQuery['dir']>;
export type CombatantCommand = NonNullable<PartnerSummary['region']>;
export const COMBATANT_COMMANDS = ['AFRICOM', 'CENTCOM', 'EUCOM', 'INDOPACOM', 'NORTHCOM', 'SOUTHCOM'] as const;
export type CombatantCommandsChecked = Exactly<typeof COMBATANT_COMMANDS, CombatantCommand>;

// Audit, users, tokens
export type AuditEntry = S['AuditEntry'];
export type AuditPage = S['AuditPage'];
export type AuditQuery = Query<'/audit'>;
export type User = S['User'];
export type CreateUser = S['CreateUser'];
export type UpdateUser = S['UpdateUser'];
export type ApiToken = S['ApiToken'];
export type NewApiToken = S['NewApiToken'];

// Letters of request and cases
export type LetterOfRequest = S['LetterOfRequest'];
export type LorSummary = S['LetterOfRequestSummary'];
export type LorPage = Answered<'/lors', 'get'>;
export type LorQuery = Query<'/lors'>;
export type CreateLor = S['CreateLetterOfRequest'];
export type LorDecision = S['LetterOfRequestDecision'];
export type LorChannel = LetterOfRequest['channel'];
export type LorStatus = LetterOfRequest['status'];
export const LOR_CHANNELS = ['embassy', 'security_cooperation_office', 'combatant_command', 'partner_direct', 'other'] as const;
export const LOR_STATUSES = ['received', 'actionable', 'returned', 'converted'] as const;
export type LorListsChecked = [Exactly<typeof LOR_CHANNELS, LorChannel>, Exactly<typeof LOR_STATUSES, LorStatus>];

export type CreateCase = S['CreateCase'];
export type CaseSummary = S['CaseSummary'];
export type CasePageList = S['CaseList'];
export type CaseQuery = Query<'/cases'>;
export type CaseSort = NonNullable<CaseQuery['sort']>;
export type CasePage = S['CasePage'];
export type CaseRecord = CasePage['case'];
export type CaseStatus = CaseRecord['status'];
export type CaseType = CaseRecord['type'];
export type CaseTransition = Defaulted<S['CaseTransition'], 'override'>;
export type CaseAction = S['CaseTransition']['action'];
export type MilestoneKey = S['SetMilestone']['milestone'];
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
export const CASE_TYPES = ['defined_order', 'blanket_order', 'clssa', 'bpc'] as const;
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
export type CaseListsChecked = [
  Exactly<typeof CASE_STATUSES, CaseStatus>,
  Exactly<typeof CASE_ACTIONS, CaseAction>,
  Exactly<typeof CASE_TYPES, CaseType>,
  Exactly<typeof MILESTONES, MilestoneKey>,
];

export type LoaVersion = S['LoaVersion'];
export type LoaVersionDetail = S['LoaVersionDetail'];
export type LoaLine = LoaVersionDetail['lines'][number];
export type LoaNote = LoaVersionDetail['notes'][number];
export type Payment = LoaVersionDetail['paymentSchedule'][number];
export type LoaContent = Pick<LoaVersionDetail, 'lines' | 'notes' | 'paymentSchedule'>;
export type QualityFinding = S['QualityFinding'];
export type SaveLoaVersion = S['SaveLoaVersion'];
export type CreateLoaRevision = S['CreateLoaRevision'];
export type LoaVersionDiff = S['LoaVersionDiff'];
export type FieldChange = LoaVersionDiff['linesChanged'][number]['changes'][number];
export type ReviewComment = S['ReviewComment'];
export type CreateReviewComment = Defaulted<S['CreateReviewComment'], 'noteCode'>;
export type ReviewQueueItem = S['ReviewQueueItem'];
export type SavedView = S['SavedView'];
export type SavedViewArea = S['SaveView']['area'];
export type ImplementingAgency = S['ImplementingAgency'];
export type OfferGroup = NonNullable<S['SetOfferGroup']['offerGroup']>;
export const OFFER_GROUPS = ['A', 'B', 'C', 'D'] as const;
export type OfferGroupResult = Answered<'/cases/{ref}/offer-group', 'put'>;

// Case writing: LOA timeliness
export type TimelinessQuery = Query<'/timeliness'>;
export type ClockStart = S['TimelinessTarget']['clockStart'];
export const CLOCK_STARTS = ['lor_received', 'lor_complete'] as const;
export type CaseWritingListsChecked = [Exactly<typeof OFFER_GROUPS, OfferGroup>, Exactly<typeof CLOCK_STARTS, ClockStart>];
export type TimelinessRow = S['TimelinessRow'];
export type TimelinessBucket = S['TimelinessBucket'];
export type TimelinessReport = S['TimelinessReport'];
export type TimelinessTarget = S['TimelinessTarget'];
export type TimelinessTargetInput = S['TimelinessTargetInput'];

// Congressional notifications
export type NotificationDetail = S['Notification'];
export type Notification = S['NotificationListItem'];
export type NotificationSummary = S['NotificationSummary'];
export type NotificationList = S['NotificationList'];
export type NotificationQuery = Query<'/notifications'>;
export type WithheldNotification = Extract<Notification, { withheld: true }>;
export type CreateNotification = Defaulted<
  S['CreateNotification'],
  'kind' | 'caseIds' | 'followsId' | 'transmittalNumber' | 'mdeCents' | 'totalCents' | 'designConstructionCents'
>;
export type UpdateNotification = S['UpdateNotification'];
export type NotificationTransition = S['NotificationTransition'];
export type NotificationStatus = NotificationDetail['status'];
export type NotificationAction = NotificationTransition['action'];
export type NotificationKind = NotificationDetail['kind'];
/** The kinds a user drafts on the notifications screens; 516(f) and 62(a) notices are made from their EDA request or lease. */
export type SaleNotificationKind = Extract<NotificationKind, 'aeca_36b1' | 'aeca_36b5c'>;
export const NOTIFICATION_STATUSES = ['draft', 'in_tiered_review', 'formally_notified', 'cleared', 'withdrawn'] as const;
export const NOTIFICATION_ACTIONS = ['send_tiered_review', 'notify_formally', 'clear', 'withdraw'] as const;
export type NotificationListsChecked = [
  Exactly<typeof NOTIFICATION_STATUSES, NotificationStatus>,
  Exactly<typeof NOTIFICATION_ACTIONS, NotificationAction>,
];
export type NotificationThreshold = S['NotificationThreshold'];
export type PurchaserGroup = NotificationThreshold['purchaserGroup'];
export type DeterminationRequest = S['DeterminationRequest'];
export type Determination = S['Determination'];
export type CaseNotificationState = S['CaseNotificationState'];
export type CaseDetermination = NonNullable<CaseNotificationState['determination']>;

// Deadlines and calendar subscriptions
export type Deadline = S['Deadline'];
export type DeadlineList = S['DeadlineList'];
export type DeadlineQuery = Query<'/deadlines'>;
export type CalendarFeed = S['CalendarFeed'];
export type CreatedCalendarFeed = S['CreatedCalendarFeed'];
