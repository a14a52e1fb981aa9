import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';

/** The EDA determination other tools send: the original acquisition value in whole US dollars. */
export const edaDeterminationInput = z
  .object({
    partnerCode: text.regex(/^[A-Z0-9]{2}$/, 'a two-character customer code such as AT'),
    originalAcquisitionValue: z
      .number({ message: 'a number of whole US dollars' })
      .int('whole US dollars')
      .min(0, 'not negative')
      .max(Number.MAX_SAFE_INTEGER / 100)
      .openapi({ description: 'Original acquisition value of the articles transferred, whole US dollars', example: 7_000_000 }),
    sme: z.boolean({ message: 'true or false' }).openapi({ description: 'Significant military equipment' }),
    asOf: isoDate.optional().openapi({ description: 'Decide as of this date (default: today)', example: '2025-01-01' }),
  })
  .openapi('EdaDeterminationRequest');
