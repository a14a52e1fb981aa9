// FMS administrative surcharge by LOA acceptance date (modifications: implementation date); a line keeps the rate
// it was accepted at. Source: DSCA policy memos 18-27/18-48 (3.2%), 12-47 (3.5%), 06-14 (3.8%), 1999 (2.5%);
// 1977 (3%, SAMM Table C9.T4); BPC cases none from 1 Oct 2020 (DSCA 20-47) — shared/domain.md §3.

export interface DatedRate {
  effectiveFrom: string;
  /** Basis points: 320 = 3.2%. */
  basisPoints: number;
  source: string;
  verified: boolean;
}

export const ADMINISTRATIVE_SURCHARGE: readonly DatedRate[] = [
  {
    effectiveFrom: '1977-10-01',
    basisPoints: 300,
    source: 'SAMM Table C9.T4: 3% for standard articles/services, lines implemented 1 Oct 1977 – 31 May 1999',
    verified: true,
  },
  {
    effectiveFrom: '1999-06-01',
    basisPoints: 250,
    source: 'FMS administrative surcharge 2.5% from 1 Jun 1999 (shared/domain.md §3)',
    verified: true,
  },
  { effectiveFrom: '2006-08-01', basisPoints: 380, source: 'DSCA 06-14: 3.8% from 1 Aug 2006', verified: true },
  { effectiveFrom: '2012-11-01', basisPoints: 350, source: 'DSCA 12-47: 3.5% from 1 Nov 2012', verified: true },
  { effectiveFrom: '2018-06-01', basisPoints: 320, source: 'DSCA 18-27, 18-48: 3.2% for LOAs accepted from 1 Jun 2018', verified: true },
];

export const BPC_SURCHARGE_ENDS = {
  effectiveFrom: '2020-10-01',
  source: 'DSCA 20-47: no administrative surcharge on BPC cases from 1 Oct 2020',
} as const;

export type SurchargeDecision =
  | { applies: true; basisPoints: number; effectiveFrom: string; source: string; verified: boolean }
  | { applies: false; basisPoints: 0; reason: string; source: string };

/** The rate in force on a date, from the dated table (latest row on or before the date). */
export function rateOn(table: readonly DatedRate[], date: string): DatedRate | undefined {
  return [...table].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1)).find((row) => row.effectiveFrom <= date);
}

export function administrativeSurcharge(
  isBpc: boolean,
  acceptanceDate: string,
  table: readonly DatedRate[] = ADMINISTRATIVE_SURCHARGE,
): SurchargeDecision {
  if (isBpc && acceptanceDate >= BPC_SURCHARGE_ENDS.effectiveFrom) {
    return { applies: false, basisPoints: 0, reason: 'BPC case accepted on or after 1 Oct 2020', source: BPC_SURCHARGE_ENDS.source };
  }
  const row = rateOn(table, acceptanceDate);
  if (!row)
    return {
      applies: false,
      basisPoints: 0,
      reason: `no surcharge rate on record for ${acceptanceDate}`,
      source: 'administrative surcharge rule table',
    };
  return { applies: true, basisPoints: row.basisPoints, effectiveFrom: row.effectiveFrom, source: row.source, verified: row.verified };
}

/** Surcharge in cents on a base in cents, rounded half up to the cent (exact: integer arithmetic). */
export function surchargeCents(baseCents: number, basisPoints: number): number {
  const product = BigInt(baseCents) * BigInt(basisPoints);
  return Number((product + 5000n) / 10000n);
}
