// The checks every write makes, written once (shared/design.md: every write — permission, validation, transaction,
// audit, version → 409).
import { AppError, versionConflict } from '../http/errors.ts';

/** 409 naming the moves the state machine allows from here. */
export function illegalTransition(reason: string, allowed: readonly string[], path = 'action'): AppError {
  const next = allowed.length > 0 ? `possible now: ${allowed.map((a) => a.replaceAll('_', ' ')).join(', ')}` : 'no further step from here';
  return new AppError(409, 'conflict', `${reason}; ${next}`, [{ path, message: next }]);
}

/** The edit was made to the version the client read; otherwise 409 (someone else changed it since). */
export function requireVersion(what: string, expected: number, actual: number): void {
  if (expected !== actual) throw versionConflict(what, expected, actual);
}

/** Records happen on or before today: refuse a future date, naming the field. */
export function requireNotFuture(date: string, today: string, path: string): void {
  if (date > today) {
    throw new AppError(400, 'validation_failed', 'Record what has happened: the date cannot be in the future', [
      { path, message: `on or before ${today}` },
    ]);
  }
}
