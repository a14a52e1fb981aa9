import type { S } from './schema-types.ts';

/** One field's problem, as the server names it (`path` is the field, `countries.0` for an item of a list). */
export type FieldError = NonNullable<S['Error']['error']['fields']>[number];

/** Any failed call: the server's `{ error: { code, message, fields? } }` with its HTTP status (0 when the network failed). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  get isVersionConflict(): boolean {
    return this.code === 'version_conflict';
  }

  /** Not found or not allowed: the UI says "not available to you" for both, never showing data. */
  get isUnavailable(): boolean {
    return this.status === 403 || this.status === 404;
  }

  /** The message for one field (`name`, `roles`, `countries.0` …), or undefined. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;
  }
}

export function isErrorBody(value: unknown): value is S['Error'] {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

let csrfToken: string | null = null;
let unauthenticatedHandler: ((error: ApiError) => void) | null = null;

/** Remembered from the session; sent as X-CSRF-Token on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Called when any call answers 401: the app goes back to sign-in. */
export function onUnauthenticated(handler: ((error: ApiError) => void) | null): void {
  unauthenticatedHandler = handler;
}

export function reportUnauthenticated(error: ApiError): void {
  unauthenticatedHandler?.(error);
}
