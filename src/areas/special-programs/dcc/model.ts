import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../../platform/schema/primitives.ts';
import { DCC_ACTIONS, DCC_CHECKLIST, DCC_STATUSES } from './rules/dcc-status.ts';
import { DCC_DOCUMENT_KINDS } from './rules/editions.ts';

export const partnerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 capitals or digits, such as AT');
const cents = z.number({ message: 'whole cents' }).int('whole cents').max(Number.MAX_SAFE_INTEGER);
const positiveCents = cents.min(1, 'more than zero');
const version = z.number({ message: 'the version you read' }).int().positive();

export const createDccInput = z
  .object({
    partnerCode,
    primeContractor: text.trim().min(1, 'name the prime contractor').max(200),
    contractNumber: text.trim().min(1, 'the contract number').max(60),
    contractValueCents: positiveCents.openapi({ description: 'Whole contract value, in cents' }),
    nonUsContentCents: cents
      .min(0, 'not negative')
      .default(0)
      .openapi({ description: 'Non-U.S. content declared, in cents: excluded from what is financed' }),
    awardDate: isoDate.openapi({ description: 'The guidelines edition in force on this date governs' }),
    itemsAndServices: text.trim().min(1, 'describe the articles and services').max(2000),
    appropriationId: z.uuid().nullable().default(null).openapi({ description: 'The FMF grant to draw on; null = oldest first' }),
  })
  .superRefine((v, ctx) => {
    if (v.nonUsContentCents > v.contractValueCents)
      ctx.addIssue({ code: 'custom', path: ['nonUsContentCents'], message: 'cannot exceed the contract value' });
  })
  .openapi('CreateDccRequest');
export type CreateDccInput = z.input<typeof createDccInput>;

export const addDccDocumentInput = z
  .object({
    version,
    kind: z.enum(DCC_DOCUMENT_KINDS),
    reference: text.trim().min(1, 'the document’s reference or file name').max(200),
    receivedOn: isoDate,
    note: text.trim().max(1000).default(''),
  })
  .openapi('AddDccDocument');

export const dccChecklistInput = z.object({ version, item: z.enum(DCC_CHECKLIST), done: z.boolean() }).openapi('DccChecklistMark');

export const dccTransitionInput = z
  .object({
    version,
    action: z.enum(DCC_ACTIONS),
    reason: text.trim().max(2000).default(''),
    approvedCents: positiveCents.optional().openapi({ description: 'Approve: the amount financed (default: all U.S. content)' }),
  })
  .openapi('DccTransition');

export const dccDisbursementInput = z
  .object({
    version,
    amountCents: positiveCents,
    requestedOn: isoDate.openapi({ description: 'When the advance request goes to DFAS' }),
    disbursementOn: isoDate,
    usFlagAttested: z.literal(true, { message: 'attest that U.S.-flag shipping rules are met (SAMM App 3 Fig 12)' }),
    usFlagNote: text.trim().max(1000).default(''),
  })
  .openapi('DccDisbursement');

export const dccListQuery = z.object({
  partner: partnerCode.optional(),
  status: z.enum(DCC_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
