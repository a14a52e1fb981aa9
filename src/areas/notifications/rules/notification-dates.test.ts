import { describe, expect, it } from 'vitest';
import { mdeExceedsTotal, notificationDateConflict } from './notification-dates.ts';

const none = { tieredReviewSentOn: null, formallyNotifiedOn: null, clearedOn: null, withdrawnOn: null };

describe('a notification’s dates in order', () => {
  it('refuses a formal notice before its tiered review or its LOR, naming the nearest', () => {
    const sent = { ...none, tieredReviewSentOn: '2026-10-20' };
    expect(notificationDateConflict(sent, 'notify_formally', '2026-10-01', '2026-10-15')).toMatchObject({ notBefore: '2026-10-20' });
    expect(notificationDateConflict(none, 'notify_formally', '2026-10-01', '2026-10-15')).toMatchObject({ notBefore: '2026-10-15' });
    expect(notificationDateConflict(none, 'send_tiered_review', '2026-10-14', '2026-10-15')).not.toBeNull();
  });

  it('refuses clearing before the formal notice; accepts dates in order', () => {
    const notified = { ...none, tieredReviewSentOn: '2026-10-20', formallyNotifiedOn: '2026-11-01' };
    expect(notificationDateConflict(notified, 'clear', '2026-10-25', null)).toMatchObject({ notBefore: '2026-11-01' });
    expect(notificationDateConflict(notified, 'clear', '2026-12-01', '2026-10-15')).toBeNull();
    expect(notificationDateConflict({ ...none, tieredReviewSentOn: '2026-10-20' }, 'notify_formally', '2026-10-20', null)).toBeNull();
  });

  it('holds the MDE within the total', () => {
    expect(mdeExceedsTotal(90_000_000_00, 10_000_000_00)).toBe(true);
    expect(mdeExceedsTotal(10_00, 10_00)).toBe(false);
  });
});
