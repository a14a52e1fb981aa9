import { AppError } from './errors.ts';

// What a refusal by PostgreSQL means for the client, decided in one place. Validation runs first; these are what it
// cannot see: two requests racing for one unique value, a record deleted meanwhile, a constraint that is the last line
// of a rule. Drizzle wraps the driver's error (pg or PGlite) as `cause`; both carry the SQLSTATE `code`.

interface PgError {
  code: string;
  detail?: string;
  constraint?: string;
}

function pgErrorOf(error: unknown): PgError | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
  }
  return null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The columns of a unique key from `Key (a, b)=(…) already exists.`; the values are not repeated back. */
function keyColumns(detail: string | undefined): string[] {
  const match = /^Key \(([^)]*)\)=/.exec(detail ?? '');
  return match?.[1] ? match[1].split(',').map((c) => camel(c.trim().replace(/^lower\(|\)$/g, ''))) : [];
}

export interface DatabaseRefusal {
  error: AppError;
  /** A refusal validation should have caught first: worth a warning in the log. */
  unexpected: boolean;
}

export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  const pg = pgErrorOf(error);
  if (!pg) return null;
  const { code } = pg;
  if (code === '23505') {
    const columns = keyColumns(pg.detail);
    const named = columns.length ? ` with this ${columns.join(' and ')}` : '';
    const fields = columns.map((path) => ({ path, message: 'already in use' }));
    return {
      error: new AppError(409, 'conflict', `A record${named} already exists`, fields.length ? fields : undefined),
      unexpected: false,
    };
  }
  if (code === '40001' || code === '40P01' || code === '55P03') {
    return { error: new AppError(409, 'conflict', 'Someone else changed this at the same moment; try again'), unexpected: false };
  }
  if (code === '23503' && /is not present in table/.test(pg.detail ?? '')) {
    // A code typed from a list that is not (or no longer) on it, e.g. an NPOR type: the client's value, named by its field.
    const fields = keyColumns(pg.detail).map((path) => ({ path, message: 'not a value of its list' }));
    return {
      error: new AppError(
        400,
        'bad_request',
        `Not a known value: ${fields.map((f) => f.path).join(', ')}`,
        fields.length ? fields : undefined,
      ),
      unexpected: false,
    };
  }
  if (code === '23503') {
    return {
      error: new AppError(409, 'conflict', 'It refers to a record that no longer exists, or is still referred to'),
      unexpected: true,
    };
  }
  if (code === '23514') {
    return { error: new AppError(409, 'conflict', `Refused by the rule ${pg.constraint ?? '(unnamed)'}`), unexpected: true };
  }
  if (code === '23502' || code.startsWith('22')) {
    return { error: new AppError(400, 'bad_request', 'A value is not valid for its field (out of range or malformed)'), unexpected: true };
  }
  return null;
}
