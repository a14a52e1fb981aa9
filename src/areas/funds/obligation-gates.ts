import type { Tx } from '../../db/client.ts';
import { AppError } from '../../platform/http/errors.ts';

/** What an obligation gate sees of the obligation being made, inside its transaction (the appropriation row locked). */
export interface ObligationCandidate {
  appropriationId: string;
  programCode: string;
  fiscalYear: number;
  partnerCode: string;
  caseId: string | null;
  amountCents: number;
  onDate: string;
  /** The recipient unit or individual the obligation names (vetted in special programs), if any. */
  recipientId: string | null;
}

/** Why a gate stops an obligation: the condition (named for the user), the reason, and the input field it concerns. */
export interface ObligationRefusal {
  condition: string;
  reason: string;
  field?: string;
}

/**
 * A check another area owns that can stop an obligation (e.g. special programs: a notice not yet aged, money withheld
 * until a certification, an authority ended). It runs inside the obligation's transaction and must lock what it sums,
 * so that parallel obligations are decided one after another.
 */
export interface ObligationGate {
  name: string;
  check(tx: Tx, candidate: ObligationCandidate): Promise<ObligationRefusal | null>;
}

/** Runs the gates in order (one connection: sequentially); the first refusal stops the obligation with a 409 naming it. */
export async function runObligationGates(gates: readonly ObligationGate[], tx: Tx, candidate: ObligationCandidate): Promise<void> {
  for (const gate of gates) {
    const refusal = await gate.check(tx, candidate);
    if (refusal)
      throw new AppError(409, 'conflict', `${refusal.condition}: ${refusal.reason}`, [
        { path: refusal.field ?? 'amountCents', message: refusal.reason },
      ]);
  }
}
