import { z } from '@hono/zod-openapi';
import { listSort } from '../../platform/http/list-sort.ts';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { NOTIFICATION_ACTIONS, NOTIFICATION_STATUSES } from './rules/notification-status.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const dollars = z
  .number({ message: 'a number of whole US dollars' })
  .int('whole US dollars')
  .min(0, 'not negative')
  .max(Number.MAX_SAFE_INTEGER / 100);
const cents = z.number().int('whole cents').min(0).max(Number.MAX_SAFE_INTEGER);

/** The determination request other tools send: values in whole US dollars, the partner by its customer code. */
export const determinationInput = z
  .object({
    partnerCode: customerCode,
    mdeValue: dollars.openapi({ description: 'Major Defense Equipment value, whole US dollars', example: 25_000_000 }),
    totalValue: dollars.openapi({ description: 'Defense articles and services, MDE included, whole US dollars', example: 120_000_000 }),
    designConstructionValue: dollars.default(0).openapi({ description: 'Design and construction services, whole US dollars', example: 0 }),
    asOf: isoDate.optional().openapi({ description: 'Decide as of this date (default: today)', example: '2024-06-01' }),
  })
  .superRefine((v, ctx) => {
    if (v.totalValue < v.mdeValue)
      ctx.addIssue({
        code: 'custom',
        path: ['totalValue'],
        message: `includes the MDE value, so it cannot be less than mdeValue (${v.mdeValue})`,
      });
  })
  .openapi('DeterminationRequest');
export type DeterminationInput = z.input<typeof determinationInput>;

export const createNotificationInput = z
  .object({
    kind: z.enum(['aeca_36b1', 'aeca_36b5c']).default('aeca_36b1'),
    partnerCode: customerCode,
    caseIds: z.array(z.uuid()).max(50).default([]),
    /** For a 36(b)(5)(C) report: the notice it follows. */
    followsId: z.uuid().nullable().default(null),
    transmittalNumber: text
      .trim()
      .max(10)
      .nullable()
      .default(null)
      .openapi({ description: 'YY-NN (36(b)(1)) or YY-0X (36(b)(5)(C)); assigned when omitted' }),
    description: text.trim().min(1, 'describe the articles and services').max(4000),
    /** Values in cents; omitted values are computed from the covered cases' lines. */
    mdeCents: cents.nullable().default(null),
    totalCents: cents.nullable().default(null),
    designConstructionCents: cents.default(0),
  })
  .superRefine((v, ctx) => {
    if (v.mdeCents !== null && v.totalCents !== null && v.mdeCents > v.totalCents)
      ctx.addIssue({ code: 'custom', path: ['mdeCents'], message: `part of the total, so at most totalCents (${v.totalCents})` });
  })
  .openapi('CreateNotification');
export type CreateNotificationInput = z.input<typeof createNotificationInput>;

export const updateNotificationInput = z
  .object({
    version: z.number().int().positive(),
    description: text.trim().min(1).max(4000).optional(),
    mdeCents: cents.optional(),
    totalCents: cents.optional(),
    designConstructionCents: cents.optional(),
    caseIds: z.array(z.uuid()).max(50).optional(),
  })
  .openapi('UpdateNotification');

export const notificationTransitionInput = z
  .object({ version: z.number().int().positive(), action: z.enum(NOTIFICATION_ACTIONS), date: isoDate.optional() })
  .openapi('NotificationTransition');

/** The list's sorts: `reviewEnds` is the formal review's end, else the tiered review's. */
export const notificationSorting = listSort(['transmittal', 'partner', 'status', 'reviewEnds', 'total', 'updated'], {
  default: 'updated',
  descendingFirst: ['reviewEnds', 'total', 'updated'],
});

export const notificationListQuery = z.object({
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  partner: text.optional(),
  q: text.max(100).optional(),
  ...notificationSorting.query,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const addThresholdInput = z
  .object({
    purchaserGroup: z.enum(['AECA_36B_ALLIES', 'OTHER']),
    effectiveFrom: isoDate,
    mdeCents: cents,
    totalCents: cents,
    designConstructionCents: cents,
    reviewDays: z.number().int().min(1).max(365),
    tieredReviewDays: z.number().int().min(1).max(365).nullable(),
    source: text.trim().min(1, 'cite the source').max(1000),
    verified: z.boolean(),
    tieredReviewSource: text.trim().max(1000).default(''),
    tieredReviewVerified: z.boolean().default(false),
  })
  .openapi('AddNotificationThreshold');

export const endThresholdInput = z.object({ effectiveTo: isoDate }).openapi('EndNotificationThreshold');
