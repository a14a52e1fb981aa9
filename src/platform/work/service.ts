import type { Db } from '../../db/client.ts';
import { AREAS } from '../access/areas.ts';
import { decide, type Principal } from '../access/policy.ts';
import { addDays } from '../dates.ts';
import { deadlineCalendar } from '../deadlines/service.ts';
import type { DeadlineSourceDef } from '../deadlines/source.ts';
import type { WorkQueue } from './source.ts';

/** The calendar list shows at most this many clocks; beyond it the home page says "more than". */
const DEADLINE_CAP = 2000;

/** What waits on this user: each area's queues the user works (by role and scope), then the clocks of the week. */
export async function myWork(
  db: Db,
  queues: readonly WorkQueue[],
  deadlineSources: readonly DeadlineSourceDef[],
  principal: Principal,
  today: string,
) {
  const mine = queues
    .filter((q) => decide(principal, q.action, { area: q.area }).allowed)
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  const counted = await Promise.all(
    mine.map(async ({ key, label, area, tone, link, count }) => ({
      key,
      label,
      area,
      tone,
      link,
      count: await count(db, principal, today),
      more: false,
    })),
  );
  const week = await deadlineCalendar(
    db,
    deadlineSources,
    principal,
    { from: today, to: addDays(today, 7), overdue: true, limit: DEADLINE_CAP },
    today,
  );
  const overdue = week.items.filter((d) => d.overdue).length;
  const deadlines = [
    { key: 'deadlines.overdue', label: 'Clocks overdue', area: null, tone: 'overdue' as const, count: overdue },
    {
      key: 'deadlines.week',
      label: 'Clocks running out in the next 7 days',
      area: null,
      tone: 'due' as const,
      count: week.items.length - overdue,
    },
  ].map((d) => ({ ...d, link: '/deadlines?view=list&days=7', more: week.hasMore }));
  const areaLabel = (id: string | null) => AREAS.find((a) => a.id === id)?.label ?? 'Deadlines';
  return { today, items: [...deadlines, ...counted].map((item) => ({ ...item, areaLabel: areaLabel(item.area) })) };
}
