import { ApiError, request, toQueryString } from './client.ts';
import type {
  EumCertification,
  EumCompliance,
  EumCreateCertification,
  EumCreateIncident,
  EumCreateInventory,
  EumCreateItem,
  EumCreateSite,
  EumCreateVisit,
  EumDiscrepancy,
  EumFollowUpDone,
  EumImportSummary,
  EumIncident,
  EumIncidentAction,
  EumInventory,
  EumInventoryAction,
  EumInventoryQuery,
  EumInventorySummary,
  EumItem,
  EumItemQuery,
  EumItemStatus,
  EumItemSummary,
  EumItemType,
  EumResolveDiscrepancy,
  EumRevokeCertification,
  EumSite,
  EumUpdateCertification,
  EumUpdateIncident,
  EumUpdateSite,
  EumUpdateVisit,
  EumVisit,
  Paged,
} from './eum-types.ts';

const enc = encodeURIComponent;
type Progress = Omit<EumImportSummary, 'errors'>;

/** The end-use monitoring part of the typed client (see openapi.json, tag "End-use monitoring"). */
export const eumApi = {
  itemTypes: (signal?: AbortSignal) => request<EumItemType[]>('GET', '/eum/item-types', { signal }),
  sites: (partner: string | undefined, signal?: AbortSignal) => request<EumSite[]>('GET', '/eum/sites', { query: { partner }, signal }),
  createSite: (input: EumCreateSite) => request<EumSite>('POST', '/eum/sites', { body: input }),
  certifications: (partner: string | undefined, signal?: AbortSignal) =>
    request<EumCertification[]>('GET', '/eum/certifications', { query: { partner }, signal }),
  addCertification: (input: EumCreateCertification) => request<EumCertification>('POST', '/eum/certifications', { body: input }),
  updateSite: (id: string, input: EumUpdateSite) => request<EumSite>('PATCH', `/eum/sites/${enc(id)}`, { body: input }),
  updateCertification: (id: string, input: EumUpdateCertification) =>
    request<EumCertification>('PATCH', `/eum/certifications/${enc(id)}`, { body: input }),
  revokeCertification: (id: string, input: EumRevokeCertification) =>
    request<EumCertification>('POST', `/eum/certifications/${enc(id)}/revoke`, { body: input }),
  items: (query: EumItemQuery, signal?: AbortSignal) =>
    request<Paged<EumItemSummary>>('GET', '/eum/items', { query: { ...query }, signal }),
  item: (id: string, signal?: AbortSignal) => request<EumItem>('GET', `/eum/items/${enc(id)}`, { signal }),
  createItem: (input: EumCreateItem) => request<EumItem>('POST', '/eum/items', { body: input }),
  changeItemStatus: (id: string, version: number, status: EumItemStatus, reason: string, date?: string) =>
    request<EumItem>('POST', `/eum/items/${enc(id)}/status`, { body: { version, status, reason, ...(date ? { date } : {}) } }),
  inventories: (query: EumInventoryQuery, signal?: AbortSignal) =>
    request<Paged<EumInventorySummary>>('GET', '/eum/inventories', { query: { ...query }, signal }),
  inventory: (id: string, signal?: AbortSignal) => request<EumInventory>('GET', `/eum/inventories/${enc(id)}`, { signal }),
  createInventory: (input: EumCreateInventory) => request<EumInventory>('POST', '/eum/inventories', { body: input }),
  transitionInventory: (id: string, version: number, action: EumInventoryAction, reason?: string) =>
    request<EumInventory>('POST', `/eum/inventories/${enc(id)}/transitions`, { body: { version, action, reason } }),
  discrepancies: (inventoryId: string, signal?: AbortSignal) =>
    request<Paged<EumDiscrepancy>>('GET', `/eum/inventories/${enc(inventoryId)}/discrepancies`, { query: { limit: 500 }, signal }),
  resolveDiscrepancy: (id: string, input: EumResolveDiscrepancy) =>
    request<EumDiscrepancy>('POST', `/eum/discrepancies/${enc(id)}/resolve`, { body: input }),
  raiseIncident: (discrepancyId: string) => request<EumIncident>('POST', `/eum/discrepancies/${enc(discrepancyId)}/incident`, { body: {} }),
  incidents: (
    query: { partner?: string; status?: string; open?: 'true' | 'false'; limit?: number; offset?: number },
    signal?: AbortSignal,
  ) => request<Paged<EumIncident>>('GET', '/eum/incidents', { query: { ...query }, signal }),
  createIncident: (input: EumCreateIncident) => request<EumIncident>('POST', '/eum/incidents', { body: input }),
  incident: (id: string, signal?: AbortSignal) => request<EumIncident>('GET', `/eum/incidents/${enc(id)}`, { signal }),
  updateIncident: (id: string, input: EumUpdateIncident) => request<EumIncident>('PATCH', `/eum/incidents/${enc(id)}`, { body: input }),
  transitionIncident: (id: string, version: number, action: EumIncidentAction) =>
    request<EumIncident>('POST', `/eum/incidents/${enc(id)}/transitions`, { body: { version, action } }),
  visits: (query: { partner?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    request<Paged<EumVisit>>('GET', '/eum/visits', { query: { ...query }, signal }),
  createVisit: (input: EumCreateVisit) => request<EumVisit>('POST', '/eum/visits', { body: input }),
  updateVisit: (id: string, input: EumUpdateVisit) => request<EumVisit>('PATCH', `/eum/visits/${enc(id)}`, { body: input }),
  completeFollowUp: (id: string, index: number, input: EumFollowUpDone) =>
    request<EumVisit>('POST', `/eum/visits/${enc(id)}/findings/${index}/follow-up`, { body: input }),
  compliance: (query: { partner?: string; months?: number }, signal?: AbortSignal) =>
    request<EumCompliance>('GET', '/eum/compliance', { query: { ...query }, signal }),
};

export const eumFiles = {
  items: (format: 'csv' | 'xlsx', query: EumItemQuery) =>
    `/api/eum/items/export.${format}${toQueryString({ ...query, limit: undefined, offset: undefined })}`,
  expected: (format: 'csv' | 'xlsx', inventoryId: string) => `/api/eum/inventories/${enc(inventoryId)}/expected.${format}`,
  compliance: (format: 'csv' | 'xlsx', partner?: string) => `/api/eum/compliance/export.${format}${toQueryString({ partner })}`,
};

/**
 * Uploads a CSV or XLSX file to an import endpoint and reads the server's NDJSON progress lines as they come,
 * calling `onProgress` after each batch; resolves with the summary (row-level errors included).
 */
export async function uploadImport(
  path: string,
  file: File,
  csrf: string | null,
  onProgress: (p: Progress) => void,
): Promise<EumImportSummary> {
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    body: file,
    headers: {
      Accept: 'application/x-ndjson',
      'Content-Type': file.name.toLowerCase().endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv',
      ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
    },
  });
  if (!response.ok || !response.body) {
    const payload = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string; fields?: { path: string; message: string }[] };
    } | null;
    throw new ApiError(
      response.status,
      payload?.error?.code ?? 'http_error',
      payload?.error?.message ?? `The server answered ${response.status}`,
      payload?.error?.fields ?? [],
    );
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as
        | ({ type: 'progress' } & Progress)
        | { type: 'done'; summary: EumImportSummary }
        | { type: 'error'; error: { code: string; message: string } };
      buffer = buffer.slice(newline + 1);
      if (line.type === 'done') return line.summary;
      if (line.type === 'error') throw new ApiError(500, line.error.code, line.error.message);
      onProgress(line);
      newline = buffer.indexOf('\n');
    }
    if (done) throw new ApiError(0, 'network', 'The import ended before the server reported its summary; importing the file again is safe');
  }
}
