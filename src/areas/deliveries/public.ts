// What other areas, the CLI and the bench may use of deliveries.
export { BENCH_SHIPMENTS, bulkLoadShipments } from './demo.ts';
export { reportDiscrepancy } from './receipt-service.ts';
export { SHIPMENT, shipmentRecords } from './records.ts';
export { deliveryDashboard } from './report-service.ts';
/** Delivery tables, for joining into another area's read (the partner portal's); never written elsewhere. */
export { deliveryDelayReasons, deliveryDiscrepancies, shipmentLines, shipmentMilestones, shipmentSlips, shipments } from './schema.ts';
