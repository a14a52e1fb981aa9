import type { Db, Tx } from '../../db/client.ts';
import type { Marking } from '../../platform/access/markings.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { CaseAction } from './rules/lifecycle.ts';
import type { LoaFinding, LoaSnapshot } from './rules/loa.ts';

/** What an offer gate sees of the case being offered. */
export interface OfferCandidate {
  caseId: string;
  identifier: string;
  partnerCode: string;
  totalCents: number;
  offerDate: string;
}

/** A check another area owns that can stop an LOA being offered: the reason, or null to let it pass. */
export interface OfferGate {
  name: string;
  check(db: Db | Tx, candidate: OfferCandidate): Promise<string | null>;
}

/**
 * A check another area owns that stops CWD approval of an LOA (e.g. Case Writing: review comments still open): the
 * reason, or null to let it pass. A reviewer may approve over it only with an explicit override and a reason, audited.
 */
export interface ApprovalGate {
  name: string;
  check(db: Db | Tx, caseId: string): Promise<string | null>;
}

/**
 * A case's move as a transition gate sees it: a lifecycle action, or `open_from_lor` — a case being opened from a letter
 * of request (LOA development starts), checked inside the opening transaction with the new case already in it.
 */
export type CaseMove = { caseId: string; action: CaseAction | 'open_from_lor' };

/**
 * A check another area owns that stops a case's move along its lifecycle (e.g. TSFD: no LOA development from a LOR,
 * nor review, approval or offer, before the required technology-release determinations): the reason, or null to let
 * the move pass. It sees every move and decides which it stops; no override.
 */
export interface TransitionGate {
  name: string;
  check(db: Db | Tx, move: CaseMove): Promise<string | null>;
}

/**
 * Keeps one marking of cases current (e.g. notifications: `pre-notification` while a required notice is not yet formally
 * made). Called in the transaction of every write that changes what the marking depends on; `'all'` re-decides every
 * case (start-up, daily, or a changed rule table). Returns how many cases changed.
 */
export interface CaseMarker {
  marking: Marking;
  refresh(tx: Db | Tx, caseIds: readonly string[] | 'all', asOf: string): Promise<number>;
}

/**
 * The LOA quality checks (Case Writing's): the findings on one version's content as of a date. The case page shows
 * them; a blocking one stops approval of the basic LOA and the issue of an amendment or modification.
 */
export interface LoaChecker {
  run(snapshot: LoaSnapshot, asOf: string): LoaFinding[];
}

/** What the cases area relies on other areas for, wired once at start-up (src/areas/index.ts); missing ones stop start-up. */
export interface CaseHooks {
  offerGates: readonly OfferGate[];
  approvalGates: readonly ApprovalGate[];
  transitionGates: readonly TransitionGate[];
  markers: readonly CaseMarker[];
  loaChecks: LoaChecker;
}

/** 409 naming each blocking finding (by line and check), or null when none blocks. */
export function blockingFindings(findings: readonly LoaFinding[]): AppError | null {
  const blocking = findings.filter((f) => f.severity === 'blocking');
  if (!blocking.length) return null;
  return new AppError(
    409,
    'conflict',
    `${blocking.length} blocking quality finding(s) must be fixed first`,
    blocking.map((f) => ({ path: f.lineNumber ? `lines.${f.lineNumber}.${f.check}` : f.check, message: f.message })),
  );
}

export async function offerBlockers(hooks: CaseHooks, db: Db | Tx, candidate: OfferCandidate) {
  // Sequential: gates run inside the offering transaction, on its one connection.
  const blockers: { gate: string; reason: string }[] = [];
  for (const gate of hooks.offerGates) {
    const reason = await gate.check(db, candidate);
    if (reason !== null) blockers.push({ gate: gate.name, reason });
  }
  return blockers;
}

export async function transitionBlockers(hooks: Pick<CaseHooks, 'transitionGates'>, db: Db | Tx, move: CaseMove) {
  const blockers: { gate: string; reason: string }[] = [];
  for (const gate of hooks.transitionGates) {
    const reason = await gate.check(db, move);
    if (reason !== null) blockers.push({ gate: gate.name, reason });
  }
  return blockers;
}

export async function approvalBlockers(hooks: CaseHooks, db: Db | Tx, caseId: string) {
  const blockers: { gate: string; reason: string }[] = [];
  for (const gate of hooks.approvalGates) {
    const reason = await gate.check(db, caseId);
    if (reason !== null) blockers.push({ gate: gate.name, reason });
  }
  return blockers;
}

/** Re-decides every marking of these cases after a write changed their lines, values or status. */
export async function refreshCaseMarkings(hooks: CaseHooks, tx: Db | Tx, caseIds: readonly string[] | 'all', asOf: string) {
  let changed = 0;
  for (const marker of hooks.markers) changed += await marker.refresh(tx, caseIds, asOf);
  return changed;
}
