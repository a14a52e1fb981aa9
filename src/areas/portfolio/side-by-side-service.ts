import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { compareSections } from './comparison.ts';
import { sideBySideQuery } from './model.ts';
import { deadlineSection, sectionsFor } from './portfolio-service.ts';
import { activityCounts, deadlineCounts, narrowTo, partnerDeadlines } from './queries.ts';
import { ACTIVITY_WINDOW_DAYS } from './rules.ts';
import type { PortfolioWiring } from './wiring.ts';

/**
 * Several partners side by side (a director's own by default): every figure of the partner page as a row, one cell per
 * partner linked to its records, with totals. Each partner is checked readable; every read is filtered by scope in SQL.
 */
export async function getPortfolios(db: Db, wiring: PortfolioWiring, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', 'portfolio');
  const query = parseInput(sideBySideQuery, raw);
  const codes = query.partners ?? (principal.scope.allCountries ? null : [...principal.scope.countries]);
  if (!codes) throw badRequest('Name the partners to compare', [{ path: 'partners', message: 'e.g. AT,BE (you see every partner)' }]);
  for (const c of codes) requireArea(principal, 'read', 'portfolio', c);
  const rows = codes.length
    ? await db
        .select({ code: partners.code, name: partners.name })
        .from(partners)
        .where(inArray(partners.code, codes))
        .orderBy(asc(partners.code))
    : [];
  const known = rows.map((r) => r.code);
  const [sections, deadlines, activity] = await Promise.all([
    sectionsFor(db, wiring, principal, known, today),
    partnerDeadlines(db, wiring, narrowTo(principal, known), undefined, today),
    activityCounts(db, wiring, principal, known, addDays(today, -ACTIVITY_WINDOW_DAYS)),
  ]);
  const sectionsOf = (code: string) => [
    ...sections.of(code),
    deadlineSection(
      code,
      deadlineCounts(
        deadlines.filter((d) => d.partnerCode === code),
        today,
      ),
    ),
  ];
  const columns = rows.map((p) => ({ ...p, activity: activity.get(p.code) ?? 0 }));
  return {
    asOf: today,
    partners: columns,
    sections: compareSections(known, sectionsOf),
    totals: { activity: columns.reduce((s, p) => s + p.activity, 0) },
  };
}
