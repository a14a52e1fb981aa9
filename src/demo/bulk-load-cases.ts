import {
  administrativeSurcharge,
  caseMilestones,
  cases,
  caseTotals,
  designatorAt,
  designatorIndex,
  formatCaseIdentifier,
  isBpc,
  lettersOfRequest,
  loaLines,
  loaNotes,
  loaPayments,
  loaVersions,
  MILESTONE_OF_ACTION,
  standardOfferExpiration,
} from '../areas/cases/public.ts';
import type { Db } from '../db/client.ts';
import type { Principal } from '../platform/access/policy.ts';
import { appendAudit } from '../platform/audit/service.ts';
import type { CaseSpec } from './cases.ts';
import { pathTo } from './load-cases.ts';

const ACCEPTED_OR_LATER = new Set(['accepted', 'implemented', 'supply_complete', 'closed']);

async function insertInBatches<T extends Record<string, unknown>>(db: Db, table: Parameters<Db['insert']>[0], rows: T[], batch = 2000) {
  for (let i = 0; i < rows.length; i += batch) await db.insert(table).values(rows.slice(i, i + batch) as never);
}

/**
 * Benchmark scale (20,000 cases, 200,000 lines): rows written in bulk, priced by the same rules the services use,
 * with one audit record for the load. The demo size goes through the services instead (load-cases.ts).
 */
export async function bulkLoadCases(db: Db, actor: Principal, specs: readonly CaseSpec[], today: string): Promise<number> {
  // Continue after the designators already used for each partner and agency.
  const existing = await db
    .select({ partnerCode: cases.partnerCode, agencyCode: cases.agencyCode, designator: cases.designator })
    .from(cases);
  const designatorsUsed = new Map<string, number>();
  for (const row of existing) {
    const key = `${row.partnerCode}-${row.agencyCode}`;
    designatorsUsed.set(key, Math.max(designatorsUsed.get(key) ?? 0, designatorIndex(row.designator) + 1));
  }
  const lors: (typeof lettersOfRequest.$inferInsert)[] = [];
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const versions: (typeof loaVersions.$inferInsert)[] = [];
  const lines: (typeof loaLines.$inferInsert)[] = [];
  const notes: (typeof loaNotes.$inferInsert)[] = [];
  const payments: (typeof loaPayments.$inferInsert)[] = [];
  const milestones: (typeof caseMilestones.$inferInsert)[] = [];

  for (const spec of specs) {
    const key = `${spec.partnerCode}-${spec.agencyCode}`;
    const index = designatorsUsed.get(key) ?? 0;
    designatorsUsed.set(key, index + 1);
    const caseId = crypto.randomUUID();
    const lorId = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    const path = pathTo(spec, today);
    const offered = path.some((m) => m.action === 'offer');
    const accepted = ACCEPTED_OR_LATER.has(spec.status);
    const rateDate = accepted ? spec.dates.accepted : offered ? spec.dates.offered : today;
    const rate = administrativeSurcharge(isBpc(spec.type), rateDate).basisPoints;
    const totals = caseTotals(spec.lines, spec.accessorialCents, rate);

    lors.push({
      id: lorId,
      partnerCode: spec.partnerCode,
      receivedOn: spec.lorReceived,
      completeOn: spec.lorComplete,
      channel: 'security_cooperation_office',
      agencyCode: spec.agencyCode,
      description: spec.title,
      status: 'converted',
      caseId,
    });
    caseRows.push({
      id: caseId,
      identifier: formatCaseIdentifier({ customerCode: spec.partnerCode, agency: spec.agencyCode, designator: designatorAt(index) }),
      partnerCode: spec.partnerCode,
      agencyCode: spec.agencyCode,
      designator: designatorAt(index),
      type: spec.type,
      title: spec.title,
      fundingSources: spec.fundingSources,
      caseManager: spec.caseManager,
      status: spec.status,
      lorId,
      totalCents: totals.totalCents,
      version: path.length + 1,
    });
    versions.push({
      id: versionId,
      caseId,
      number: 0,
      kind: 'basic',
      state: accepted ? 'issued' : 'draft',
      accessorialCents: spec.accessorialCents,
      surchargeBasisPoints: rate,
      linesCents: totals.linesCents,
      administrativeCents: totals.administrativeCents,
      totalCents: totals.totalCents,
      offerDate: offered ? spec.dates.offered : null,
      offerExpirationDate: offered ? standardOfferExpiration(isBpc(spec.type), spec.dates.milap) : null,
      acceptedOn: accepted ? spec.dates.accepted : null,
      revision: 2,
    });
    for (const line of spec.lines) lines.push({ ...line, versionId });
    for (const note of spec.notes) notes.push({ ...note, versionId });
    payments.push({ versionId, dueDate: spec.dates.accepted, amountCents: totals.totalCents });
    milestones.push(
      { caseId, milestone: 'lor_received', onDate: spec.lorReceived },
      { caseId, milestone: 'lor_complete', onDate: spec.lorComplete },
    );
    if (offered)
      milestones.push(
        { caseId, milestone: 'milap', onDate: spec.dates.milap },
        { caseId, milestone: 'offer_expiration', onDate: standardOfferExpiration(isBpc(spec.type), spec.dates.milap) },
      );
    const seen = new Set<string>();
    for (const move of path) {
      const milestone = MILESTONE_OF_ACTION[move.action];
      if (milestone && !seen.has(milestone)) {
        seen.add(milestone);
        milestones.push({ caseId, milestone, onDate: move.date });
      }
    }
  }

  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await insertInBatches(t, lettersOfRequest, lors);
    await insertInBatches(t, cases, caseRows);
    await insertInBatches(t, loaVersions, versions);
    await insertInBatches(t, loaLines, lines, 4000);
    await insertInBatches(t, loaNotes, notes);
    await insertInBatches(t, loaPayments, payments);
    await insertInBatches(t, caseMilestones, milestones, 5000);
    await appendAudit(tx, actor, {
      entityType: 'demo_data',
      action: 'demo_data.seeded',
      entityId: 'cases',
      after: { cases: caseRows.length, lines: lines.length },
    });
  });
  return caseRows.length;
}
