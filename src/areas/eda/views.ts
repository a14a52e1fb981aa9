import { z } from '@hono/zod-openapi';

export const edaDeterminationView = z
  .object({
    noticeRequired: z.boolean().openapi({ description: 'FAA 516(f): notice to the committees before the transfer' }),
    noticeDays: z.number().int().nullable().openapi({ description: 'Days after the notice before the transfer may be made' }),
    reasons: z.array(
      z.object({
        rule: z.string(),
        threshold: z.number().nullable().openapi({ description: 'Whole US dollars' }),
        value: z.number().nullable().openapi({ description: 'Whole US dollars' }),
        met: z.boolean(),
        source: z.string(),
        verified: z.boolean(),
      }),
    ),
    partnerCode: z.string(),
    asOf: z.string(),
  })
  .openapi('EdaDetermination');
