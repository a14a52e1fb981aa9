// The money rules of Title 10 building-partner-capacity programs (shared/domain.md §8), as dates and decisions with
// their sources. Pure: dates are ISO strings, money integer cents; the fiscal year is 31 U.S.C. 1102's.
import { fiscalYearOf } from '../../../platform/dates.ts';

export const CROSS_FY_SOURCE =
  '10 U.S.C. 333(g)(2): from the first obligation to the end of the second fiscal year after it (SAMM C15; LOA notes)';
export const FOC_SOURCE =
  '10 U.S.C. 333(g)(2) full operational capability: last key article before the end of the fiscal year after the first obligation → support for two more full fiscal years (SAMM C15)';
export const SEMI_PERMANENT_SOURCE =
  'Semi-permanent BPC program codes from FY2025 run to the end of the third fiscal year (SAMM C15; DSCA 24-91 Table AP8.T2)';
export const CLOSURE_SOURCE = 'BPC cases with cancelling funds closed by 31 July of the cancelling year (SAMM C15.6.1)';
export const CANCELLATION_SOURCE = 'BPC funds cancel at midnight 30 September of the stated year (SAMM App 6 note)';
export const NOTICE_TIMING_SOURCE = 'A Section 333 notice may go no more than one fiscal year before the appropriation (DSCA 19-22)';
export const CONSTRUCTION_SOURCE = 'Small-scale construction under Section 333 at most $2,000,000 (DSCA 25-03; was $1,500,000)';
export const DD1391_SOURCE = 'Construction over $750,000: location, title, cost, DD 1391 and 5-year master plan in the notice (DSCA 25-03)';

/** The first fiscal year semi-permanent program codes apply to (domain.md §8). */
export const SEMI_PERMANENT_FROM_FY = 2025;
export const CONSTRUCTION_LIMIT_CENTS = 200_000_000;
export const DD1391_THRESHOLD_CENTS = 75_000_000;

/** The last day of fiscal year `fy`: 30 September of that calendar year. */
export const fiscalYearEnd = (fy: number) => `${String(fy).padStart(4, '0')}-09-30`;
/** The first day of fiscal year `fy`: 1 October of the calendar year before. */
export const fiscalYearStart = (fy: number) => `${String(fy - 1).padStart(4, '0')}-10-01`;

export interface PeriodDecision {
  startsOn: string;
  endsOn: string;
  /** Which rule set the end: the cross-fiscal-year period, its FOC extension, or a semi-permanent code. */
  rule: 'cross_fiscal_year' | 'full_operational_capability' | 'semi_permanent';
  source: string;
  reasons: string[];
}

/**
 * The period during which the program's support may run (333(g)(2)): it starts at the first obligation and ends at the
 * end of the second fiscal year after it. When the last key article arrived by the end of the fiscal year after the first
 * obligation, support may run two more full fiscal years after that arrival's fiscal year (full operational capability).
 * A semi-permanent program code (from FY2025) runs to the end of the third fiscal year after the first obligation. The
 * longest period that applies wins; each that applied is named.
 */
export function supportPeriod(input: {
  firstObligationOn: string;
  lastKeyArticleOn?: string | null;
  semiPermanent?: boolean;
  /** The program code's fiscal year, for the semi-permanent rule (applies from FY2025). */
  programFiscalYear?: number | null;
}): PeriodDecision {
  const fy = fiscalYearOf(input.firstObligationOn);
  const reasons = [`First obligation on ${input.firstObligationOn}, fiscal year ${fy}`];
  let best: PeriodDecision = {
    startsOn: input.firstObligationOn,
    endsOn: fiscalYearEnd(fy + 2),
    rule: 'cross_fiscal_year',
    source: CROSS_FY_SOURCE,
    reasons,
  };
  reasons.push(`Cross-fiscal-year period: to the end of FY${fy + 2} (${fiscalYearEnd(fy + 2)})`);
  if (input.lastKeyArticleOn) {
    const arrival = input.lastKeyArticleOn;
    if (arrival < input.firstObligationOn) throw new RangeError('The last key article cannot arrive before the first obligation');
    if (arrival <= fiscalYearEnd(fy + 1)) {
      const end = fiscalYearEnd(fiscalYearOf(arrival) + 2);
      reasons.push(`Full operational capability: last key article on ${arrival}, by the end of FY${fy + 1}; support to ${end}`);
      if (end > best.endsOn) best = { ...best, endsOn: end, rule: 'full_operational_capability', source: FOC_SOURCE };
    } else reasons.push(`Last key article on ${arrival}, after the end of FY${fy + 1}: no full-operational-capability extension`);
  }
  if (input.semiPermanent) {
    const codeFy = input.programFiscalYear ?? fy;
    if (codeFy >= SEMI_PERMANENT_FROM_FY) {
      const end = fiscalYearEnd(fy + 3);
      reasons.push(`Semi-permanent program code (FY${codeFy}): to the end of FY${fy + 3} (${end})`);
      if (end > best.endsOn) best = { ...best, endsOn: end, rule: 'semi_permanent', source: SEMI_PERMANENT_SOURCE };
    } else reasons.push(`Semi-permanent code of FY${codeFy}: the rule applies from FY${SEMI_PERMANENT_FROM_FY}`);
  }
  return { ...best, reasons };
}

