// Names the end-use monitoring screens use for the API's types: each is the generated schema (openapi-schema.d.ts),
// never a hand-written copy; the value lists a screen offers are checked against the schema's enums both ways.
import type { Defaulted, Exactly, Query, S } from './schema-types.ts';

export type EumItemType = S['EumItemType'];
export type EumCategory = EumItemType['category'];
export type EumSite = S['EumSite'];
export type EumCertification = S['EumCertification'];
export type EumUpdateSite = S['EumUpdateSite'];
export type EumUpdateCertification = S['EumUpdateCertification'];
export type EumRevokeCertification = S['EumRevokeCertification'];
export type EumCreateSite = Defaulted<S['EumSiteInput'], Exclude<keyof S['EumSiteInput'], 'partnerCode' | 'code' | 'name'>>;
export type EumCreateCertification = Defaulted<
  S['EumCertificationInput'],
  Exclude<keyof S['EumCertificationInput'], 'partnerCode' | 'siteId' | 'kind' | 'reference' | 'certifiedOn' | 'expiresOn'>
>;

export type EumItemSummary = S['EumItemSummary'];
export type EumItem = S['EumItem'];
export type EumItemStatus = EumItem['status'];
export type EumItemQuery = Query<'/eum/items'>;
export type EumItemList = S['EumItemList'];
export type EumCreateItem = S['EumCreateItem'];
export const EUM_ITEM_STATUSES = [
  'in_inventory',
  'expended',
  'destroyed',
  'lost_stolen',
  'transferred',
  'returned',
  'demilitarised',
] as const;

export type EumInventorySummary = S['EumInventorySummary'];
export type EumInventory = S['EumInventory'];
export type EumInventoryStatus = EumInventory['status'];
export type EumInventoryKind = EumInventory['kind'];
export type EumInventoryAction = S['EumInventoryTransition']['action'];
export type EumInventoryQuery = Query<'/eum/inventories'>;
export type EumInventoryList = S['EumInventoryList'];
export type EumCreateInventory = Defaulted<S['EumCreateInventory'], 'notes'>;
export const EUM_INVENTORY_STATUSES = ['planned', 'in_progress', 'reconciled', 'closed', 'cancelled'] as const;

export type EumDiscrepancy = S['EumDiscrepancy'];
export type EumDiscrepancyList = S['EumDiscrepancyList'];
export type EumDiscrepancyKind = EumDiscrepancy['kind'];
export type EumResolveDiscrepancy = S['EumResolveDiscrepancy'];

export type EumIncident = S['EumIncident'];
export type EumIncidentList = S['EumIncidentList'];
export type EumIncidentQuery = Query<'/eum/incidents'>;
export type EumIncidentKind = EumIncident['kind'];
export type EumIncidentStatus = EumIncident['status'];
export type EumIncidentAction = S['EumIncidentTransition']['action'];
export type EumIncidentNotice = EumIncident['notices'][number];
export type EumCreateIncident = Defaulted<
  S['EumCreateIncident'],
  Exclude<keyof S['EumCreateIncident'], 'partnerCode' | 'kind' | 'title' | 'discoveredOn'>
>;
export type EumUpdateIncident = S['EumUpdateIncident'];
export const EUM_INCIDENT_KINDS = ['unauthorised_access', 'unauthorised_transfer', 'loss', 'theft', 'misuse'] as const;
export const EUM_INCIDENT_STATUSES = ['reported', 'under_investigation', 'substantiated', 'unsubstantiated', 'closed'] as const;

export type EumVisit = S['EumVisit'];
export type EumVisitList = S['EumVisitList'];
export type EumVisitQuery = Query<'/eum/visits'>;
export type EumVisitStatus = EumVisit['status'];
export type EumVisitFinding = EumVisit['findings'][number];
export type EumCreateVisit = S['EumCreateVisit'];
export type EumUpdateVisit = S['EumUpdateVisit'];
export type EumFollowUpDone = S['EumFollowUpDone'];

export type EumCompliance = S['EumCompliance'];
export type EumComplianceQuery = Query<'/eum/compliance'>;
export type EumMeasures = EumCompliance['overall'];
export type EumImportSummary = S['EumImportSummary'];

export type EumListsChecked = [
  Exactly<typeof EUM_ITEM_STATUSES, EumItemStatus>,
  Exactly<typeof EUM_INVENTORY_STATUSES, EumInventoryStatus>,
  Exactly<typeof EUM_INCIDENT_KINDS, EumIncidentKind>,
  Exactly<typeof EUM_INCIDENT_STATUSES, EumIncidentStatus>,
];
