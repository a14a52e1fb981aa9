import { z } from '@hono/zod-openapi';
import { DISCREPANCY_KINDS, DISCREPANCY_STATUSES, RESOLUTIONS } from './rules/discrepancy.ts';
import { FADS } from './rules/fad.ts';
import { MILESTONES } from './rules/milestones.ts';
import { AAE_CATEGORIES } from './rules/transportation-plan.ts';
import { SHIPMENT_MODES } from './schema.ts';

const date = z.string().openapi({ format: 'date' });
const stage = z.enum(MILESTONES).nullable().openapi({ description: 'The furthest milestone that happened; null while planned' });

export const shipmentSummaryView = z
  .object({
    id: z.string(),
    number: z.string(),
    partnerCode: z.string(),
    caseId: z.string(),
    caseIdentifier: z.string(),
    mode: z.enum(SHIPMENT_MODES),
    origin: z.string(),
    custodyTransferPoint: z.string(),
    stage,
    deliveredOn: date.nullable(),
    receivedOn: date.nullable(),
    plannedDeliveryOn: date.nullable(),
    late: z.boolean(),
    latestCause: z.string().nullable(),
    receiptOverdue: z.boolean(),
    version: z.number().int(),
  })
  .openapi('ShipmentSummary');

export const shipmentListView = z
  .object({
    items: z.array(shipmentSummaryView),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    hasMore: z.boolean(),
  })
  .openapi('ShipmentList');

export const shipmentView = z
  .object({
    id: z.string(),
    number: z.string(),
    caseId: z.string(),
    caseIdentifier: z.string(),
    caseTitle: z.string(),
    caseType: z.string(),
    partnerCode: z.string(),
    mode: z.enum(SHIPMENT_MODES),
    origin: z.string(),
    portOfEmbarkation: z.string(),
    portOfDebarkation: z.string(),
    carrier: z.string(),
    tcn: z.string(),
    custodyTransferPoint: z.string(),
    classified: z.boolean(),
    cci: z.boolean(),
    aaeCategory: z.enum(AAE_CATEGORIES).nullable(),
    transportationPlan: z.string(),
    transportationPlanRequirement: z.object({ required: z.boolean(), reasons: z.array(z.string()), source: z.string() }),
    stage,
    deliveredOn: date.nullable(),
    receivedOn: date.nullable(),
    receiptDueOn: date.nullable(),
    receiptOverdue: z.boolean(),
    fadRecorded: z
      .boolean()
      .openapi({ description: 'Whether an F/AD is on file; its value is read only at GET /deliveries/shipments/{id}/fad' }),
    lines: z.array(
      z.object({
        lineNumber: z.string(),
        description: z.string(),
        quantity: z.number().int(),
        eeum: z.boolean(),
        itemTypeCode: z.string().nullable(),
        received: z.number().int().openapi({ description: 'Delivered: by recorded receipt events only (DSCA 24-40)' }),
        accepted: z.number().int(),
        serials: z.array(z.object({ serialNumber: z.string(), receivedOn: date.nullable(), acceptedOn: date.nullable() })),
      }),
    ),
    milestones: z.array(
      z.object({
        milestone: z.enum(MILESTONES),
        label: z.string(),
        plannedOn: date.nullable(),
        estimatedOn: date.nullable().openapi({ description: 'The first planned date' }),
        actualOn: date.nullable(),
        late: z.boolean(),
      }),
    ),
    slips: z.array(
      z.object({
        id: z.string(),
        milestone: z.enum(MILESTONES),
        fromOn: date,
        toOn: date,
        reasonCode: z.string(),
        reason: z.string(),
        note: z.string(),
        recordedBy: z.string(),
        recordedAt: z.string(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        lineNumber: z.string(),
        kind: z.enum(['received', 'accepted']),
        quantity: z.number().int(),
        onDate: date,
        document: z.string(),
        recordedBy: z.string(),
      }),
    ),
    discrepancies: z.array(
      z.object({
        id: z.string(),
        lineNumber: z.string(),
        kind: z.enum(DISCREPANCY_KINDS),
        valueCents: z.number().int(),
        submittedOn: date,
        description: z.string(),
        status: z.enum(DISCREPANCY_STATUSES),
        statusReason: z.string(),
        resolution: z.enum(RESOLUTIONS).nullable(),
        resolutionNote: z.string(),
        resolvedOn: date.nullable(),
        version: z.number().int(),
      }),
    ),
    version: z.number().int(),
  })
  .openapi('Shipment');

export const fadView = z
  .object({ shipmentNumber: z.string(), fad: z.enum(FADS), source: z.string() })
  .openapi('ForceActivityDesignator', { description: 'The F/AD and the shipment number only: never a country (DSCA 00-09)' });

export const delayReasonsView = z.array(z.object({ code: z.string(), label: z.string(), active: z.boolean() })).openapi('DelayReasons');

const listOf = <T extends z.ZodRawShape>(shape: T) => z.object({ total: z.number().int(), items: z.array(z.object(shape)) });

export const dashboardView = z
  .object({
    today: date,
    late: listOf({
      id: z.string(),
      number: z.string(),
      partnerCode: z.string(),
      caseIdentifier: z.string(),
      stage,
      plannedDeliveryOn: date.nullable(),
      estimatedDeliveryOn: date.nullable(),
      cause: z.string().nullable(),
    }),
    awaitingAcceptance: listOf({
      id: z.string(),
      number: z.string(),
      partnerCode: z.string(),
      caseIdentifier: z.string(),
      lineNumber: z.string(),
      description: z.string(),
      eeum: z.boolean(),
      awaiting: z.number().int(),
      receivedOn: date.nullable(),
    }),
    receiptsUnconfirmed: listOf({
      id: z.string(),
      number: z.string(),
      partnerCode: z.string(),
      caseIdentifier: z.string(),
      deliveredOn: date.nullable(),
      dueOn: date,
    }).extend({ source: z.string() }),
    expiringMoney: listOf({
      appropriationId: z.string(),
      appropriation: z.string(),
      programCode: z.string(),
      availableUntil: date.nullable(),
      caseId: z.string(),
      caseIdentifier: z.string(),
      partnerCode: z.string(),
      obligatedCents: z.number().int(),
      undeliveredLines: z.number().int(),
    }).extend({ withinDays: z.number().int() }),
  })
  .openapi('DeliveryDashboard');

export const timelinessView = z
  .object({
    rows: z.array(
      z.object({
        quarter: z.string().openapi({ example: 'FY2026 Q1' }),
        program: z.string(),
        partnerCode: z.string(),
        agencyCode: z.string(),
        cause: z.string(),
        causeLabel: z.string(),
        deliverables: z.number().int(),
        late: z.number().int(),
        daysLateTotal: z.number().int(),
        averageDaysLate: z.number(),
      }),
    ),
    source: z.string(),
  })
  .openapi('DeliveryTimeliness');

export const eumSitesView = z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })).openapi('HandOffSites');
