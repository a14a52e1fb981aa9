// What other areas may use of end-use monitoring.

export { complianceView } from './compliance-service.ts';
export { importDeliveries } from './delivery-import.ts';
/** The bench's end-use items (bench/eum.ts, src/demo tests). */
export { BENCH_EUM_ITEMS, bulkLoadEum, bulkLoadSites, deliveryCsv } from './demo.ts';
export { listDiscrepancies, resolveDiscrepancy } from './discrepancy-service.ts';
export { exportExpected, exportItems } from './exports.ts';
export type { ImportProgress, ImportSummary } from './import-summary.ts';
export { listIncidents, raiseIncidentFromDiscrepancy, transitionIncident } from './incident-service.ts';
export { createInventory, getInventory, transitionInventory } from './inventory-service.ts';
export { type AcceptedItems, changeItemStatus, createItem, listItems, recordAcceptedItems } from './item-service.ts';
export { EUM_INCIDENT, EUM_INVENTORY, eumIncidentRecords, eumInventoryRecords } from './records.ts';
export { normaliseSerial } from './rules/categories.ts';
export { EEUM_INVENTORY_RULE } from './rules/inventory-due.ts';
export { recordScans } from './scan-import.ts';
export { eumCertifications, eumDiscrepancies, eumIncidents, eumInventories, eumInventoryScans, eumItems, eumSites } from './schema.ts';
export { addCertification, createSite, sitesForHandOff } from './site-service.ts';
export { createVisit, updateVisit } from './visit-service.ts';
