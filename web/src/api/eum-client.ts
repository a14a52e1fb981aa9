import { ApiError, isErrorBody } from './api-error.ts';
import type {
  EumComplianceQuery,
  EumCreateCertification,
  EumCreateIncident,
  EumCreateInventory,
  EumCreateItem,
  EumCreateSite,
  EumCreateVisit,
  EumFollowUpDone,
  EumImportSummary,
  EumIncidentAction,
  EumIncidentQuery,
  EumInventoryAction,
  EumInventoryQuery,
  EumItemQuery,
  EumItemStatus,
  EumResolveDiscrepancy,
  EumRevokeCertification,
  EumUpdateCertification,
  EumUpdateIncident,
  EumUpdateSite,
  EumUpdateVisit,
  EumVisitQuery,
} from './eum-types.ts';
import { fileUrl, withoutPage } from './file-url.ts';
import { http, unwrap } from './http.ts';
import type { S } from './schema-types.ts';

type Progress = Omit<EumImportSummary, 'errors'>;
type Format = 'csv' | 'xlsx';

/** The end-use monitoring part of the typed client (see openapi.json, tag "End-use monitoring"); `Defaulted` bodies as in client.ts. */
export const eumApi = {
  itemTypes: (signal?: AbortSignal) => unwrap(http.GET('/eum/item-types', { signal })),
  sites: (partner: string | undefined, signal?: AbortSignal) => unwrap(http.GET('/eum/sites', { params: { query: { partner } }, signal })),
  createSite: (input: EumCreateSite) => unwrap(http.POST('/eum/sites', { body: input as S['EumSiteInput'] })),
  certifications: (partner: string | undefined, signal?: AbortSignal) =>
    unwrap(http.GET('/eum/certifications', { params: { query: { partner } }, signal })),
  addCertification: (input: EumCreateCertification) =>
    unwrap(http.POST('/eum/certifications', { body: input as S['EumCertificationInput'] })),
  updateSite: (id: string, input: EumUpdateSite) => unwrap(http.PATCH('/eum/sites/{id}', { params: { path: { id } }, body: input })),
  updateCertification: (id: string, input: EumUpdateCertification) =>
    unwrap(http.PATCH('/eum/certifications/{id}', { params: { path: { id } }, body: input })),
  revokeCertification: (id: string, input: EumRevokeCertification) =>
    unwrap(http.POST('/eum/certifications/{id}/revoke', { params: { path: { id } }, body: input })),
  items: (query: EumItemQuery, signal?: AbortSignal) => unwrap(http.GET('/eum/items', { params: { query }, signal })),
  item: (id: string, signal?: AbortSignal) => unwrap(http.GET('/eum/items/{id}', { params: { path: { id } }, signal })),
  createItem: (input: EumCreateItem) => unwrap(http.POST('/eum/items', { body: input })),
  changeItemStatus: (id: string, version: number, status: EumItemStatus, reason: string, date?: string) =>
    unwrap(http.POST('/eum/items/{id}/status', { params: { path: { id } }, body: { version, status, reason, ...(date ? { date } : {}) } })),
  inventories: (query: EumInventoryQuery, signal?: AbortSignal) => unwrap(http.GET('/eum/inventories', { params: { query }, signal })),
  inventory: (id: string, signal?: AbortSignal) => unwrap(http.GET('/eum/inventories/{id}', { params: { path: { id } }, signal })),
  createInventory: (input: EumCreateInventory) => unwrap(http.POST('/eum/inventories', { body: input as S['EumCreateInventory'] })),
  transitionInventory: (id: string, version: number, action: EumInventoryAction, reason?: string) =>
    unwrap(http.POST('/eum/inventories/{id}/transitions', { params: { path: { id } }, body: { version, action, reason } })),
  discrepancies: (inventoryId: string, signal?: AbortSignal) =>
    unwrap(http.GET('/eum/inventories/{id}/discrepancies', { params: { path: { id: inventoryId }, query: { limit: 500 } }, signal })),
  resolveDiscrepancy: (id: string, input: EumResolveDiscrepancy) =>
    unwrap(http.POST('/eum/discrepancies/{id}/resolve', { params: { path: { id } }, body: input })),
  raiseIncident: (discrepancyId: string) =>
    unwrap(http.POST('/eum/discrepancies/{id}/incident', { params: { path: { id: discrepancyId } }, body: {} })),
  incidents: (query: EumIncidentQuery, signal?: AbortSignal) => unwrap(http.GET('/eum/incidents', { params: { query }, signal })),
  createIncident: (input: EumCreateIncident) => unwrap(http.POST('/eum/incidents', { body: input as S['EumCreateIncident'] })),
  incident: (id: string, signal?: AbortSignal) => unwrap(http.GET('/eum/incidents/{id}', { params: { path: { id } }, signal })),
  updateIncident: (id: string, input: EumUpdateIncident) =>
    unwrap(http.PATCH('/eum/incidents/{id}', { params: { path: { id } }, body: input })),
  transitionIncident: (id: string, version: number, action: EumIncidentAction) =>
    unwrap(http.POST('/eum/incidents/{id}/transitions', { params: { path: { id } }, body: { version, action } })),
  visits: (query: EumVisitQuery, signal?: AbortSignal) => unwrap(http.GET('/eum/visits', { params: { query }, signal })),
  createVisit: (input: EumCreateVisit) => unwrap(http.POST('/eum/visits', { body: input })),
  updateVisit: (id: string, input: EumUpdateVisit) => unwrap(http.PATCH('/eum/visits/{id}', { params: { path: { id } }, body: input })),
  completeFollowUp: (id: string, index: number, input: EumFollowUpDone) =>
    unwrap(http.POST('/eum/visits/{id}/findings/{index}/follow-up', { params: { path: { id, index } }, body: input })),
  compliance: (query: EumComplianceQuery, signal?: AbortSignal) => unwrap(http.GET('/eum/compliance', { params: { query }, signal })),
};

export const eumFiles = {
  items: (format: Format, query: EumItemQuery) => fileUrl(`/eum/items/export.${format}`, { query: withoutPage(query) }),
  expected: (format: Format, inventoryId: string) => fileUrl(`/eum/inventories/{id}/expected.${format}`, { path: { id: inventoryId } }),
  compliance: (format: Format, partner?: string) => fileUrl(`/eum/compliance/export.${format}`, { query: { partner } }),
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
    const payload: unknown = await response.json().catch(() => null);
    throw isErrorBody(payload)
      ? new ApiError(response.status, payload.error.code, payload.error.message, payload.error.fields ?? [])
      : new ApiError(response.status, 'http_error', `The server answered ${response.status}`);
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
