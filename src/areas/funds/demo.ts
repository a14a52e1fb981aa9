// The funds area's part of the demo and bench data set: per partner with cases, an FMF allotment, a national-funds (FMS)
// allotment and, for partners with BPC cases, Section 333 money (Title 10, cancelling 30 September of its stated year);
// obligations to the partner's cases within what is available, and a de-obligation. Deterministic for a seed. The demo
// loads through the services; the bench size inserts in bulk with one audit record for the load, like the cases.
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays } from '../../platform/dates.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases } from '../cases/public.ts';
import { createAppropriation } from './appropriation-service.ts';
import { deobligate, obligate } from './obligation-service.ts';
import { title10LastDay } from './rules/availability.ts';
import { appropriations, fundTransactions } from './schema.ts';

interface CaseRow {
  id: string;
  identifier: string;
  partnerCode: string;
  type: string;
  status: string;
  fundingSources: string[];
  totalCents: number;
}
interface ObligationSpec {
  caseId: string;
  caseIdentifier: string;
  amountCents: number;
}
export interface FundSpec {
  programCode: 'FMF' | 'FMS' | 'SEC333';
  partnerCode: string;
  fiscalYear: number;
  name: string;
  amountCents: number;
  statedYear: number | null;
  availableUntil: string | null;
  obligations: ObligationSpec[];
  /** Share (0–1) of the first obligation returned. */
  returned: number;
}

const dollars = (cents: number) => Math.max(100_000_00, Math.round(cents / 100_000_00) * 100_000_00);

export function generateFunds(seed: number, rows: readonly CaseRow[], today: string): FundSpec[] {
  let x = seed * 7919 + 17;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  const year = Number(today.slice(0, 4));
  const statedYear = today.slice(5) <= '09-30' ? year : year + 1;
  const byPartner = new Map<string, CaseRow[]>();
  for (const r of rows)
    if (r.status !== 'cancelled' && r.status !== 'closed') byPartner.set(r.partnerCode, [...(byPartner.get(r.partnerCode) ?? []), r]);
  const specs: FundSpec[] = [];
  for (const [partnerCode, open] of [...byPartner].sort(([a], [b]) => a.localeCompare(b))) {
    const fms = open.filter((c) => c.type !== 'bpc');
    const bpc = open.filter((c) => c.type === 'bpc');
    const plan = (
      programCode: FundSpec['programCode'],
      funded: CaseRow[],
      name: string,
      period: { statedYear: number | null; availableUntil: string | null },
    ) => {
      const value = funded.reduce((s, c) => s + c.totalCents, 0);
      const amountCents = dollars(value * (0.2 + (next() % 30) / 100));
      let left = amountCents;
      const obligations: ObligationSpec[] = [];
      for (const c of funded.slice(0, 6)) {
        const amount = Math.min(left, dollars(c.totalCents * (0.05 + (next() % 15) / 100)));
        if (amount <= 0) break;
        obligations.push({ caseId: c.id, caseIdentifier: c.identifier, amountCents: amount });
        left -= amount;
      }
      specs.push({ programCode, partnerCode, fiscalYear: year, name, amountCents, ...period, obligations, returned: (next() % 4) / 10 });
    };
    const fmf = fms.filter((c) => c.fundingSources.includes('fmf'));
    if (fmf.length)
      plan('FMF', fmf, `FMF FY${year} ${partnerCode}`, { statedYear: null, availableUntil: addDays(today, 30 + (next() % 700)) });
    const national = fms.filter((c) => c.fundingSources.includes('national_funds'));
    if (national.length) plan('FMS', national, `National funds deposit ${partnerCode}`, { statedYear: null, availableUntil: null });
    const sec333 = bpc.filter((c) => c.fundingSources.includes('section_333'));
    if (sec333.length) plan('SEC333', sec333, `Section 333 FY${year} ${partnerCode}`, { statedYear, availableUntil: null });
  }
  return specs;
}

async function caseRows(db: Db): Promise<CaseRow[]> {
  return db
    .select({
      id: cases.id,
      identifier: cases.identifier,
      partnerCode: cases.partnerCode,
      type: cases.type,
      status: cases.status,
      fundingSources: cases.fundingSources,
      totalCents: cases.totalCents,
    })
    .from(cases)
    .orderBy(asc(cases.identifier));
}

