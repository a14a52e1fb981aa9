import type { LoaContent, LoaLine, SaveLoaVersion } from '../../api/types.ts';
import { centsToDollarInput, parseDollars } from '../../platform/format.ts';

// The LOA being edited: numbers stay as typed (strings) until saved, so a half-typed amount is never lost.

export interface LineDraft {
  key: number;
  lineNumber: string;
  description: string;
  maslGenericCode: string;
  maslNumber: string;
  quantity: string;
  unitOfIssue: string;
  unitCost: string;
  mde: boolean;
  sme: boolean;
  eeum: boolean;
  sourceOfSupply: string;
  deliveryPeriod: string;
  /** Program of record / NPOR (DSCA 21-50): '' while not yet stated. */
  por: '' | 'por' | 'npor';
  nporType: string;
}

export interface NoteDraft {
  key: number;
  code: string;
  title: string;
  text: string;
}

export interface PaymentDraft {
  key: number;
  dueDate: string;
  amount: string;
}

export interface LoaDraft {
  lines: LineDraft[];
  notes: NoteDraft[];
  payments: PaymentDraft[];
  accessorial: string;
}

let nextKey = 1;
export const newKey = () => nextKey++;

export function draftOf(content: LoaContent, accessorialCents: number): LoaDraft {
  return {
    lines: content.lines.map((l) => ({
      key: newKey(),
      lineNumber: l.lineNumber,
      description: l.description,
      maslGenericCode: l.maslGenericCode,
      maslNumber: l.maslNumber,
      quantity: String(l.quantity),
      unitOfIssue: l.unitOfIssue,
      unitCost: centsToDollarInput(l.unitCostCents),
      mde: l.mde,
      sme: l.sme,
      eeum: l.eeum,
      sourceOfSupply: l.sourceOfSupply,
      deliveryPeriod: l.deliveryPeriod,
      por: l.programOfRecord === null ? '' : l.programOfRecord ? 'por' : 'npor',
      nporType: l.nporType ?? '',
    })),
    notes: content.notes.map((n) => ({ key: newKey(), ...n })),
    payments: content.paymentSchedule.map((p) => ({ key: newKey(), dueDate: p.dueDate, amount: centsToDollarInput(p.amountCents) })),
    accessorial: centsToDollarInput(accessorialCents),
  };
}

/** The next free line number after the highest one: 001, 002 … */
export function nextLineNumber(lines: readonly LineDraft[]): string {
  const highest = lines.reduce((max, l) => (/^\d{3}$/.test(l.lineNumber) ? Math.max(max, Number(l.lineNumber)) : max), 0);
  return String(Math.min(highest + 1, 999)).padStart(3, '0');
}

export function emptyLine(lines: readonly LineDraft[]): LineDraft {
  return {
    key: newKey(),
    lineNumber: nextLineNumber(lines),
    description: '',
    maslGenericCode: '',
    maslNumber: '',
    quantity: '1',
    unitOfIssue: 'EA',
    unitCost: '',
    mde: false,
    sme: false,
    eeum: false,
    sourceOfSupply: '',
    deliveryPeriod: '',
    por: '',
    nporType: '',
  };
}

export function quantityOf(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** Extended cost in cents, or null while the quantity or unit cost is not a number. */
export function extendedCents(line: Pick<LineDraft, 'quantity' | 'unitCost'>): number | null {
  const quantity = quantityOf(line.quantity);
  const unit = parseDollars(line.unitCost);
  if (quantity === null || unit === null || unit === undefined) return null;
  return quantity * unit;
}

/** Surcharge in cents, rounded half up to the cent, as the server does (SAMM Table C9.T4). */
export function surchargeCents(baseCents: number, basisPoints: number): number {
  return Number((BigInt(baseCents) * BigInt(basisPoints) + 5000n) / 10000n);
}

export interface DraftTotals {
  linesCents: number;
  accessorialCents: number;
  administrativeCents: number;
  totalCents: number;
  scheduledCents: number;
}

export function draftTotals(draft: LoaDraft, basisPoints: number): DraftTotals {
  const linesCents = draft.lines.reduce((sum, l) => sum + (extendedCents(l) ?? 0), 0);
  const accessorialCents = parseDollars(draft.accessorial) ?? 0;
  const administrativeCents = surchargeCents(linesCents, basisPoints);
  const scheduledCents = draft.payments.reduce((sum, p) => sum + (parseDollars(p.amount) ?? 0), 0);
  return {
    linesCents,
    accessorialCents,
    administrativeCents,
    totalCents: linesCents + accessorialCents + administrativeCents,
    scheduledCents,
  };
}

export type LocalErrors = Record<string, string>;

/** Turns the draft into the PUT body, or the fields the browser can already tell are not numbers. */
export function toSaveInput(draft: LoaDraft, revision: number): { input: SaveLoaVersion; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const lines: LoaLine[] = draft.lines.map((l, i) => {
    const quantity = quantityOf(l.quantity);
    if (quantity === null) errors[`lines.${i}.quantity`] = 'a whole number';
    const unit = parseDollars(l.unitCost);
    if (unit === null || unit === undefined)
      errors[`lines.${i}.unitCostCents`] = unit === undefined ? 'give the unit cost' : 'a dollar amount, e.g. 4000.00';
    return {
      lineNumber: l.lineNumber.trim(),
      description: l.description,
      maslGenericCode: l.maslGenericCode.trim(),
      maslNumber: l.maslNumber.trim(),
      quantity: quantity ?? 0,
      unitOfIssue: l.unitOfIssue.trim(),
      unitCostCents: unit ?? 0,
      mde: l.mde,
      sme: l.sme,
      eeum: l.eeum,
      sourceOfSupply: l.sourceOfSupply.trim(),
      deliveryPeriod: l.deliveryPeriod.trim(),
      programOfRecord: l.por === '' ? null : l.por === 'por',
      nporType: l.por === 'npor' && l.nporType ? l.nporType : null,
    };
  });
  const paymentSchedule = draft.payments.map((p, i) => {
    const amount = parseDollars(p.amount);
    if (amount === null || amount === undefined) errors[`paymentSchedule.${i}.amountCents`] = 'a dollar amount';
    return { dueDate: p.dueDate, amountCents: amount ?? 0 };
  });
  const accessorial = parseDollars(draft.accessorial);
  if (accessorial === null) errors.accessorialCents = 'a dollar amount';
  return {
    input: {
      revision,
      accessorialCents: accessorial ?? 0,
      lines,
      notes: draft.notes.map(({ code, title, text }) => ({ code: code.trim(), title, text })),
      paymentSchedule,
    },
    errors,
  };
}
