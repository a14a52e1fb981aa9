import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { loaLines, loaVersions } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { determinationInput } from './model.ts';
import { loadRuleContext, partnerGroupsOn, type RuleContext } from './rule-context.ts';
import { type Determination, determineNotification, NoThresholdInForce, type ThresholdKind } from './rules/aeca-36b-determination.ts';
import type { PurchaserGroup } from './rules/thresholds.ts';

/** The determination as the API and CLI give it: whole US dollars, reasons first. */
export interface DeterminationResult {
  required: boolean;
  reviewDays: number | null;
  tieredReviewDays: number | null;
  reasons: { rule: string; measure: ThresholdKind; threshold: number; value: number; met: boolean; source: string }[];
  partnerCode: string;
  asOf: string;
  purchaserGroup: PurchaserGroup;
  thresholdSet: { mde: number; total: number; designConstruction: number; source: string; verified: boolean };
  tieredReviewVerified: boolean;
}

const toDollars = (cents: number) => cents / 100;

export function toResult(partnerCode: string, asOf: string, d: Determination, source: string): DeterminationResult {
  return {
    required: d.required,
    reviewDays: d.reviewDays,
    tieredReviewDays: d.tieredReviewDays,
    reasons: d.reasons.map((r) => ({
      rule: r.rule,
      measure: r.measure,
      threshold: toDollars(r.thresholdCents),
      value: toDollars(r.valueCents),
      met: r.met,
      source: r.source,
    })),
    partnerCode,
    asOf,
    purchaserGroup: d.purchaserGroup,
    thresholdSet: {
      mde: toDollars(d.thresholds.mdeCents),
      total: toDollars(d.thresholds.totalCents),
      designConstruction: toDollars(d.thresholds.designConstructionCents),
      source,
      verified: d.verified,
    },
    tieredReviewVerified: d.tieredReviewVerified,
  };
}

/** Decides from a loaded context (no I/O): used one at a time by the API and thousands at a time by the CLI. */
export function determineWith(
  context: RuleContext,
  knownPartners: ReadonlySet<string>,
  raw: unknown,
  today = todayIso(),
): DeterminationResult {
  const input = parseInput(determinationInput, raw);
  if (!knownPartners.has(input.partnerCode))
    throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner has the customer code ${input.partnerCode}` }]);
  const asOf = input.asOf ?? today;
  try {
    const d = determineNotification(
      {
        groups: partnerGroupsOn(context, input.partnerCode, asOf),
        mdeCents: input.mdeValue * 100,
        totalCents: input.totalValue * 100,
        designConstructionCents: input.designConstructionValue * 100,
        asOf,
      },
      context.thresholds,
    );
    const row = context.thresholds.find((t) => t.id === d.thresholdRowId)!;
    return toResult(input.partnerCode, asOf, d, row.source);
  } catch (error) {
    if (error instanceof NoThresholdInForce) throw badRequest(error.message, [{ path: 'asOf', message: error.message }]);
    throw error;
  }
}

async function knownPartnerCodes(db: Db | Tx, codes: readonly string[]) {
  const rows = codes.length
    ? await db
        .select({ code: partners.code })
        .from(partners)
        .where(inArray(partners.code, [...new Set(codes)]))
    : [];
  return new Set(rows.map((r) => r.code));
}

const partnerCodeOf = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { partnerCode?: unknown }).partnerCode === 'string'
    ? (raw as { partnerCode: string }).partnerCode
    : null;

export async function determine(db: Db, principal: Principal, raw: unknown): Promise<DeterminationResult> {
  requireArea(principal, 'read', 'notifications');
  const code = partnerCodeOf(raw);
  const codes = code ? [code] : [];
  const [context, known] = await Promise.all([loadRuleContext(db, codes), knownPartnerCodes(db, codes)]);
  return determineWith(context, known, raw);
}

export type BatchEntry = DeterminationResult | { error: ReturnType<AppError['toBody']>['error'] };

/** Many determinations in one pass; a bad entry yields its error in place, never stops the batch. */
export async function determineMany(db: Db, principal: Principal, entries: readonly unknown[]): Promise<BatchEntry[]> {
  requireArea(principal, 'read', 'notifications');
  const codes = entries.map(partnerCodeOf).filter((c): c is string => c !== null);
  const [context, known] = await Promise.all([loadRuleContext(db), knownPartnerCodes(db, codes)]);
  const today = todayIso();
  return entries.map((entry) => {
    try {
      return determineWith(context, known, entry, today);
    } catch (error) {
      if (error instanceof AppError) return { error: error.toBody().error };
      throw error;
    }
  });
}

export interface CaseValues {
  versionNumber: number;
  mdeCents: number;
  totalCents: number;
  /** LOA lines carry no design-and-construction marker, so a case contributes none; notices may enter it. */
  designConstructionCents: number;
}

/** A case's notifiable values from its current (latest) LOA version: MDE lines and the version total. */
export async function caseValues(db: Db | Tx, caseId: string): Promise<CaseValues> {
  const [version] = await db
    .select({ id: loaVersions.id, number: loaVersions.number, totalCents: loaVersions.totalCents })
    .from(loaVersions)
    .where(eq(loaVersions.caseId, caseId))
    .orderBy(desc(loaVersions.number))
    .limit(1);
  if (!version) return { versionNumber: 0, mdeCents: 0, totalCents: 0, designConstructionCents: 0 };
  const [mde] = await db
    .select({ cents: sql<string>`coalesce(sum(${loaLines.quantity}::bigint * ${loaLines.unitCostCents}), 0)` })
    .from(loaLines)
    .where(and(eq(loaLines.versionId, version.id), eq(loaLines.mde, true)));
  return { versionNumber: version.number, mdeCents: Number(mde?.cents ?? 0), totalCents: version.totalCents, designConstructionCents: 0 };
}
