import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useDebounced } from './use-debounced.ts';

export type SearchChanges = Record<string, string | number | null | undefined>;

/** View state kept in the URL query string, so a view can be bookmarked and shared. */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string) => params.get(key) ?? '', [params]);
  const update = useCallback(
    (changes: SearchChanges, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
  return { params, get, update };
}

/** A non-negative integer from the query string, or the fallback. */
export function intParam(value: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
}

/**
 * A search box bound to the `q` query parameter: the text updates as typed, the URL (and so the list) after a pause,
 * returning to the first page.
 */
export function useSearchText(get: (key: string) => string, update: ReturnType<typeof useSearchState>['update']) {
  const [text, setText] = useState(get('q'));
  const debounced = useDebounced(text, 300);
  useEffect(() => {
    if (debounced.trim() !== (get('q') || '')) update({ q: debounced.trim(), offset: null }, { replace: true });
  }, [debounced, update, get]);
  return [text, setText] as const;
}

/** A URL parameter that must be one of the values an API accepts (a status, a region): undefined when it is not. */
export function oneOfParam<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}
