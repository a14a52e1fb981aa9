import ical from 'ical-generator';
import { addDays } from '../dates.ts';
import type { DeadlineView } from './service.ts';

/**
 * Deadlines as an iCalendar (RFC 5545) feed: one all-day event per clock on its due date. The UID is the
 * deadline's stable id, so a calendar program updates an event when its date moves instead of adding another.
 */
export function deadlinesCalendar(deadlines: DeadlineView[], options: { baseUrl: string; owner: string }): string {
  const calendar = ical({
    name: `IOPS deadlines — ${options.owner}`,
    prodId: { company: 'IOPS', product: 'deadlines', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const d of deadlines) {
    calendar.createEvent({
      id: `${d.id}@iops`,
      allDay: true,
      start: new Date(`${d.dueDate}T00:00:00Z`),
      end: new Date(`${addDays(d.dueDate, 1)}T00:00:00Z`),
      summary: `${d.overdue ? 'OVERDUE: ' : ''}${d.title}${d.partnerCode ? ` (${d.partnerCode})` : ''}`,
      description: `${d.title}\nDue ${d.dueDate}${d.overdue ? ' — overdue' : ''}.\nRule: ${d.source}\n${options.baseUrl}${d.link}`,
      url: `${options.baseUrl}${d.link}`,
      categories: [{ name: d.area }],
    });
  }
  return calendar.toString();
}
