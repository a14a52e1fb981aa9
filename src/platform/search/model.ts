import { z } from '@hono/zod-openapi';
import { text } from '../schema/primitives.ts';

export const searchQuery = z.object({
  q: text
    .trim()
    .min(2, 'type at least 2 characters')
    .max(100, 'at most 100 characters')
    .openapi({ description: 'Case identifier, transmittal or serial number, partner name or code, LOR reference, words of a description' }),
  limit: z.coerce.number().int().min(1).max(20).default(5).openapi({ description: 'Results per kind of record' }),
});

export const searchHitView = z.object({ id: z.string(), title: z.string(), detail: z.string(), link: z.string() });

export const searchResultView = z
  .object({
    q: z.string(),
    groups: z.array(
      z.object({
        kind: z.string(),
        label: z.string(),
        hits: z.array(searchHitView),
        total: z.number().int(),
        listLink: z.string().nullable(),
      }),
    ),
  })
  .openapi('SearchResult');
