// Files go to the API as the raw body (its octet-stream, CSV or XLSX routes), not as JSON: openapi-fetch sends them as is.
import { fileUrl } from '../api/file-url.ts';
import { http, unwrap } from '../api/http.ts';

const asBody = { bodySerializer: (body: unknown) => body as BodyInit };

export function uploadLorAttachment(id: string, file: File) {
  return unwrap(
    http.POST('/partner/lors/{id}/attachments', {
      params: { path: { id }, query: { fileName: file.name } },
      body: file as unknown as string,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      ...asBody,
    }),
  );
}

export function uploadShipmentAttachment(id: string, file: File) {
  return unwrap(
    http.POST('/partner/shipments/{id}/attachments', {
      params: { path: { id }, query: { fileName: file.name } },
      body: file as unknown as string,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      ...asBody,
    }),
  );
}

export function uploadAnswerAttachment(id: string, file: File) {
  return unwrap(
    http.POST('/partner/eum/answers/{id}/attachments', {
      params: { path: { id }, query: { fileName: file.name } },
      body: file as unknown as string,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      ...asBody,
    }),
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function uploadInventoryScans(id: string, file: File) {
  const isXlsx = file.name.toLowerCase().endsWith('.xlsx');
  return unwrap(
    http.POST('/partner/eum/inventories/{id}/scans', {
      params: { path: { id } },
      body: file as unknown as string,
      headers: { 'Content-Type': isXlsx ? XLSX : 'text/csv' },
      ...asBody,
    }),
  );
}

/** Link to download one attachment (the session cookie authenticates the GET). */
export const attachmentUrl = (id: string) => fileUrl('/partner/attachments/{id}', { path: { id } });
