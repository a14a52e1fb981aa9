// The deliveries part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { fileUrl, withoutPage } from '../../api/file-url.ts';
import { http, unwrap } from '../../api/http.ts';
import type { Body, Query, S } from '../../api/schema-types.ts';

export type Shipment = S['Shipment'];
export type ShipmentList = S['ShipmentList'];
export type ShipmentSummary = S['ShipmentSummary'];
export type Dashboard = S['DeliveryDashboard'];
export type Timeliness = S['DeliveryTimeliness'];
export type DelayReasons = S['DelayReasons'];
export type Fad = S['ForceActivityDesignator'];
export type HandOffSites = S['HandOffSites'];
export type Milestone = Shipment['milestones'][number]['milestone'];
export type CreateShipment = Body<'/deliveries/shipments', 'post'>;
export type MilestoneInput = Body<'/deliveries/shipments/{id}/milestones', 'post'>;
export type ReceiptInput = Body<'/deliveries/shipments/{id}/receipts', 'post'>;
export type AcceptanceInput = Body<'/deliveries/shipments/{id}/acceptances', 'post'>;
export type DiscrepancyInput = Body<'/deliveries/shipments/{id}/discrepancies', 'post'>;
export type ResolveInput = Body<'/deliveries/discrepancies/{id}/resolution', 'post'>;

export type DelayReasonInput = Body<'/deliveries/delay-reasons', 'post'>;
export type ShipmentQuery = Query<'/deliveries/shipments'>;
export type TimelinessQuery = Query<'/deliveries/timeliness'>;

export const deliveriesApi = {
  list: (query: ShipmentQuery, signal?: AbortSignal) => unwrap(http.GET('/deliveries/shipments', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => unwrap(http.GET('/deliveries/shipments/{id}', { params: { path: { id } }, signal })),
  create: (input: CreateShipment) => unwrap(http.POST('/deliveries/shipments', { body: input })),
  milestone: (id: string, input: MilestoneInput) =>
    unwrap(http.POST('/deliveries/shipments/{id}/milestones', { params: { path: { id } }, body: input })),
  receive: (id: string, input: ReceiptInput) =>
    unwrap(http.POST('/deliveries/shipments/{id}/receipts', { params: { path: { id } }, body: input })),
  accept: (id: string, input: AcceptanceInput) =>
    unwrap(http.POST('/deliveries/shipments/{id}/acceptances', { params: { path: { id } }, body: input })),
  reportDiscrepancy: (id: string, input: DiscrepancyInput) =>
    unwrap(http.POST('/deliveries/shipments/{id}/discrepancies', { params: { path: { id } }, body: input })),
  resolveDiscrepancy: (id: string, input: ResolveInput) =>
    unwrap(http.POST('/deliveries/discrepancies/{id}/resolution', { params: { path: { id } }, body: input })),
  fad: (id: string, signal?: AbortSignal) => unwrap(http.GET('/deliveries/shipments/{id}/fad', { params: { path: { id } }, signal })),
  setFad: (id: string, fad: Fad['fad']) => unwrap(http.PUT('/deliveries/shipments/{id}/fad', { params: { path: { id } }, body: { fad } })),
  eumSites: (id: string, signal?: AbortSignal) =>
    unwrap(http.GET('/deliveries/shipments/{id}/eum-sites', { params: { path: { id } }, signal })),
  reasons: (signal?: AbortSignal) => unwrap(http.GET('/deliveries/delay-reasons', { signal })),
  saveReason: (input: DelayReasonInput) => unwrap(http.POST('/deliveries/delay-reasons', { body: input })),
  dashboard: (partner: string | undefined, signal?: AbortSignal) =>
    unwrap(http.GET('/deliveries/dashboard', { params: { query: { partner } }, signal })),
  timeliness: (query: TimelinessQuery, signal?: AbortSignal) => unwrap(http.GET('/deliveries/timeliness', { params: { query }, signal })),
  exportUrl: (format: 'csv' | 'xlsx', query: ShipmentQuery) =>
    fileUrl(`/deliveries/shipments/export.${format}`, { query: withoutPage(query) }),
  timelinessExportUrl: (format: 'csv' | 'xlsx', query: TimelinessQuery) => fileUrl(`/deliveries/timeliness/export.${format}`, { query }),
};

export const MILESTONE_LABELS: Record<Milestone, string> = {
  ready: 'Ready to ship',
  shipped: 'Shipped',
  in_transit: 'In transit',
  arrived: 'Arrived',
  delivered: 'Delivered',
  received: 'Received',
  accepted: 'Accepted',
};

export const STAGES: (Milestone | 'planned')[] = [
  'planned',
  'ready',
  'shipped',
  'in_transit',
  'arrived',
  'delivered',
  'received',
  'accepted',
];
export const stageLabel = (stage: Milestone | null | 'planned') =>
  stage === null || stage === 'planned' ? 'Planned' : MILESTONE_LABELS[stage];
