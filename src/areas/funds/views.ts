import { z } from '@hono/zod-openapi';
import { EXECUTION_CHANNELS, PROGRAM_NOTIFICATIONS } from './rules/programs.ts';

// Response schemas of the funds API. Every amount is integer cents; balances are derived from the ledger on each read.

export const programView = z
  .object({
    code: z.string(),
    name: z.string(),
    authority: z.string(),
    title: z.union([z.literal(10), z.literal(22)]),
    executedThrough: z.enum(EXECUTION_CHANNELS).nullable(),
    notifications: z.array(z.string()).openapi({ description: `Kinds: ${PROGRAM_NOTIFICATIONS.join(', ')}` }),
    annualCapCents: z.number().int().nullable(),
    source: z.string(),
    standard: z.boolean(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('FundProgram');

export const appropriationView = z
  .object({
    id: z.string(),
    programCode: z.string(),
    programName: z.string(),
    title: z.union([z.literal(10), z.literal(22)]),
    partnerCode: z.string().nullable(),
    fiscalYear: z.number().int(),
    name: z.string(),
    amountCents: z.number().int(),
    statedYear: z.number().int().nullable(),
    availableUntil: z.string().nullable().openapi({ description: 'Last day new obligations are possible' }),
    availabilityBasis: z.string(),
    appropriatedCents: z.number().int(),
    obligatedCents: z.number().int(),
    deobligatedCents: z.number().int(),
    netObligatedCents: z.number().int(),
    availableCents: z.number().int().openapi({ description: 'appropriated − obligated + de-obligated' }),
    committedCents: z.number().int().openapi({ description: 'Commitments not yet obligated or released' }),
    uncommittedCents: z.number().int().openapi({ description: 'available − committed' }),
    expired: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Appropriation');

export const appropriationListView = z
  .object({
    items: z.array(appropriationView.extend({ partnerName: z.string().nullable() })),
    total: z.number().int(),
    totals: z.object({ amountCents: z.number().int(), availableCents: z.number().int() }),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('AppropriationList');

export const transactionView = z
  .object({
    id: z.string(),
    appropriationId: z.string(),
    appropriationName: z.string(),
    programCode: z.string(),
    kind: z.enum(['commitment', 'commitment_release', 'obligation', 'deobligation']),
    amountCents: z.number().int(),
    partnerCode: z.string(),
    caseId: z.string().nullable(),
    caseIdentifier: z.string().nullable(),
    caseWithheld: z.boolean().openapi({
      description: 'The entry names a case withheld from you (pending congressional notification): case, line and description are masked',
    }),
    lineNumber: z.string().nullable(),
    obligationId: z.string().nullable(),
    commitmentId: z.string().nullable(),
    description: z.string(),
    onDate: z.string(),
    createdBy: z.string(),
    returnedCents: z
      .number()
      .int()
      .openapi({ description: 'For an obligation: de-obligated from it so far; for a commitment: released or obligated from it so far' }),
  })
  .openapi('FundTransaction');

export const transactionListView = z
  .object({ items: z.array(transactionView), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('FundTransactionList');

export const transactionResultView = z
  .object({ transaction: transactionView, appropriation: appropriationView })
  .openapi('FundTransactionResult');
