export interface FieldError {
  path: string;
  message: string;
}

export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'version_conflict'
  | 'locked'
  | 'payload_too_large'
  | 'rate_limited'
  | 'password_change_required'
  | 'unavailable'
  | 'second_factor_required'
  | 'internal';

/** An error meant for the client: it becomes `{ error: { code, message, fields? } }` with its HTTP status. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 423 | 429 | 500 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    /** Response headers that belong to the refusal (Retry-After). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toBody() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const badRequest = (message: string, fields?: FieldError[]) =>
  new AppError(400, fields ? 'validation_failed' : 'bad_request', message, fields);
export const unauthenticated = (message = 'Sign in first') => new AppError(401, 'unauthenticated', message);
export const forbidden = (message: string) => new AppError(403, 'forbidden', message);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
/** 429 with Retry-After in whole seconds (RFC 9110 §10.2.3). */
export const tooManyRequests = (message: string, retryAfterMs: number) =>
  new AppError(429, 'rate_limited', message, undefined, { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) });
export const conflict = (message: string) => new AppError(409, 'conflict', message);
export const versionConflict = (what: string, expected: number, actual: number) =>
  new AppError(
    409,
    'version_conflict',
    `${what} was changed by someone else (you edited version ${expected}, it is now version ${actual}); reload and apply your change again`,
    [{ path: 'version', message: `expected ${actual}` }],
  );
