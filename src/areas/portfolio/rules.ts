// Portfolio definitions (issue 6): which cases count as open, the window of "expiring" money, and the partner ranks.
/** The activity window of the overview (issue 6; policy, not law). */
export const ACTIVITY_WINDOW_DAYS = 30;

export interface PartnerMeasures {
  partnerCode: string;
  valueCents: number;
  overdue: number;
  expiringCents: number;
  activity: number;
}

export type RankKey = 'value' | 'risk' | 'activity';

/** Orders partners by value, by risk (overdue items first, then expiring money) or by recent activity; ties by code. */
export function rankPartners<T extends PartnerMeasures>(rows: readonly T[], by: RankKey): (T & { rank: number })[] {
  const score = (r: T): number[] => (by === 'value' ? [r.valueCents] : by === 'risk' ? [r.overdue, r.expiringCents] : [r.activity]);
  const sorted = [...rows].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i += 1) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return a.partnerCode.localeCompare(b.partnerCode);
  });
  return sorted.map((r, i) => ({ ...r, rank: i + 1 }));
}
