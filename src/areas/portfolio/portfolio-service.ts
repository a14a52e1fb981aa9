import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { figure, type PortfolioFigure } from '../../platform/sections/portfolio-section.ts';
import { partners } from '../countries/public.ts';
import { portfolioCaseQuery } from './model.ts';
import { deadlineCounts, partnerCases, partnerDeadlines, partnerMilestones, partnerWithActivity, timelineOf } from './queries.ts';
import type { PortfolioWiring } from './wiring.ts';

const AREA = 'portfolio' as const;

export interface SectionFigures {
  id: string;
  area: string;
  label: string;
  figures: PortfolioFigure[];
}

/** Every registered section the principal may read, for the given partners: partner → sections. */
export async function sectionsFor(
  db: Db,
  wiring: PortfolioWiring,
  principal: Principal,
  partnerCodes: readonly string[] | null,
  today: string,
) {
  const readable = wiring.portfolioSections.filter((s) => decide(principal, 'read', { area: s.area }).allowed);
  const results = await Promise.all(
    readable.map(async (s) => ({ section: s, figures: await s.figures(db, principal, partnerCodes, today) })),
  );
  const codes = new Set(results.flatMap(({ figures }) => [...figures.keys()]));
  const of = (code: string): SectionFigures[] =>
    results.map(({ section, figures }) => ({ id: section.id, area: section.area, label: section.label, figures: figures.get(code) ?? [] }));
  return { of, codes };
}

async function partnerOf(db: Db, principal: Principal, code: string) {
  requireArea(principal, 'read', AREA, code);
  const [row] = await db
    .select({ code: partners.code, name: partners.name, region: partners.region })
    .from(partners)
    .where(eq(partners.code, code));
  if (!row) throw notFound(`Partner ${code}`);
  return row;
}

export function deadlineSection(code: string, counts: { overdue: number; upcoming: number }): SectionFigures {
  return {
    id: 'deadlines',
    area: 'portfolio',
    label: 'Deadlines',
    figures: [
      figure({ key: 'deadlines.overdue', label: 'Overdue', count: counts.overdue, risk: 'overdue', link: `/portfolio/${code}#deadlines` }),
      figure({ key: 'deadlines.upcoming', label: 'Due in 90 days', count: counts.upcoming, link: `/portfolio/${code}#deadlines` }),
    ],
  };
}

/** One partner across every program: figures from each area, its deadlines, timeline and recent activity (read in parallel). */
export async function getPortfolio(db: Db, wiring: PortfolioWiring, principal: Principal, code: string, today = todayIso()) {
  requireArea(principal, 'read', AREA, code);
  const [found, sections, deadlines, milestones] = await Promise.all([
    partnerWithActivity(db, wiring, principal, code),
    sectionsFor(db, wiring, principal, [code], today),
    partnerDeadlines(db, wiring, principal, code, today),
    partnerMilestones(db, principal, code, today),
  ]);
  if (!found) throw notFound(`Partner ${code}`);
  const { partner, activity } = found;
  return {
    partner,
    asOf: today,
    sections: [...sections.of(code), deadlineSection(code, deadlineCounts(deadlines, today))],
    deadlines,
    timeline: timelineOf(milestones, deadlines),
    activity,
  };
}

export async function getPortfolioCases(db: Db, principal: Principal, code: string, raw: unknown = {}) {
  await partnerOf(db, principal, code);
  requireArea(principal, 'read', 'cases', code);
  const query = parseInput(portfolioCaseQuery, raw);
  return partnerCases(db, principal, code, { ...query, open: query.open === 'true' });
}
