import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partnerDirectory } from '../countries/public.ts';
import { edaDeterminationInput } from './model.ts';
import { type EdaNoticeDetermination, edaNotice, NoEdaRuleInForce } from './rules/eda-rules.ts';

/** The determination as the API and CLI give it: thresholds and values in whole US dollars. */
export type EdaDeterminationResult = EdaNoticeDetermination & { partnerCode: string; asOf: string };
export type EdaBatchEntry = EdaDeterminationResult | { error: ReturnType<AppError['toBody']>['error'] };

function determineWith(known: ReadonlySet<string>, raw: unknown, today: string): EdaDeterminationResult {
  const input = parseInput(edaDeterminationInput, raw);
  if (!known.has(input.partnerCode))
    throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner has the customer code ${input.partnerCode}` }]);
  const asOf = input.asOf ?? today;
  try {
    const d = edaNotice({ originalAcquisitionValueCents: input.originalAcquisitionValue * 100, sme: input.sme, asOf });
    return { ...d, partnerCode: input.partnerCode, asOf };
  } catch (error) {
    if (error instanceof NoEdaRuleInForce) throw badRequest(error.message, [{ path: 'asOf', message: error.message }]);
    throw error;
  }
}

const partnerCodeOf = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { partnerCode?: unknown }).partnerCode === 'string'
    ? (raw as { partnerCode: string }).partnerCode
    : null;

const knownPartners = (db: Db, entries: readonly unknown[]) =>
  partnerDirectory.knownCodes(db, [...new Set(entries.map(partnerCodeOf).filter((c): c is string => c !== null))]);

// Computed from the rule table and the figures sent, nothing stored: the area's read grant decides who may ask.
export async function determineEdaRules(db: Db, principal: Principal, raw: unknown): Promise<EdaDeterminationResult> {
  requireArea(principal, 'read', 'eda');
  return determineWith(await knownPartners(db, [raw]), raw, todayIso());
}

/** Many determinations in one pass; a bad entry yields its error in place, never stops the batch. */
export async function determineManyEda(db: Db, principal: Principal, entries: readonly unknown[]): Promise<EdaBatchEntry[]> {
  requireArea(principal, 'read', 'eda');
  const known = await knownPartners(db, entries);
  const today = todayIso();
  return entries.map((entry) => {
    try {
      return determineWith(known, entry, today);
    } catch (error) {
      if (error instanceof AppError) return { error: error.toBody().error };
      throw error;
    }
  });
}
