import { z } from '@hono/zod-openapi';
import { EUM_CATEGORIES } from './rules/categories.ts';
import { CERTIFICATION_KINDS } from './rules/delivery-gate.ts';
import { INCIDENT_ACTIONS, INCIDENT_KINDS, INCIDENT_STATUSES } from './rules/incident-status.ts';
import { INVENTORY_ACTIONS, INVENTORY_KINDS, INVENTORY_STATUSES } from './rules/inventory-status.ts';
import { ITEM_STATUSES } from './rules/item-status.ts';
import { DISCREPANCY_KINDS } from './rules/reconciliation.ts';

// Response schemas of the end-use monitoring API.

const day = z.string().nullable();
const WITHHELD_CASE = 'Null while the case is withheld from you (pending congressional notification)';
const list = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi(name);

export const itemTypeView = z
  .object({ code: z.string(), name: z.string(), category: z.enum(EUM_CATEGORIES), source: z.string(), verified: z.boolean() })
  .openapi('EumItemType');

export const siteView = z
  .object({
    id: z.string(),
    partnerCode: z.string(),
    code: z.string(),
    name: z.string(),
    location: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('EumSite');

export const certificationView = z
  .object({
    id: z.string(),
    partnerCode: z.string(),
    siteId: z.string().nullable(),
    siteName: z.string().nullable(),
    kind: z.enum(CERTIFICATION_KINDS),
    reference: z.string(),
    certifiedBy: z.string(),
    certifiedOn: z.string(),
    expiresOn: day,
    revokedOn: day,
    revocationReason: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('EumCertification');

const itemFields = {
  id: z.string(),
  partnerCode: z.string(),
  // The case the item was delivered under: null while the case is withheld from the reader (pending notification).
  caseId: z.string().nullable().openapi({ description: WITHHELD_CASE }),
  caseIdentifier: z.string().nullable().openapi({ description: WITHHELD_CASE }),
  lineNumber: z.string().nullable().openapi({ description: WITHHELD_CASE }),
  caseWithheld: z.boolean().openapi({
    description: 'The item was delivered under a case withheld from you (pending congressional notification): case and line are masked',
  }),
  itemTypeCode: z.string(),
  category: z.enum(EUM_CATEGORIES),
  serialNumber: z.string(),
  deliveredOn: z.string(),
  siteId: z.string().nullable(),
  siteCode: z.string().nullable(),
  status: z.enum(ITEM_STATUSES),
  statusReason: z.string(),
  statusChangedOn: day,
  lastInventoriedOn: day,
  inventoryDueOn: day,
  version: z.number().int(),
  overdue: z.boolean(),
};
export const itemSummaryView = z.object(itemFields).openapi('EumItemSummary');
export const itemListView = list(itemSummaryView, 'EumItemList');
export const itemView = z
  .object({
    ...itemFields,
    dueBasis: z.object({ due: z.string(), basis: z.enum(['initial', 'periodic']), source: z.string() }).nullable(),
    inventories: z.array(
      z.object({ id: z.string(), kind: z.enum(INVENTORY_KINDS), status: z.enum(INVENTORY_STATUSES), dueOn: z.string(), reconciledOn: day }),
    ),
    incidents: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(INCIDENT_KINDS),
        status: z.enum(INCIDENT_STATUSES),
        title: z.string(),
        discoveredOn: z.string(),
      }),
    ),
  })
  .openapi('EumItem');

const inventoryFields = {
  id: z.string(),
  partnerCode: z.string(),
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  kind: z.enum(INVENTORY_KINDS),
  status: z.enum(INVENTORY_STATUSES),
  dueOn: z.string(),
  startedOn: day,
  reconciledOn: day,
  closedOn: day,
  expectedCount: z.number().int(),
  foundCount: z.number().int(),
  notes: z.string(),
  version: z.number().int(),
  openDiscrepancies: z.number().int(),
  overdue: z.boolean(),
  allowedActions: z.array(z.enum(INVENTORY_ACTIONS)),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const inventoryListView = list(z.object(inventoryFields).openapi('EumInventorySummary'), 'EumInventoryList');
export const inventoryView = z
  .object({ ...inventoryFields, discrepanciesByKind: z.record(z.string(), z.number().int()) })
  .openapi('EumInventory');

export const discrepancyView = z
  .object({
    id: z.string(),
    inventoryId: z.string(),
    partnerCode: z.string(),
    kind: z.enum(DISCREPANCY_KINDS),
    itemId: z.string().nullable(),
    itemTypeCode: z.string(),
    serialNumber: z.string(),
    resolution: z.string(),
    resolvedOn: day,
    incidentId: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('EumDiscrepancy');
export const discrepancyListView = list(discrepancyView, 'EumDiscrepancyList');

const notice = z.object({ recipient: z.string(), sentOn: z.string().nullable() });
const incidentFields = {
  id: z.string(),
  partnerCode: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  status: z.enum(INCIDENT_STATUSES),
  title: z.string(),
  description: z.string(),
  occurredOn: day,
  discoveredOn: z.string(),
  closedOn: day,
  findings: z.string(),
  discrepancyId: z.string().nullable(),
  notices: z.array(notice),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(INCIDENT_ACTIONS)),
  source: z.string(),
  items: z.array(z.object({ id: z.string(), itemTypeCode: z.string(), serialNumber: z.string(), status: z.string() })),
};
export const incidentView = z.object(incidentFields).openapi('EumIncident');
export const incidentListView = list(incidentView, 'EumIncidentList');

const finding = z.object({
  finding: z.string(),
  recommendation: z.string(),
  followUp: z.string(),
  followUpDueOn: z.string().nullable(),
  followUpDoneOn: z.string().nullable(),
  followUpNote: z.string(),
});
export const visitView = z
  .object({
    id: z.string(),
    partnerCode: z.string(),
    status: z.enum(['planned', 'completed', 'cancelled']),
    plannedOn: z.string(),
    conductedOn: day,
    scope: z.string(),
    findings: z.array(finding),
    version: z.number().int(),
    source: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('EumVisit');
export const visitListView = list(visitView, 'EumVisitList');

const measures = {
  items: z.number().int(),
  enhancedHeld: z.number().int(),
  delinquentItems: z.number().int(),
  inventoriesDue: z.number().int(),
  inventoriesCompleted: z.number().int(),
  completedOnTime: z.number().int(),
  overdueInventories: z.number().int(),
  openDiscrepancies: z.number().int(),
  openIncidents: z.number().int(),
  completionRate: z.number().nullable().openapi({ description: 'Inventories completed ÷ inventories due (0–1); null when none was due' }),
};
export const complianceView = z
  .object({
    asOf: z.string(),
    partner: z.string().nullable(),
    overall: z.object(measures),
    byCategoryStatus: z.array(z.object({ category: z.string(), status: z.string(), count: z.number().int() })),
    partners: z.array(z.object({ partnerCode: z.string(), ...measures })),
    trend: z.array(
      z.object({
        month: z.string(),
        inventoriesCompleted: z.number().int(),
        discrepanciesFound: z.number().int(),
        incidentsRaised: z.number().int(),
      }),
    ),
    source: z.string(),
  })
  .openapi('EumCompliance');

export const importSummaryView = z
  .object({
    rows: z.number().int(),
    recorded: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    errors: z
      .array(z.object({ row: z.number().int(), field: z.string(), message: z.string() }))
      .openapi({ description: 'The first 1,000 refused rows, by the row number shown in the sheet' }),
  })
  .openapi('EumImportSummary');
