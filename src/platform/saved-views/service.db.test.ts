import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import type { AppError } from '../http/errors.ts';
import { testPrincipal } from '../testing/principals.ts';
import { deleteView, listViews, saveView } from './service.ts';

const alice = testPrincipal(['case_writer'], { userId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' });
const bob = testPrincipal(['case_writer'], { userId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' });

describe.each(TEST_ENGINES)('saved views on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it("keeps each user's views to themselves, replacing a view saved again under its name", async () => {
    await saveView(database.db, alice, { area: 'cases', name: 'My offered', query: 'status=offered' });
    const again = await saveView(database.db, alice, { area: 'cases', name: 'My offered', query: 'status=offered&sort=value' });
    expect((await listViews(database.db, alice, 'cases')).map((v) => v.query)).toEqual(['status=offered&sort=value']);
    expect(await listViews(database.db, bob, 'cases')).toEqual([]);
    const denied = await deleteView(database.db, bob, again.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect((denied as AppError).status).toBe(404);
    await deleteView(database.db, alice, again.id);
    expect(await listViews(database.db, alice, 'cases')).toEqual([]);
  });

  it('refuses a view of an area the user cannot read', async () => {
    const error = await saveView(database.db, alice, { area: 'users', name: 'x', query: '' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as AppError).status).toBe(403);
  });
});
