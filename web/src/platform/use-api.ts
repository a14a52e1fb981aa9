import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DependencyList, type Dispatch, type SetStateAction, useCallback } from 'react';
import { ApiError } from '../api/api-error.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** A load is under way (the first, or a refresh after a change). */
  loading: boolean;
  reload: () => void;
  setData: Dispatch<SetStateAction<T | undefined>>;
}

/**
 * A read through TanStack Query: cached under `[area, what, ...deps]` (so a page opened again shows what it had at once
 * and refreshes it), retried when the network or server fails, cancelled when superseded. `name` is the area and what
 * is read, e.g. `['cases', 'case-page:getCase']`; `deps` are everything `load` depends on; a write anywhere marks
 * every read stale (query-client.ts).
 */
export function useApi<T>(
  name: readonly [area: string, what: string],
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): ApiState<T> {
  const queryClient = useQueryClient();
  const queryKey = [...name, ...deps];
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => load(signal),
    // A new filter or page keeps the rows on screen until the next ones arrive (no flash of "Loading").
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const keyText = JSON.stringify(queryKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key's text stands for the key
  const setData = useCallback<Dispatch<SetStateAction<T | undefined>>>(
    (next) =>
      queryClient.setQueryData<T>(JSON.parse(keyText), (previous) =>
        typeof next === 'function' ? (next as (p: T | undefined) => T | undefined)(previous) : next,
      ),
    [queryClient, keyText],
  );
  const error =
    query.error == null ? undefined : query.error instanceof ApiError ? query.error : new ApiError(0, 'client', String(query.error));
  return { data: query.data, error, loading: query.isFetching, reload, setData };
}
