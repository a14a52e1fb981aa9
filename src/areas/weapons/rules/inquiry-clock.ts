// The industry ombudsman's response-time target (shared/domain.md §10 leaves it [open]): a dated table an administrator
// keeps. Without a target in force on the day an inquiry came in, there is no clock, and the screens say so.
import { addDays, daysBetween, fiscalYearOf } from '../../../platform/dates.ts';

export interface ResponseTarget {
  effectiveFrom: string;
  /** Calendar days from receipt to the first response. */
  days: number;
}

/** The target in force on `date`: the latest row that took effect on or before it; null when none. */
export function targetOn(targets: readonly ResponseTarget[], date: string): ResponseTarget | null {
  let best: ResponseTarget | null = null;
  for (const t of targets) if (t.effectiveFrom <= date && (!best || t.effectiveFrom > best.effectiveFrom)) best = t;
  return best;
}

export interface InquiryTimes {
  receivedOn: string;
  /** The first response's date, null while unanswered. */
  firstResponseOn: string | null;
  /** Days of the target in force on receipt, null when none was set. */
  targetDays: number | null;
  /** Closed (with its outcome) before any response: the clock stops too. */
  closedOn?: string | null;
}

export const responseDueOn = (i: InquiryTimes): string | null => (i.targetDays === null ? null : addDays(i.receivedOn, i.targetDays));

/** Unanswered after its due date (no target: never overdue, there is no clock). */
export function isOverdue(i: InquiryTimes, today: string): boolean {
  const due = responseDueOn(i);
  return due !== null && i.firstResponseOn === null && !i.closedOn && today > due;
}

/** Answered by the due date (null: no target to measure against, or not answered yet). */
export function metTarget(i: InquiryTimes): boolean | null {
  const due = responseDueOn(i);
  if (due === null || i.firstResponseOn === null) return null;
  return i.firstResponseOn <= due;
}

/** Federal fiscal quarter of a date (FY N starts 1 October N−1; 31 U.S.C. 1102): `FY2026 Q1`. */
export function fiscalQuarterOf(isoDate: string): { fiscalYear: number; quarter: 1 | 2 | 3 | 4; label: string } {
  const fiscalYear = fiscalYearOf(isoDate);
  const month = Number(isoDate.slice(5, 7));
  const quarter = (month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2) as 1 | 2 | 3 | 4;
  return { fiscalYear, quarter, label: `FY${fiscalYear} Q${quarter}` };
}

export interface QuarterFigures {
  quarter: string;
  received: number;
  answered: number;
  /** Answered inquiries that had a target, and of them those answered by it. */
  measured: number;
  withinTarget: number;
  /** Unanswered past their due date as of today. */
  overdue: number;
  /** Without a target in force on receipt: no clock. */
  withoutTarget: number;
  meanDaysToFirstResponse: number | null;
  medianDaysToFirstResponse: number | null;
}

/** Response-time figures by the fiscal quarter an inquiry was received in, oldest first. */
export function quarterlyFigures(inquiries: readonly InquiryTimes[], today: string): QuarterFigures[] {
  const byQuarter = new Map<string, InquiryTimes[]>();
  for (const i of inquiries) {
    const q = fiscalQuarterOf(i.receivedOn).label;
    byQuarter.set(q, [...(byQuarter.get(q) ?? []), i]);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, list]) => {
      const answered = list.filter((i) => i.firstResponseOn !== null);
      const days = answered.map((i) => daysBetween(i.receivedOn, i.firstResponseOn!)).sort((a, b) => a - b);
      const measured = answered.filter((i) => i.targetDays !== null);
      const mid = Math.floor(days.length / 2);
      return {
        quarter,
        received: list.length,
        answered: answered.length,
        measured: measured.length,
        withinTarget: measured.filter((i) => metTarget(i) === true).length,
        overdue: list.filter((i) => isOverdue(i, today)).length,
        withoutTarget: list.filter((i) => i.targetDays === null).length,
        meanDaysToFirstResponse: days.length ? Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10 : null,
        medianDaysToFirstResponse: days.length ? (days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2) : null,
      };
    });
}
