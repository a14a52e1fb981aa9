import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { testWiring } from '../testing.ts';
import { getNotification, listNotifications, transitionNotification, updateNotification } from './notification-service.ts';
import { createSubjectNotice, noticesForSubject, type SubjectNoticeInput } from './subject-notice-service.ts';

const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
const analystAT = testPrincipal(['notification_analyst'], { directorates: ['GEX'], countries: ['AT'] });
const programs = testPrincipal(['program_analyst'], { directorates: ['GEX'] });

const leaseNotice = (subjectId: string, partnerCode = 'PL'): SubjectNoticeInput => ({
  kind: 'aeca_62a',
  partnerCode,
  subject: { type: 'lease', id: subjectId, label: `${partnerCode} lease of 4 patrol boats`, link: `/leases/${subjectId}` },
  description: 'Lease of four patrol boats for 36 months',
  mdeCents: 0,
  totalCents: 20_000_000_00,
  reviewDays: 30,
  reviewSource: 'AECA 62(c), 22 U.S.C. 2796a(c): 30 days for other countries',
});

describe.each(TEST_ENGINES)('notices about other areas’ records on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is numbered within its kind, carries its area’s period and runs the formal clock from the date of notice', async () => {
    const { db } = database;
    const leaseId = randomUUID();
    const made = await db.transaction((tx) => createSubjectNotice(tx, analyst, leaseNotice(leaseId)));
    expect(made.transmittalNumber).toMatch(/^\d{2}-\d{2,3}$/);
    const other = await db.transaction((tx) => createSubjectNotice(tx, analyst, { ...leaseNotice(randomUUID()), kind: 'faa_516f' }));
    // Each kind has its own series, so the first EDA notice of a year may carry the same number as the first lease's.
    expect(other.transmittalNumber).toBe(made.transmittalNumber);

    const draft = await getNotification(db, analyst, made.id);
    expect(draft).toMatchObject({ kind: 'aeca_62a', status: 'draft', reviewDays: 30, reviewEndsOn: null });
    expect(draft.subjects).toEqual([{ type: 'lease', id: leaseId, label: 'PL lease of 4 patrol boats', link: `/leases/${leaseId}` }]);

    const tiered = await failure(transitionNotification(db, analyst, made.id, { version: 1, action: 'send_tiered_review' }, '2026-11-01'));
    expect(tiered).toMatchObject({ status: 409 });
    expect(tiered.fields?.[0]?.message).toBe('possible now: notify formally, withdraw');

    const notified = await transitionNotification(
      db,
      analyst,
      made.id,
      { version: 1, action: 'notify_formally', date: '2026-11-01' },
      '2026-11-01',
    );
    expect(notified).toMatchObject({ status: 'formally_notified', formallyNotifiedOn: '2026-11-01', reviewEndsOn: '2026-12-01' });
    const early = await failure(
      transitionNotification(db, analyst, made.id, { version: 2, action: 'clear', date: '2026-12-01' }, '2026-12-01'),
    );
    expect(early.status).toBe(409);
    await transitionNotification(db, analyst, made.id, { version: 2, action: 'clear', date: '2026-12-02' }, '2026-12-02');

    expect(await noticesForSubject(db, 'lease', leaseId)).toEqual([
      expect.objectContaining({ id: made.id, kind: 'aeca_62a', status: 'cleared', reviewEndsOn: '2026-12-01', clearedOn: '2026-12-02' }),
    ]);
    expect(await noticesForSubject(db, 'eda_request', leaseId)).toEqual([]);
  });

  it('shows its clock among the deadlines and keeps to the partner’s scope', async () => {
    const { db } = database;
    const leaseId = randomUUID();
    const made = await db.transaction((tx) => createSubjectNotice(tx, analyst, leaseNotice(leaseId)));
    await transitionNotification(db, analyst, made.id, { version: 1, action: 'notify_formally', date: '2026-11-20' }, '2026-11-20');
    const deadlines = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: '2026-12-01',
      to: '2026-12-31',
      includeOverdue: false,
    });
    expect(deadlines.map((d) => d.entityId)).toContain(made.id);

    expect((await failure(getNotification(db, analystAT, made.id))).status).toBe(404);
    expect((await listNotifications(db, analystAT, { limit: 500 })).items.every((n) => n.partnerCode === 'AT')).toBe(true);
    const outOfScope = await failure(db.transaction((tx) => createSubjectNotice(tx, analystAT, leaseNotice(randomUUID(), 'PL'))));
    expect(outOfScope.status).toBe(403);
  });

  it('is drafted by the program office whose record it is about, and transmitted only by notifications', async () => {
    const { db } = database;
    const made = await db.transaction((tx) => createSubjectNotice(tx, programs, leaseNotice(randomUUID())));
    const notify = await failure(
      transitionNotification(db, programs, made.id, { version: 1, action: 'notify_formally', date: '2026-11-01' }, '2026-11-01'),
    );
    expect(notify.status).toBe(403);
    await transitionNotification(db, analyst, made.id, { version: 1, action: 'notify_formally', date: '2026-11-01' }, '2026-11-01');
    const eum = testPrincipal(['eum_specialist'], { directorates: ['GEX'] });
    expect((await failure(db.transaction((tx) => createSubjectNotice(tx, eum, leaseNotice(randomUUID()))))).status).toBe(403);
  });

  it('refuses cases on a notice about one record, and a notice without its period', async () => {
    const { db } = database;
    const made = await db.transaction((tx) => createSubjectNotice(tx, analyst, leaseNotice(randomUUID())));
    const withCases = await failure(updateNotification(db, analyst, made.id, { version: 1, caseIds: [randomUUID()] }));
    expect(withCases).toMatchObject({ status: 400 });
    const noPeriod = await failure(
      db.transaction((tx) => createSubjectNotice(tx, analyst, { ...leaseNotice(randomUUID()), reviewDays: 0 })),
    );
    expect(noPeriod).toMatchObject({ status: 400 });
  });
});
