import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, openApiDocument } from './app.ts';
import { testWiring } from './areas/testing.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase } from './db/testing.ts';
import { seedDemo } from './demo/seed.ts';
import { MARKINGS } from './platform/access/markings.ts';
import { ROLES } from './platform/access/roles.ts';
import { createApiToken } from './platform/auth/service.ts';
import { loadConfig } from './platform/config.ts';
import { type JsonSchema, type OpenApiDocument, openApiRoutes, type Route } from './platform/testing/openapi-routes.ts';
import { testPrincipal } from './platform/testing/principals.ts';
import { createUser } from './platform/users/service.ts';

// Issue 11's fuzz test: every route of the OpenAPI document gets malformed path ids, query values and bodies, as a user
// who may do everything (so that validation, not access, is what answers). Each must be a 4xx in the one error shape,
// and nothing may change in the database. Fixed seed and bounded runs, so that CI is repeatable; PGlite (the
// regression tests of each finding run on both engines).

const SEED = 20261204;
const RUNS_PER_ROUTE = 6;
const DOCUMENT = openApiDocument() as unknown as OpenApiDocument;
const { routes: ROUTES, resolve, sample } = openApiRoutes(DOCUMENT);

// Strings no field accepts: NUL, unpaired surrogates (JSON can carry them; PostgreSQL cannot store them).
const badText = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\u0000b', '\udc00\ud800'),
    fc.string({ maxLength: 8 }),
  )
  .map(([a, bad, b]) => a + bad + b);
const badDate = fc.constantFrom('0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31', '2024-02-30', '2024-13-01', '24-01-01', '');
const badPathValue = fc.constantFrom(
  '%00',
  'a%00b',
  '0'.repeat(36),
  '-'.repeat(36),
  '00000000-0000-0000-0000-00000000000g',
  'x'.repeat(3000),
  '%25',
  '%ED%A0%80',
  "'%20or%201=1--",
  '..%2F..%2Fetc',
  '99999999999999999999999',
  '-1',
);

/** A value the field's schema cannot accept, whatever the field means. */
function badValueFor(raw: JsonSchema): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const variants = schema.anyOf ?? schema.oneOf;
  const types = new Set(
    (variants
      ? variants.map(resolve).flatMap((s) => (Array.isArray(s.type) ? s.type : [s.type]))
      : Array.isArray(schema.type)
        ? schema.type
        : [schema.type]
    ).filter(Boolean),
  );
  const formats = new Set((variants ?? [schema]).map((s) => resolve(s).format));
  const options: fc.Arbitrary<unknown>[] = [];
  if (!types.has('object')) options.push(fc.constant({ nested: 'object' }));
  if (types.has('string') || types.size === 0) options.push(badText);
  if (formats.has('date')) options.push(badDate);
  if (!types.has('string')) options.push(badText, fc.constant('not a number'));
  if (
    !types.has('number') &&
    !types.has('integer') &&
    !types.has('boolean') &&
    types.has('string') &&
    (schema.enum || formats.has('date') || formats.has('uuid'))
  )
    options.push(fc.integer());
  if (types.has('integer') && !types.has('number')) options.push(fc.constant(1.5));
  if (!types.has('array')) options.push(fc.constant([['nested', 'array']]));
  return fc.oneof(...options);
}

interface Malformed {
  where: string;
  url: string;
  body?: string;
}

