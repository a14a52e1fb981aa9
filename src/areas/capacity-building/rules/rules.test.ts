import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fiscalYearOf } from '../../../platform/dates.ts';
import {
  cancellation,
  cancelledOn,
  closureDueOn,
  earliestNoticeOn,
  fiscalYearEnd,
  noticeTiming,
  smallScaleConstruction,
  supportPeriod,
} from './fund-rules.ts';
import { missingNoticeContents, noticePeriodOn } from './programs.ts';
import {
  allowedProposalActions,
  moveProposal,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  type ProposalMoveContext,
  type ProposalStatus,
} from './proposal-status.ts';
import { backlogTranche, closureReadiness, reviewCompletable, reviewKindFits } from './reviews.ts';

const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ready: ProposalMoveContext = { assessed: true, noticeRequired: true, notice: 'cleared', cases: 1 };

describe('the proposal state machine', () => {
  it('runs development → CCMD → OSD/JS → State → notification → approved → executing → complete → closed', () => {
    const path: [ProposalStatus, (typeof PROPOSAL_ACTIONS)[number]][] = [
      ['development', 'submit'],
      ['ccmd_submitted', 'approve_osd'],
      ['osd_approved', 'concur_state'],
      ['state_concurred', 'notify'],
      ['congressional_notification', 'approve'],
      ['approved', 'execute'],
      ['executing', 'complete'],
      ['complete', 'close'],
    ];
    const reached = path.map(([status, action]) => {
      const move = moveProposal(status, action, { ...ready, notice: action === 'notify' ? null : 'cleared' });
      expect(move.ok, `${status} ${action}`).toBe(true);
      return move.ok ? move.to : null;
    });
    expect(reached).toEqual([
      'ccmd_submitted',
      'osd_approved',
      'state_concurred',
      'congressional_notification',
      'approved',
      'executing',
      'complete',
      'closed',
    ]);
  });

  it('refuses every move the table does not list, naming the allowed ones', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROPOSAL_STATUSES), fc.constantFrom(...PROPOSAL_ACTIONS), (status, action) => {
        const move = moveProposal(status, action, ready);
        if (!PROPOSAL_TRANSITIONS[status][action]) {
          expect(move.ok).toBe(false);
          if (!move.ok) expect(move.allowed).toEqual(allowedProposalActions(status));
        }
      }),
    );
  });

  it('closed and withdrawn are final; withdrawn and returned are reachable from every review stage', () => {
    expect(allowedProposalActions('closed')).toEqual([]);
    expect(allowedProposalActions('withdrawn')).toEqual([]);
    for (const s of ['ccmd_submitted', 'osd_approved', 'state_concurred'] as const) {
      expect(moveProposal(s, 'return', ready)).toEqual({ ok: true, to: 'returned' });
      expect(moveProposal(s, 'withdraw', ready)).toEqual({ ok: true, to: 'withdrawn' });
    }
    expect(moveProposal('returned', 'revise', ready)).toEqual({ ok: true, to: 'development' });
  });

  it('needs the AM&E initial assessment before submission', () => {
    const move = moveProposal('development', 'submit', { ...ready, assessed: false });
    expect(move.ok).toBe(false);
    if (!move.ok) expect(move.reason).toMatch(/assessment/);
  });

  it('approves only once the notice is cleared, for a program whose proposals are notified', () => {
    for (const notice of [null, 'draft', 'formally_notified', 'withdrawn'] as const)
      expect(moveProposal('congressional_notification', 'approve', { ...ready, notice }).ok).toBe(false);
    expect(moveProposal('state_concurred', 'approve', ready).ok).toBe(false);
    expect(moveProposal('state_concurred', 'approve', { ...ready, noticeRequired: false })).toEqual({ ok: true, to: 'approved' });
    expect(moveProposal('state_concurred', 'notify', { ...ready, noticeRequired: false }).ok).toBe(false);
  });

  it('keeps a notice before Congress: no return, withdrawal or second notice until it is withdrawn', () => {
    const pending = { ...ready, notice: 'formally_notified' as const };
    for (const action of ['return', 'withdraw', 'notify'] as const)
      expect(moveProposal('congressional_notification', action, pending).ok).toBe(false);
    const withdrawn = { ...ready, notice: 'withdrawn' as const };
    expect(moveProposal('congressional_notification', 'notify', withdrawn)).toEqual({ ok: true, to: 'congressional_notification' });
    expect(moveProposal('congressional_notification', 'return', withdrawn)).toEqual({ ok: true, to: 'returned' });
  });

  it('executes through a BPC case, and an approved proposal with cases is not withdrawn', () => {
    expect(moveProposal('approved', 'execute', { ...ready, cases: 0 }).ok).toBe(false);
    expect(moveProposal('approved', 'withdraw', { ...ready, cases: 1 }).ok).toBe(false);
    expect(moveProposal('approved', 'withdraw', { ...ready, cases: 0 })).toEqual({ ok: true, to: 'withdrawn' });
  });
});

