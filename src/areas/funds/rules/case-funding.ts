// Which money may fund which case: BPC cases are funded by the authority named on them, and Title 10 BPC authorities are
// executed through BPC cases ("pseudo-LOA: the authority is the funding source", SAMM App 6 note; shared/domain.md §8–9).
import type { Decision } from './balance.ts';
import type { ExecutionChannel } from './programs.ts';

export interface FundedCase {
  identifier: string;
  type: string;
  partnerCode: string;
}

export function decideCaseFunding(
  program: { code: string; executedThrough: ExecutionChannel | null },
  allottedTo: string | null,
  target: FundedCase,
): Decision {
  if (allottedTo !== null && allottedTo !== target.partnerCode) {
    return {
      ok: false,
      reason: `This money is allotted to ${allottedTo}; case ${target.identifier} belongs to ${target.partnerCode}`,
      field: 'caseId',
    };
  }
  if (program.executedThrough === 'bpc_case' && target.type !== 'bpc') {
    return {
      ok: false,
      reason: `${program.code} is executed through BPC cases; ${target.identifier} is a ${target.type.replaceAll('_', ' ')} case`,
      field: 'caseId',
    };
  }
  if (target.type === 'bpc' && program.executedThrough !== 'bpc_case' && program.executedThrough !== null) {
    return {
      ok: false,
      reason: `A BPC case is funded by a BPC authority; ${program.code} is executed through ${program.executedThrough.replaceAll('_', ' ')}`,
      field: 'caseId',
    };
  }
  return { ok: true };
}
