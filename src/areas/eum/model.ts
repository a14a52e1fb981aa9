import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { EUM_CATEGORIES } from './rules/categories.ts';
import { CERTIFICATION_KINDS } from './rules/delivery-gate.ts';
import { INCIDENT_ACTIONS, INCIDENT_KINDS, INCIDENT_STATUSES } from './rules/incident-status.ts';
import { INVENTORY_ACTIONS, INVENTORY_KINDS, INVENTORY_STATUSES } from './rules/inventory-status.ts';
import { ITEM_STATUSES } from './rules/item-status.ts';
import { DISCREPANCY_KINDS } from './rules/reconciliation.ts';

// Request schemas of the end-use monitoring API (services validate with them too).

export { isoDate };
export const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const version = z.number().int().positive();
const trimmed = (max: number) => text.trim().max(max);
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const itemTypeInput = z
  .object({
    code: text.regex(/^[A-Z0-9_-]{2,20}$/, '2–20 capital letters, digits, - or _'),
    name: trimmed(200).min(1),
    category: z.enum(EUM_CATEGORIES),
    source: trimmed(1000).min(1, 'cite the source that designates it'),
    verified: z.boolean().default(false),
  })
  .openapi('EumItemTypeInput');

export const siteInput = z
  .object({ partnerCode: customerCode, code: text.trim().min(1).max(30), name: trimmed(200).min(1), location: trimmed(300).default('') })
  .openapi('EumSiteInput');

export const updateSiteInput = z
  .object({ version, name: trimmed(200).min(1).optional(), location: trimmed(300).optional() })
  .openapi('EumUpdateSite');

export const updateCertificationInput = z
  .object({
    version,
    reference: trimmed(200).min(1).optional(),
    certifiedBy: trimmed(200).optional(),
    expiresOn: isoDate.nullable().optional().openapi({ description: 'The end date (null: open-ended)' }),
  })
  .openapi('EumUpdateCertification');

export const revokeCertificationInput = z
  .object({ version, revokedOn: isoDate, reason: trimmed(2000).min(1, 'say why it was revoked') })
  .openapi('EumRevokeCertification');

export const certificationInput = z
  .object({
    partnerCode: customerCode,
    siteId: z.uuid().nullable().default(null),
    kind: z.enum(CERTIFICATION_KINDS),
    reference: trimmed(200).min(1, 'the document reference'),
    certifiedBy: trimmed(200).default(''),
    certifiedOn: isoDate,
    expiresOn: isoDate.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'site_certification' && !v.siteId)
      ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'a site certification names its site' });
    if (v.expiresOn && v.expiresOn < v.certifiedOn)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'on or after certifiedOn' });
  })
  .openapi('EumCertificationInput');

export const createItemInput = z
  .object({
    caseId: text.min(1).max(40).openapi({ description: 'Case id or identifier (e.g. AT-B-AAA)' }),
    lineNumber: text.trim().min(1).max(10),
    itemTypeCode: text.trim().min(1).max(20),
    serialNumber: text.trim().min(1, 'the serial number').max(60),
    deliveredOn: isoDate,
    siteId: z.uuid().nullable().default(null),
  })
  .openapi('EumCreateItem');
export type CreateItemInput = z.input<typeof createItemInput>;

export const itemStatusInput = z
  .object({
    version,
    status: z.enum(ITEM_STATUSES),
    reason: trimmed(2000).min(1, 'give the reason for the change'),
    date: isoDate.optional(),
  })
  .openapi('EumItemStatusChange');

export const itemListQuery = z.object({
  partner: text.optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  category: z.enum(EUM_CATEGORIES).optional(),
  itemType: text.optional(),
  siteId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: text.max(100).optional().openapi({ description: 'Serial number (prefix) search' }),
  ...page,
});

export const inventoryInput = z
  .object({
    siteId: z.uuid(),
    kind: z.enum(INVENTORY_KINDS),
    dueOn: isoDate
      .nullable()
      .default(null)
      .openapi({ description: 'Ad hoc inventories set it; scheduled ones default to the earliest due date of the items at the site' }),
    notes: trimmed(2000).default(''),
  })
  .openapi('EumCreateInventory');

