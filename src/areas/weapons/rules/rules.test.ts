import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVOCACY_ACTIONS, type ADVOCACY_STATES, type AdvocacyQuestionnaire, allowedAdvocacyActions, moveAdvocacy } from './advocacy.ts';
import { competitionStage, type MilestoneDates, milestoneOrderErrors } from './competition-stage.ts';
import { likelihoodPercent, reportYearsDue, weightedCents } from './forecast.ts';
import { fiscalQuarterOf, isOverdue, metTarget, quarterlyFigures, responseDueOn, targetOn } from './inquiry-clock.ts';
import { type Bidder, singleOfferBlock } from './neutrality.ts';

const complete: AdvocacyQuestionnaire = {
  saleChannel: 'dcs',
  valueCents: 120_000_000_00,
  usContentPercent: 80,
  bidderOfRecord: 'Example Aerospace',
  licenceInformation: 'DSP-5 pending',
  assistanceRequested: 'Ambassador letter to the minister',
  decisionDate: '2027-03-01',
  decisionMaker: 'Minister of Defence',
  competitors: ['Foreign Co'],
};

describe('advocacy (EO 13630: questionnaire + agreement → due diligence → national interest → strategy)', () => {
  it('goes through the Advocacy Center steps in order', () => {
    let state: (typeof ADVOCACY_STATES)[number] = 'questionnaire';
    for (const action of ['file_agreement', 'complete_due_diligence', 'determine_national_interest', 'set_strategy'] as const) {
      const move = moveAdvocacy(state, action, complete);
      expect(move.ok).toBe(true);
      if (move.ok) state = move.to;
    }
    expect(state).toBe('strategy_set');
  });

  it('never skips a step: a strategy only after the national-interest determination', () => {
    for (const state of ['questionnaire', 'agreement_on_file', 'due_diligence_done'] as const)
      expect(moveAdvocacy(state, 'set_strategy', complete)).toMatchObject({ ok: false });
    expect(moveAdvocacy('questionnaire', 'determine_national_interest', complete)).toMatchObject({ ok: false });
    expect(moveAdvocacy('questionnaire', 'complete_due_diligence', complete)).toMatchObject({ ok: false });
  });

  it('files the agreement only with a complete questionnaire, naming what is missing', () => {
    const move = moveAdvocacy('questionnaire', 'file_agreement', { ...complete, decisionMaker: ' ', competitors: [], valueCents: null });
    expect(move.ok).toBe(false);
    if (!move.ok) expect(move.fields?.map((f) => f.path)).toEqual(['valueCents', 'decisionMaker', 'competitors']);
  });

  it('ends in declined or withdrawn, from which nothing moves', () => {
    for (const end of ['declined', 'withdrawn'] as const) {
      expect(allowedAdvocacyActions(end)).toEqual([]);
      for (const a of ADVOCACY_ACTIONS) expect(moveAdvocacy(end, a, complete).ok).toBe(false);
    }
    expect(moveAdvocacy('strategy_set', 'decline', complete).ok).toBe(false);
  });
});

describe('single-offer advocacy and neutrality among U.S. bidders', () => {
  const bidder = fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), us: fc.boolean(), active: fc.boolean() });

  it('blocks any bidder set with two or more active U.S. bidders, naming the rule', () => {
    fc.assert(
      fc.property(
        fc.array(bidder),
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 5 }),
        (others, names) => {
          const bidders: Bidder[] = [...others, ...names.map((name) => ({ name, us: true, active: true }))];
          expect(singleOfferBlock(bidders)).toMatch(/single-offer advocacy only when one U.S. team remains/);
        },
      ),
    );
  });

  it('allows it exactly when one U.S. bidder remains active, whatever the foreign competitors and eliminated teams', () => {
    fc.assert(
      fc.property(fc.array(bidder), (bidders) => {
        const activeUs = bidders.filter((b) => b.us && b.active).length;
        expect(singleOfferBlock(bidders) === null).toBe(activeUs === 1);
      }),
    );
    expect(
      singleOfferBlock([
        { name: 'A', us: true, active: false },
        { name: 'F', us: false, active: true },
      ]),
    ).toMatch(/no U.S. bidder/);
  });
});

describe('competition stages', () => {
  const none = { planned: null, actual: null };
  const ms = (over: Partial<MilestoneDates>): MilestoneDates => ({ rfp: none, bids_due: none, down_select: none, award: none, ...over });
  it('is the last milestone reached, or cancelled', () => {
    expect(competitionStage(ms({}), null)).toBe('planning');
    expect(competitionStage(ms({ rfp: { planned: null, actual: '2026-01-01' } }), null)).toBe('solicitation');
    expect(
      competitionStage(
        ms({
          rfp: { planned: null, actual: '2026-01-01' },
          bids_due: { planned: null, actual: '2026-03-01' },
          down_select: { planned: null, actual: '2026-05-01' },
        }),
        null,
      ),
    ).toBe('down_selected');
    expect(competitionStage(ms({ rfp: { planned: null, actual: '2026-01-01' } }), '2026-02-01')).toBe('cancelled');
  });
  it('refuses milestones out of order or skipped', () => {
    expect(
      milestoneOrderErrors(ms({ rfp: { planned: null, actual: '2026-03-01' }, bids_due: { planned: null, actual: '2026-02-01' } })),
    ).toEqual([{ path: 'milestones.bids_due.actual', message: expect.stringContaining('2026-03-01') }]);
    expect(milestoneOrderErrors(ms({ award: { planned: null, actual: '2026-03-01' } }))[0]?.message).toMatch(/before it first/);
  });
});

