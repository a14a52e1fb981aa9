import { todayIso } from '../../platform/dates.ts';
import { administrativeSurcharge } from './rules/administrative-surcharge.ts';
import { caseTotals } from './rules/case-totals.ts';
import { type CaseType, isBpc } from './rules/loa.ts';
import type { VersionContent, VersionRow } from './version-content.ts';

/** The surcharge rate and totals a version has as of its acceptance, offer, or today (SAMM Table C9.T4). */
export function priced(
  type: CaseType,
  version: Pick<VersionRow, 'acceptedOn' | 'offerDate'>,
  lines: VersionContent['lines'],
  accessorialCents: number,
  asOf = todayIso(),
) {
  const rate = administrativeSurcharge(isBpc(type), version.acceptedOn ?? version.offerDate ?? asOf);
  const totals = caseTotals(lines, accessorialCents, rate.basisPoints);
  return {
    surchargeBasisPoints: totals.surchargeBasisPoints,
    linesCents: totals.linesCents,
    administrativeCents: totals.administrativeCents,
    totalCents: totals.totalCents,
  };
}
