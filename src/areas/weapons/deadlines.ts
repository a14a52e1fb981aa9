// The weapons area's clocks: an inquiry's first response (only with an administrator-set target: [open] in the source),
// a competition's planned milestones not yet reached, and the annual sales forecast report (1 February).
import { and, eq, inArray, isNull, min, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import type { Deadline, DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { ADVOCACY_SOURCE } from './advocacy-service.ts';
import { NEUTRALITY_SOURCE } from './competition-service.ts';
import { REPORT_SOURCE } from './forecast-service.ts';
import { responseDueSql, TARGET_SOURCE, targetDaysSql } from './inquiry-service.ts';
import { MILESTONE_LABELS, MILESTONES, type Milestone } from './rules/competition-stage.ts';
import { reportDueOn, reportYearsDue } from './rules/forecast.ts';
import {
  weaponAdvocacyRequests,
  weaponCompanies,
  weaponCompetitions,
  weaponForecastReports,
  weaponForecastRows,
  weaponInquiries,
} from './schema.ts';
import { scopeOrNone } from './shared.ts';

const inWindow = (due: ReturnType<typeof sql>, w: DeadlineWindow) =>
  and(sql`${due} <= ${w.to}`, w.from ? sql`${due} >= ${w.from}` : undefined);

async function inquiryResponses(db: Db, principal: Principal, w: DeadlineWindow): Promise<Deadline[]> {
  const query = db
    .select({
      id: weaponInquiries.id,
      reference: weaponInquiries.reference,
      partnerCode: weaponInquiries.partnerCode,
      company: weaponCompanies.name,
      due: responseDueSql,
    })
    .from(weaponInquiries)
    .innerJoin(weaponCompanies, eq(weaponCompanies.id, weaponInquiries.companyId))
    .where(
      and(
        isNull(weaponInquiries.closedOn),
        isNull(weaponInquiries.firstResponseOn),
        sql`${targetDaysSql} is not null`,
        inWindow(responseDueSql, w),
        scopeOrNone(principal, weaponInquiries.partnerCode),
      ),
    )
    .orderBy(responseDueSql)
    .$dynamic();
  const rows = await (w.limit ? query.limit(w.limit) : query);
  return rows.map((r) => ({
    id: `weapons.inquiry_response:${r.id}`,
    area: 'weapons' as const,
    kind: 'weapons.inquiry_response',
    title: `Inquiry ${r.reference} (${r.company}): first response due`,
    dueDate: r.due!,
    partnerCode: r.partnerCode,
    entityType: 'weapon_inquiry',
    entityId: r.id,
    link: `/weapons/inquiries/${r.id}`,
    source: TARGET_SOURCE,
  }));
}

const PLANNED: Record<Milestone, [keyof typeof weaponCompetitions.$inferSelect, keyof typeof weaponCompetitions.$inferSelect]> = {
  rfp: ['rfpPlanned', 'rfpActual'],
  bids_due: ['bidsDuePlanned', 'bidsDueActual'],
  down_select: ['downSelectPlanned', 'downSelectActual'],
  award: ['awardPlanned', 'awardActual'],
};

async function competitionMilestones(db: Db, principal: Principal, w: DeadlineWindow): Promise<Deadline[]> {
  const out: Deadline[] = [];
  for (const m of MILESTONES) {
    const planned = weaponCompetitions[PLANNED[m][0] as 'rfpPlanned'];
    const actual = weaponCompetitions[PLANNED[m][1] as 'rfpActual'];
    const query = db
      .select({
        id: weaponCompetitions.id,
        reference: weaponCompetitions.reference,
        partnerCode: weaponCompetitions.partnerCode,
        due: sql<string>`${planned}`,
      })
      .from(weaponCompetitions)
      .where(
        and(
          isNull(weaponCompetitions.cancelledOn),
          isNull(weaponCompetitions.awardActual),
          isNull(actual),
          sql`${planned} is not null`,
          inWindow(sql`${planned}`, w),
          scopeWhere(principal, weaponCompetitions.partnerCode),
        ),
      )
      .orderBy(planned)
      .$dynamic();
    const rows = await (w.limit ? query.limit(w.limit) : query);
    for (const r of rows)
      out.push({
        id: `weapons.competition_milestone:${m}:${r.id}`,
        area: 'weapons',
        kind: 'weapons.competition_milestone',
        title: `Competition ${r.reference}: ${MILESTONE_LABELS[m].toLowerCase()} (planned)`,
        dueDate: r.due,
        partnerCode: r.partnerCode,
        entityType: 'weapon_competition',
        entityId: r.id,
        link: `/weapons/competitions/${r.id}`,
        source: `The partner's competition milestones as planned; ${NEUTRALITY_SOURCE}`,
      });
  }
  out.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return w.limit ? out.slice(0, w.limit) : out;
}

/** The foreign decision an advocacy request is for, while its strategy is not yet set (after it, advocacy is late). */
async function advocacyDecisions(db: Db, principal: Principal, w: DeadlineWindow): Promise<Deadline[]> {
  const due = sql<string>`${weaponAdvocacyRequests.decisionDate}`;
  const query = db
    .select({
      id: weaponAdvocacyRequests.id,
      reference: weaponAdvocacyRequests.reference,
      partnerCode: weaponAdvocacyRequests.partnerCode,
      due,
    })
    .from(weaponAdvocacyRequests)
    .where(
      and(
        inArray(weaponAdvocacyRequests.state, ['questionnaire', 'agreement_on_file', 'due_diligence_done', 'national_interest_determined']),
        sql`${weaponAdvocacyRequests.decisionDate} is not null`,
        inWindow(due, w),
        scopeWhere(principal, weaponAdvocacyRequests.partnerCode),
      ),
    )
    .orderBy(weaponAdvocacyRequests.decisionDate)
    .$dynamic();
  const rows = await (w.limit ? query.limit(w.limit) : query);
  return rows.map((r) => ({
    id: `weapons.advocacy_decision:${r.id}`,
    area: 'weapons' as const,
    kind: 'weapons.advocacy_decision',
    title: `Advocacy ${r.reference}: the partner decides (no advocacy strategy yet)`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'weapon_advocacy',
    entityId: r.id,
    link: `/weapons/advocacy/${r.id}`,
    source: `The decision date of the Advocacy Center questionnaire; ${ADVOCACY_SOURCE}`,
  }));
}

/** The report each year from the year before the earliest forecast row's fiscal year, until recorded as sent. */
async function forecastReport(db: Db, principal: Principal, w: DeadlineWindow): Promise<Deadline[]> {
  const [first] = await db
    .select({ fy: min(weaponForecastRows.fiscalYear) })
    .from(weaponForecastRows)
    .where(scopeWhere(principal, weaponForecastRows.partnerCode));
  if (!first?.fy) return [];
  const sent = new Set((await db.select({ y: weaponForecastReports.reportYear }).from(weaponForecastReports)).map((r) => r.y));
  return reportYearsDue(w.from, w.to, first.fy - 1)
    .filter((y) => !sent.has(y))
    .map((y) => ({
      id: `weapons.forecast_report:${y}`,
      area: 'weapons' as const,
      kind: 'weapons.forecast_report',
      title: `Annual sales forecast report ${y} due`,
      dueDate: reportDueOn(y),
      partnerCode: null,
      entityType: 'weapon_forecast_report',
      entityId: String(y),
      link: '/weapons/forecast',
      source: REPORT_SOURCE,
    }));
}

export const weaponsDeadlineSources: DeadlineSourceDef[] = [
  { area: 'weapons', kind: 'weapons.inquiry_response', label: 'Industry inquiry: first response due', list: inquiryResponses },
  { area: 'weapons', kind: 'weapons.competition_milestone', label: 'International competition milestone', list: competitionMilestones },
  { area: 'weapons', kind: 'weapons.advocacy_decision', label: 'Advocacy: the partner’s decision date', list: advocacyDecisions },
  { area: 'weapons', kind: 'weapons.forecast_report', label: 'Annual sales forecast report', list: forecastReport },
];
