import type { Db, Tx } from '../../db/client.ts';

/** What an offer gate sees of the case being offered. */
export interface OfferCandidate {
  caseId: string;
  identifier: string;
  partnerCode: string;
  totalCents: number;
  offerDate: string;
}

/** A check another area owns that can stop an LOA being offered; returns the reason, or null to let it pass. */
export type OfferGate = (db: Db | Tx, candidate: OfferCandidate) => Promise<string | null>;

const gates = new Map<string, OfferGate>();

/** Areas register their gates at start-up (e.g. notifications: "required notification not cleared"). */
export function registerOfferGate(name: string, gate: OfferGate): void {
  gates.set(name, gate);
}

export function unregisterOfferGate(name: string): void {
  gates.delete(name);
}

export async function offerBlockers(db: Db | Tx, candidate: OfferCandidate): Promise<{ gate: string; reason: string }[]> {
  // Sequential: gates run inside the offering transaction, on its one connection.
  const blockers: { gate: string; reason: string }[] = [];
  for (const [gate, check] of gates) {
    const reason = await check(db, candidate);
    if (reason !== null) blockers.push({ gate, reason });
  }
  return blockers;
}