/** A request to the route that is malformed in exactly one place. */
function malformed(route: Route): fc.Arbitrary<Malformed> | null {
  const params = route.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const query = params.filter((p) => p.in === 'query');
  const bodySchema = route.op.requestBody?.content['application/json']?.schema;
  const validPath = (name: string) =>
    name === 'number' || name === 'index' ? '0' : name === 'code' ? 'AT' : '00000000-0000-4000-8000-00000000abcd';
  const urlWith = (pathValues: Record<string, string>, search = '') =>
    `/api${route.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues[name] ?? validPath(name))}${search}`;
  const validBody = bodySchema ? JSON.stringify(sample(bodySchema)) : undefined;
  const options: fc.Arbitrary<Malformed>[] = [];
  for (const p of pathParams) {
    options.push(
      badPathValue.map((value) => ({ where: `path ${p.name}=${value.slice(0, 40)}`, url: urlWith({ [p.name]: value }), body: validBody })),
    );
  }
  for (const q of query) {
    options.push(
      badValueFor(q.schema ?? {})
        // A URL cannot carry an unpaired surrogate (encoding turns it into U+FFFD, which is text): NUL is what it can.
        .filter((v) => typeof v === 'number' || (typeof v === 'string' && !/[\uD800-\uDFFF]/.test(v)))
        .map((value) => ({
          where: `query ${q.name}=${JSON.stringify(value)}`,
          url: urlWith({}, `?${new URLSearchParams({ [q.name]: String(value) })}`),
          body: validBody,
        })),
    );
  }
  if (bodySchema) {
    const object = resolve(bodySchema);
    const fields = Object.entries(object.properties ?? {});
    for (const [name, schema] of fields) {
      options.push(
        badValueFor(schema).map((value) => ({
          where: `body ${name}=${JSON.stringify(value).slice(0, 40)}`,
          url: urlWith({}),
          body: JSON.stringify({ ...(sample(bodySchema) as object), [name]: value }),
        })),
      );
    }
    const notThisShape = object.type === 'array' ? ['{}', '"text"'] : ['[]', '"text"'];
    options.push(
      fc
        .constantFrom('', '{', 'null', '{"a":', '\u0000', '{"x":"\\ud800"}', ...notThisShape)
        .map((body) => ({ where: `body ${JSON.stringify(body)}`, url: urlWith({}), body })),
    );
  }
  return options.length ? fc.oneof(...options) : null;
}

describe('malformed input to every route (fast-check over the OpenAPI document, PGlite)', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token: string;

  const auditCount = async () =>
    Number(((await database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

  /** Rows per table, except what a request may legitimately touch (sessions, sign-in throttling, job queues). */
  async function tableCounts(): Promise<Record<string, number>> {
    const tables = (
      (await database.db.execute(
        sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )) as unknown as { rows: { t: string }[] }
    ).rows
      .map((r) => r.t)
      .filter((t) => !/session|throttle|rate_limit|sign_in/.test(t));
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const result = (await database.db.execute(sql.raw(`select count(*)::int as n from "${t}"`))) as unknown as { rows: { n: number }[] };
      counts[t] = result.rows[0]!.n;
    }
    return counts;
  }

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedDemo(database.db, testWiring, { size: 'demo', seed: 1 });
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);
    const admin = testPrincipal(['administrator']);
    const user = await createUser(database.db, testWiring.partners, admin, {
      username: 'fuzz.everything',
      displayName: 'Fuzz',
      password: 'a long enough password',
      roles: [...ROLES],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
      needToKnow: [...MARKINGS],
    });
    const principal = testPrincipal([...ROLES], { userId: user.id, needToKnow: [...MARKINGS] });
    token = (await createApiToken(database.db, principal, { name: 'fuzz' })).token;
  });
  afterAll(() => database?.close());

  it('covers the route table', () => {
    expect(ROUTES.length).toBeGreaterThan(100);
  });

  it('answers every malformed request with a 4xx in the error shape and changes nothing', async () => {
    const before = await tableCounts();
    const failures: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const route of ROUTES) {
      const requests = malformed(route);
      if (!requests) continue; // no parameters and no body: nothing can be malformed
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const audits = await auditCount();
          const res = await app.request(request.url, {
            method: route.method.toUpperCase(),
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            ...(request.body !== undefined && route.method !== 'get' ? { body: request.body } : {}),
          });
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          let shaped = false;
          try {
            const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
            shaped = typeof body.error?.code === 'string' && typeof body.error.message === 'string';
          } catch {}
          const changed = (await auditCount()) !== audits;
          if (res.status < 400 || res.status >= 500 || !shaped || changed) {
            failures.push(
              `${route.key} with ${request.where}: ${res.status}${changed ? ' and wrote an audit record' : ''} ${text.slice(0, 160)}`,
            );
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    expect(await tableCounts()).toEqual(before);
    expect(sent).toBeGreaterThan(ROUTES.length * 3);
    // Validation, not access, answers most: the user may do everything, so a 403 is rare and a 400 the rule.
    expect((statuses.get(400) ?? 0) / sent, JSON.stringify([...statuses])).toBeGreaterThan(0.6);
  });
});
