import { useCallback } from 'react';
import { intParam, type SearchChanges, useSearchState } from './use-search-state.ts';

export type SortDir = 'asc' | 'desc';

export interface ListStateOptions<Sort extends string> {
  /** The sort keys the API accepts, in the order the screen offers them; empty when the API does not sort. */
  sorts?: readonly Sort[];
  defaultSort?: Sort;
  /** Keys that read best largest or newest first (values, dates): their first click sorts descending. */
  descendingFirst?: readonly Sort[];
  defaultLimit?: number;
}

/**
 * A list's view state, all of it in the URL (so a view can be bookmarked, shared and saved): the filters, the sort and
 * its direction, the page. `paging` and `sorting` are the query parameters to send; `onSort` and `onPage` change them.
 */
export function useListState<Sort extends string = never>(options: ListStateOptions<Sort> = {}) {
  const { sorts = [], defaultSort, descendingFirst = [], defaultLimit = 50 } = options;
  const { params, get, update } = useSearchState();
  const asked = get('sort') as Sort;
  const sort = sorts.includes(asked) ? asked : defaultSort;
  const firstDir = (key: Sort | undefined): SortDir => (key && descendingFirst.includes(key) ? 'desc' : 'asc');
  const dirParam = get('dir');
  const dir: SortDir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : firstDir(sort);
  const limit = intParam(get('limit'), defaultLimit, 500) || defaultLimit;
  const offset = intParam(get('offset'), 0);

  function onSort(key: string) {
    const next: SortDir = key === sort ? (dir === 'asc' ? 'desc' : 'asc') : firstDir(key as Sort);
    update({ sort: key, dir: next, offset: null });
  }
  const onPage = useCallback(
    (nextOffset: number, nextLimit: number) => update({ offset: nextOffset || null, limit: nextLimit === defaultLimit ? null : nextLimit }),
    [update, defaultLimit],
  );
  /** Change filters: back to the first page. `replace` for typing, so each letter is not a history entry. */
  const filter = useCallback((changes: SearchChanges, replace = false) => update({ ...changes, offset: null }, { replace }), [update]);

  return {
    params,
    get,
    update,
    filter,
    sort,
    dir,
    onSort,
    onPage,
    paging: { limit, offset },
    sorting: sort ? { sort, dir } : {},
  };
}

export type ListState = ReturnType<typeof useListState>;
