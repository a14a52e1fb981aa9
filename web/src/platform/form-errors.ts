import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/api-error.ts';

/**
 * Puts the server's field errors on the form's fields (react-hook-form `setError`); returns the messages no field on the
 * form shows, so the form can list them and none is lost.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
): string[] {
  if (!(error instanceof ApiError)) return [];
  const unplaced: string[] = [];
  for (const problem of error.fields) {
    const field = fields.find((f) => problem.path === f || problem.path.startsWith(`${f}.`));
    if (field) setError(field, { type: 'server', message: problem.message });
    else unplaced.push(problem.message);
  }
  return unplaced;
}
