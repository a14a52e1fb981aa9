// The global search's part of the typed API client: the types come straight from the generated OpenAPI schema.
import { http, unwrap } from '../../api/http.ts';
import type { S } from '../../api/schema-types.ts';

export type SearchResult = S['SearchResult'];
export type SearchGroup = SearchResult['groups'][number];

export const searchApi = {
  search: (q: string, signal?: AbortSignal) => unwrap(http.GET('/search', { params: { query: { q, limit: 8 } }, signal })),
};