/** Money of the stated year is available through 30 September of it, and cancelled from midnight. */
export function cancellation(statedYear: number) {
  const lastDay = fiscalYearEnd(statedYear);
  return {
    lastDay,
    cancelledFrom: fiscalYearStart(statedYear + 1),
    closeBy: `${String(statedYear).padStart(4, '0')}-07-31`,
    source: CANCELLATION_SOURCE,
  };
}

/** Whether money of the stated year has cancelled on `onDate` (midnight 30 September: from 1 October it has). */
export const cancelledOn = (statedYear: number, onDate: string) => onDate > fiscalYearEnd(statedYear);

/** The date a case funded with money cancelling in `cancellationYear` must be ready to close by (31 July of that year). */
export const closureDueOn = (cancellationYear: number) => cancellation(cancellationYear).closeBy;

export type Verdict = { ok: true } | { ok: false; reason: string; source: string };

/** The earliest day a notice may go for money of fiscal year `appropriationFy`: the first day of the fiscal year before it. */
export const earliestNoticeOn = (appropriationFy: number) => fiscalYearStart(appropriationFy - 1);

/** DSCA 19-22: a notice on `noticeOn` for an appropriation of fiscal year `appropriationFy`. */
export function noticeTiming(noticeOn: string, appropriationFy: number): Verdict {
  const earliest = earliestNoticeOn(appropriationFy);
  if (noticeOn < earliest)
    return {
      ok: false,
      reason: `A notice for FY${appropriationFy} money may go from ${earliest} (FY${appropriationFy - 1}); ${noticeOn} is in FY${fiscalYearOf(noticeOn)}`,
      source: NOTICE_TIMING_SOURCE,
    };
  return { ok: true };
}

export interface ConstructionDecision {
  allowed: boolean;
  /** The DD 1391 data (location, title, cost, DD 1391, master plan) must be in the notice. */
  needsDd1391: boolean;
  reasons: { rule: string; thresholdCents: number; valueCents: number; met: boolean; source: string }[];
}

/** Small-scale construction under Section 333: refused above $2M; above $750,000 the notice carries the DD 1391 data. */
export function smallScaleConstruction(constructionCents: number): ConstructionDecision {
  const over = constructionCents > CONSTRUCTION_LIMIT_CENTS;
  const needs = constructionCents > DD1391_THRESHOLD_CENTS;
  return {
    allowed: !over,
    needsDd1391: needs,
    reasons: [
      {
        rule: 'construction_limit',
        thresholdCents: CONSTRUCTION_LIMIT_CENTS,
        valueCents: constructionCents,
        met: over,
        source: CONSTRUCTION_SOURCE,
      },
      {
        rule: 'dd1391_in_notice',
        thresholdCents: DD1391_THRESHOLD_CENTS,
        valueCents: constructionCents,
        met: needs,
        source: DD1391_SOURCE,
      },
    ],
  };
}

/** Prior three fiscal years before `fiscalYear` (333(e): the notice names the assistance of the prior three years). */
export const priorThreeFiscalYears = (fiscalYear: number) => [fiscalYear - 3, fiscalYear - 2, fiscalYear - 1];
