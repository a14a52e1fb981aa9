import { z } from '@hono/zod-openapi';
import { DCC_ACTIONS, DCC_CHECKLIST, DCC_STATUSES } from './rules/dcc-status.ts';
import { DCC_DOCUMENT_KINDS, DCC_EDITIONS } from './rules/editions.ts';

const date = z.string().openapi({ format: 'date' });

export const dccSummaryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    primeContractor: z.string(),
    contractValueCents: z.number().int(),
    financeableCents: z.number().int(),
    approvedCents: z.number().int().nullable(),
    disbursedCents: z.number().int(),
    awardDate: date,
    edition: z.enum(DCC_EDITIONS),
    status: z.enum(DCC_STATUSES),
  })
  .openapi('DccSummary');

export const dccListView = z
  .object({ items: z.array(dccSummaryView), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('DccList');

export const dccView = dccSummaryView
  .extend({
    contractNumber: z.string(),
    nonUsContentCents: z.number().int(),
    itemsAndServices: z.string(),
    editionLabel: z.string(),
    editionSource: z.string(),
    appropriationId: z.string().nullable(),
    decisionReason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedOn: date.nullable(),
    documents: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(DCC_DOCUMENT_KINDS),
        label: z.string(),
        reference: z.string(),
        receivedOn: date,
        note: z.string(),
        createdBy: z.string(),
      }),
    ),
    requiredDocuments: z.array(z.object({ kind: z.enum(DCC_DOCUMENT_KINDS), label: z.string(), onFile: z.boolean() })),
    checklist: z.array(z.object({ item: z.enum(DCC_CHECKLIST), label: z.string(), done: z.boolean() })),
    disbursements: z.array(
      z.object({
        id: z.string(),
        amountCents: z.number().int(),
        requestedOn: date,
        disbursementOn: date,
        usFlagAttested: z.boolean(),
        usFlagNote: z.string(),
        createdBy: z.string(),
        sources: z.array(z.object({ appropriationId: z.string(), appropriationName: z.string(), amountCents: z.number().int() })),
      }),
    ),
    remainingCents: z.number().int().nullable().openapi({ description: 'Approved less disbursed' }),
    allowedActions: z.array(z.enum(DCC_ACTIONS)),
    version: z.number().int(),
  })
  .openapi('DccRequest');