describe('the cross-fiscal-year period (333(g)(2))', () => {
  it('ends at the end of the second fiscal year after the first obligation, at its boundaries', () => {
    expect(supportPeriod({ firstObligationOn: '2025-09-30' }).endsOn).toBe('2027-09-30');
    expect(supportPeriod({ firstObligationOn: '2025-10-01' }).endsOn).toBe('2028-09-30');
    expect(supportPeriod({ firstObligationOn: '2024-10-01' }).endsOn).toBe('2027-09-30');
  });

  it('always ends on a 30 September, two fiscal years after the first obligation’s', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const p = supportPeriod({ firstObligationOn: d });
        expect(p.endsOn).toBe(`${fiscalYearOf(d) + 2}-09-30`);
        expect(p.startsOn).toBe(d);
        expect(p.rule).toBe('cross_fiscal_year');
      }),
    );
  });

  it('extends with full operational capability only when the last key article arrives by the end of the next fiscal year', () => {
    // First obligation FY2026; the fiscal year after it ends 30 September 2027.
    const on = supportPeriod({ firstObligationOn: '2026-03-01', lastKeyArticleOn: '2027-09-30' });
    expect(on.rule).toBe('full_operational_capability');
    expect(on.endsOn).toBe('2029-09-30');
    const late = supportPeriod({ firstObligationOn: '2026-03-01', lastKeyArticleOn: '2027-10-01' });
    expect(late.rule).toBe('cross_fiscal_year');
    expect(late.endsOn).toBe('2028-09-30');
    // Arriving in the first obligation's own fiscal year gives no more than the ordinary period.
    expect(supportPeriod({ firstObligationOn: '2026-03-01', lastKeyArticleOn: '2026-06-01' }).endsOn).toBe('2028-09-30');
  });

  it('never ends before the ordinary period, whatever the arrival', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 2000 }), (d, after) => {
        const p = supportPeriod({ firstObligationOn: d, lastKeyArticleOn: addDays(d, after) });
        expect(p.endsOn >= fiscalYearEnd(fiscalYearOf(d) + 2)).toBe(true);
        expect(p.endsOn.slice(5)).toBe('09-30');
      }),
    );
  });

  it('semi-permanent codes from FY2025 run to the end of the third fiscal year; earlier codes do not', () => {
    expect(supportPeriod({ firstObligationOn: '2025-01-15', semiPermanent: true, programFiscalYear: 2025 })).toMatchObject({
      endsOn: '2028-09-30',
      rule: 'semi_permanent',
    });
    expect(supportPeriod({ firstObligationOn: '2025-01-15', semiPermanent: true, programFiscalYear: 2024 }).endsOn).toBe('2027-09-30');
  });
});

describe('cancellation and closure', () => {
  it('money cancels at midnight 30 September of its stated year', () => {
    expect(cancelledOn(2030, '2030-09-30')).toBe(false);
    expect(cancelledOn(2030, '2030-10-01')).toBe(true);
    expect(cancellation(2030)).toMatchObject({ lastDay: '2030-09-30', cancelledFrom: '2030-10-01', closeBy: '2030-07-31' });
  });

  it('is cancelled exactly on the days after 30 September of the stated year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), dates, (year, d) => {
        expect(cancelledOn(year, d)).toBe(d > `${year}-09-30`);
        expect(closureDueOn(year) < cancellation(year).lastDay).toBe(true);
      }),
    );
  });
});

