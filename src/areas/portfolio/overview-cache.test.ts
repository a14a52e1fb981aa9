import { describe, expect, it } from 'vitest';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createComputedCache, viewKey } from './overview-cache.ts';

describe('the overview cache', () => {
  it('computes once for a burst of readers of the same view, again after the time to live', async () => {
    const cache = createComputedCache<number>(30_000);
    let runs = 0;
    const compute = async () => {
      runs += 1;
      return runs;
    };
    const burst = await Promise.all([cache.get('a', compute, 0), cache.get('a', compute, 10), cache.get('a', compute, 29_999)]);
    expect(burst).toEqual([1, 1, 1]);
    expect(await cache.get('a', compute, 30_000)).toBe(2);
    expect(await cache.get('b', compute, 30_000)).toBe(3);
  });

  it('keeps no failure: the next reader computes afresh', async () => {
    const cache = createComputedCache<number>(30_000);
    await expect(cache.get('a', () => Promise.reject(new Error('lost connection')), 0)).rejects.toThrow('lost connection');
    expect(await cache.get('a', async () => 7, 1)).toBe(7);
  });

  it('holds at most its number of entries', async () => {
    const cache = createComputedCache<string>(30_000, 2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key, 0);
    let recomputed = false;
    await cache.get(
      'a',
      async () => {
        recomputed = true;
        return 'a';
      },
      1,
    );
    expect(recomputed).toBe(true);
  });

  it('separates readers whom the policy shows different figures, and only them', () => {
    const day = '2026-12-05';
    const director = (countries: string[]) => testPrincipal(['country_portfolio_director'], { countries });
    expect(viewKey(director(['PL']), day)).not.toBe(viewKey(director(['AT']), day));
    expect(viewKey(director(['PL', 'AT']), day)).toBe(viewKey(director(['PL', 'AT']), day));
    expect(viewKey(testPrincipal(['auditor']), day)).not.toBe(
      viewKey(testPrincipal(['auditor'], { needToKnow: ['pre-notification'] }), day),
    );
    expect(viewKey(testPrincipal(['auditor']), day)).not.toBe(viewKey(testPrincipal(['auditor']), '2026-12-06'));
  });
});
