// The shape of an LOA version as the rules see it (no I/O): lines, notes, charges, dates, payment schedule.

export const CASE_TYPES = ['defined_order', 'blanket_order', 'clssa', 'bpc'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export interface LoaLine {
  lineNumber: string;
  description: string;
  maslGenericCode: string;
  maslNumber: string;
  quantity: number;
  unitOfIssue: string;
  unitCostCents: number;
  mde: boolean;
  sme: boolean;
  eeum: boolean;
  sourceOfSupply: string;
  deliveryPeriod: string;
  /** Program of record (true) or NPOR (false), DSCA 21-50; null: not yet stated. */
  programOfRecord: boolean | null;
  /** An NPOR line's type, from the administrator-kept list (null on a program-of-record line). */
  nporType: string | null;
}

export interface LoaNote {
  code: string;
  title: string;
  text: string;
}

export interface Payment {
  dueDate: string;
  amountCents: number;
}

export interface LoaSnapshot {
  caseType: CaseType;
  lines: readonly LoaLine[];
  notes: readonly LoaNote[];
  accessorialCents: number;
  surchargeBasisPoints: number;
  offerDate: string | null;
  offerExpirationDate: string | null;
  acceptedOn: string | null;
  paymentSchedule: readonly Payment[];
  /** The totals stored with the version, checked against the lines. */
  storedTotalCents: number;
}

export const isBpc = (type: CaseType) => type === 'bpc';

/** How much a quality finding weighs: a blocking one stops approval and issue; a warning is shown. */
export type FindingSeverity = 'blocking' | 'warning';

/** What an LOA quality check found (the checks belong to Case Writing): the check, why, its source, and the line concerned. */
export interface LoaFinding {
  check: string;
  severity: FindingSeverity;
  message: string;
  source: string;
  /** The line concerned, when the finding is about one line. */
  lineNumber?: string;
}

/**
 * Why an LOA cannot go to CWD review yet, or null: an LOA with no lines has nothing to review (SAMM C5: LOA lines
 * describe the articles and services offered). Other findings are the reviewer's to weigh, and block approval.
 */
export function submissionBlocker(loa: Pick<LoaSnapshot, 'lines'>): string | null {
  return loa.lines.length === 0 ? 'The LOA has no lines: add the articles and services before submitting it for CWD review' : null;
}
