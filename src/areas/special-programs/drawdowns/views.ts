import { z } from '@hono/zod-openapi';
import { DRAWDOWN_AUTHORITIES } from './rules/authorities.ts';
import { DRAWDOWN_ACTIONS, DRAWDOWN_DOCUMENT_KINDS, DRAWDOWN_STATUSES, MILITARY_DEPARTMENTS } from './rules/drawdown-status.ts';
import { VALUATION_METHODS } from './rules/valuation.ts';

const date = z.string().openapi({ format: 'date' });
const totals = z.object({
  recordedCents: z.number().int(),
  netBookValueCents: z.number().int(),
  replacementCostCents: z.number().int(),
  linesWithoutNetBookValue: z.number().int(),
  linesWithoutReplacementCost: z.number().int(),
});

export const drawdownCapView = z
  .object({
    id: z.string(),
    authority: z.enum(DRAWDOWN_AUTHORITIES),
    citation: z.string(),
    effectiveFrom: date.nullable(),
    effectiveTo: date.nullable(),
    capCents: z.number().int(),
    source: z.string(),
    verified: z.boolean(),
  })
  .openapi('DrawdownCap');

export const drawdownSummaryView = z
  .object({
    id: z.string(),
    reference: z.string(),
    partnerCode: z.string(),
    authority: z.enum(DRAWDOWN_AUTHORITIES),
    title: z.string(),
    status: z.enum(DRAWDOWN_STATUSES),
    pdNumber: z.string().nullable(),
    ceilingCents: z.number().int().nullable(),
    valueCents: z.number().int().openapi({ description: 'Derived: the lines’ values by their recorded methods' }),
  })
  .openapi('DrawdownSummary');

export const drawdownListView = z
  .object({ items: z.array(drawdownSummaryView), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('DrawdownList');

export const drawdownView = drawdownSummaryView
  .extend({
    authorityLabel: z.string(),
    pdDate: date.nullable(),
    fiscalYear: z.number().int().nullable(),
    authorityCap: drawdownCapView
      .nullable()
      .openapi({ description: 'The authority’s cap in force on the determination date; null when none is recorded' }),
    waiverReason: z.string().nullable(),
    waivedBy: z.string().nullable(),
    waivedOn: date.nullable(),
    executedOn: date.nullable(),
    documents: z.array(
      z.object({ id: z.string(), kind: z.enum(DRAWDOWN_DOCUMENT_KINDS), label: z.string(), reference: z.string(), dated: date }),
    ),
    lines: z.array(
      z.object({
        id: z.string(),
        lineNumber: z.number().int(),
        militaryDepartment: z.enum(MILITARY_DEPARTMENTS),
        description: z.string(),
        quantity: z.number().int(),
        valuationMethod: z.enum(VALUATION_METHODS),
        netBookValueCents: z.number().int().nullable(),
        replacementCostCents: z.number().int().nullable(),
        valueCents: z.number().int(),
        deliveredOn: date.nullable(),
        deliveryDocument: z.string().nullable(),
        revaluations: z.array(
          z.object({
            oldMethod: z.string(),
            newMethod: z.string(),
            oldValueCents: z.number().int(),
            newValueCents: z.number().int(),
            reason: z.string(),
            memo: z.string(),
            onDate: date,
            createdBy: z.string(),
          }),
        ),
      }),
    ),
    valuation: totals.openapi({ description: 'The revaluation report: what the lines total by each method' }),
    remainingCents: z.number().int().nullable().openapi({ description: 'Ceiling less the derived value' }),
    replacements: z.array(z.object({ appropriationId: z.string(), name: z.string(), fiscalYear: z.number().int(), note: z.string() })),
    allowedActions: z.array(z.enum(DRAWDOWN_ACTIONS)),
    version: z.number().int(),
  })
  .openapi('Drawdown');
