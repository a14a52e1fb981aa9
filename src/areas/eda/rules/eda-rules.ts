// FAA 516, 22 U.S.C. 2321j: the notice before a transfer (516(f)) and the annual ceiling on transfers (516(g)).
import { inForceOn } from '../../../platform/dates.ts';
import { ANNUAL_CEILINGS, NOTICE_THRESHOLDS, SHIPS_EXCLUDED } from './tables.ts';

export interface EdaReason {
  rule: string;
  /** Whole US dollars; null where the rule compares no figure. */
  threshold: number | null;
  value: number | null;
  met: boolean;
  source: string;
  verified: boolean;
}

export interface EdaNoticeDetermination {
  noticeRequired: boolean;
  noticeDays: number | null;
  reasons: EdaReason[];
}

/** No row of an EDA rule table applies: nothing is decided rather than guessed. */
export class NoEdaRuleInForce extends Error {}

/** FAA 516(f): notice to the committees, and the days to wait after it, by original acquisition value. */
export function edaNotice(transfer: { originalAcquisitionValueCents: number; sme: boolean; asOf: string }): EdaNoticeDetermination {
  const [row] = inForceOn(NOTICE_THRESHOLDS, transfer.asOf);
  if (!row) throw new NoEdaRuleInForce(`No FAA 516(f) notice rule is in force on ${transfer.asOf} in the EDA rule tables`);
  const met = transfer.originalAcquisitionValueCents >= row.acquisitionValueCents;
  const reasons: EdaReason[] = [
    {
      rule: `FAA 516(f): notice ${row.days} days before transferring articles of original acquisition value $${(row.acquisitionValueCents / 100).toLocaleString('en-US')} or more`,
      threshold: row.acquisitionValueCents / 100,
      value: transfer.originalAcquisitionValueCents / 100,
      met,
      source: row.source,
      verified: row.verified,
    },
  ];
  if (transfer.sme && !met)
    reasons.push({
      rule: 'FAA 516(f): notice for significant military equipment below the value threshold — not applied: to verify',
      threshold: null,
      value: null,
      met: false,
      source: 'shared/domain.md §5: "The SME alternative [to verify]"',
      verified: false,
    });
  return { noticeRequired: met, noticeDays: met ? row.days : null, reasons };
}

export interface CeilingCheck {
  exceeded: boolean;
  /** Null when the transfer does not count against the ceiling (a ship, from P.L. 106-280). */
  ceilingCents: number | null;
  /** Current value counted in the fiscal year with this transfer. */
  totalCents: number;
  source: string;
  verified: boolean;
}

/** FAA 516(g): would this grant take the fiscal year's aggregate current value above the ceiling? Reaching it is allowed. */
export function ceilingExceeded(fy: number, alreadyCurrentValueCents: number, newCurrentValueCents: number, isShip: boolean): CeilingCheck {
  if (isShip && fy >= SHIPS_EXCLUDED.fromFiscalYear)
    return { exceeded: false, ceilingCents: null, totalCents: alreadyCurrentValueCents, source: SHIPS_EXCLUDED.source, verified: false };
  const row = [...ANNUAL_CEILINGS].reverse().find((r) => r.fromFiscalYear <= fy);
  if (!row) throw new NoEdaRuleInForce(`No FAA 516(g) ceiling is in the EDA rule tables for FY${fy}`);
  const totalCents = alreadyCurrentValueCents + newCurrentValueCents;
  return {
    exceeded: totalCents > row.ceilingCents,
    ceilingCents: row.ceilingCents,
    totalCents,
    source: row.source,
    verified: row.verified,
  };
}
