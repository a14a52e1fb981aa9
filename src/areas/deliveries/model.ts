import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { DISCREPANCY_KINDS, DISCREPANCY_STATUSES, RESOLUTIONS } from './rules/discrepancy.ts';
import { FADS } from './rules/fad.ts';
import { MILESTONES } from './rules/milestones.ts';
import { AAE_CATEGORIES } from './rules/transportation-plan.ts';
import { SHIPMENT_MODES } from './schema.ts';

const line = (max: number) => text.trim().min(1, 'required').max(max);
const optional = (max: number) => text.trim().max(max).default('');
const version = z.number({ message: 'the version you read' }).int().positive();
const quantity = z.number({ message: 'a whole number' }).int('a whole number').min(1, 'at least 1').max(1_000_000);
const serial = line(60);
const lineNumber = text.regex(/^[0-9A-Z]{1,10}$/, 'an LOA line number such as 001');
const reasonCode = text.regex(/^[A-Z0-9_]{2,20}$/, 'a reason code: 2–20 capital letters, digits or _');

export const shipmentLineInput = z.object({
  lineNumber,
  quantity,
  itemTypeCode: text
    .regex(/^[A-Z0-9-]{1,40}$/, 'an EUM item type code')
    .nullable()
    .default(null)
    .openapi({ description: 'For a line designated for enhanced EUM: the EUM item type its serial-numbered articles are' }),
  serialNumbers: z
    .array(serial)
    .max(10_000)
    .default([])
    .openapi({ description: 'Captured before shipment: one per article of an EEUM line (DoD IG: pre-shipment serialisation)' }),
});

const plannedDates = z
  .object(
    Object.fromEntries(MILESTONES.map((m) => [m, isoDate.optional()])) as Record<
      (typeof MILESTONES)[number],
      z.ZodOptional<typeof isoDate>
    >,
  )
  .openapi({ description: 'The planned date of each milestone (the first plan is kept as the estimate)' });

export const createShipmentInput = z
  .object({
    caseId: line(60).openapi({ description: 'The case (id or identifier) whose lines are shipped' }),
    mode: z.enum(SHIPMENT_MODES),
    origin: line(200),
    portOfEmbarkation: optional(200),
    portOfDebarkation: optional(200),
    carrier: optional(200),
    tcn: optional(30).openapi({ description: 'Transportation control number (TCN) on the shipping documents' }),
    custodyTransferPoint: line(200).openapi({ description: 'Where U.S. title and custody pass to the partner (shared/domain.md §8)' }),
    classified: z.boolean().default(false),
    cci: z.boolean().default(false).openapi({ description: 'Controlled cryptographic items' }),
    aaeCategory: z.enum(AAE_CATEGORIES).nullable().default(null),
    transportationPlan: optional(200).openapi({ description: 'The Transportation Plan reference (SAMM Fig C7.F1)' }),
    fad: z
      .enum(FADS)
      .nullable()
      .default(null)
      .openapi({ description: 'Force/activity designator; needs the fad-pairing need-to-know, never returned here (DSCA 00-09)' }),
    planned: plannedDates.default({}),
    lines: z.array(shipmentLineInput).min(1, 'at least one line').max(200),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.lines.forEach((l, i) => {
      if (seen.has(l.lineNumber)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'lineNumber'], message: 'the line appears twice' });
      seen.add(l.lineNumber);
    });
  });
export type CreateShipmentInput = z.input<typeof createShipmentInput>;

export const milestoneInput = z
  .object({
    version,
    milestone: z.enum(MILESTONES),
    plannedOn: isoDate.optional().openapi({ description: 'A new planned date; later than the plan is a slip' }),
    actualOn: isoDate.optional().openapi({ description: 'What happened (not received or accepted: those are receipt events)' }),
    reasonCode: reasonCode.optional().openapi({ description: 'Required for a slip: the cause (administrator-kept list)' }),
    note: text.trim().max(2000).optional().openapi({ description: 'Required for a slip' }),
  })
  .openapi({ description: 'A planned or an actual date (or both)' });

const eventLine = z.object({
  lineNumber,
  quantity,
  serialNumbers: z.array(serial).max(10_000).default([]).openapi({ description: 'For an EEUM line: the serial number of each article' }),
});

export const receiptInput = z.object({
  version,
  receivedOn: isoDate,
  document: line(200).openapi({ description: 'The receipt document (e.g. the signed DD 1348-1A or DD 250 reference)' }),
  lines: z.array(eventLine).min(1, 'at least one line').max(200),
});

export const acceptanceInput = z.object({
  version,
  acceptedOn: isoDate,
  document: line(200).openapi({ description: 'The acceptance document' }),
  siteId: z.uuid().nullable().default(null).openapi({ description: 'The EUM storage site the accepted EEUM items go to' }),
  lines: z.array(eventLine).min(1, 'at least one line').max(200),
});

export const fadInput = z.object({ fad: z.enum(FADS) });

export const discrepancyInput = z.object({
  lineNumber,
  kind: z.enum(DISCREPANCY_KINDS).openapi({ description: 'sdr: supply discrepancy report; tdr: transportation discrepancy report' }),
  valueCents: z.number().int('whole cents').min(0).max(Number.MAX_SAFE_INTEGER),
  submittedOn: isoDate,
  description: line(4000),
});

export const resolveDiscrepancyInput = z.object({
  version,
  resolution: z.enum(RESOLUTIONS),
  note: line(2000),
  resolvedOn: isoDate,
});

export const delayReasonInput = z.object({ code: reasonCode, label: line(200) });

export const shipmentListQuery = z.object({
  partner: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code').optional(),
  caseId: z.uuid().optional(),
  stage: z.enum([...MILESTONES, 'planned']).optional(),
  late: z.enum(['true', 'false']).optional(),
  q: text
    .trim()
    .max(100)
    .optional()
    .openapi({ description: 'Shipment number, case identifier or TCN (from the start), or a receipt or acceptance document number' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const timelinessQuery = z.object({
  from: isoDate.optional().openapi({ description: 'Deliveries on or after (default: a year ago)' }),
  to: isoDate.optional(),
  partner: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code').optional(),
});

export const discrepancyStatuses = DISCREPANCY_STATUSES;
