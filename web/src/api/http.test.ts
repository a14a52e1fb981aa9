import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, onUnauthenticated } from './api-error.ts';
import { unwrap } from './http.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const failed = (status: number, code: string) => ({ error: { error: { code, message: `said ${code}` } }, response: json(status, {}) });

afterEach(() => onUnauthenticated(null));

describe('unwrap', () => {
  it('answers the data of a success, undefined for a 204', async () => {
    expect(await unwrap(Promise.resolve({ data: { id: 'a' }, response: json(200, { id: 'a' }) }))).toEqual({ id: 'a' });
    expect(await unwrap(Promise.resolve({ data: undefined, response: new Response(null, { status: 204 }) }))).toBeUndefined();
  });

  it("turns the server's error into an ApiError with its code and fields", async () => {
    const error = await unwrap(
      Promise.resolve({
        error: { error: { code: 'validation', message: 'Check the title', fields: [{ path: 'title', message: 'required' }] } },
        response: json(400, {}),
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation', message: 'Check the title' });
    expect((error as ApiError).fieldMessage('title')).toBe('required');
    const conflict = await unwrap(Promise.resolve(failed(409, 'version_conflict'))).catch((caught: unknown) => caught);
    expect(conflict instanceof ApiError && conflict.isVersionConflict).toBe(true);
  });

  it('says the server cannot be reached when the request fails, and lets an abort through', async () => {
    await expect(unwrap(Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({ status: 0, code: 'network' });
    await expect(unwrap(Promise.reject(new DOMException('stopped', 'AbortError')))).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports a 401 as the end of the session, except where a 401 is expected (sign-in, the session probe)', async () => {
    const reported: string[] = [];
    onUnauthenticated((error) => reported.push(error.code));
    await expect(unwrap(Promise.resolve(failed(401, 'unauthenticated')))).rejects.toBeInstanceOf(ApiError);
    expect(reported).toEqual(['unauthenticated']);
    await expect(unwrap(Promise.resolve(failed(401, 'bad_credentials')), { expect401: true })).rejects.toMatchObject({
      status: 401,
      code: 'bad_credentials',
    });
    expect(reported).toEqual(['unauthenticated']);
  });
});
