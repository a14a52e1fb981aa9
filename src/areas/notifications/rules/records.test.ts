import { describe, expect, it } from 'vitest';
import { moveNotification, NOTIFICATION_ACTIONS, NOTIFICATION_STATUSES, NOTIFICATION_TRANSITIONS } from './notification-status.ts';
import { reviewEndsOn } from './review-clock.ts';
import { isTransmittalNumber, nextTransmittalNumber } from './transmittal-number.ts';

describe('transmittal numbers', () => {
  it('accepts the published forms', () => {
    for (const n of ['13-06', '20-44', '22-44']) expect(isTransmittalNumber('aeca_36b1', n)).toBe(true);
    for (const n of ['17-0A', '20-0J', '24-0J']) expect(isTransmittalNumber('aeca_36b5c', n)).toBe(true);
    for (const n of ['2244', '22-4', 'AB-12', '22-0j'])
      expect(isTransmittalNumber('aeca_36b1', n) || isTransmittalNumber('aeca_36b5c', n)).toBe(false);
  });
  it('numbers each year from 01, after the highest used that year', () => {
    expect(nextTransmittalNumber('aeca_36b1', '2026-03-01', [])).toBe('26-01');
    expect(nextTransmittalNumber('aeca_36b1', '2026-03-01', ['26-01', '26-09', '25-44'])).toBe('26-10');
    expect(nextTransmittalNumber('aeca_36b1', '2024-03-01', ['24-99'])).toBe('24-100');
  });
  it('follow-on reports run 0A…0Z, then the series is exhausted', () => {
    expect(nextTransmittalNumber('aeca_36b5c', '2024-05-01', ['24-0I', '23-0K'])).toBe('24-0J');
    expect(nextTransmittalNumber('aeca_36b5c', '2024-05-01', ['24-0Z'])).toBeNull();
  });
});

describe('review clock: calendar days', () => {
  it('30 days from 1 June ends 1 July; 15 days across a month end', () => {
    expect(reviewEndsOn('2026-06-01', 30)).toBe('2026-07-01');
    expect(reviewEndsOn('2026-01-20', 15)).toBe('2026-02-04');
  });
});

describe('notification status machine', () => {
  const context = { onDate: '2026-07-02', reviewEndsOn: '2026-07-01' };
  it('every legal move lands where the table says; every other is refused with the allowed moves', () => {
    for (const status of NOTIFICATION_STATUSES) {
      for (const action of NOTIFICATION_ACTIONS) {
        const move = moveNotification(status, action, context);
        const expected = NOTIFICATION_TRANSITIONS[status][action];
        if (expected) expect(move).toEqual({ ok: true, to: expected });
        else expect(move).toMatchObject({ ok: false, allowed: Object.keys(NOTIFICATION_TRANSITIONS[status]) });
      }
    }
  });
  it('clearing waits until the review period has run out', () => {
    expect(moveNotification('formally_notified', 'clear', { onDate: '2026-07-01', reviewEndsOn: '2026-07-01' }).ok).toBe(false);
    expect(moveNotification('formally_notified', 'clear', { onDate: '2026-07-02', reviewEndsOn: '2026-07-01' }).ok).toBe(true);
  });
});
