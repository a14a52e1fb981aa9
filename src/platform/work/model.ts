import { z } from '@hono/zod-openapi';

export const myWorkView = z
  .object({
    today: z.string(),
    items: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        area: z.string().nullable(),
        areaLabel: z.string(),
        tone: z.enum(['overdue', 'due', 'waiting']),
        count: z.number().int(),
        /** The count reached the list's limit: there are more. */
        more: z.boolean(),
        link: z.string(),
      }),
    ),
  })
  .openapi('MyWork');
