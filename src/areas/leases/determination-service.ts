import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { groupsOn, type Membership, membershipsOf, partnerDirectory } from '../countries/public.ts';
import { leaseDeterminationInput } from './model.ts';
import { determineLease, type LeaseDetermination, LeaseTermTooLong, NoLeaseRuleInForce } from './rules/lease-determination.ts';

/** The determination as the API and CLI give it: thresholds and values in months, days or whole US dollars. */
export type LeaseDeterminationResult = LeaseDetermination & { partnerCode: string; asOf: string };
export type LeaseBatchEntry = LeaseDeterminationResult | { error: ReturnType<AppError['toBody']>['error'] };

interface Context {
  memberships: Membership[];
  known: ReadonlySet<string>;
}

/** Decides from loaded memberships (no I/O): one at a time for the API, many at a time for the CLI. */
function determineWith(context: Context, raw: unknown, today: string): LeaseDeterminationResult {
  const input = parseInput(leaseDeterminationInput, raw);
  if (!context.known.has(input.partnerCode))
    throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner has the customer code ${input.partnerCode}` }]);
  const asOf = input.asOf ?? today;
  try {
    const d = determineLease({
      groups: groupsOn(context.memberships, input.partnerCode, asOf),
      termMonths: input.termMonths,
      mdeCents: input.mdeValue * 100,
      totalCents: input.totalValue * 100,
      asOf,
    });
    return { ...d, partnerCode: input.partnerCode, asOf };
  } catch (error) {
    if (error instanceof LeaseTermTooLong)
      throw badRequest('The lease term is beyond the AECA 61 limit', [
        { path: 'termMonths', message: `${error.message} (${error.source})` },
      ]);
    if (error instanceof NoLeaseRuleInForce) throw badRequest(error.message, [{ path: 'asOf', message: error.message }]);
    throw error;
  }
}

const partnerCodeOf = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { partnerCode?: unknown }).partnerCode === 'string'
    ? (raw as { partnerCode: string }).partnerCode
    : null;

async function loadContext(db: Db, entries: readonly unknown[]): Promise<Context> {
  const codes = [...new Set(entries.map(partnerCodeOf).filter((c): c is string => c !== null))];
  if (!codes.length) return { memberships: [], known: new Set() };
  return { memberships: await membershipsOf(db, codes), known: await partnerDirectory.knownCodes(db, codes) };
}

// Computed from the rule tables and the figures sent, nothing stored: the area's read grant decides who may ask.
export async function determineLeaseRules(db: Db, principal: Principal, raw: unknown): Promise<LeaseDeterminationResult> {
  requireArea(principal, 'read', 'leases');
  return determineWith(await loadContext(db, [raw]), raw, todayIso());
}

/** Many determinations in one pass; a bad entry yields its error in place, never stops the batch. */
export async function determineManyLeases(db: Db, principal: Principal, entries: readonly unknown[]): Promise<LeaseBatchEntry[]> {
  requireArea(principal, 'read', 'leases');
  const context = await loadContext(db, entries);
  const today = todayIso();
  return entries.map((entry) => {
    try {
      return determineWith(context, entry, today);
    } catch (error) {
      if (error instanceof AppError) return { error: error.toBody().error };
      throw error;
    }
  });
}
