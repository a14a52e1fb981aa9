// The SDAF part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { request, toQueryString } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type SdafFund = S['SdafFund'];
export type SdafRuleRow = S['SdafRuleRow'];
export type SdafLedgerList = S['SdafLedgerList'];
export type SdafProcurement = S['SdafProcurement'];
export type SdafProcurementList = S['SdafProcurementList'];
export type SdafInventoryList = S['SdafInventoryList'];
export type SdafInventoryRow = SdafInventoryList['items'][number];
export type SdafTransfer = S['SdafTransfer'];
export type SdafTransferList = S['SdafTransferList'];
export type SdafReceipt = S['SdafReceipt'];
export type SdafPhysicalInventory = S['SdafPhysicalInventory'];
export type CapitalInput = Omit<S['SdafCapitalInput'], 'description'> & { description?: string };
export type ProcurementInput = Omit<S['SdafProcurementInput'], 'description' | 'items'> & {
  items: (Omit<S['SdafProcurementInput']['items'][number], 'mde'> & { mde?: boolean })[];
};
export type TransferInput = Partial<S['SdafTransferInput']> &
  Pick<S['SdafTransferInput'], 'itemId' | 'caseId' | 'quantity' | 'titleTransferOn' | 'documentReference'>;
export type RuleInput = Partial<S['SdafRuleRowInput']> & Pick<S['SdafRuleRowInput'], 'kind' | 'effectiveFrom' | 'value' | 'source'>;

type Page = { limit?: number | undefined; offset?: number | undefined };
export type ProcurementQuery = Page & { state?: 'all' | 'open' | 'delivered' | 'closed' | undefined; q?: string | undefined };
export type InventoryQuery = Page & { onHand?: 'all' | 'yes' | undefined; q?: string | undefined };
export type TransferQuery = Page & { partner?: string | undefined; case?: string | undefined };

const enc = encodeURIComponent;

export const sdafApi = {
  fund: (signal?: AbortSignal) => request<SdafFund>('GET', '/sdaf/fund', { signal }),
  ledger: (signal?: AbortSignal) => request<SdafLedgerList>('GET', '/sdaf/ledger', { query: { limit: 200 }, signal }),
  creditCapital: (input: CapitalInput) => request<S['SdafCapitalResult']>('POST', '/sdaf/capital', { body: input }),
  rules: (signal?: AbortSignal) => request<SdafRuleRow[]>('GET', '/sdaf/rules', { signal }),
  addRule: (input: RuleInput) => request<SdafRuleRow>('POST', '/sdaf/rules', { body: input }),
  procurements: (query: ProcurementQuery, signal?: AbortSignal) =>
    request<SdafProcurementList>('GET', '/sdaf/procurements', { query: { ...query }, signal }),
  procurement: (id: string, signal?: AbortSignal) => request<SdafProcurement>('GET', `/sdaf/procurements/${enc(id)}`, { signal }),
  createProcurement: (input: ProcurementInput) => request<SdafProcurement>('POST', '/sdaf/procurements', { body: input }),
  receive: (id: string, input: S['SdafReceiptInput']) =>
    request<SdafProcurement>('POST', `/sdaf/procurements/${enc(id)}/receipts`, { body: input }),
  close: (id: string, input: S['SdafCloseProcurementInput']) =>
    request<SdafProcurement>('POST', `/sdaf/procurements/${enc(id)}/close`, { body: input }),
  report: (receiptId: string, input: S['SdafDeliveryReportInput']) =>
    request<SdafReceipt>('POST', `/sdaf/receipts/${enc(receiptId)}/report`, { body: input }),
  inventory: (query: InventoryQuery, signal?: AbortSignal) =>
    request<SdafInventoryList>('GET', '/sdaf/inventory', { query: { ...query }, signal }),
  physicalInventories: (signal?: AbortSignal) => request<SdafPhysicalInventory[]>('GET', '/sdaf/physical-inventories', { signal }),
  recordPhysicalInventory: (input: S['SdafPhysicalInventoryInput']) =>
    request<SdafPhysicalInventory>('POST', '/sdaf/physical-inventories', { body: input }),
  transfers: (query: TransferQuery, signal?: AbortSignal) =>
    request<SdafTransferList>('GET', '/sdaf/transfers', { query: { ...query }, signal }),
  transfer: (input: TransferInput) => request<SdafTransfer>('POST', '/sdaf/transfers', { body: input }),
};

export const sdafFiles = {
  procurements: (format: 'csv' | 'xlsx', query: ProcurementQuery) =>
    `/api/sdaf/procurements/export.${format}${toQueryString({ state: query.state, q: query.q })}`,
  inventory: (format: 'csv' | 'xlsx', query: InventoryQuery) =>
    `/api/sdaf/inventory/export.${format}${toQueryString({ onHand: query.onHand, q: query.q })}`,
};
