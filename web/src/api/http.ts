// The typed client of the IOPS API: openapi-fetch over the generated schema (npm run openapi), so a path, its
// parameters, its body and its answer are checked against what the server documents; no hand-written copy of a type.
import createClient, { type MaybeOptionalInit } from 'openapi-fetch';
import { ApiError, currentCsrfToken, isErrorBody, reportUnauthenticated } from './api-error.ts';
import { queryString } from './file-url.ts';
import type { components, paths } from './openapi-schema.d.ts';
import { markAllStale } from './query-client.ts';
import type { Success } from './schema-types.ts';

/** A schema the server documents, by name: `Schema<'CaseSummary'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type PathWith<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];
type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M>;

type Call<M extends Method> = <P extends PathWith<M>>(
  path: P,
  ...init: undefined extends Init<P, M> ? [Init<P, M>?] : [Init<P, M>]
) => Promise<Answer<Success<paths[P][M]>>>;

/**
 * openapi-fetch's calls, answering the generated response types as they are: its own answer type runs them through
 * `Readable`, which drops every property typed `null` (a withheld record's `partnerCode: null` …), openapi-ts/openapi-typescript#2717.
 */
interface Http {
  GET: Call<'get'>;
  POST: Call<'post'>;
  PUT: Call<'put'>;
  PATCH: Call<'patch'>;
  DELETE: Call<'delete'>;
}

const client = createClient<paths>({ baseUrl: '/api', credentials: 'same-origin', querySerializer: queryString });
export const http = client as unknown as Http;

client.use({
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
