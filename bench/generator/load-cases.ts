import type { Wiring } from '../../src/areas/area-module.ts';
import type { CaseAction } from '../../src/areas/cases/public.ts';
import {
  administrativeSurcharge,
  caseTotals,
  createCase,
  decideLor,
  isBpc,
  receiveLor,
  saveVersion,
  setMilestone,
  transitionCase,
} from '../../src/areas/cases/public.ts';
import type { Db } from '../../src/db/client.ts';
import type { Principal } from '../../src/platform/access/policy.ts';
import type { CaseSpec } from './cases.ts';
import { notifyBeforeOffer, notifyInProgress } from './load-notifications.ts';

/** The moves that take a new case to each status, with the date each happened. */
export function pathTo(spec: CaseSpec, today: string): { action: CaseAction; date: string; reason?: string }[] {
  const d = spec.dates;
  const toApproved = [
    { action: 'submit_for_review' as const, date: d.written },
    { action: 'approve' as const, date: d.approved },
  ];
  const toOffered = [...toApproved, { action: 'offer' as const, date: d.offered }];
  const toAccepted = [...toOffered, { action: 'accept' as const, date: d.accepted }];
  const toImplemented = [...toAccepted, { action: 'implement' as const, date: d.implemented }];
  const toSupplyComplete = [...toImplemented, { action: 'complete_supply' as const, date: d.supplyComplete }];
  switch (spec.status) {
    case 'draft':
      return [];
    case 'cancelled':
      return [{ action: 'cancel', date: spec.lorComplete, reason: 'Partner withdrew the request' }];
    case 'in_review':
      return [toApproved[0]!];
    case 'returned':
      return [toApproved[0]!, { action: 'return', date: d.written, reason: 'Line descriptions need the configuration' }];
    case 'approved':
      return toApproved;
    case 'offered':
      return toOffered;
    case 'offer_expired':
      return [...toOffered, { action: 'expire_offer', date: today }];
    case 'accepted':
      return toAccepted;
    case 'implemented':
      return toImplemented;
    case 'supply_complete':
      return toSupplyComplete;
    case 'closed':
      return [...toSupplyComplete, { action: 'close', date: d.closed }];
  }
}

/** The priced total of a spec's LOA as the service will compute it (rate as of the save date). */
export function specTotal(spec: CaseSpec, asOf: string): number {
  return caseTotals(spec.lines, spec.accessorialCents, administrativeSurcharge(isBpc(spec.type), asOf).basisPoints).totalCents;
}

/** Loads cases through the services, so each has its audit trail and passes the same checks as hand-written ones. */
export async function loadCasesThroughServices(
  db: Db,
  wiring: Wiring,
  actor: Principal,
  specs: readonly CaseSpec[],
  today: string,
): Promise<number> {
  for (const [index, spec] of specs.entries()) {
    const lor = await receiveLor(db, actor, {
      partnerCode: spec.partnerCode,
      receivedOn: spec.lorReceived,
      channel: 'security_cooperation_office',
      agencyCode: spec.agencyCode,
      description: spec.title,
      requestedItems: spec.lines.map((l) => l.description).join('\n'),
    });
    await decideLor(db, actor, lor.id, { decision: 'actionable', version: lor.version, completeOn: spec.lorComplete });
    const row = await createCase(db, actor, {
      partnerCode: spec.partnerCode,
      agencyCode: spec.agencyCode,
      type: spec.type,
      title: spec.title,
      fundingSources: spec.fundingSources,
      caseManager: spec.caseManager,
      lorId: lor.id,
    });
    await saveVersion(db, wiring.caseHooks, actor, row.id, 0, {
      revision: 1,
      lines: spec.lines,
      notes: spec.notes,
      accessorialCents: spec.accessorialCents,
      paymentSchedule: [{ dueDate: spec.dates.accepted, amountCents: specTotal(spec, today) }],
    });
    let version = row.version;
    for (const move of pathTo(spec, today)) {
      if (move.action === 'offer') {
        version = (await setMilestone(db, actor, row.id, { milestone: 'milap', onDate: spec.dates.milap, version })).version;
        await notifyBeforeOffer(db, actor, row, move.date);
      }
      const page = await transitionCase(db, wiring.caseHooks, actor, row.id, { ...move, version });
      version = page.case.version;
    }
    if (['draft', 'in_review', 'returned', 'approved'].includes(spec.status)) await notifyInProgress(db, actor, row, index, today);
  }
  return specs.length;
}
