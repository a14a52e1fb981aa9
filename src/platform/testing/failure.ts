import { expect } from 'vitest';
import { AppError } from '../http/errors.ts';

/** Awaits a call that must fail with an AppError (the client-facing error), and returns it for inspection. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
