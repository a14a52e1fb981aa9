import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ErrorNotice, Loading, NotAvailablePage } from '../platform/status-pages.tsx';

/** A read's three states: loading, failed (not available / other), or its data. */
export function QueryState<T>({ query, what, children }: { query: UseQueryResult<T>; what: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.isUnavailable) return <NotAvailablePage what={what} />;
    return <ErrorNotice message={query.error.message} onRetry={() => query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="page-sub">{children}</p>;
}
