/** A row the import refused, named by the row number the user sees in the sheet. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportProgress {
  rows: number;
  recorded: number;
  updated: number;
  unchanged: number;
  errorCount: number;
}

export interface ImportSummary extends ImportProgress {
  /** The first errors (the count is in errorCount). */
  errors: RowError[];
}

export const MAX_REPORTED_ERRORS = 1000;

export function newSummary(): ImportSummary {
  return { rows: 0, recorded: 0, updated: 0, unchanged: 0, errorCount: 0, errors: [] };
}

export function addError(summary: ImportSummary, error: RowError): void {
  summary.errorCount += 1;
  if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(error);
}

export const progressOf = ({ errors: _e, ...progress }: ImportSummary): ImportProgress => progress;

/** The first non-empty value among a column's accepted headers. */
export function pick(values: Record<string, string>, ...names: string[]): string {
  for (const name of names) {
    const value = values[name];
    if (value) return value;
  }
  return '';
}

/**
 * Runs batch writes one after another while the caller goes on reading the file: at most one write in flight, in
 * order; a failed write surfaces at the next `add` or at `drain`.
 */
export function writeQueue(depth = 1) {
  const inFlight: Promise<void>[] = [];
  return {
    async add(write: () => Promise<void>) {
      while (inFlight.length >= depth) await inFlight.shift();
      const next = write();
      next.catch(() => undefined); // handled at the next add or drain
      inFlight.push(next);
    },
    drain: async () => {
      while (inFlight.length) await inFlight.shift();
    },
  };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const checkedDates = new Map<string, boolean>();

/** A real calendar date in ISO form (2025-02-30 is not); answers are remembered, as files repeat their dates. */
export function isRealDate(v: string): boolean {
  const known = checkedDates.get(v);
  if (known !== undefined) return known;
  let real = ISO_DATE.test(v);
  if (real) {
    const d = new Date(`${v}T00:00:00Z`);
    real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }
  if (checkedDates.size < 100_000) checkedDates.set(v, real);
  return real;
}

/** Control characters (tabs, line breaks, separators) have no place in a code, serial number or date. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const hasControl = (v: string) => /[\u0000-\u001f]/.test(v);
