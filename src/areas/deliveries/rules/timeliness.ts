import { daysBetween, fiscalYearOf } from '../../../platform/dates.ts';
import { SOURCE_QUARTERLY } from './sources.ts';

// The timeliness of deliverables (a shipment's delivery at the custody-transfer point): estimated (the first planned
// date) against actual, per federal fiscal quarter (Q1 = October–December, 31 U.S.C. 1102), by program, partner,
// implementing agency and cause. A late deliverable's cause is the reason of its latest slip.

export interface Deliverable {
  program: string;
  partnerCode: string;
  agencyCode: string;
  /** The first planned date (the estimate). */
  estimatedOn: string;
  actualOn: string;
  /** The reason code of the latest slip, or null when it never slipped. */
  cause: string | null;
}

export interface TimelinessRow {
  quarter: string;
  program: string;
  partnerCode: string;
  agencyCode: string;
  /** The cause of the late ones; `on_time` for those that were not late. */
  cause: string;
  deliverables: number;
  late: number;
  daysLateTotal: number;
  averageDaysLate: number;
}

export const ON_TIME = 'on_time';
export const NO_CAUSE = 'not_recorded';
export const TIMELINESS_SOURCE = SOURCE_QUARTERLY;

/** `FY2026 Q1` for a date in October–December 2025. */
export function fiscalQuarter(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  const q = month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2;
  return `FY${fiscalYearOf(isoDate)} Q${q}`;
}

/** Aggregates deliverables per quarter of the actual date and group; rows in quarter, program, partner, agency, cause order. */
export function timelinessReport(items: readonly Deliverable[]): TimelinessRow[] {
  const groups = new Map<string, TimelinessRow>();
  for (const d of items) {
    const daysLate = Math.max(0, daysBetween(d.estimatedOn, d.actualOn));
    const late = daysLate > 0;
    const cause = late ? (d.cause ?? NO_CAUSE) : ON_TIME;
    const quarter = fiscalQuarter(d.actualOn);
    const key = [quarter, d.program, d.partnerCode, d.agencyCode, cause].join('\u0000');
    const row = groups.get(key) ?? {
      quarter,
      program: d.program,
      partnerCode: d.partnerCode,
      agencyCode: d.agencyCode,
      cause,
      deliverables: 0,
      late: 0,
      daysLateTotal: 0,
      averageDaysLate: 0,
    };
    row.deliverables += 1;
    if (late) {
      row.late += 1;
      row.daysLateTotal += daysLate;
    }
    groups.set(key, row);
  }
  const rows = [...groups.values()].map((r) => ({ ...r, averageDaysLate: r.late ? Math.round((r.daysLateTotal / r.late) * 10) / 10 : 0 }));
  const order = (r: TimelinessRow) => [r.quarter, r.program, r.partnerCode, r.agencyCode, r.cause];
  return rows.sort((a, b) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}