export const inventoryTransitionInput = z
  .object({
    version,
    action: z.enum(INVENTORY_ACTIONS),
    date: isoDate.optional(),
    reason: trimmed(500).optional().openapi({ description: 'Why: required to cancel (it is kept in the audit record)' }),
  })
  .refine((v) => v.action !== 'cancel' || (v.reason ?? '') !== '', {
    path: ['reason'],
    message: 'say why the inventory is cancelled',
  })
  .openapi('EumInventoryTransition');

export const inventoryListQuery = z.object({
  partner: text.optional(),
  status: z.enum(INVENTORY_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...page,
});

export const discrepancyResolutionInput = z
  .object({
    version,
    resolution: trimmed(2000).min(1, 'say how it was resolved'),
    date: isoDate.optional(),
    itemSite: z.enum(['move', 'keep']).optional().openapi({
      description:
        'Wrong-site discrepancies only (required there): move the item to the site where it was found, or keep it where recorded (the resolution says why)',
    }),
  })
  .openapi('EumResolveDiscrepancy');

export const discrepancyListQuery = z.object({
  kind: z.enum(DISCREPANCY_KINDS).optional(),
  open: z.enum(['true', 'false']).optional(),
  ...page,
});

const notice = z.object({ recipient: trimmed(200).min(1), sentOn: isoDate.nullable().default(null) });

export const incidentInput = z
  .object({
    partnerCode: customerCode,
    kind: z.enum(INCIDENT_KINDS),
    title: trimmed(300).min(1),
    description: trimmed(8000).default(''),
    occurredOn: isoDate.nullable().default(null),
    discoveredOn: isoDate,
    itemIds: z.array(z.uuid()).max(1000).default([]),
    notices: z.array(notice).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    // Found after it happened: the order is simply logical.
    if (v.occurredOn && v.occurredOn > v.discoveredOn)
      ctx.addIssue({ code: 'custom', path: ['occurredOn'], message: `on or before discoveredOn (${v.discoveredOn})` });
  })
  .openapi('EumCreateIncident');
export type IncidentInput = z.input<typeof incidentInput>;

export const raiseIncidentInput = z
  .object({ kind: z.enum(INCIDENT_KINDS).optional(), title: trimmed(300).optional(), discoveredOn: isoDate.optional() })
  .openapi('EumRaiseIncident');

export const updateIncidentInput = z
  .object({
    version,
    title: trimmed(300).min(1).optional(),
    description: trimmed(8000).optional(),
    occurredOn: isoDate.nullable().optional(),
    findings: trimmed(8000).optional(),
    notices: z.array(notice).max(50).optional(),
  })
  .openapi('EumUpdateIncident');

export const incidentTransitionInput = z
  .object({ version, action: z.enum(INCIDENT_ACTIONS), date: isoDate.optional() })
  .openapi('EumIncidentTransition');

export const incidentListQuery = z.object({
  partner: text.optional(),
  status: z.enum(INCIDENT_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional(),
  ...page,
});

const finding = z.object({
  finding: trimmed(4000).min(1),
  recommendation: trimmed(4000).default(''),
  followUp: trimmed(4000).default(''),
  followUpDueOn: isoDate.nullable().default(null),
  followUpDoneOn: isoDate.nullable().default(null),
  followUpNote: trimmed(4000).default(''),
});

export const visitInput = z
  .object({ partnerCode: customerCode, plannedOn: isoDate, scope: trimmed(4000).default('') })
  .openapi('EumCreateVisit');
export const updateVisitInput = z
  .object({
    version,
    status: z.enum(['planned', 'completed', 'cancelled']).optional(),
    plannedOn: isoDate.optional(),
    conductedOn: isoDate.nullable().optional(),
    scope: trimmed(4000).optional(),
    findings: z.array(finding).max(200).optional(),
  })
  .openapi('EumUpdateVisit');
export const followUpDoneInput = z
  .object({ version, doneOn: isoDate, note: trimmed(4000).min(1, 'say what was done') })
  .openapi('EumFollowUpDone');
export const visitListQuery = z.object({
  partner: text.optional(),
  status: z.enum(['planned', 'completed', 'cancelled']).optional(),
  ...page,
});

export const complianceQuery = z.object({
  partner: text.optional().openapi({ description: 'One partner; all partners in your scope when omitted' }),
  months: z.coerce.number().int().min(1).max(60).default(12),
  asOf: isoDate.optional(),
});
