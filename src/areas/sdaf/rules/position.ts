// The fund's position from its append-only ledger (shared/domain.md §7): nothing is a stored counter.

export const LEDGER_KINDS = ['capital', 'commitment', 'receipt', 'release', 'transfer', 'reimbursement'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Sums of the ledger by kind, in cents. */
export type LedgerSums = Record<LedgerKind, number>;

export interface FundPosition {
  capitalCents: number;
  reimbursedCents: number;
  /** Cash not yet committed: capital + reimbursements + releases − commitments. What a new procurement may commit. */
  uncommittedCents: number;
  /** Procurements not yet delivered: commitments − receipts − releases (what a procurement closed short gave back). */
  committedCents: number;
  /** Delivered and not transferred, at cost: receipts − transfers. */
  inventoryCents: number;
  /**
   * The fund's size as the cap counts it: cash + outstanding commitments + inventory at cost. AECA 51 limits the fund
   * itself, not what it has in cash: money committed to contracts and articles bought and held in stock remain the
   * fund's capital (GAO NSIAD-85-18 limits appropriations to "the difference between SDAF equity and the authorization
   * ceiling"). Buying with it or receiving what was bought moves value within the fund; only capital credited and
   * reimbursements grow it, and only transfers out shrink it — so those are the writes the cap is checked on.
   */
  sizeCents: number;
}

export function positionOf(s: LedgerSums): FundPosition {
  const uncommittedCents = s.capital + s.reimbursement + s.release - s.commitment;
  const committedCents = s.commitment - s.receipt - s.release;
  const inventoryCents = s.receipt - s.transfer;
  return {
    capitalCents: s.capital,
    reimbursedCents: s.reimbursement,
    uncommittedCents,
    committedCents,
    inventoryCents,
    sizeCents: uncommittedCents + committedCents + inventoryCents,
  };
}

export type CommitDecision = { ok: true } | { ok: false; field: string; reason: string };

/** A procurement commits the fund's money: never more than it holds uncommitted (AECA 51: the fund buys from its own capital). */
export function decideCommitment(position: FundPosition, amountCents: number): CommitDecision {
  if (amountCents <= position.uncommittedCents) return { ok: true };
  const usd = (c: number) => `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  return {
    ok: false,
    field: 'items',
    reason: `The fund holds ${usd(position.uncommittedCents)} uncommitted; this procurement of ${usd(amountCents)} would overcommit it by ${usd(amountCents - position.uncommittedCents)}`,
  };
}
