import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { SDAF_RULE_KINDS } from './schema.ts';

const positiveCents = z.number({ message: 'whole cents' }).int('whole cents').min(1, 'more than zero').max(Number.MAX_SAFE_INTEGER);
const cents = z.number({ message: 'whole cents' }).int('whole cents').min(0, 'zero or more').max(Number.MAX_SAFE_INTEGER);
const quantity = z.number({ message: 'a whole number' }).int('a whole number').min(1, 'at least 1').max(10_000_000);
const reference = text.trim().min(1, 'give the document reference').max(200);
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export const capitalInput = z
  .object({
    amountCents: positiveCents,
    source: z.enum(['appropriation', 'proceeds', 'other']).openapi({ description: 'Appropriation, proceeds of sales, or other' }),
    documentReference: reference,
    description: text.trim().max(1000).default(''),
    onDate: isoDate.optional().openapi({ description: 'Date credited (default today; not in the future)' }),
  })
  .openapi('SdafCapitalInput');

export const ruleRowInput = z
  .object({
    kind: z.enum(SDAF_RULE_KINDS),
    effectiveFrom: isoDate,
    value: cents.openapi({ description: 'statutory_cap: cents; contract_administration_surcharge: basis points (150 = 1.5%)' }),
    source: text.trim().min(1, 'cite the source').max(1000),
    verified: z.boolean().default(false),
  })
  .openapi('SdafRuleRowInput');

export const procurementInput = z
  .object({
    contractNumber: text.trim().min(1, 'give the contract number').max(60),
    awardedOn: isoDate,
    expectedDeliveryOn: isoDate,
    description: text.trim().max(1000).default(''),
    items: z
      .array(
        z.object({
          nsn: text.regex(/^\d{4}-?\d{2}-?\d{3}-?\d{4}$/, 'a national stock number, 13 digits (e.g. 1005-01-123-4567)'),
          nomenclature: text.trim().min(1, 'name the article').max(200),
          quantity,
          unitCostCents: positiveCents,
          mde: z.boolean().default(false),
        }),
      )
      .min(1, 'at least one item')
      .max(200),
    releasability: z
      .object({
        releasable: z.boolean().openapi({ description: 'The articles are releasable to foreign countries at contract award' }),
        attestedBy: text.trim().min(1, 'who attests').max(200),
        attestedOn: isoDate,
        basis: text.trim().min(1, 'on what basis').max(1000),
      })
      .optional()
      .openapi({ description: 'Required (AECA 51): without it the procurement is refused (409)' }),
  })
  .openapi('SdafProcurementInput');
export type ProcurementInput = z.input<typeof procurementInput>;

export const receiptInput = z
  .object({
    version: z.number().int().positive().openapi({ description: 'The procurement’s version you read' }),
    itemId: z.uuid(),
    quantity,
    receivedOn: isoDate,
    documentReference: reference,
  })
  .openapi('SdafReceiptInput');

export const closeInput = z
  .object({
    version: z.number().int().positive(),
    closedOn: isoDate,
    reason: text.trim().min(1, 'say why it closes short').max(1000),
  })
  .openapi('SdafCloseProcurementInput');

export const reportInput = z.object({ version: z.number().int().positive(), reportedOn: isoDate }).openapi('SdafDeliveryReportInput');

export const transferInput = z
  .object({
    itemId: z.uuid(),
    caseId: text.min(1).max(40).openapi({ description: 'FMS case id or identifier (CC-I-XXX)' }),
    quantity,
    titleTransferOn: isoDate,
    nonrecurringCents: cents.nullable().default(null).openapi({ description: 'Required for MDE (DSCA 21-57)' }),
    storagePreparationCents: cents.default(0),
    documentReference: reference,
  })
  .openapi('SdafTransferInput');
export type TransferInput = z.input<typeof transferInput>;

export const physicalInventoryInput = z
  .object({
    fiscalYear: z.number().int().min(1982).max(2200),
    countedOn: isoDate,
    note: text.trim().max(1000).default(''),
    counts: z
      .array(
        z.object({ itemId: z.uuid(), countedQuantity: z.number().int().min(0).max(10_000_000), note: text.trim().max(500).default('') }),
      )
      .max(5000),
  })
  .openapi('SdafPhysicalInventoryInput');

export const procurementListQuery = z.object({
  state: z.enum(['all', 'open', 'delivered', 'closed']).default('all'),
  q: text.max(100).optional(),
  ...page,
});
export const inventoryListQuery = z.object({ onHand: z.enum(['all', 'yes']).default('all'), q: text.max(100).optional(), ...page });
export const transferListQuery = z.object({
  partner: text.max(3).optional(),
  case: text.max(40).optional(),
  ...page,
});
export const ledgerListQuery = z.object({
  kind: z.enum(['capital', 'commitment', 'receipt', 'release', 'transfer', 'reimbursement']).optional(),
  ...page,
});
export const fundQuery = z.object({ asOf: isoDate.optional() });
