import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../../platform/schema/primitives.ts';
import { CONDITION_KINDS } from '../rules/condition-kinds.ts';

const code = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer or program code of 2–3 capital letters or digits, such as V5');
const cents = z.number().int('whole cents').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);
const line = (max: number) => text.trim().max(max);

const conditionFields = z.object({
  programCode: text.trim().min(1).max(20).openapi({ example: 'USAI' }),
  fiscalYear: z.number().int().min(1990).max(2200).nullable().default(null).openapi({ description: 'null: every fiscal year' }),
  kind: z.enum(CONDITION_KINDS),
  appliesToCode: code.nullable().default(null),
  stage: line(200).default(''),
  noticeDays: z.number().int().min(0).max(365).nullable().default(null),
  ceilingCents: cents.nullable().default(null),
  ceilingBasisPoints: z.number().int().min(0).max(10_000).nullable().default(null).openapi({ description: '5000 = 50%' }),
  certification: line(300).nullable().default(null),
  endsOn: isoDate.nullable().default(null),
  description: line(1000).default(''),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().default(null),
  source: line(1000).min(1, 'name the source (act, section, GAO decision…)'),
  verified: z.boolean().default(false),
});
type ConditionFields = z.infer<typeof conditionFields>;

/** What each kind needs filled in; the messages name the field. */
function requireFieldsOfKind(c: ConditionFields, ctx: z.RefinementCtx) {
  const need = (ok: boolean, path: keyof ConditionFields, message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  if (c.effectiveTo !== null && c.effectiveTo < c.effectiveFrom) need(false, 'effectiveTo', 'on or after the date it takes effect');
  switch (c.kind) {
    case 'advance_notice':
    case 'report_before_assistance':
      need(c.noticeDays !== null, 'noticeDays', 'the number of days before the obligation');
      break;
    case 'withheld_until_certification':
      need((c.ceilingCents === null) !== (c.ceilingBasisPoints === null), 'ceilingCents', 'either an amount or a share, not both');
      need(!!c.certification, 'certification', 'the certification that releases the money');
      need(c.fiscalYear !== null, 'fiscalYear', 'the fiscal year whose money is withheld');
      break;
    case 'authority_end':
      need(c.endsOn !== null, 'endsOn', 'the last day of the authority');
      break;
    case 'code_availability':
      need(c.appliesToCode !== null, 'appliesToCode', 'the program code');
      need(c.endsOn !== null || c.ceilingCents !== null, 'ceilingCents', 'a ceiling, a last day, or both');
      break;
    case 'vetting_required':
      break;
  }
}

export const createConditionInput = conditionFields.superRefine(requireFieldsOfKind).openapi('CreateProgramCondition');
export const updateConditionInput = conditionFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(requireFieldsOfKind)
  .openapi('UpdateProgramCondition');

export const conditionListQuery = z.object({
  program: text.max(20).optional(),
  fiscalYear: z.coerce.number().int().optional(),
});

export const certificationInput = z
  .object({
    certifiedOn: isoDate,
    certifiedBy: line(300).min(1, 'who certified'),
    documentRef: line(300).min(1, 'the document that records it'),
    notes: line(2000).default(''),
  })
  .openapi('RecordCertification');

export const noticeInput = z
  .object({
    partnerCode: code,
    givenOn: isoDate,
    amountCents: z.number().int('whole cents').positive('more than zero').max(Number.MAX_SAFE_INTEGER).nullable().default(null),
    documentRef: line(300).min(1, 'the document (letter, transmittal) that records it'),
    description: line(1000).default(''),
  })
  .openapi('RecordProgramNotice');

export const noticeListQuery = z.object({
  partner: code.optional(),
  condition: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
