import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { testPrincipal } from '../testing/principals.ts';
import { deadlinePage, listDeadlines } from './service.ts';
import type { Deadline, DeadlineSourceDef, DeadlineWindow } from './source.ts';

// The paging of the merged calendar, over sources that keep to the window's limit (as SQL does) or ignore it.
const admin = testPrincipal(['administrator']);
const db = {} as Db;
const TODAY = '2026-06-15';

const clock = (area: 'cases' | 'funds' | 'eum', i: number, day: number): Deadline => ({
  id: `${area}.clock:${i}`,
  area,
  kind: `${area}.clock`,
  title: `${area} ${i}`,
  dueDate: `2026-06-${String(day).padStart(2, '0')}`,
  partnerCode: 'AT',
  entityType: area,
  entityId: String(i),
  link: '/',
  source: 'test',
});

function source(area: 'cases' | 'funds' | 'eum', days: number[], honoursLimit: boolean): DeadlineSourceDef {
  const all = days.map((day, i) => clock(area, i, day));
  return {
    area,
    kind: `${area}.clock`,
    label: area,
    list: async (_db, _p, window: DeadlineWindow) => {
      const open = all.filter((d) => d.dueDate <= window.to && (window.from === null || d.dueDate >= window.from));
      // Ties in any order (here the reverse of the calendar's), as SQL ordering by due date alone may give them.
      const sorted = [...open].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || b.title.localeCompare(a.title));
      return honoursLimit && window.limit ? sorted.slice(0, window.limit) : open;
    },
  };
}

describe('the paged calendar', () => {
  it('gives, page after page, exactly the unpaged list, whatever the ties and whichever sources keep to the limit', async () => {
    const days = fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 25 });
    await fc.assert(
      fc.asyncProperty(days, days, days, fc.boolean(), fc.integer({ min: 1, max: 7 }), async (a, b, c, honours, limit) => {
        const sources = [source('cases', a, true), source('funds', b, honours), source('eum', c, true)];
        const query = { from: TODAY, to: '2026-06-30', includeOverdue: true, today: TODAY };
        const whole = await listDeadlines(db, sources, admin, query);
        const paged = [];
        for (let offset = 0; ; offset += limit) {
          const page = await deadlinePage(db, sources, admin, { ...query, limit, offset });
          paged.push(...page.items);
          expect(page.items.length).toBeLessThanOrEqual(limit);
          if (!page.hasMore) break;
        }
        expect(paged.map((d) => d.id)).toEqual(whole.map((d) => d.id));
        expect(whole).toHaveLength(a.length + b.length + c.length);
      }),
      { seed: 20261204, numRuns: 150 },
    );
  });

  it('asks each source for only one more than the page needs', async () => {
    const asked: (number | null | undefined)[] = [];
    const spy: DeadlineSourceDef = {
      ...source('cases', [1, 2, 3], true),
      list: async (_db, _p, window) => {
        asked.push(window.limit);
        return [];
      },
    };
    await deadlinePage(db, [spy], admin, { from: TODAY, to: '2026-06-30', includeOverdue: true, today: TODAY, limit: 50, offset: 100 });
    await listDeadlines(db, [spy], admin, { from: TODAY, to: '2026-06-30', includeOverdue: true, today: TODAY });
    expect(asked).toEqual([151, null]);
  });
});
