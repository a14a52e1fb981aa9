import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../http/context.ts';
import { orderedRange } from '../http/ranges.ts';
import { createRouter, json, security, standardErrors } from '../http/router.ts';
import { isoDate, text } from '../schema/primitives.ts';
import { recordsNamed } from '../search/service.ts';
import type { SearchSource } from '../search/source.ts';
import type { AuditSubject } from '../wiring.ts';
import { listAudit } from './service.ts';

const auditEntry = z
  .object({
    seq: z.number().int(),
    at: text,
    actorId: text,
    actorName: text,
    action: text,
    entityType: text,
    entityId: text,
    countryCode: text.nullable(),
    before: z.record(text, z.unknown()).nullable(),
    after: z.record(text, z.unknown()).nullable(),
    prevHash: text,
    hash: text,
  })
  .openapi('AuditEntry');

const date = isoDate;

/** The audit log; `subjects` (wired from the areas) say where each entry's record keeps its markings. */
export const auditRoutes = (subjects: readonly AuditSubject[], records: readonly SearchSource[]) =>
  createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags: ['Audit'],
      summary: 'The audit log, newest first, filtered by record (its business identifier or id), actor and date',
      security,
      request: {
        query: z
          .object({
            entityType: text.max(60).optional(),
            entityId: text.max(200).optional(),
            record: text.trim().min(2, 'type at least 2 characters').max(100).optional().openapi({
              description: 'A business identifier: case identifier, transmittal or serial number, lease designator, partner code',
            }),
            actor: text.max(60).optional().openapi({ description: 'User name' }),
            from: date.optional(),
            to: date.optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          })
          .superRefine(orderedRange('from', 'to')),
      },
      responses: {
        200: json(z.object({ items: z.array(auditEntry), total: z.number().int() }).openapi('AuditPage'), 'A page of entries'),
        ...standardErrors,
      },
    }),
    async (c) => {
      const { record, ...query } = c.req.valid('query');
      const entityIds = record ? await recordsNamed(dbOf(c), records, principal(c), record) : undefined;
      return c.json(await listAudit(dbOf(c), subjects, principal(c), { ...query, ...(entityIds ? { entityIds } : {}) }), 200);
    },
  );
