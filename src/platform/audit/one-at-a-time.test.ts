import { describe, expect, it } from 'vitest';
import { oneAtATime } from './service.ts';

describe('chain steps one at a time', () => {
  it('runs one step for everything asked while another ran, and never two at once', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const release: (() => void)[] = [];
    const step = oneAtATime(async () => {
      runs += 1;
      active += 1;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => release.push(resolve));
      active -= 1;
    });
    const first = step();
    const during = [step(), step(), step()];
    expect(runs).toBe(1);
    release.shift()?.();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    release.shift()?.();
    await Promise.all(during);
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('a failed step fails its callers only; the next call runs again', async () => {
    let fail = true;
    const step = oneAtATime(async () => {
      if (fail) throw new Error('connection lost');
    });
    await expect(step()).rejects.toThrow('connection lost');
    fail = false;
    await expect(step()).resolves.toBeUndefined();
  });
});
