// Reimbursement of the fund at title transfer (DSCA 21-15): item cost + nonrecurring cost on MDE (DSCA 21-57) +
// contract administration surcharge (DSCA 24-12, a dated rate an administrator enters) + storage and preparation.
import { rowInForce, type SdafRuleRow } from './cap.ts';

export interface ReimbursementInput {
  quantity: number;
  unitCostCents: number;
  mde: boolean;
  /** DSCA 21-57: the amount entered per transfer; required when the item is MDE, refused otherwise. */
  nonrecurringCents: number | null;
  storagePreparationCents: number;
  titleTransferOn: string;
}

export type ReimbursementDecision =
  | {
      ok: true;
      itemCostCents: number;
      nonrecurringCents: number;
      casBasisPoints: number;
      casCents: number;
      casSource: string;
      storagePreparationCents: number;
      reimbursementCents: number;
    }
  | { ok: false; status: 400 | 409; field: string; reason: string };

/** Basis points of a base in cents, rounded half up to the cent (integer arithmetic). */
export function basisPointsOf(baseCents: number, basisPoints: number): number {
  return Number((BigInt(baseCents) * BigInt(basisPoints) + 5000n) / 10000n);
}

export function reimbursement(input: ReimbursementInput, casRates: readonly SdafRuleRow[]): ReimbursementDecision {
  if (input.mde && input.nonrecurringCents === null)
    return { ok: false, status: 400, field: 'nonrecurringCents', reason: 'required for MDE: the nonrecurring cost recovered (DSCA 21-57)' };
  if (!input.mde && input.nonrecurringCents)
    return { ok: false, status: 400, field: 'nonrecurringCents', reason: 'only MDE carries a nonrecurring cost (DSCA 21-57)' };
  const rate = rowInForce(casRates, input.titleTransferOn);
  if (!rate)
    return {
      ok: false,
      status: 409,
      field: 'titleTransferOn',
      reason: `No contract administration surcharge rate (DSCA 24-12) is on record for ${input.titleTransferOn}: an administrator enters it in the SDAF rule table`,
    };
  const itemCostCents = input.quantity * input.unitCostCents;
  const nonrecurringCents = input.nonrecurringCents ?? 0;
  const casCents = basisPointsOf(itemCostCents, rate.value);
  return {
    ok: true,
    itemCostCents,
    nonrecurringCents,
    casBasisPoints: rate.value,
    casCents,
    casSource: rate.source,
    storagePreparationCents: input.storagePreparationCents,
    reimbursementCents: itemCostCents + nonrecurringCents + casCents + input.storagePreparationCents,
  };
}
