import { z } from '@hono/zod-openapi';
import { text } from '../../platform/schema/primitives.ts';

// CWD review: comments on an LOA and the queue of LOAs waiting for review (inputs and what the API returns).

export const commentInput = z
  .object({
    versionNumber: z.number().int().min(0),
    lineNumber: text
      .regex(/^\d{3}$/)
      .nullable()
      .default(null),
    noteCode: text.max(20).nullable().default(null),
    body: text.trim().min(1).max(4000),
  })
  .openapi('CreateReviewComment');

export const commentView = z
  .object({
    id: text,
    caseId: text,
    versionNumber: z.number().int(),
    lineNumber: text.nullable(),
    noteCode: text.nullable(),
    authorId: text,
    authorName: text,
    body: text,
    createdAt: text,
    resolvedAt: text.nullable(),
  })
  .openapi('ReviewComment');

/** A row of the review queue. A withheld case shows only that it exists: every field but its id is null or "Withheld". */
export const queueItemView = z
  .discriminatedUnion('withheld', [
    z.object({
      id: text,
      withheld: z.literal(false),
      identifier: text,
      partnerCode: text,
      partnerName: text,
      title: text,
      totalCents: z.number().int(),
      submittedOn: text.nullable(),
      openComments: z.number().int(),
    }),
    z.object({
      id: text,
      withheld: z.literal(true),
      identifier: z.literal('Withheld'),
      partnerCode: z.null(),
      partnerName: z.null(),
      title: text,
      totalCents: z.null(),
      submittedOn: z.null(),
      openComments: z.null(),
    }),
  ])
  .openapi('ReviewQueueItem');
