import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

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
