import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../access/policy.ts';
import { requireArea } from '../access/require-access.ts';
import { downloadContent, downloadResponse } from '../export/download.ts';
import { dbOf, principal, readDbOf } from '../http/context.ts';
import { orderedRange } from '../http/ranges.ts';
import { createRouter, json, security, standardErrors } from '../http/router.ts';
import { isoDate, text } from '../schema/primitives.ts';
import { recordsNamed } from '../search/service.ts';
import type { SearchSource } from '../search/source.ts';
import type { AuditSubject } from '../wiring.ts';
import { exportAudit } from './exports.ts';
import { auditSorting, listAudit } from './service.ts';

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

const auditQuery = z
  .object({
    entityType: text.max(60).optional(),
    entityId: text.max(200).optional(),
    record: text.trim().min(2, 'type at least 2 characters').max(100).optional().openapi({
      description: 'A business identifier: case identifier, transmittal or serial number, lease designator, partner code',
    }),
    actor: text.max(60).optional().openapi({ description: 'User name' }),
    from: date.optional(),
    to: date.optional(),
    ...auditSorting.query,
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .superRefine(orderedRange('from', 'to'));

/** The audit log; `subjects` (wired from the areas) say where each entry's record keeps its markings. */
export const auditRoutes = (subjects: readonly AuditSubject[], records: readonly SearchSource[]) => {
  /** The query with its business identifier resolved to the records it names (through the reader's own access). */
  const resolved = async (db: Db, p: Principal, { record, ...query }: z.output<typeof auditQuery>) => {
    const entityIds = record ? await recordsNamed(db, records, p, record) : undefined;
    return { ...query, ...(entityIds ? { entityIds } : {}) };
  };
  const router = createRouter();
  for (const format of ['csv', 'xlsx'] as const) {
    router.openapi(
      createRoute({
        method: 'get',
        path: `/audit/export.${format}`,
        tags: ['Audit'],
        summary: `The audit log as ${format.toUpperCase()}, for its readers (same filters, scope, masking and order as GET /audit)`,
        security,
        request: { query: auditQuery },
        responses: { 200: downloadContent(format, 'Every matching entry'), ...standardErrors },
      }),
      async (c) => {
        requireArea(principal(c), 'read', 'audit');
        const query = await resolved(readDbOf(c), principal(c), c.req.valid('query'));
        return downloadResponse(await exportAudit(readDbOf(c), subjects, principal(c), query, format), format) as never;
      },
    );
  }
  return router.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags: ['Audit'],
      summary: 'The audit log, newest first unless sorted otherwise, filtered by record (its business identifier or id), actor and date',
      security,
      request: { query: auditQuery },
      responses: {
        200: json(z.object({ items: z.array(auditEntry), total: z.number().int() }).openapi('AuditPage'), 'A page of entries'),
        ...standardErrors,
      },
    }),
    async (c) => c.json(await listAudit(dbOf(c), subjects, principal(c), await resolved(dbOf(c), principal(c), c.req.valid('query'))), 200),
  );
};
