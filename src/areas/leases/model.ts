import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');
const dollars = z
  .number({ message: 'a number of whole US dollars' })
  .int('whole US dollars')
  .min(0, 'not negative')
  .max(Number.MAX_SAFE_INTEGER / 100);

/** The lease determination other tools send: values in whole US dollars, replacement cost less depreciation. */
export const leaseDeterminationInput = z
  .object({
    partnerCode: customerCode,
    termMonths: z
      .number({ message: 'a whole number of months' })
      .int('a whole number of months')
      .min(1, 'at least 1 month')
      .openapi({ description: 'The fixed duration in months, not counting time for major refurbishment before delivery', example: 36 }),
    mdeValue: dollars.openapi({ description: 'Major Defense Equipment, whole US dollars', example: 30_000_000 }),
    totalValue: dollars.openapi({ description: 'All defense articles leased, MDE included, whole US dollars', example: 60_000_000 }),
    asOf: isoDate.optional().openapi({ description: 'Decide as of this date (default: today)', example: '2025-01-01' }),
  })
  .superRefine((v, ctx) => {
    if (v.totalValue < v.mdeValue)
      ctx.addIssue({
        code: 'custom',
        path: ['totalValue'],
        message: `includes the MDE value, so it cannot be less than mdeValue (${v.mdeValue})`,
      });
  })
  .openapi('LeaseDeterminationRequest');
