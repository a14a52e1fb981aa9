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
export function writeQueue() {
  let inFlight: Promise<void> = Promise.resolve();
  return {
    async add(write: () => Promise<void>) {
      await inFlight;
      const next = write();
      next.catch(() => undefined); // handled at the next add or drain
      inFlight = next;
    },
    drain: () => inFlight,
  };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isRealDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