/** Demo size: every appropriation, obligation and de-obligation through the services (audited, rules applied). */
export async function loadFundsThroughServices(db: Db, actor: Principal, seed: number, today: string): Promise<number> {
  const specs = generateFunds(seed, await caseRows(db), today);
  for (const s of specs) {
    const fund = await createAppropriation(
      db,
      actor,
      {
        programCode: s.programCode,
        partnerCode: s.partnerCode,
        fiscalYear: s.fiscalYear,
        name: s.name,
        amountCents: s.amountCents,
        statedYear: s.statedYear,
        availableUntil: s.availableUntil,
      },
      today,
    );
    for (const [i, o] of s.obligations.entries()) {
      const done = await obligate(
        db,
        actor,
        fund.id,
        { amountCents: o.amountCents, caseId: o.caseIdentifier, description: 'Demo obligation' },
        today,
      );
      const back = Math.round((o.amountCents * s.returned) / 100) * 100;
      if (i === 0 && back > 0)
        await deobligate(db, actor, done.transaction.id, { amountCents: back, description: 'Demo de-obligation' }, today);
    }
  }
  return specs.length;
}

/** Bench size: the same plan inserted in bulk, with one audit record for the load. */
export async function bulkLoadFunds(db: Db, actor: Principal, seed: number, today: string): Promise<number> {
  const specs = generateFunds(seed, await caseRows(db), today);
  const funds: (typeof appropriations.$inferInsert)[] = [];
  const entries: (typeof fundTransactions.$inferInsert)[] = [];
  for (const s of specs) {
    const id = crypto.randomUUID();
    const lastDay = s.statedYear ? title10LastDay(s.statedYear) : s.availableUntil;
    funds.push({
      id,
      programCode: s.programCode,
      partnerCode: s.partnerCode,
      fiscalYear: s.fiscalYear,
      name: s.name,
      amountCents: s.amountCents,
      statedYear: s.statedYear,
      availableUntil: lastDay,
      availabilityBasis: s.statedYear
        ? 'BPC funds cancel at midnight 30 September of the stated year — SAMM App 6 note (shared/domain.md §8)'
        : lastDay
          ? 'Period of availability as entered by the administrator'
          : 'No period of availability recorded',
    });
    for (const [i, o] of s.obligations.entries()) {
      const obligationId = crypto.randomUUID();
      const base = { appropriationId: id, partnerCode: s.partnerCode, caseId: o.caseId, onDate: today, createdBy: actor.username };
      entries.push({ ...base, id: obligationId, kind: 'obligation', amountCents: o.amountCents, description: 'Bench obligation' });
      const back = Math.round((o.amountCents * s.returned) / 100) * 100;
      if (i === 0 && back > 0)
        entries.push({ ...base, kind: 'deobligation', amountCents: back, obligationId, description: 'Bench de-obligation' });
    }
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < funds.length; i += 1000) await tx.insert(appropriations).values(funds.slice(i, i + 1000));
    for (let i = 0; i < entries.length; i += 2000) await tx.insert(fundTransactions).values(entries.slice(i, i + 2000));
    await appendAudit(tx, actor, {
      entityType: 'demo_data',
      action: 'demo_data.seeded',
      entityId: 'funds',
      after: { appropriations: funds.length, entries: entries.length },
    });
  });
  const [check] = await db
    .select({ negative: sql<number>`count(*)::int` })
    .from(appropriations)
    .where(
      sql`${appropriations.amountCents} < (select coalesce(sum(case t.kind when 'obligation' then t.amount_cents when 'deobligation' then -t.amount_cents else 0 end), 0) from fund_transactions t where t.appropriation_id = ${appropriations.id})`,
    );
  if (check?.negative) throw new Error(`bench funds overdrawn in ${check.negative} appropriations`);
  return funds.length;
}

/** After the cases, whose open values the money is planned on. */
export const fundsDemo: DemoLoader = {
  order: 30,
  async load({ db, actor, size, seed, today }) {
    return {
      appropriations:
        size === 'demo' ? await loadFundsThroughServices(db, actor, seed, today) : await bulkLoadFunds(db, actor, seed, today),
    };
  },
};
