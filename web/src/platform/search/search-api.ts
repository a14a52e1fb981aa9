// The global search's part of the typed API client: the types come straight from the generated OpenAPI schema.
import { request } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

export type SearchResult = components['schemas']['SearchResult'];
export type SearchGroup = SearchResult['groups'][number];

export const searchApi = {
  search: (q: string, signal?: AbortSignal) => request<SearchResult>('GET', '/search', { query: { q, limit: 8 }, signal }),
};
