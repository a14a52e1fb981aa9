// What an amendment or modification changes from the version before it: lines added, removed or changed (field by
// field), notes, charges and totals. Pure; the LOA document and the case page show it.
import type { LoaLine, LoaNote } from './loa.ts';

export interface VersionForDiff {
  number: number;
  lines: readonly LoaLine[];
  notes: readonly LoaNote[];
  accessorialCents: number;
  totalCents: number;
}

export interface FieldChange {
  field: string;
  from: LoaLine[keyof LoaLine];
  to: LoaLine[keyof LoaLine];
}

export interface VersionDiff {
  from: number;
  to: number;
  linesAdded: LoaLine[];
  linesRemoved: LoaLine[];
  linesChanged: { lineNumber: string; changes: FieldChange[] }[];
  notesAdded: string[];
  notesRemoved: string[];
  notesChanged: string[];
  accessorialCents: { from: number; to: number } | null;
  totalCents: { from: number; to: number; delta: number };
}

const LINE_FIELDS = [
  'description',
  'maslGenericCode',
  'maslNumber',
  'quantity',
  'unitOfIssue',
  'unitCostCents',
  'mde',
  'sme',
  'eeum',
  'sourceOfSupply',
  'deliveryPeriod',
] as const;

export function diffVersions(a: VersionForDiff, b: VersionForDiff): VersionDiff {
  const before = new Map(a.lines.map((l) => [l.lineNumber, l]));
  const after = new Map(b.lines.map((l) => [l.lineNumber, l]));
  const linesChanged = b.lines.flatMap((line) => {
    const old = before.get(line.lineNumber);
    if (!old) return [];
    const changes = LINE_FIELDS.filter((f) => old[f] !== line[f]).map((f) => ({ field: f, from: old[f], to: line[f] }));
    return changes.length ? [{ lineNumber: line.lineNumber, changes }] : [];
  });
  const notesBefore = new Map(a.notes.map((n) => [n.code, n]));
  const notesAfter = new Map(b.notes.map((n) => [n.code, n]));
  return {
    from: a.number,
    to: b.number,
    linesAdded: b.lines.filter((l) => !before.has(l.lineNumber)),
    linesRemoved: a.lines.filter((l) => !after.has(l.lineNumber)),
    linesChanged,
    notesAdded: b.notes.filter((n) => !notesBefore.has(n.code)).map((n) => n.code),
    notesRemoved: a.notes.filter((n) => !notesAfter.has(n.code)).map((n) => n.code),
    notesChanged: b.notes
      .filter((n) => notesBefore.has(n.code) && (notesBefore.get(n.code)!.text !== n.text || notesBefore.get(n.code)!.title !== n.title))
      .map((n) => n.code),
    accessorialCents: a.accessorialCents === b.accessorialCents ? null : { from: a.accessorialCents, to: b.accessorialCents },
    totalCents: { from: a.totalCents, to: b.totalCents, delta: b.totalCents - a.totalCents },
  };
}
