// The SDAF part of the typed API client: request and response types come straight from the generated OpenAPI schema.
import { fileUrl, withoutPage } from '../../api/file-url.ts';
import { http, unwrap } from '../../api/http.ts';
import type { Defaulted, Query, S } from '../../api/schema-types.ts';

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
type ProcurementItem = S['SdafProcurementInput']['items'][number];
export type CapitalInput = Defaulted<S['SdafCapitalInput'], 'description'>;
export type ProcurementInput = Omit<Defaulted<S['SdafProcurementInput'], 'description'>, 'items'> & {
  items: Defaulted<ProcurementItem, 'mde'>[];
};
export type TransferInput = Defaulted<S['SdafTransferInput'], 'nonrecurringCents' | 'storagePreparationCents'>;
export type RuleInput = Defaulted<S['SdafRuleRowInput'], 'verified'>;

export type ProcurementQuery = Query<'/sdaf/procurements'>;
export type InventoryQuery = Query<'/sdaf/inventory'>;
export type TransferQuery = Query<'/sdaf/transfers'>;

/** `Defaulted` bodies leave out what the server fills in; the generated body type still marks it required, hence `as S[…]`. */
export const sdafApi = {
  fund: (signal?: AbortSignal) => unwrap(http.GET('/sdaf/fund', { signal })),
  ledger: (signal?: AbortSignal) => unwrap(http.GET('/sdaf/ledger', { params: { query: { limit: 200 } }, signal })),
  creditCapital: (input: CapitalInput) => unwrap(http.POST('/sdaf/capital', { body: input as S['SdafCapitalInput'] })),
  rules: (signal?: AbortSignal) => unwrap(http.GET('/sdaf/rules', { signal })),
  addRule: (input: RuleInput) => unwrap(http.POST('/sdaf/rules', { body: input as S['SdafRuleRowInput'] })),
  procurements: (query: ProcurementQuery, signal?: AbortSignal) => unwrap(http.GET('/sdaf/procurements', { params: { query }, signal })),
  procurement: (id: string, signal?: AbortSignal) => unwrap(http.GET('/sdaf/procurements/{id}', { params: { path: { id } }, signal })),
  createProcurement: (input: ProcurementInput) => unwrap(http.POST('/sdaf/procurements', { body: input as S['SdafProcurementInput'] })),
  receive: (id: string, input: S['SdafReceiptInput']) =>
    unwrap(http.POST('/sdaf/procurements/{id}/receipts', { params: { path: { id } }, body: input })),
  close: (id: string, input: S['SdafCloseProcurementInput']) =>
    unwrap(http.POST('/sdaf/procurements/{id}/close', { params: { path: { id } }, body: input })),
  report: (receiptId: string, input: S['SdafDeliveryReportInput']) =>
    unwrap(http.POST('/sdaf/receipts/{id}/report', { params: { path: { id: receiptId } }, body: input })),
  inventory: (query: InventoryQuery, signal?: AbortSignal) => unwrap(http.GET('/sdaf/inventory', { params: { query }, signal })),
  physicalInventories: (signal?: AbortSignal) => unwrap(http.GET('/sdaf/physical-inventories', { signal })),
  recordPhysicalInventory: (input: S['SdafPhysicalInventoryInput']) => unwrap(http.POST('/sdaf/physical-inventories', { body: input })),
  transfers: (query: TransferQuery, signal?: AbortSignal) => unwrap(http.GET('/sdaf/transfers', { params: { query }, signal })),
  transfer: (input: TransferInput) => unwrap(http.POST('/sdaf/transfers', { body: input as S['SdafTransferInput'] })),
};

export const sdafFiles = {
  procurements: (format: 'csv' | 'xlsx', query: ProcurementQuery) =>
    fileUrl(`/sdaf/procurements/export.${format}`, { query: withoutPage(query) }),
  inventory: (format: 'csv' | 'xlsx', query: InventoryQuery) => fileUrl(`/sdaf/inventory/export.${format}`, { query: withoutPage(query) }),
};
