import { z } from '@hono/zod-openapi';
import { listSort } from '../../platform/http/list-sort.ts';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { EXECUTION_CHANNELS, PROGRAM_NOTIFICATIONS } from './rules/programs.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const positiveCents = z.number({ message: 'whole cents' }).int('whole cents').min(1, 'more than zero').max(Number.MAX_SAFE_INTEGER);
const programCode = text.regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, 'capitals, digits and hyphens, e.g. SEC333');
const year = z.number().int().min(1900).max(2200);

export const createProgramInput = z
  .object({
    code: programCode,
    name: text.trim().min(1).max(200),
    authority: text.trim().min(1, 'name the legal authority').max(300),
    title: z.union([z.literal(10), z.literal(22)]).openapi({ description: 'Title 10 or Title 22 of the U.S. Code' }),
    executedThrough: z.enum(EXECUTION_CHANNELS).nullable().default(null),
    notifications: z.array(z.enum(PROGRAM_NOTIFICATIONS)).max(10).default([]),
    annualCapCents: positiveCents.nullable().default(null),
    source: text.trim().min(1, 'cite the source').max(1000),
  })
  .openapi('CreateFundProgram');

export const updateProgramInput = z
  .object({
    version: z.number().int().positive(),
    name: text.trim().min(1).max(200).optional(),
    authority: text.trim().min(1).max(300).optional(),
    executedThrough: z.enum(EXECUTION_CHANNELS).nullable().optional(),
    notifications: z.array(z.enum(PROGRAM_NOTIFICATIONS)).max(10).optional(),
    annualCapCents: positiveCents.nullable().optional(),
    source: text.trim().min(1).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .openapi('UpdateFundProgram');

export const createAppropriationInput = z
  .object({
    programCode,
    partnerCode: customerCode.nullable().default(null).openapi({ description: 'Allotted to this partner; null = program-wide' }),
    fiscalYear: year,
    name: text.trim().min(1).max(200),
    amountCents: positiveCents,
    statedYear: year
      .nullable()
      .default(null)
      .openapi({ description: 'Title 10: the year whose 30 September cancels the money (SAMM App 6 note)' }),
    availableUntil: isoDate
      .nullable()
      .default(null)
      .openapi({ description: 'Title 22: last day of the period of availability, as enacted' }),
  })
  .openapi('CreateAppropriation');
export type CreateAppropriationInput = z.input<typeof createAppropriationInput>;

export const updateAppropriationInput = z
  .object({
    version: z.number().int().positive(),
    name: text.trim().min(1).max(200).optional(),
    amountCents: positiveCents.optional(),
    availableUntil: isoDate.nullable().optional(),
  })
  .openapi('UpdateAppropriation');

export const obligateInput = z
  .object({
    amountCents: positiveCents,
    commitmentId: z
      .uuid()
      .nullable()
      .default(null)
      .openapi({ description: 'Draw from this commitment (its case, line and partner apply)' }),
    caseId: text
      .min(1)
      .max(40)
      .nullable()
      .default(null)
      .openapi({ description: 'Case id or identifier; null for money applied to a program' }),
    lineNumber: text
      .regex(/^\d{3}$/, 'three digits, e.g. 001')
      .nullable()
      .default(null),
    partnerCode: customerCode.nullable().default(null).openapi({ description: 'Required without a case (taken from the case otherwise)' }),
    recipientId: z
      .uuid('a recipient id')
      .nullable()
      .default(null)
      .openapi({ description: 'The vetted recipient unit or individual (special programs), where the program requires vetting' }),
    description: text.trim().max(1000).default(''),
    onDate: isoDate.optional().openapi({ description: 'Date of the obligation (default today; not in the future)' }),
  })
  .openapi('Obligate');
export type ObligateInput = z.input<typeof obligateInput>;

export const commitInput = obligateInput.omit({ commitmentId: true, recipientId: true }).openapi('Commit');
export type CommitInput = z.input<typeof commitInput>;

export const deobligateInput = z
  .object({
    amountCents: positiveCents,
    description: text.trim().max(1000).default(''),
    onDate: isoDate.optional(),
  })
  .openapi('Deobligate');
export type DeobligateInput = z.input<typeof deobligateInput>;

export const appropriationSorting = listSort(['name', 'program', 'partner', 'fiscalYear', 'until', 'amount', 'obligated', 'available'], {
  default: 'fiscalYear',
  descendingFirst: ['fiscalYear', 'until', 'amount', 'obligated', 'available'],
});

export const appropriationListQuery = z.object({
  ...appropriationSorting.query,
  program: text.max(20).optional(),
  partner: customerCode.optional(),
  fiscalYear: z.coerce.number().int().optional(),
  title: z.enum(['10', '22']).optional(),
  /** Only money still available (not expired) or only money whose last day falls within `days` days. */
  state: z.enum(['all', 'available', 'expiring', 'expired']).default('all'),
  days: z.coerce.number().int().min(1).max(3650).default(90),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The ledger's sorts: `appropriation` by its program then name, `case` by the case identifier and line. */
export const transactionSorting = listSort(['date', 'kind', 'appropriation', 'partner', 'case', 'amount'], {
  default: 'date',
  descendingFirst: ['date', 'amount'],
});

export const transactionListQuery = z.object({
  ...transactionSorting.query,
  appropriation: z.uuid().optional(),
  partner: customerCode.optional(),
  case: text.max(40).optional(),
  kind: z.enum(['commitment', 'commitment_release', 'obligation', 'deobligation']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
