import { describe, expect, it } from 'vitest';
import { deadlinesCalendar } from './ical.ts';
import type { DeadlineView } from './service.ts';

const deadline = (over: Partial<DeadlineView>): DeadlineView => ({
  id: 'notification.review_ends:0b9c',
  area: 'notifications',
  kind: 'notification.review_ends',
  title: 'Transmittal 26-07: formal review period ends',
  dueDate: '2026-12-31',
  partnerCode: 'SA',
  entityType: 'notification',
  entityId: '0b9c',
  link: '/notifications/0b9c',
  source: 'AECA 36(b)(1), 22 U.S.C. 2776(b)(1): calendar days after formal notification',
  overdue: false,
  daysLeft: 31,
  ...over,
});

// RFC 5545 folds lines at 75 octets; unfold before reading properties.
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const events = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1);

describe('deadlines as an iCalendar feed (RFC 5545)', () => {
  it('makes one all-day event per clock on its due date, ending the next day (DTEND is exclusive)', () => {
    const ics = deadlinesCalendar([deadline({})], { baseUrl: 'https://iops.example', owner: 'CN analyst' });
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const [event] = events(ics);
    expect(event).toContain('DTSTART;VALUE=DATE:20261231');
    expect(event).toContain('DTEND;VALUE=DATE:20270101');
    expect(event).toContain('SUMMARY:Transmittal 26-07: formal review period ends (SA)');
    expect(event).toContain('URL;VALUE=URI:https://iops.example/notifications/0b9c');
    expect(event).toContain('CATEGORIES:notifications');
  });

  it("keeps the deadline's stable id as the UID, so a moved date updates the event instead of adding one", () => {
    const before = events(deadlinesCalendar([deadline({})], { baseUrl: 'https://iops.example', owner: 'x' }))[0]!;
    const after = events(deadlinesCalendar([deadline({ dueDate: '2027-01-05' })], { baseUrl: 'https://iops.example', owner: 'x' }))[0]!;
    const uid = (e: string) => /UID:(.*)/.exec(e)?.[1]?.trim();
    expect(uid(before)).toBe('notification.review_ends:0b9c@iops');
    expect(uid(after)).toBe(uid(before));
  });

  it('marks overdue clocks and cites the rule, escaping the text as the format requires', () => {
    const [event] = events(
      deadlinesCalendar([deadline({ overdue: true, daysLeft: -3, dueDate: '2026-11-27', title: 'LOA AT-B-AAA offer expires; act, now' })], {
        baseUrl: 'https://iops.example',
        owner: 'x',
      }),
    );
    expect(event).toContain('SUMMARY:OVERDUE: LOA AT-B-AAA offer expires\\; act\\, now (SA)');
    expect(event).toContain('2776(b)(1)');
    expect(event).toContain('overdue');
  });

  it('is a valid empty calendar when nothing is due', () => {
    const ics = deadlinesCalendar([], { baseUrl: 'https://iops.example', owner: 'x' });
    expect(ics).toContain('END:VCALENDAR');
    expect(events(ics)).toHaveLength(0);
  });
});
