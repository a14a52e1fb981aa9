import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { overviewQuery } from './model.ts';
import { type ComputedCache, viewKey } from './overview-cache.ts';
import { sectionsFor } from './portfolio-service.ts';
import { activityCounts, partnerDeadlines } from './queries.ts';
import { ACTIVITY_WINDOW_DAYS, type PartnerMeasures, rankPartners } from './rules.ts';
import type { PortfolioWiring } from './wiring.ts';

const find = (figures: { key: string; count: number | null; cents: number | null }[], key: string) => figures.find((f) => f.key === key);

type OverviewRow = PartnerMeasures & { name: string; openCases: number; availableCents: number; obligatedCents: number };

/** What the overview ranks, computed at `figuresAt`: one row per partner in the principal's scope. */
export interface OverviewFigures {
  figuresAt: string;
  rows: OverviewRow[];
}

/**
 * Every partner in the principal's scope ranked by value, risk and activity, with agency totals — all filtered by scope
 * in SQL. With a `cache`, figures computed for the same view of the data in the last 30 seconds are reused.
 */
export async function getOverview(
  db: Db,
  wiring: PortfolioWiring,
  principal: Principal,
  raw: unknown = {},
  today = todayIso(),
  cache?: ComputedCache<OverviewFigures>,
) {
  requireArea(principal, 'read', 'portfolio');
  const query = parseInput(overviewQuery, raw);
  const compute = () => overviewFigures(db, wiring, principal, today);
  const { figuresAt, rows } = await (cache ? cache.get(viewKey(principal, today), compute) : compute());
  const ranks = { value: rankPartners(rows, 'value'), risk: rankPartners(rows, 'risk'), activity: rankPartners(rows, 'activity') };
  const rankOf = (key: keyof typeof ranks, code: string) => ranks[key].find((r) => r.partnerCode === code)!.rank;
  const ranked = ranks[query.sort].map((r) => ({
    ...r,
    rank: undefined,
    ranks: { value: rankOf('value', r.partnerCode), risk: rankOf('risk', r.partnerCode), activity: rankOf('activity', r.partnerCode) },
  }));
  const sum = (k: 'valueCents' | 'openCases' | 'availableCents' | 'obligatedCents' | 'expiringCents' | 'overdue' | 'activity') =>
    rows.reduce((s, r) => s + r[k], 0);
  return {
    asOf: today,
    figuresAt,
    sort: query.sort,
    totals: {
      partners: rows.length,
      valueCents: sum('valueCents'),
      openCases: sum('openCases'),
      availableCents: sum('availableCents'),
      obligatedCents: sum('obligatedCents'),
      expiringCents: sum('expiringCents'),
      overdue: sum('overdue'),
      activity: sum('activity'),
    },
    partners: ranked.map(({ rank: _r, ...r }) => r),
  };
}

async function overviewFigures(db: Db, wiring: PortfolioWiring, principal: Principal, today: string): Promise<OverviewFigures> {
  const figuresAt = new Date().toISOString();
  const [sections, deadlines, activity] = await Promise.all([
    sectionsFor(db, wiring, principal, null, today),
    partnerDeadlines(db, wiring, principal, undefined, today),
    activityCounts(db, wiring, principal, null, addDays(today, -ACTIVITY_WINDOW_DAYS)),
  ]);
  const overdue = new Map<string, number>();
  for (const d of deadlines) if (d.overdue && d.partnerCode) overdue.set(d.partnerCode, (overdue.get(d.partnerCode) ?? 0) + 1);
  const codes = new Set<string>([...overdue.keys(), ...activity.keys(), ...sections.codes]);
  const names = codes.size
    ? await db
        .select({ code: partners.code, name: partners.name })
        .from(partners)
        .where(inArray(partners.code, [...codes]))
    : [];
  const rows: OverviewRow[] = names.map(({ code, name }) => {
    const figures = sections.of(code).flatMap((s) => s.figures);
    return {
      partnerCode: code,
      name,
      valueCents: find(figures, 'cases.open')?.cents ?? 0,
      openCases: find(figures, 'cases.open')?.count ?? 0,
      availableCents: find(figures, 'funds.available')?.cents ?? 0,
      obligatedCents: find(figures, 'funds.obligated')?.cents ?? 0,
      expiringCents: figures.filter((f) => f.risk === 'expiring').reduce((s, f) => s + (f.cents ?? 0), 0),
      overdue: (overdue.get(code) ?? 0) + figures.filter((f) => f.risk === 'overdue').reduce((s, f) => s + (f.count ?? 0), 0),
      activity: activity.get(code) ?? 0,
    };
  });
  return { figuresAt, rows };
}
