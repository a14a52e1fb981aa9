// Addresses of what the API serves as files (PDFs, CSV and XLSX downloads): plain links, authenticated by the session
// cookie, never fetched through the JSON client. Each path and its parameters are checked against the generated schema.
import type { paths } from './openapi-schema.d.ts';

type QueryValue = string | number | boolean | null | undefined;

/**
 * The query string of a request without its `?`: a value left empty (undefined, null or '') is not sent, so a cleared
 * filter means "any" to the server; a list repeats its name (`a=1&a=2`).
 */
export function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}) as [string, QueryValue | QueryValue[]][]) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(key, String(one));
    }
  }
  return params.toString();
}

/** The path and query parameters of a GET, as the schema names them (`path` required where the path has any). */
type GetParameters<P extends keyof paths> = paths[P] extends { get: { parameters: infer X } }
  ? Pick<X, Extract<keyof X, 'path' | 'query'>>
  : never;

/** The paths answered by a GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

/** `fileUrl('/cases/{ref}/versions/{number}/document.pdf', { path: { ref, number } })` → `/api/cases/AT-B-AAA/versions/2/document.pdf`. */
export function fileUrl<P extends GetPath>(path: P, params: GetParameters<P>): string {
  const { path: values, query } = params as { path?: Record<string, string | number>; query?: object };
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined) throw new Error(`fileUrl: ${path} needs its ${name}`);
    return encodeURIComponent(String(value));
  });
  const search = queryString(query);
  return `/api${filled}${search ? `?${search}` : ''}`;
}

/** A list's download with the same filters (and sort), every row: the page (limit, offset) is left out. */
export function withoutPage<Q extends { limit?: unknown; offset?: unknown }>(query: Q): Omit<Q, 'limit' | 'offset'> {
  const { limit: _limit, offset: _offset, ...rest } = query;
  return rest;
}
