import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createPendingSale } from '../../areas/cases/public.ts';
import { createNotification, transitionNotification } from '../../areas/notifications/public.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../audit/service.ts';
import { principalOf } from '../auth/principal.ts';
import { createApiToken } from '../auth/service.ts';
import { loadConfig } from '../config.ts';
import { addDays, todayIso } from '../dates.ts';
import { testPrincipal } from '../testing/principals.ts';
import { users } from '../users/schema.ts';
import { createUser, updateUser } from '../users/service.ts';

const admin = testPrincipal(['administrator']);
const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

interface DeadlineBody {
  from: string;
  to: string;
  today: string;
  items: { id: string; kind: string; dueDate: string; partnerCode: string; overdue: boolean; daysLeft: number; link: string }[];
  kinds: { area: string; kind: string }[];
  error?: { code: string; fields?: { path: string; message: string }[] };
}

describe.each(TEST_ENGINES)('the deadlines calendar and its iCalendar feed on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const today = todayIso();
  const ids: Record<string, string> = {};

  const call = async (method: string, path: string, who: string | null, body?: unknown) => {
    const headers: Record<string, string> = who ? { authorization: `Bearer ${tokens[who]}` } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    return app.request(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  const deadlines = async (who: string, query = '') => {
    const res = await call('GET', `/deadlines${query}`, who);
    return { status: res.status, body: (await res.json()) as DeadlineBody };
  };

  /** A notification formally notified on `date` (after a tiered review the day before). */
  async function notified(partnerCode: string, date: string, formally = true) {
    const draft = await createNotification(database.db, analyst, {
      partnerCode,
      description: `Sale to ${partnerCode}`,
      mdeCents: 30_000_000_00,
      totalCents: 120_000_000_00,
    });
    const tiered = await transitionNotification(database.db, analyst, draft.id, {
      action: 'send_tiered_review',
      version: draft.version,
      date: addDays(date, -1),
    });
    if (!formally) return tiered;
    return transitionNotification(database.db, analyst, draft.id, { action: 'notify_formally', version: tiered.version, date });
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    for (const [username, countries] of [
      ['cn', []],
      ['cn.at', ['AT']],
    ] as const) {
      await createUser(database.db, testWiring.partners, admin, {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: ['notification_analyst'],
        allDirectorates: false,
        directorates: ['GEX'],
        allCountries: countries.length === 0,
        countries: [...countries],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      tokens[username] = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    }
    ids.sa = (await notified('SA', addDays(today, -5))).id; // 30-day review: ends in 25 days
    ids.atOverdue = (await notified('AT', '2026-01-01')).id; // 15-day review ended 2026-01-16, never cleared
    ids.atTiered = (await notified('AT', addDays(today, -2), false)).id; // 20-day tiered review sent 3 days ago
  });
  afterAll(() => database?.close());

  it('lists every open clock in the window and the overdue ones, earliest first, with days left', async () => {
    const { status, body } = await deadlines('cn');
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: today, to: addDays(today, 90), today });
    expect(body.items.map((d) => [d.kind, d.link, d.dueDate, d.overdue])).toEqual([
      ['notification.review_ends', `/notifications/${ids.atOverdue}`, '2026-01-16', true],
      ['notification.tiered_review_ends', `/notifications/${ids.atTiered}`, addDays(today, 17), false],
      ['notification.review_ends', `/notifications/${ids.sa}`, addDays(today, 25), false],
    ]);
    expect(body.items[2]!.daysLeft).toBe(25);
    expect(body.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['notification.review_ends', 'case.offer_expires']));
  });

  it('filters by window, overdue, area and partner', async () => {
    expect((await deadlines('cn', '?overdue=false')).body.items).toHaveLength(2);
    expect(
      (await deadlines('cn', `?from=${addDays(today, 20)}&to=${addDays(today, 30)}&overdue=false`)).body.items.map((d) => d.partnerCode),
    ).toEqual(['SA']);
    expect((await deadlines('cn', '?partner=AT')).body.items.map((d) => d.partnerCode)).toEqual(['AT', 'AT']);
    expect((await deadlines('cn', '?area=cases')).body.items).toEqual([]);
  });

  it("shows a scoped user only their partners' clocks", async () => {
    const { body } = await deadlines('cn.at');
    expect(body.items.map((d) => d.partnerCode)).toEqual(['AT', 'AT']);
    expect((await deadlines('cn.at', '?partner=SA')).body.items).toEqual([]);
  });

  it('names the field and the reason for a bad window', async () => {
    const backwards = await deadlines('cn', '?from=2026-12-10&to=2026-12-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error?.fields).toEqual([{ path: 'to', message: 'must be on or after 2026-12-10' }]);
    expect((await deadlines('cn', '?from=2026-02-30')).body.error?.fields?.[0]?.path).toBe('from');
    expect((await deadlines('cn', '?from=2026-01-01&to=2027-12-31')).body.error?.fields?.[0]).toMatchObject({
      path: 'to',
      message: expect.stringContaining('400 days'),
    });
    expect((await deadlines('cn', '?area=nowhere')).status).toBe(400);
    expect((await call('GET', '/deadlines', null)).status).toBe(401);
  });

  it("serves the owner's clocks to a calendar program by the secret address alone, until it is revoked", async () => {
    const created = await call('POST', '/deadlines/feeds', 'cn.at', { name: 'Outlook' });
    expect(created.status).toBe(201);
    const feed = (await created.json()) as { id: string; url: string };
    const url = new URL(feed.url);
    expect(url.pathname).toBe('/api/deadlines/feed.ics');

    const res = await app.request(`${url.pathname}${url.search}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = unfold(await res.text());
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain(`UID:notification.review_ends:${ids.atOverdue}@iops`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260116');
    expect(ics).toContain('SUMMARY:OVERDUE: Transmittal');
    expect(ics).not.toContain(ids.sa!);

    const listed = (await (await call('GET', '/deadlines/feeds', 'cn.at')).json()) as {
      id: string;
      lastUsedAt: string | null;
      url?: string;
    }[];
    expect(listed).toEqual([expect.objectContaining({ id: feed.id, lastUsedAt: expect.any(String) })]);
    expect(listed[0]).not.toHaveProperty('url');
    await expect((await call('GET', '/deadlines/feeds', 'cn')).json()).resolves.toEqual([]);

    expect((await call('DELETE', `/deadlines/feeds/${feed.id}`, 'cn')).status).toBe(404);
    expect((await call('DELETE', `/deadlines/feeds/${feed.id}`, 'cn.at')).status).toBe(204);
    expect((await app.request(`${url.pathname}${url.search}`)).status).toBe(401);
    expect((await app.request('/api/deadlines/feed.ics?token=iopscal_AAAAAAAA_nope')).status).toBe(401);
    expect((await app.request('/api/deadlines/feed.ics')).status).toBe(400);

    const audit = await listAudit(database.db, testWiring.auditSubjects, admin, { entityType: 'calendar_feed', limit: 10, offset: 0 });
    expect(audit.items.map((a) => a.action).sort()).toEqual(['calendar_feed.created', 'calendar_feed.revoked']);
  });

  it("follows the owner's current scope, and stops when the owner is deactivated", async () => {
    const feed = (await (await call('POST', '/deadlines/feeds', 'cn.at', { name: 'Phone' })).json()) as { url: string };
    const address = new URL(feed.url);
    const fetchFeed = () => app.request(`${address.pathname}${address.search}`);
    const [row] = await database.db.select().from(users).where(eq(users.username, 'cn.at'));
    const widened = await updateUser(database.db, testWiring.partners, admin, row!.id, { version: row!.version, countries: ['AT', 'SA'] });
    expect(unfold(await (await fetchFeed()).text())).toContain(ids.sa!);
    await updateUser(database.db, testWiring.partners, admin, row!.id, { version: widened.version, active: false });
    expect((await fetchFeed()).status).toBe(401);
  });
});

describe.each(TEST_ENGINES)("a withheld notification's clocks on %s", (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const today = todayIso();
  let withheldId = '';
  let openId = '';
  const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });

  const get = async (who: string, path: string) => app.request(`/api${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
  const clockIds = async (who: string, query = '') =>
    ((await (await get(who, `/deadlines${query}`)).json()) as DeadlineBody).items.map((d) => d.id);
  const feedOf = async (who: string) => {
    const res = await app.request('/api/deadlines/feeds', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Calendar' }),
    });
    const url = new URL(((await res.json()) as { url: string }).url);
    return async () => unfold(await (await app.request(`${url.pathname}${url.search}`)).text());
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    for (const [username, roles] of [
      ['cn', ['notification_analyst']],
      ['aud', ['auditor']],
    ] as const) {
      await createUser(database.db, testWiring.partners, admin, {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [...roles],
        allDirectorates: true,
        directorates: [],
        allCountries: true,
        countries: [],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      tokens[username] = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    }
    // A sale to SA over the 14M MDE threshold: withheld until formally notified; its notice is in tiered review.
    const sale = await createPendingSale(database.db, testWiring.caseHooks, writer, 'SA');
    const notice = await createNotification(database.db, analyst, { partnerCode: 'SA', caseIds: [sale.id], description: 'Patriot' });
    await transitionNotification(database.db, analyst, notice.id, { action: 'send_tiered_review', version: notice.version, date: today });
    withheldId = notice.id;
    // A notice of values entered by hand (no case): nothing withholds it.
    const open = await createNotification(database.db, analyst, {
      partnerCode: 'AT',
      description: 'Spares',
      mdeCents: 30_000_000_00,
      totalCents: 120_000_000_00,
    });
    await transitionNotification(database.db, analyst, open.id, { action: 'send_tiered_review', version: open.version, date: today });
    openId = open.id;
  });
  afterAll(() => database?.close());

  it('never lists the clock to a reader without need-to-know, whatever the filter', async () => {
    expect(await clockIds('cn')).toEqual(
      expect.arrayContaining([`notification.tiered_review_ends:${withheldId}`, `notification.tiered_review_ends:${openId}`]),
    );
    expect(await clockIds('aud')).toEqual([`notification.tiered_review_ends:${openId}`]);
    expect(await clockIds('aud', '?partner=SA')).toEqual([]);
    expect(await clockIds('aud', '?area=notifications')).toEqual([`notification.tiered_review_ends:${openId}`]);
  });

  it("keeps it out of the reader's calendar feed until need-to-know is granted", async () => {
    const auditorFeed = await feedOf('aud');
    const analystFeed = await feedOf('cn');
    expect(await analystFeed()).toContain(withheldId);
    const before = await auditorFeed();
    expect(before).toContain(openId);
    expect(before).not.toContain(withheldId);
    expect(before.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const [row] = await database.db.select().from(users).where(eq(users.username, 'aud'));
    await updateUser(database.db, testWiring.partners, admin, row!.id, { version: row!.version, needToKnow: ['pre-notification'] });
    expect(await auditorFeed()).toContain(withheldId);
  });
});
