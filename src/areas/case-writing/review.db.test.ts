import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, saveVersion, transitionCase } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { addReviewComment, listReviewComments, reopenReviewComment, resolveReviewComment, reviewQueue } from './service.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const writerJA = testPrincipal(['case_writer'], { directorates: ['GEX'], countries: ['JA'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const auditor = testPrincipal(['auditor']);
const eum = testPrincipal(['eum_specialist'], { directorates: ['GEX'] });

const line = {
  lineNumber: '001',
  description: 'AN/PVS-14 monocular night vision device',
  maslGenericCode: 'N8A',
  maslNumber: '5855015223118',
  quantity: 10,
  unitOfIssue: 'EA',
  unitCostCents: 4_000_00,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
};

describe.each(TEST_ENGINES)('CWD review: the queue and comments on %s', (engine) => {
  let database: Database;
  let identifier: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    const row = await createCase(db, writer, { partnerCode: 'AT', agencyCode: 'B', type: 'defined_order', title: 'Night vision devices' });
    identifier = row.identifier;
    await saveVersion(db, testWiring.caseHooks, writer, identifier, 0, { revision: 1, lines: [line], notes: [], paymentSchedule: [] });
    await transitionCase(db, testWiring.caseHooks, writer, identifier, { action: 'submit_for_review', version: 1, date: '2026-04-01' });
  });
  afterAll(() => database?.close());

  it('queues the LOAs submitted for review, oldest first, with their open comments', async () => {
    const { db } = database;
    expect(await reviewQueue(db, reviewer)).toEqual([
      expect.objectContaining({ identifier, withheld: false, partnerCode: 'AT', submittedOn: '2026-04-01', openComments: 0 }),
    ]);
    expect(await reviewQueue(db, writerJA)).toEqual([]);
    expect((await failure(reviewQueue(db, eum))).status).toBe(403);
  });

  it('lets reviewers comment and writers answer and resolve; others read or are refused', async () => {
    const { db } = database;
    const comment = await addReviewComment(db, reviewer, identifier, { versionNumber: 0, lineNumber: '001', body: 'Say which generation' });
    const answer = await addReviewComment(db, writer, identifier, { versionNumber: 0, lineNumber: '001', body: 'Gen 3, white phosphor' });
    expect((await reviewQueue(db, reviewer))[0]).toMatchObject({ openComments: 2 });
    expect((await listReviewComments(db, auditor, identifier)).map((c) => c.body)).toEqual([comment.body, answer.body]);

    expect((await failure(addReviewComment(db, auditor, identifier, { versionNumber: 0, body: 'x' }))).status).toBe(403);
    expect((await failure(listReviewComments(db, eum, identifier))).status).toBe(403);
    expect((await failure(listReviewComments(db, writerJA, identifier))).status).toBe(404);
    expect((await failure(addReviewComment(db, writerJA, identifier, { versionNumber: 0, body: 'x' }))).status).toBe(404);
    expect((await failure(resolveReviewComment(db, writerJA, identifier, comment.id))).status).toBe(404);
    expect((await failure(resolveReviewComment(db, auditor, identifier, comment.id))).status).toBe(403);

    expect((await resolveReviewComment(db, writer, identifier, comment.id)).resolvedAt).not.toBeNull();
    expect((await failure(resolveReviewComment(db, writer, identifier, comment.id))).status).toBe(404);
    expect((await reviewQueue(db, reviewer))[0]).toMatchObject({ openComments: 1 });
  });

  it('opens a resolved comment again (the undo of resolving), audited, for whoever may resolve it', async () => {
    const { db } = database;
    const comment = await addReviewComment(db, reviewer, identifier, { versionNumber: 0, body: 'Check the delivery period' });
    expect((await failure(reopenReviewComment(db, writer, identifier, comment.id))).status).toBe(404); // not resolved yet
    await resolveReviewComment(db, reviewer, identifier, comment.id);
    const openBefore = (await reviewQueue(db, reviewer))[0]?.openComments;

    expect((await failure(reopenReviewComment(db, auditor, identifier, comment.id))).status).toBe(403);
    expect((await failure(reopenReviewComment(db, eum, identifier, comment.id))).status).toBe(403);
    expect((await failure(reopenReviewComment(db, writerJA, identifier, comment.id))).status).toBe(404);
    expect((await failure(reopenReviewComment(db, writer, 'NO-SUCH-CASE', comment.id))).status).toBe(404);

    const reopened = await reopenReviewComment(db, writer, identifier, comment.id);
    expect(reopened).toMatchObject({ id: comment.id, body: comment.body, resolvedAt: null });
    expect((await reviewQueue(db, reviewer))[0]?.openComments).toBe((openBefore ?? 0) + 1);
    expect((await failure(reopenReviewComment(db, writer, identifier, comment.id))).status).toBe(404); // already open

    const audit = await db
      .select({ action: auditLog.action, actor: auditLog.actorName })
      .from(auditLog)
      .where(eq(auditLog.entityId, comment.id))
      .orderBy(asc(auditLog.seq));
    expect(audit.map((r) => r.action)).toEqual(['review_comment.added', 'review_comment.resolved', 'review_comment.reopened']);
  });
});