describe('the notice', () => {
  it('goes no more than one fiscal year before the appropriation (DSCA 19-22)', () => {
    expect(earliestNoticeOn(2027)).toBe('2025-10-01');
    expect(noticeTiming('2025-09-30', 2027).ok).toBe(false);
    expect(noticeTiming('2025-10-01', 2027).ok).toBe(true);
    fc.assert(
      fc.property(dates, fc.integer({ min: 2001, max: 2092 }), (d, fy) => {
        expect(noticeTiming(d, fy).ok).toBe(fiscalYearOf(d) >= fy - 1);
      }),
    );
  });

  it('has no review period until an administrator enters one, and uses the row in force', () => {
    expect(noticePeriodOn([], '2026-01-01')).toBeNull();
    const rows = [
      { effectiveFrom: '2020-01-01', effectiveTo: '2025-12-31', days: 10, source: 'a', verified: true },
      { effectiveFrom: '2026-01-01', effectiveTo: null, days: 20, source: 'b', verified: false },
    ];
    expect(noticePeriodOn(rows, '2025-12-31')?.days).toBe(10);
    expect(noticePeriodOn(rows, '2026-01-01')?.days).toBe(20);
    expect(noticePeriodOn(rows, '2019-12-31')).toBeNull();
  });

  it('names each 333(e) content missing', () => {
    const full = {
      recipientUnit: 'Unit',
      absorptiveCapacity: 'ok',
      costEstimateCents: 1,
      deliverySchedule: 'ok',
      sustainmentPlan: 'ok',
      campaignPlanLinks: ['TCP'],
    };
    expect(missingNoticeContents(full)).toEqual([]);
    expect(missingNoticeContents({ ...full, sustainmentPlan: ' ', campaignPlanLinks: [] }).map((m) => m.field)).toEqual([
      'sustainmentPlan',
      'campaignPlanLinks',
    ]);
  });
});

describe('small-scale construction (DSCA 25-03)', () => {
  it('allows up to $2,000,000 and asks for the DD 1391 data above $750,000', () => {
    expect(smallScaleConstruction(200_000_000)).toMatchObject({ allowed: true, needsDd1391: true });
    expect(smallScaleConstruction(200_000_001).allowed).toBe(false);
    expect(smallScaleConstruction(75_000_000).needsDd1391).toBe(false);
    expect(smallScaleConstruction(75_000_001).needsDd1391).toBe(true);
  });
});

describe('case reviews', () => {
  it('reviews BPC cases periodically or on an event, FMS cases annually', () => {
    expect(reviewKindFits('periodic', true).ok).toBe(true);
    expect(reviewKindFits('event', false).ok).toBe(false);
    expect(reviewKindFits('annual_fms', true).ok).toBe(false);
    expect(reviewKindFits('annual_fms', false).ok).toBe(true);
  });

  it('completes only with every item answered and every action done', () => {
    expect(reviewCompletable({ unanswered: ['CR-01'], openActions: 0 }).ok).toBe(false);
    expect(reviewCompletable({ unanswered: [], openActions: 1 }).ok).toBe(false);
    expect(reviewCompletable({ unanswered: [], openActions: 0 }).ok).toBe(true);
  });

  it('is ready to close when supply complete without open actions, due 31 July of the cancelling year', () => {
    expect(closureReadiness({ caseStatus: 'supply_complete', openActions: 0, cancellationYear: 2031, today: '2031-07-31' })).toMatchObject({
      ready: true,
      closeBy: '2031-07-31',
      overdue: false,
    });
    expect(closureReadiness({ caseStatus: 'implemented', openActions: 2, cancellationYear: 2031, today: '2031-08-01' })).toMatchObject({
      ready: false,
      overdue: true,
    });
  });

  it('puts cases implemented in FY2017 or earlier first (DSCA 25-97)', () => {
    expect(backlogTranche('2017-09-30')).toEqual({ implementationFy: 2017, first: true });
    expect(backlogTranche('2017-10-01')).toEqual({ implementationFy: 2018, first: false });
  });
});
