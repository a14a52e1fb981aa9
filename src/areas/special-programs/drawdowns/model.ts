import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../../platform/schema/primitives.ts';
import { partnerCode } from '../dcc/model.ts';
import { DRAWDOWN_AUTHORITIES } from './rules/authorities.ts';
import { DRAWDOWN_DOCUMENT_KINDS, DRAWDOWN_STATUSES, MILITARY_DEPARTMENTS } from './rules/drawdown-status.ts';
import { VALUATION_METHODS } from './rules/valuation.ts';

const cents = z.number({ message: 'whole cents' }).int('whole cents').min(1, 'more than zero').max(Number.MAX_SAFE_INTEGER);
const version = z.number({ message: 'the version you read' }).int().positive();

export const createDrawdownInput = z
  .object({
    partnerCode,
    authority: z.enum(DRAWDOWN_AUTHORITIES),
    capId: z.uuid().nullable().default(null).openapi({ description: 'For an appropriation act: the act’s ceiling row' }),
    title: text.trim().min(1, 'a title').max(300),
  })
  .superRefine((v, ctx) => {
    if (v.authority === 'appropriation_act' && !v.capId)
      ctx.addIssue({ code: 'custom', path: ['capId'], message: 'name the appropriation act’s ceiling' });
  })
  .openapi('CreateDrawdown');
export type CreateDrawdownInput = z.input<typeof createDrawdownInput>;

export const drawdownDocumentInput = z
  .object({
    version,
    kind: z.enum(DRAWDOWN_DOCUMENT_KINDS),
    reference: text.trim().min(1, 'the document’s reference').max(200),
    dated: isoDate,
  })
  .openapi('DrawdownDocument');

export const drawdownTransitionInput = z
  .object({
    version,
    action: z.enum(['determine', 'execute', 'cancel']),
    pdNumber: text.trim().min(1).max(40).optional().openapi({ description: 'Determine: the Presidential Determination number' }),
    pdDate: isoDate.optional(),
    ceilingCents: cents.optional().openapi({ description: 'Determine: the determination’s ceiling' }),
    waiverReason: text
      .trim()
      .min(10, 'explain the waiver in at least 10 characters')
      .max(2000)
      .optional()
      .openapi({ description: 'Execute without the assessments: the waiver’s reason (recorded and audited)' }),
  })
  .openapi('DrawdownTransition');

// The checks across fields run in the service after the access check (whoever may not write the drawdown learns
// nothing from them), so they are plain functions, not refinements of the schemas the routes validate first.

/** The determination's number, date and ceiling, when the move records it. */
export function determinationProblems(v: z.output<typeof drawdownTransitionInput>): { path: string; message: string }[] {
  if (v.action !== 'determine') return [];
  return (['pdNumber', 'pdDate', 'ceilingCents'] as const)
    .filter((path) => v[path] === undefined)
    .map((path) => ({ path, message: 'required to record the determination' }));
}

const valued = {
  valuationMethod: z.enum(VALUATION_METHODS),
  netBookValueCents: cents.nullable().default(null),
  replacementCostCents: cents.nullable().default(null),
};
/** A line's value by the valuation method it names. */
export function methodValueProblems(v: {
  valuationMethod: string;
  netBookValueCents: number | null;
  replacementCostCents: number | null;
}): { path: string; message: string }[] {
  const path = v.valuationMethod === 'net_book_value' ? 'netBookValueCents' : 'replacementCostCents';
  return v[path] === null ? [{ path, message: 'the value by the method chosen' }] : [];
}

export const drawdownLineInput = z
  .object({
    version,
    militaryDepartment: z.enum(MILITARY_DEPARTMENTS),
    description: text.trim().min(1, 'describe the articles').max(500),
    quantity: z.number().int().min(1, 'at least 1'),
    ...valued,
  })
  .openapi('DrawdownLine');

export const revaluationInput = z
  .object({
    version,
    ...valued,
    reason: text.trim().min(1, 'why the value changes').max(500),
    memo: text.trim().min(1, 'the memo’s reference').max(200),
    onDate: isoDate,
  })
  .openapi('DrawdownRevaluation');

export const deliveryInput = z
  .object({
    version,
    deliveredOn: isoDate,
    document: text.trim().min(1, 'the delivery and title-transfer document').max(200),
  })
  .openapi('DrawdownDelivery');

export const replacementInput = z
  .object({ version, appropriationId: z.uuid(), note: text.trim().max(500).default('') })
  .openapi('DrawdownReplacement');

export const drawdownCapInput = z
  .object({
    authority: z.enum(DRAWDOWN_AUTHORITIES),
    citation: text.trim().min(1, 'the statute or act').max(300),
    effectiveFrom: isoDate.nullable().default(null),
    effectiveTo: isoDate.nullable().default(null),
    capCents: cents,
    source: text.trim().min(1, 'cite the source').max(1000),
    verified: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.effectiveFrom && v.effectiveTo && v.effectiveTo < v.effectiveFrom)
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'on or after effectiveFrom' });
  })
  .openapi('DrawdownCapInput');

export const drawdownListQuery = z.object({
  partner: partnerCode.optional(),
  status: z.enum(DRAWDOWN_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
