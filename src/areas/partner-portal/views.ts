import { z } from '@hono/zod-openapi';
import { text } from '../../platform/schema/primitives.ts';

// What a partner user is shown: only the fields listed here leave the server (the access test checks the keys).

const day = text.nullable();
const file = z.object({ id: text, fileName: text, mediaType: text, sizeBytes: z.number().int() });

export const partnerLorView = z
  .object({
    id: text,
    reference: text,
    receivedOn: text,
    description: text,
    status: text,
    returnReasons: text,
    caseIdentifier: text.nullable(),
    attachments: z.array(file),
  })
  .openapi('PartnerLor');

export const partnerCaseListView = z
  .array(
    z.object({
      identifier: text,
      title: text,
      type: text,
      status: text,
      totalCents: z.number().int(),
      offerExpirationDate: day,
    }),
  )
  .openapi('PartnerCaseList');

export const partnerCaseView = z
  .object({
    identifier: text,
    title: text,
    type: text,
    status: text,
    totalCents: z.number().int(),
    loaVersions: z.array(
      z.object({
        number: z.number().int(),
        kind: text,
        offerDate: day,
        offerExpirationDate: day,
        acceptedOn: day,
        totalCents: z.number().int(),
        lines: z.array(
          z.object({
            lineNumber: text,
            description: text,
            quantity: z.number().int(),
            unitOfIssue: text,
            unitCostCents: z.number().int(),
            deliveryPeriod: text,
          }),
        ),
        payments: z.array(z.object({ dueDate: text, amountCents: z.number().int() })),
        signature: z.object({ versionNumber: z.number().int(), signedOn: text, signerName: text, signerTitle: text }).nullable(),
      }),
    ),
    milestones: z.array(z.object({ milestone: text, onDate: text })),
  })
  .openapi('PartnerCase');

export const partnerPaymentsView = z
  .array(z.object({ caseIdentifier: text, versionNumber: z.number().int(), dueDate: text, amountCents: z.number().int() }))
  .openapi('PartnerPayments');

export const partnerShipmentListView = z
  .array(
    z.object({
      id: text,
      number: text,
      caseIdentifier: text,
      mode: text,
      stage: text.nullable(),
      custodyTransferPoint: text,
      deliveredOn: day,
      receivedOn: day,
    }),
  )
  .openapi('PartnerShipmentList');

export const partnerShipmentView = z
  .object({
    id: text,
    number: text,
    caseIdentifier: text,
    mode: text,
    stage: text.nullable(),
    origin: text,
    portOfDebarkation: text,
    custodyTransferPoint: text,
    deliveredOn: day,
    receivedOn: day,
    lines: z.array(
      z.object({ lineNumber: text, description: text, quantity: z.number().int(), received: z.number().int(), accepted: z.number().int() }),
    ),
    milestones: z.array(z.object({ milestone: text, plannedOn: day, estimatedOn: day, actualOn: day })),
    delays: z.array(z.object({ milestone: text, fromOn: text, toOn: text, cause: text })),
    discrepancies: z.array(
      z.object({
        lineNumber: text,
        kind: text,
        valueCents: z.number().int(),
        submittedOn: text,
        description: text,
        status: text,
        resolution: text.nullable(),
        resolvedOn: day,
      }),
    ),
  })
  .openapi('PartnerShipment');

export const partnerEumView = z
  .object({
    items: z.array(
      z.object({
        id: text,
        serialNumber: text,
        itemTypeCode: text,
        status: text,
        deliveredOn: day,
        lastInventoriedOn: day,
        inventoryDueOn: day,
      }),
    ),
    inventories: z.array(
      z.object({ id: text, kind: text, status: text, dueOn: day, expectedCount: z.number().int(), foundCount: z.number().int() }),
    ),
    incidents: z.array(z.object({ id: text, kind: text, status: text, title: text, occurredOn: day, discoveredOn: day, closedOn: day })),
  })
  .openapi('PartnerEum');

export const partnerUserView = z
  .object({
    id: text,
    username: text,
    displayName: text,
    role: text,
    permissions: z.array(text),
    active: z.boolean(),
    enrolled: z.boolean(),
    version: z.number().int(),
  })
  .openapi('PartnerUser');

export const invitedView = z
  .object({
    user: partnerUserView,
    invitation: z.object({ token: text, expiresAt: text }).openapi({ description: 'Give the token to the user once; it is not kept' }),
  })
  .openapi('PartnerInvitation');
