import type { Principal } from '../../platform/access/policy.ts';

/**
 * How long an agency overview is served from memory (issue 18: counts "cached where an exact total is not needed"):
 * ranking every partner reads every area's figures, hundreds of milliseconds at bench size, while the figures it shows
 * move slowly. Policy of this system, not of a source; the page says when its figures were computed.
 */
export const OVERVIEW_TTL_MS = 30_000;

/** Everything the access policy reads of a principal: two readers with the same key are shown the same figures. */
export function viewKey(principal: Principal, today: string): string {
  return JSON.stringify([today, [...principal.roles].sort(), principal.scope, [...principal.needToKnow].sort(), principal.partner ?? null]);
}

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

/**
 * Results computed for a key in the last `ttlMs`; requests that arrive while one is computed wait for it (so a burst
 * of readers costs one computation, not one each). A failed computation is not kept.
 */
export function createComputedCache<T>(ttlMs = OVERVIEW_TTL_MS, maxEntries = 500) {
  const entries = new Map<string, Entry<T>>();
  return {
    get(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) {
        for (const [k, e] of entries) if (now - e.at >= ttlMs) entries.delete(k);
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      }
      const value = compute();
      entries.set(key, { at: now, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
  };
}

export type ComputedCache<T> = ReturnType<typeof createComputedCache<T>>;
