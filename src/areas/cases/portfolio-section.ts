import { and, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, notWithheld, prepared } from '../../db/prepared.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeParams } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import type { CaseStatus } from './rules/lifecycle.ts';
import { CLOSED_STATUSES } from './rules/lifecycle.ts';
import { cases } from './schema.ts';

const label = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replaceAll('_', ' ');
/** Funding sources as written on cases: short codes (fmf, usai, ctef) in capitals, phrases (national_funds) as words. */
const programLabel = (s: string) => (/^[a-z0-9]{2,5}$/.test(s) ? s.toUpperCase() : label(s));

/**
 * Open cases and their values by status, then by funding source: one statement, prepared once per scope shape. A case
 * withheld from the reader (`unheld`: the markings the reader lacks need-to-know for) is in no count and no value.
 */
function caseStatement(db: Db, scoped: boolean, some: boolean) {
  return prepared(db, `portfolio.cases.${scoped}.${some}`, (name) => {
    const where: (SQL | undefined)[] = [
      scoped ? anyOf(cases.partnerCode, 'scope') : undefined,
      some ? anyOf(cases.partnerCode, 'partners') : undefined,
      notWithheld(cases.markings, 'unheld'),
    ];
    const open = sql`${cases.status} not in (${sql.join(
      CLOSED_STATUSES.map((s) => sql`${s}`),
      sql`, `,
    )})`;
    const measures = { n: sql<number>`count(*)::int`, cents: sql<number>`coalesce(sum(${cases.totalCents}), 0)`.mapWith(Number) };
    return db
      .select({
        partnerCode: cases.partnerCode,
        dimension: sql<'status' | 'program'>`'status'`,
        value: sql<string>`${cases.status}::text`,
        ...measures,
      })
      .from(cases)
      .where(and(...where))
      .groupBy(cases.partnerCode, cases.status)
      .unionAll(
        db
          .select({
            partnerCode: cases.partnerCode,
            dimension: sql<'status' | 'program'>`'program'`,
            value: sql<string>`unnest(${cases.fundingSources})`,
            ...measures,
          })
          .from(cases)
          .where(and(...where, open))
          .groupBy(cases.partnerCode, sql`3`),
      )
      .prepare(name);
  });
}

/**
 * Open cases and their values, by status and by funding source (program); a case with several sources counts under each.
 * A partner-scoped read: a case withheld from the reader is left out entirely (shared/design.md, masking rules).
 */
async function caseFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
  const { listed, scope, unheld } = scopeParams(principal);
  const rows = await caseStatement(db, listed, partnerCodes !== null).execute({ scope, unheld, partners: [...(partnerCodes ?? [])] });
  const byStatus = rows.filter((r) => r.dimension === 'status').map((r) => ({ ...r, status: r.value as CaseStatus }));
  const byProgram = rows.filter((r) => r.dimension === 'program').map((r) => ({ ...r, program: r.value }));
  const out = new Map<string, PortfolioFigure[]>();
  const totals = new Map<string, { n: number; cents: number; all: number }>();
  for (const r of byStatus) {
    const t = totals.get(r.partnerCode) ?? { n: 0, cents: 0, all: 0 };
    t.all += r.n;
    if (!CLOSED_STATUSES.includes(r.status)) {
      t.n += r.n;
      t.cents += r.cents;
    }
    totals.set(r.partnerCode, t);
  }
  for (const [code, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    push(
      out,
      code,
      figure({ key: 'cases.open', label: 'Open cases', count: t.n, cents: t.cents, link: `/portfolio/${code}/cases?open=true` }),
    );
    push(out, code, figure({ key: 'cases.all', label: 'All cases', count: t.all, link: `/portfolio/${code}/cases` }));
  }
  for (const r of [...byStatus].sort((a, b) => a.status.localeCompare(b.status))) {
    push(
      out,
      r.partnerCode,
      figure({
        key: `cases.status.${r.status}`,
        label: label(r.status),
        group: 'by_status',
        count: r.n,
        cents: r.cents,
        link: `/portfolio/${r.partnerCode}/cases?status=${r.status}`,
      }),
    );
  }
  for (const r of [...byProgram].sort((a, b) => a.program.localeCompare(b.program))) {
    push(
      out,
      r.partnerCode,
      figure({
        key: `cases.program.${r.program}`,
        label: programLabel(r.program),
        group: 'by_program',
        count: r.n,
        cents: r.cents,
        link: `/portfolio/${r.partnerCode}/cases?open=true&program=${encodeURIComponent(r.program)}`,
      }),
    );
  }
  return out;
}

export const casesPortfolioSection: PortfolioSection = {
  id: 'cases',
  area: 'cases',
  label: 'Cases',
  order: 10,
  figures: (db, principal, partnerCodes) => caseFigures(db, principal, partnerCodes),
};
