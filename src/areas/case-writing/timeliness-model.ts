import { z } from '@hono/zod-openapi';
import { orderedRange } from '../../platform/http/ranges.ts';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { CLOCK_STARTS, OFFER_GROUPS } from './timeliness.ts';

// Inputs and outputs of the timeliness API (LOR to offer), documented in OpenAPI.

const timelinessFilters = z.object({
  from: isoDate
    .optional()
    .openapi({ description: 'First offer date of the period (default: the first day of the month eleven months before `to`)' }),
  to: isoDate.optional().openapi({ description: 'Last offer date of the period (default: today)' }),
  agency: text.regex(/^[A-Z]$/, 'one letter, e.g. B (Army)').optional(),
  partner: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT').optional(),
});
export const timelinessQuery = timelinessFilters.superRefine(orderedRange('from', 'to'));
export type TimelinessQuery = z.input<typeof timelinessQuery>;

export const timelinessTargetInput = z
  .object({
    caseGroup: z
      .enum(OFFER_GROUPS)
      .nullable()
      .openapi({ description: 'LOA case development group (SAMM Table C5.T6); null for the general target' }),
    clockStart: z.enum(CLOCK_STARTS).openapi({ description: 'The milestone the days are counted from' }),
    days: z.number().int().min(1).max(3650),
    sharePercent: z.number().int().min(1).max(100).openapi({ description: 'The share of LOAs to offer within the days, in percent' }),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().default(null),
    source: text.trim().min(1, 'name the source (policy memo, SAMM paragraph)').max(1000),
    verified: z.boolean().default(false).openapi({ description: 'Read in the source named' }),
  })
  .openapi('TimelinessTargetInput');
export type TimelinessTargetInput = z.input<typeof timelinessTargetInput>;

export const endTargetInput = z
  .object({ effectiveTo: isoDate.openapi({ description: 'The last day the target is in force' }) })
  .openapi('EndTimelinessTarget');

export const offerGroupInput = z
  .object({
    offerGroup: z
      .enum(OFFER_GROUPS)
      .nullable()
      .openapi({ description: 'LOA case development group (SAMM C5.4.2, Table C5.T6), or null to clear' }),
    version: z.number().int().positive().openapi({ description: 'The case version you read; a stale one is a 409' }),
  })
  .openapi('SetOfferGroup');

export const timelinessTargetView = z
  .object({
    id: text,
    caseGroup: z.enum(OFFER_GROUPS).nullable(),
    clockStart: z.enum(CLOCK_STARTS),
    days: z.number().int(),
    sharePercent: z.number().int(),
    effectiveFrom: text,
    effectiveTo: text.nullable(),
    source: text,
    verified: z.boolean(),
    createdAt: text,
  })
  .openapi('TimelinessTarget');

export const timelinessRowView = z
  .object({
    caseId: text,
    identifier: text,
    partnerCode: text,
    partnerName: text,
    agencyCode: text,
    agencyName: text,
    title: text,
    status: text,
    offerGroup: z.enum(OFFER_GROUPS).nullable(),
    lorReceivedOn: text.nullable(),
    lorCompleteOn: text.nullable(),
    startMilestone: z.enum(CLOCK_STARTS).nullable(),
    startedOn: text.nullable(),
    offeredOn: text.nullable(),
    days: z.number().int().nullable(),
    targetDays: z.number().int().nullable(),
    targetSharePercent: z.number().int().nullable(),
    targetSource: text.nullable(),
    targetVerified: z.boolean().nullable(),
    onTime: z.boolean().nullable(),
    reason: text,
  })
  .openapi('TimelinessRow');

export const timelinessBucketView = z
  .object({
    key: text.openapi({ description: 'Implementing agency code, offer month (YYYY-MM) or "all"' }),
    label: text,
    cases: z.number().int(),
    measured: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    onTimeSharePercent: z.number().nullable(),
    goalSharePercent: z.number().int().nullable(),
    meetsGoal: z.boolean().nullable(),
  })
  .openapi('TimelinessBucket');

export const timelinessReportView = z
  .object({
    from: text,
    to: text,
    rows: z.array(timelinessRowView),
    overall: timelinessBucketView,
    byAgency: z.array(timelinessBucketView),
    byMonth: z.array(timelinessBucketView),
  })
  .openapi('TimelinessReport');
