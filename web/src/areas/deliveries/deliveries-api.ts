// The deliveries part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { request, toQueryString } from '../../api/client.ts';
import type { components, paths } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
type Body<P extends keyof paths, M extends 'post' | 'put'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

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

export interface ShipmentQuery {
  partner?: string | undefined;
  stage?: string | undefined;
  late?: 'true' | 'false' | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const enc = encodeURIComponent;

export const deliveriesApi = {
  list: (query: ShipmentQuery, signal?: AbortSignal) =>
    request<ShipmentList>('GET', '/deliveries/shipments', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => request<Shipment>('GET', `/deliveries/shipments/${enc(id)}`, { signal }),
  create: (input: CreateShipment) => request<Shipment>('POST', '/deliveries/shipments', { body: input }),
  milestone: (id: string, input: MilestoneInput) =>
    request<Shipment>('POST', `/deliveries/shipments/${enc(id)}/milestones`, { body: input }),
  receive: (id: string, input: ReceiptInput) => request<Shipment>('POST', `/deliveries/shipments/${enc(id)}/receipts`, { body: input }),
  accept: (id: string, input: AcceptanceInput) =>
    request<Shipment>('POST', `/deliveries/shipments/${enc(id)}/acceptances`, { body: input }),
  reportDiscrepancy: (id: string, input: DiscrepancyInput) =>
    request<Shipment>('POST', `/deliveries/shipments/${enc(id)}/discrepancies`, { body: input }),
  resolveDiscrepancy: (id: string, input: ResolveInput) =>
    request<Shipment>('POST', `/deliveries/discrepancies/${enc(id)}/resolution`, { body: input }),
  fad: (id: string, signal?: AbortSignal) => request<Fad>('GET', `/deliveries/shipments/${enc(id)}/fad`, { signal }),
  setFad: (id: string, fad: Fad['fad']) => request<{ recorded: true }>('PUT', `/deliveries/shipments/${enc(id)}/fad`, { body: { fad } }),
  eumSites: (id: string, signal?: AbortSignal) => request<HandOffSites>('GET', `/deliveries/shipments/${enc(id)}/eum-sites`, { signal }),
  reasons: (signal?: AbortSignal) => request<DelayReasons>('GET', '/deliveries/delay-reasons', { signal }),
  saveReason: (input: { code: string; label: string }) => request<DelayReasons>('POST', '/deliveries/delay-reasons', { body: input }),
  dashboard: (partner: string | undefined, signal?: AbortSignal) =>
    request<Dashboard>('GET', '/deliveries/dashboard', { query: { partner }, signal }),
  timeliness: (query: { from?: string | undefined; to?: string | undefined; partner?: string | undefined }, signal?: AbortSignal) =>
    request<Timeliness>('GET', '/deliveries/timeliness', { query: { ...query }, signal }),
  exportUrl: (format: 'csv' | 'xlsx', query: ShipmentQuery) =>
    `/api/deliveries/shipments/export.${format}${toQueryString({ ...query, limit: undefined, offset: undefined })}`,
  timelinessExportUrl: (
    format: 'csv' | 'xlsx',
    query: { from?: string | undefined; to?: string | undefined; partner?: string | undefined },
  ) => `/api/deliveries/timeliness/export.${format}${toQueryString({ ...query })}`,
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