describe('sales forecast', () => {
  it('"highly probable" is 90%; any other likelihood is what was entered', () => {
    expect(likelihoodPercent(true, null)).toBe(90);
    expect(likelihoodPercent(true, 40)).toBe(90);
    expect(likelihoodPercent(false, 40)).toBe(40);
    expect(weightedCents(1_000_000_01, 90)).toBe(90_000_001);
  });
  it('the report is due each 1 February in the window', () => {
    expect(reportYearsDue('2026-01-15', '2027-03-01', 2020)).toEqual([2026, 2027]);
    expect(reportYearsDue('2026-02-02', '2027-01-31', 2020)).toEqual([]);
    expect(reportYearsDue(null, '2027-02-01', 2025)).toEqual([2025, 2026, 2027]);
  });
});

describe('inquiry response clock (target administrator-set, [open] in the source)', () => {
  const targets = [
    { effectiveFrom: '2026-01-01', days: 10 },
    { effectiveFrom: '2026-07-01', days: 5 },
  ];
  it('uses the target in force on receipt; none before the first, so no clock', () => {
    expect(targetOn(targets, '2025-12-31')).toBeNull();
    expect(targetOn(targets, '2026-01-01')?.days).toBe(10);
    expect(targetOn(targets, '2026-06-30')?.days).toBe(10);
    expect(targetOn(targets, '2026-07-01')?.days).toBe(5);
    const noTarget = { receivedOn: '2025-12-01', firstResponseOn: null, targetDays: null };
    expect(responseDueOn(noTarget)).toBeNull();
    expect(isOverdue(noTarget, '2030-01-01')).toBe(false);
  });
  it('is overdue the day after the due date while unanswered; met when answered by the due date', () => {
    const i = { receivedOn: '2026-03-01', firstResponseOn: null, targetDays: 10 };
    expect(responseDueOn(i)).toBe('2026-03-11');
    expect(isOverdue(i, '2026-03-11')).toBe(false);
    expect(isOverdue(i, '2026-03-12')).toBe(true);
    expect(metTarget({ ...i, firstResponseOn: '2026-03-11' })).toBe(true);
    expect(metTarget({ ...i, firstResponseOn: '2026-03-12' })).toBe(false);
    expect(isOverdue({ ...i, firstResponseOn: '2026-03-20' }, '2026-04-01')).toBe(false);
  });
  it('fiscal quarters start 1 October', () => {
    expect(fiscalQuarterOf('2025-10-01').label).toBe('FY2026 Q1');
    expect(fiscalQuarterOf('2025-12-31').label).toBe('FY2026 Q1');
    expect(fiscalQuarterOf('2026-01-01').label).toBe('FY2026 Q2');
    expect(fiscalQuarterOf('2026-06-30').label).toBe('FY2026 Q3');
    expect(fiscalQuarterOf('2026-09-30').label).toBe('FY2026 Q4');
  });
  it('quarterly figures match a hand-computed fixture', () => {
    // FY2026 Q2: four received. A answered in 3 days (target 10: met); B in 12 days (target 10: missed);
    // C unanswered, due 2026-03-25, overdue on 2026-04-15; D no target, answered in 6 days.
    // FY2026 Q3: one received 2026-04-10, unanswered, due 2026-04-20: not overdue on 2026-04-15.
    const rows = [
      { receivedOn: '2026-01-05', firstResponseOn: '2026-01-08', targetDays: 10 },
      { receivedOn: '2026-02-01', firstResponseOn: '2026-02-13', targetDays: 10 },
      { receivedOn: '2026-03-15', firstResponseOn: null, targetDays: 10 },
      { receivedOn: '2026-03-20', firstResponseOn: '2026-03-26', targetDays: null },
      { receivedOn: '2026-04-10', firstResponseOn: null, targetDays: 10 },
    ];
    expect(quarterlyFigures(rows, '2026-04-15')).toEqual([
      {
        quarter: 'FY2026 Q2',
        received: 4,
        answered: 3,
        measured: 2,
        withinTarget: 1,
        overdue: 1,
        withoutTarget: 1,
        meanDaysToFirstResponse: 7,
        medianDaysToFirstResponse: 6,
      },
      {
        quarter: 'FY2026 Q3',
        received: 1,
        answered: 0,
        measured: 0,
        withinTarget: 0,
        overdue: 0,
        withoutTarget: 0,
        meanDaysToFirstResponse: null,
        medianDaysToFirstResponse: null,
      },
    ]);
  });
});
