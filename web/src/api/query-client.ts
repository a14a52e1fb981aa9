import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';

/** A refusal (4xx) is an answer, not a failure: retried only when the network or the server failed. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The one cache of what this browser has read; cleared when the user signs out or the session ends. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/**
 * After any write: every read is stale, so a list or page opened next loads afresh. Reads on screen are not refetched
 * here (an editor keeps what is being typed); the page that wrote reloads what it shows.
 */
export function markAllStale(): void {
  void queryClient.invalidateQueries({ refetchType: 'none' });
}
