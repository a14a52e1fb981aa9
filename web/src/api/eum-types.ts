// Types of the end-use monitoring API (checked against the generated schema in contract.ts).

export const EUM_ITEM_STATUSES = [
  'in_inventory',
  'expended',
  'destroyed',
  'lost_stolen',
  'transferred',
  'returned',
  'demilitarised',
] as const;
export type EumItemStatus = (typeof EUM_ITEM_STATUSES)[number];
export type EumCategory = 'routine' | 'enhanced';
export const EUM_INVENTORY_STATUSES = ['planned', 'in_progress', 'reconciled', 'closed', 'cancelled'] as const;
export type EumInventoryStatus = (typeof EUM_INVENTORY_STATUSES)[number];
export type EumInventoryKind = 'initial' | 'periodic' | 'ad_hoc';
export type EumInventoryAction = 'start' | 'reconcile' | 'close' | 'cancel';
export type EumDiscrepancyKind = 'missing' | 'extra' | 'wrong_site' | 'damaged';
export const EUM_INCIDENT_KINDS = ['unauthorised_access', 'unauthorised_transfer', 'loss', 'theft', 'misuse'] as const;
export type EumIncidentKind = (typeof EUM_INCIDENT_KINDS)[number];
export const EUM_INCIDENT_STATUSES = ['reported', 'under_investigation', 'substantiated', 'unsubstantiated', 'closed'] as const;
export type EumIncidentStatus = (typeof EUM_INCIDENT_STATUSES)[number];
export type EumIncidentAction = 'investigate' | 'substantiate' | 'unsubstantiate' | 'close' | 'reopen';
export type EumVisitStatus = 'planned' | 'completed' | 'cancelled';

export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface EumItemType {
  code: string;
  name: string;
  category: EumCategory;
  source: string;
  verified: boolean;
}
export interface EumSite {
  id: string;
  partnerCode: string;
  code: string;
  name: string;
  location: string;
  version: number;
  createdAt: string;
}
export interface EumCertification {
  id: string;
  partnerCode: string;
  siteId: string | null;
  siteName: string | null;
  kind: 'control_plan' | 'site_certification';
  reference: string;
  certifiedBy: string;
  certifiedOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
  revocationReason: string;
  version: number;
  createdAt: string;
}
export interface EumUpdateSite {
  version: number;
  name?: string;
  location?: string;
}
export interface EumUpdateCertification {
  version: number;
  reference?: string;
  certifiedBy?: string;
  expiresOn?: string | null;
}
export interface EumRevokeCertification {
  version: number;
  revokedOn: string;
  reason: string;
}

export interface EumItemSummary {
  id: string;
  partnerCode: string;
  /** The case the item was delivered under: null while the case is withheld from the user (pending notification). */
  caseId: string | null;
  caseIdentifier: string | null;
  lineNumber: string | null;
  caseWithheld: boolean;
  itemTypeCode: string;
  category: EumCategory;
  serialNumber: string;
  deliveredOn: string;
  siteId: string | null;
  siteCode: string | null;
  status: EumItemStatus;
  statusReason: string;
  statusChangedOn: string | null;
  lastInventoriedOn: string | null;
  inventoryDueOn: string | null;
  version: number;
  overdue: boolean;
}
export interface EumItem extends EumItemSummary {
  dueBasis: { due: string; basis: 'initial' | 'periodic'; source: string } | null;
  inventories: { id: string; kind: EumInventoryKind; status: EumInventoryStatus; dueOn: string; reconciledOn: string | null }[];
  incidents: { id: string; kind: EumIncidentKind; status: EumIncidentStatus; title: string; discoveredOn: string }[];
}
export interface EumItemQuery {
  partner?: string;
  status?: EumItemStatus;
  category?: EumCategory;
  itemType?: string;
  siteId?: string;
  overdue?: 'true' | 'false';
  q?: string;
  limit?: number;
  offset?: number;
}

