import { z } from '@hono/zod-openapi';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from './rules/notification-status.ts';

// Response schemas of the notifications API.

export const determinationView = z
  .object({
    required: z.boolean(),
    reviewDays: z.number().int().nullable().openapi({ description: 'Formal review period, calendar days, when notice is required' }),
    tieredReviewDays: z.number().int().nullable().openapi({ description: 'Informal tiered review before formal notice, calendar days' }),
    reasons: z.array(
      z.object({
        rule: z.string(),
        measure: z.enum(['major_defense_equipment', 'defense_articles_and_services', 'design_and_construction']),
        threshold: z.number().openapi({ description: 'Whole US dollars' }),
        value: z.number().openapi({ description: 'Whole US dollars' }),
        met: z.boolean(),
        source: z.string(),
      }),
    ),
    partnerCode: z.string(),
    asOf: z.string(),
    purchaserGroup: z.enum(['AECA_36B_ALLIES', 'OTHER']),
    thresholdSet: z.object({
      mde: z.number(),
      total: z.number(),
      designConstruction: z.number(),
      source: z.string(),
      verified: z.boolean(),
    }),
    tieredReviewVerified: z.boolean(),
  })
  .openapi('Determination');

const errorEntry = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export const batchDeterminationView = z.array(z.union([determinationView, errorEntry])).openapi('DeterminationBatch');

const coveredCase = z.object({
  id: z.string(),
  identifier: z.string(),
  title: z.string(),
  status: z.string(),
  loaVersionNumber: z.number().int().nullable(),
});

const notificationFields = z
  .object({
    id: z.string(),
    withheld: z.literal(false),
    kind: z.enum(NOTIFICATION_KINDS),
    transmittalNumber: z.string().openapi({ example: '24-45' }),
    partnerCode: z.string(),
    followsId: z.string().nullable(),
    description: z.string(),
    mdeCents: z.number().int(),
    totalCents: z.number().int(),
    designConstructionCents: z.number().int(),
    status: z.enum(NOTIFICATION_STATUSES),
    tieredReviewSentOn: z.string().nullable(),
    tieredReviewDays: z.number().int().nullable(),
    tieredReviewEndsOn: z.string().nullable(),
    formallyNotifiedOn: z.string().nullable(),
    reviewDays: z.number().int().nullable(),
    reviewSource: z.string().nullable().openapi({ description: 'For a 516(f) or 62(a) notice: the rule that set its review period' }),
    reviewEndsOn: z.string().nullable(),
    clearedOn: z.string().nullable(),
    withdrawnOn: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    cases: z.array(coveredCase),
  })
  .openapi('NotificationListItem');

/** One notification as its page shows it: with the other areas' records it is about (an EDA request, a lease). */
export const notificationView = notificationFields
  .extend({
    subjects: z.array(z.object({ type: z.string(), id: z.string(), label: z.string(), link: z.string().nullable() })),
  })
  .openapi('Notification');

/** A notification of a sale still withheld pending congressional notification, as a list shows it: only that it exists. */
const maskedNotificationView = z.object({
  id: z.string(),
  withheld: z.literal(true),
  kind: z.null(),
  transmittalNumber: z.literal('Withheld'),
  partnerCode: z.null(),
  followsId: z.null(),
  description: z.string(),
  mdeCents: z.null(),
  totalCents: z.null(),
  designConstructionCents: z.null(),
  status: z.null(),
  tieredReviewSentOn: z.null(),
  tieredReviewDays: z.null(),
  tieredReviewEndsOn: z.null(),
  formallyNotifiedOn: z.null(),
  reviewDays: z.null(),
  reviewSource: z.null(),
  reviewEndsOn: z.null(),
  clearedOn: z.null(),
  withdrawnOn: z.null(),
  version: z.null(),
  createdAt: z.null(),
  updatedAt: z.null(),
  cases: z.null(),
});

/** A row of the notification list: the notification, or (withheld) only that it exists. */
export const notificationSummaryView = z
  .discriminatedUnion('withheld', [notificationFields, maskedNotificationView])
  .openapi('NotificationSummary');

export const notificationListView = z
  .object({ items: z.array(notificationSummaryView), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('NotificationList');

const ruleDetermination = z.object({
  required: z.boolean(),
  purchaserGroup: z.enum(['AECA_36B_ALLIES', 'OTHER']),
  thresholdRowId: z.number().int(),
  thresholds: z.object({ mdeCents: z.number().int(), totalCents: z.number().int(), designConstructionCents: z.number().int() }),
  reviewDays: z.number().int().nullable(),
  tieredReviewDays: z.number().int().nullable(),
  verified: z.boolean(),
  tieredReviewVerified: z.boolean(),
  reasons: z.array(
    z.object({
      rule: z.string(),
      measure: z.string(),
      thresholdCents: z.number().int(),
      valueCents: z.number().int(),
      met: z.boolean(),
      source: z.string(),
    }),
  ),
});

export const caseNotificationView = z
  .object({
    values: z.object({
      versionNumber: z.number().int(),
      mdeCents: z.number().int(),
      totalCents: z.number().int(),
      designConstructionCents: z.number().int(),
    }),
    asOf: z.string(),
    determination: ruleDetermination.nullable(),
    undetermined: z.string().nullable(),
    notifications: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        transmittalNumber: z.string(),
        status: z.string(),
        reviewEndsOn: z.string().nullable(),
        formallyNotifiedOn: z.string().nullable(),
        totalCents: z.number().int(),
      }),
    ),
    cleared: z.boolean(),
    offerBlocker: z.string().nullable(),
    followOn: z.object({ required: z.boolean(), reasons: z.array(z.string()), source: z.string() }).nullable(),
  })
  .openapi('CaseNotificationState');

export const thresholdView = z
  .object({
    id: z.number().int(),
    purchaserGroup: z.enum(['AECA_36B_ALLIES', 'OTHER']),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    mdeCents: z.number().int(),
    totalCents: z.number().int(),
    designConstructionCents: z.number().int(),
    reviewDays: z.number().int(),
    tieredReviewDays: z.number().int().nullable(),
    source: z.string(),
    verified: z.boolean(),
    tieredReviewSource: z.string(),
    tieredReviewVerified: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('NotificationThreshold');
