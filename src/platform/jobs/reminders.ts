import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { principalOf } from '../auth/principal.ts';
import { addDays, todayIso } from '../dates.ts';
import { deadlinePage } from '../deadlines/service.ts';
import type { DeadlineSourceDef } from '../deadlines/source.ts';
import { users } from '../users/schema.ts';
import { deadlineReminders } from './schema.ts';

/** The earliest clocks a reminder names (the count covers them all). */
const NAMED = 5;

/**
 * Each active user's reminder of the day: how many of the clocks they may see are overdue or due within `withinDays`,
 * and the first few, read through the same sources and access policy as their calendar. One row per user and day:
 * running it again the same day (a retry, a second worker) replaces the row, it does not add one.
 */
export async function writeDeadlineReminders(
  database: Database,
  sources: readonly DeadlineSourceDef[],
  withinDays: number,
  progress: (done: number, total: number) => Promise<void>,
  today = todayIso(),
): Promise<{ users: number; withClocks: number }> {
  const people = await database.db.select().from(users).where(eq(users.active, true)).orderBy(users.username);
  let withClocks = 0;
  for (const [i, user] of people.entries()) {
    const principal = principalOf(user, 'token');
    const query = { from: today, to: addDays(today, withinDays), includeOverdue: true, today };
    const { items } = await deadlinePage(database.readDb, sources, principal, query);
    const overdue = items.filter((d) => d.overdue).length;
    if (items.length) withClocks += 1;
    const firstDue = items.slice(0, NAMED).map((d) => ({ title: d.title, dueDate: d.dueDate, link: d.link }));
    const row = { userId: user.id, onDate: today, overdue, dueSoon: items.length - overdue, withinDays, firstDue };
    await database.db
      .insert(deadlineReminders)
      .values(row)
      .onConflictDoUpdate({
        target: [deadlineReminders.userId, deadlineReminders.onDate],
        set: { overdue, dueSoon: row.dueSoon, withinDays, firstDue, createdAt: sql`now()` },
      });
    await progress(i + 1, people.length);
  }
  return { users: people.length, withClocks };
}
