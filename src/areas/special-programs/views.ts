import { z } from '@hono/zod-openapi';
import { CONDITION_KINDS } from './rules/condition-kinds.ts';

// Response schemas of the special programs API. Amounts are integer cents; what is obligated is derived from the ledger.

export const conditionView = z
  .object({
    id: z.string(),
    programCode: z.string(),
    fiscalYear: z.number().int().nullable(),
    kind: z.enum(CONDITION_KINDS),
    appliesToCode: z.string().nullable(),
    stage: z.string(),
    noticeDays: z.number().int().nullable(),
    ceilingCents: z.number().int().nullable(),
    ceilingBasisPoints: z.number().int().nullable(),
    certification: z.string().nullable(),
    endsOn: z.string().nullable(),
    description: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    source: z.string(),
    verified: z.boolean(),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    name: z.string().openapi({ description: 'The condition named as refusals name it' }),
    label: z.string(),
    status: z.enum(['released', 'withheld', 'ended', 'in_force']),
    certifiedOn: z.string().nullable(),
    ceilingCentsNow: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The ceiling in cents today (a share applied to the money appropriated)' }),
    obligatedCents: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Net obligated under it (program-wide: shown to users who see every partner)' }),
  })
  .openapi('ProgramCondition');

const certificationView = z.object({
  id: z.string(),
  conditionId: z.string(),
  certifiedOn: z.string(),
  certifiedBy: z.string(),
  documentRef: z.string(),
  notes: z.string(),
  recordedBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
});

const noticeView = z.object({
  id: z.string(),
  conditionId: z.string(),
  partnerCode: z.string(),
  givenOn: z.string(),
  amountCents: z.number().int().nullable(),
  documentRef: z.string(),
  description: z.string(),
  recordedBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
});

export const conditionDetailView = conditionView
  .extend({ certifications: z.array(certificationView), notices: z.array(noticeView) })
  .openapi('ProgramConditionDetail');
export const conditionListView = z.object({ items: z.array(conditionView), total: z.number().int() }).openapi('ProgramConditionList');

export const noticeListView = z
  .object({
    items: z.array(noticeView.extend({ conditionName: z.string(), noticeDays: z.number().int().nullable() })),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('ProgramNoticeList');

const vettingView = z.object({
  id: z.string(),
  recipientId: z.string(),
  vettedBy: z.string(),
  vettedOn: z.string(),
  result: z.enum(['cleared', 'not_cleared']),
  expiresOn: z.string(),
  documentRef: z.string(),
  notes: z.string(),
  recordedBy: z.string(),
  createdAt: z.string(),
});

export const recipientView = z
  .object({
    id: z.string(),
    partnerCode: z.string(),
    kind: z.enum(['unit', 'individual']),
    name: z.string(),
    notes: z.string(),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    eligibleToday: z.boolean(),
    refusal: z.string().nullable().openapi({ description: 'Why assistance would be refused today; null when eligible' }),
    vettings: z.array(vettingView),
  })
  .openapi('Recipient');

export const recipientListView = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        partnerCode: z.string(),
        partnerName: z.string(),
        kind: z.enum(['unit', 'individual']),
        name: z.string(),
        version: z.number().int(),
        vettedOn: z.string().nullable(),
        vettedBy: z.string().nullable(),
        result: z.enum(['cleared', 'not_cleared']).nullable(),
        expiresOn: z.string().nullable(),
        eligibleToday: z.boolean(),
      }),
    ),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('RecipientList');
