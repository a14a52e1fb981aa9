// The typed client of the IOPS API: openapi-fetch over the generated schema (npm run openapi), so a path, its
// parameters, its body and its answer are checked against what the server documents; no hand-written copy of a type.
import createClient from 'openapi-fetch';
import { ApiError, currentCsrfToken, isErrorBody, reportUnauthenticated } from './api-error.ts';
import type { components, paths } from './openapi-schema.d.ts';
import { markAllStale } from './query-client.ts';

/** A schema the server documents, by name: `Schema<'CaseSummary'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export const http = createClient<paths>({ baseUrl: '/api', credentials: 'same-origin' });

http.use({
  onRequest({ request }) {
    const token = currentCsrfToken();
    if (request.method !== 'GET' && token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
  onResponse({ request, response }) {
    if (response.ok && request.method !== 'GET') markAllStale();
  },
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a call, or its failure as an ApiError: the server's code, message and field errors; 0 when the server
 * cannot be reached. A 401 (the session ended) sends the app back to sign-in unless `expect401`.
 */
export async function unwrap<T>(call: Promise<Answer<T>>, options: { expect401?: boolean } = {}): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The IOPS server cannot be reached; check your connection and try again');
  }
  const { response } = answer;
  if (response.ok) return answer.data as T;
  const body = answer.error;
  const error = isErrorBody(body)
    ? new ApiError(response.status, body.error.code, body.error.message, body.error.fields ?? [])
    : new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`);
  if (response.status === 401 && !options.expect401) reportUnauthenticated(error);
  throw error;
}
