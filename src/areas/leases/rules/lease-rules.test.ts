import { describe, expect, it } from 'vitest';
import { certificationPeriodEnded, leaseEndOn } from './lease-period.ts';
import { allowedLeaseActions, LEASE_STATUSES, moveLease, offeredLeaseActions } from './lease-status.ts';
import { isOverdue, outstandingCents, scheduleExceedsRental } from './rental.ts';

const plain = { certificationRequired: true, emergencyWaiver: false, delivered: false, outstandingCents: 0, noticeWithdrawn: false };

describe('AECA 61(b): the lease runs its term plus refurbishment time before delivery', () => {
  it('ends the day before start + term + refurbishment months', () => {
    expect(leaseEndOn('2026-03-01', 60, 0)).toBe('2031-02-28');
    expect(leaseEndOn('2026-03-01', 60, 6)).toBe('2031-08-31');
  });
});

describe('AECA 62(a)/(c): the lease is entered into only after the certification period', () => {
  const notice = { status: 'formally_notified', reviewEndsOn: '2026-05-16', clearedOn: null };
  it('refuses on the last day of the period (naming it), allows the day after', () => {
    const onLastDay = certificationPeriodEnded(notice, '2026-05-16');
    expect(onLastDay).toEqual({ ok: false, reason: expect.stringContaining('runs to 2026-05-16') });
    expect(certificationPeriodEnded(notice, '2026-05-15').ok).toBe(false);
    expect(certificationPeriodEnded(notice, '2026-05-17').ok).toBe(true);
  });
  it('allows a cleared notice; refuses no notice, a draft notice and a withdrawn one', () => {
    expect(certificationPeriodEnded({ status: 'cleared', reviewEndsOn: '2026-05-16', clearedOn: '2026-05-17' }, '2026-05-17').ok).toBe(
      true,
    );
    expect(certificationPeriodEnded(null, '2026-05-17').ok).toBe(false);
    expect(certificationPeriodEnded({ status: 'draft', reviewEndsOn: null, clearedOn: null }, '2026-05-17')).toMatchObject({
      reason: expect.stringMatching(/not been formally sent/),
    });
    expect(certificationPeriodEnded({ status: 'withdrawn', reviewEndsOn: '2026-05-01', clearedOn: null }, '2026-05-17').ok).toBe(false);
  });
});

describe('the lease state machine', () => {
  it('draft → certification → period ended → signed → active → returned → closed; terminated from any open status', () => {
    const path = [
      ['draft', 'certify', 'certification'],
      ['certification', 'end_period', 'period_ended'],
      ['period_ended', 'sign', 'signed'],
      ['signed', 'deliver', 'active'],
      ['active', 'return', 'returned'],
      ['returned', 'close', 'closed'],
    ] as const;
    for (const [from, action, to] of path) expect(moveLease(from, action, { ...plain, delivered: true })).toEqual({ ok: true, to });
    for (const status of ['draft', 'certification', 'period_ended', 'signed', 'active'] as const)
      expect(moveLease(status, 'terminate', plain)).toEqual({ ok: true, to: 'terminated' });
    expect(allowedLeaseActions('closed')).toEqual([]);
    expect(LEASE_STATUSES).toHaveLength(8);
  });
  it('names the allowed moves when refusing one', () => {
    expect(moveLease('active', 'sign', plain)).toEqual({ ok: false, reason: expect.any(String), allowed: ['return', 'terminate'] });
  });
  it('signs a draft directly only without certification or with the 62(b) waiver', () => {
    expect(moveLease('draft', 'sign', plain).ok).toBe(false);
    expect(moveLease('draft', 'sign', { ...plain, certificationRequired: false }).ok).toBe(true);
    expect(moveLease('draft', 'sign', { ...plain, emergencyWaiver: true }).ok).toBe(true);
    expect(moveLease('draft', 'certify', { ...plain, emergencyWaiver: true }).ok).toBe(false);
    expect(moveLease('draft', 'certify', { ...plain, certificationRequired: false }).ok).toBe(false);
  });
  it('certifies again only once the notice was withdrawn, and offers it only then', () => {
    expect(moveLease('certification', 'certify', plain).ok).toBe(false);
    expect(moveLease('certification', 'certify', { ...plain, noticeWithdrawn: true })).toEqual({ ok: true, to: 'certification' });
    expect(offeredLeaseActions('certification', false)).toEqual(['end_period', 'terminate']);
    expect(offeredLeaseActions('certification', true)).toEqual(['certify', 'end_period', 'terminate']);
  });
  it('returns a terminated lease only when something was delivered; closes only with nothing outstanding', () => {
    expect(moveLease('terminated', 'return', plain).ok).toBe(false);
    expect(moveLease('terminated', 'return', { ...plain, delivered: true }).ok).toBe(true);
    expect(moveLease('returned', 'close', { ...plain, outstandingCents: 1 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('$0.01'),
    });
  });
});

describe('rental (AECA 61(a)(4))', () => {
  const payment = { dueOn: '2026-04-01', amountCents: 100, receivedCents: 0 };
  it('is overdue from the day after its due date until received in full', () => {
    expect(isOverdue(payment, '2026-04-01')).toBe(false);
    expect(isOverdue(payment, '2026-04-02')).toBe(true);
    expect(isOverdue({ ...payment, receivedCents: 99 }, '2026-04-02')).toBe(true);
    expect(isOverdue({ ...payment, receivedCents: 100 }, '2026-04-02')).toBe(false);
  });
  it('schedules at most the total rental value: −1, =, +1', () => {
    expect(scheduleExceedsRental(100, [{ amountCents: 99 }])).toBeNull();
    expect(scheduleExceedsRental(100, [{ amountCents: 60 }, { amountCents: 40 }])).toBeNull();
    expect(scheduleExceedsRental(100, [{ amountCents: 101 }])).toMatch(/more than the total rental value/);
    expect(outstandingCents([payment, { ...payment, receivedCents: 30 }])).toBe(170);
  });
});
