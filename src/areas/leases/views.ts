import { z } from '@hono/zod-openapi';

export const leaseDeterminationView = z
  .object({
    certificationRequired: z.boolean().openapi({ description: 'AECA 62(a): certification to Congress before entering into the lease' }),
    reviewDays: z.number().int().nullable().openapi({ description: 'AECA 62: days the certification precedes the lease' }),
    jointResolutionReview: z.boolean().openapi({ description: 'AECA 63(a): Congress may block it by joint resolution within that period' }),
    reasons: z.array(
      z.object({
        rule: z.string(),
        measure: z.enum(['term_months', 'review_days', 'major_defense_equipment', 'defense_articles']),
        threshold: z.number().openapi({ description: 'Months, days or whole US dollars, by measure' }),
        value: z.number().nullable(),
        met: z.boolean(),
        source: z.string(),
        verified: z.boolean(),
      }),
    ),
    partnerCode: z.string(),
    asOf: z.string(),
  })
  .openapi('LeaseDetermination');