export interface EumInventorySummary {
  id: string;
  partnerCode: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  kind: EumInventoryKind;
  status: EumInventoryStatus;
  dueOn: string;
  startedOn: string | null;
  reconciledOn: string | null;
  closedOn: string | null;
  expectedCount: number;
  foundCount: number;
  notes: string;
  version: number;
  openDiscrepancies: number;
  overdue: boolean;
  allowedActions: EumInventoryAction[];
  createdAt: string;
  updatedAt: string;
}
export interface EumInventory extends EumInventorySummary {
  discrepanciesByKind: Record<string, number>;
}
export interface EumInventoryQuery {
  partner?: string;
  status?: EumInventoryStatus;
  overdue?: 'true' | 'false';
  limit?: number;
  offset?: number;
}

export interface EumDiscrepancy {
  id: string;
  inventoryId: string;
  partnerCode: string;
  kind: EumDiscrepancyKind;
  itemId: string | null;
  itemTypeCode: string;
  serialNumber: string;
  resolution: string;
  resolvedOn: string | null;
  incidentId: string | null;
  version: number;
  createdAt: string;
}

/** Wrong-site discrepancies say what becomes of the item: moved to the site where it was found, or kept (the resolution says why). */
export interface EumResolveDiscrepancy {
  version: number;
  resolution: string;
  date?: string;
  itemSite?: 'move' | 'keep';
}

export interface EumIncidentNotice {
  recipient: string;
  sentOn: string | null;
}
export interface EumIncident {
  id: string;
  partnerCode: string;
  kind: EumIncidentKind;
  status: EumIncidentStatus;
  title: string;
  description: string;
  occurredOn: string | null;
  discoveredOn: string;
  closedOn: string | null;
  findings: string;
  discrepancyId: string | null;
  notices: EumIncidentNotice[];
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: EumIncidentAction[];
  source: string;
  items: { id: string; itemTypeCode: string; serialNumber: string; status: string }[];
}

export interface EumVisitFinding {
  finding: string;
  recommendation: string;
  followUp: string;
  followUpDueOn: string | null;
  followUpDoneOn: string | null;
  followUpNote: string;
}
export interface EumFollowUpDone {
  version: number;
  doneOn: string;
  note: string;
}
export interface EumVisit {
  id: string;
  partnerCode: string;
  status: EumVisitStatus;
  plannedOn: string;
  conductedOn: string | null;
  scope: string;
  findings: EumVisitFinding[];
  version: number;
  source: string;
  createdAt: string;
  updatedAt: string;
}

export interface EumMeasures {
  items: number;
  enhancedHeld: number;
  delinquentItems: number;
  inventoriesDue: number;
  inventoriesCompleted: number;
  completedOnTime: number;
  overdueInventories: number;
  openDiscrepancies: number;
  openIncidents: number;
  completionRate: number | null;
}
export interface EumCompliance {
  asOf: string;
  partner: string | null;
  overall: EumMeasures;
  byCategoryStatus: { category: string; status: string; count: number }[];
  partners: (EumMeasures & { partnerCode: string })[];
  trend: { month: string; inventoriesCompleted: number; discrepanciesFound: number; incidentsRaised: number }[];
  source: string;
}

export interface EumImportSummary {
  rows: number;
  recorded: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: { row: number; field: string; message: string }[];
}

export interface EumCreateItem {
  caseId: string;
  lineNumber: string;
  itemTypeCode: string;
  serialNumber: string;
  deliveredOn: string;
  siteId: string | null;
}
export interface EumCreateInventory {
  siteId: string;
  kind: EumInventoryKind;
  dueOn: string | null;
  notes?: string;
}
export interface EumCreateSite {
  partnerCode: string;
  code: string;
  name: string;
  location?: string;
}
export interface EumCreateCertification {
  partnerCode: string;
  siteId: string | null;
  kind: 'control_plan' | 'site_certification';
  reference: string;
  certifiedBy?: string;
  certifiedOn: string;
  expiresOn: string | null;
}
export interface EumUpdateIncident {
  version: number;
  title?: string;
  description?: string;
  findings?: string;
  notices?: EumIncidentNotice[];
}
export interface EumCreateVisit {
  partnerCode: string;
  plannedOn: string;
  scope?: string;
}
export interface EumUpdateVisit {
  version: number;
  status?: EumVisitStatus;
  conductedOn?: string | null;
  findings?: EumVisitFinding[];
}
export interface EumCreateIncident {
  partnerCode: string;
  kind: EumIncidentKind;
  title: string;
  discoveredOn: string;
  description?: string;
  occurredOn?: string | null;
  itemIds?: string[];
}
