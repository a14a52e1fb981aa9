// What other areas, the CLI and the bench may use of deliveries.
export { BENCH_SHIPMENTS, bulkLoadShipments } from './demo.ts';
export { deliveryDashboard } from './report-service.ts';
