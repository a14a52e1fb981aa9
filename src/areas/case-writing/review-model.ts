import { z } from '@hono/zod-openapi';

// CWD review: comments on an LOA and the queue of LOAs waiting for review (inputs and what the API returns).

export const commentInput = z
  .object({
    versionNumber: z.number().int().min(0),
    lineNumber: z
      .string()
      .regex(/^\d{3}$/)
      .nullable()
      .default(null),
    noteCode: z.string().max(20).nullable().default(null),
    body: z.string().trim().min(1).max(4000),
  })
  .openapi('CreateReviewComment');

export const commentView = z
  .object({
    id: z.string(),
    caseId: z.string(),
    versionNumber: z.number().int(),
    lineNumber: z.string().nullable(),
    noteCode: z.string().nullable(),
    authorId: z.string(),
    authorName: z.string(),
    body: z.string(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('ReviewComment');

/** A row of the review queue. A withheld case shows only that it exists: every field but its id is null or "Withheld". */
export const queueItemView = z
  .discriminatedUnion('withheld', [
    z.object({
      id: z.string(),
      withheld: z.literal(false),
      identifier: z.string(),
      partnerCode: z.string(),
      partnerName: z.string(),
      title: z.string(),
      totalCents: z.number().int(),
      submittedOn: z.string().nullable(),
      openComments: z.number().int(),
    }),
    z.object({
      id: z.string(),
      withheld: z.literal(true),
      identifier: z.literal('Withheld'),
      partnerCode: z.null(),
      partnerName: z.null(),
      title: z.string(),
      totalCents: z.null(),
      submittedOn: z.null(),
      openComments: z.null(),
    }),
  ])
  .openapi('ReviewQueueItem');
