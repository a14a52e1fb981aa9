import { z } from '@hono/zod-openapi';
import { text } from '../../platform/schema/primitives.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');

export const portfolioCaseQuery = z.object({
  status: text.max(30).optional(),
  program: text.max(60).optional().openapi({ description: 'A funding source named on the case' }),
  open: z.enum(['true', 'false']).optional().openapi({ description: 'true: only cases not closed or cancelled' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const sideBySideQuery = z.object({
  partners: text
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const codes = [
        ...new Set(
          s
            .split(',')
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
        ),
      ];
      if (codes.length > 24 || codes.some((c) => !customerCode.safeParse(c).success)) {
        ctx.addIssue({ code: 'custom', message: 'up to 24 comma-separated customer codes, e.g. AT,BE' });
        return z.NEVER;
      }
      return codes;
    })
    .openapi({ type: 'string', description: 'Comma-separated customer codes; default: the partners in your scope', example: 'AT,BE' }),
});

export const overviewQuery = z.object({
  sort: z.enum(['value', 'risk', 'activity']).default('value'),
});
