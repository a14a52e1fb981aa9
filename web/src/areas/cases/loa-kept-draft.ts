import { type LoaDraft, newKey } from './loa-draft.ts';

// The LOA editor's unsaved changes, kept in this browser (localStorage) until they are saved or discarded, so that a
// closed tab, a crash or a lost session does not lose an afternoon of lines. Kept per case, version and the revision
// they were made on: a draft of an older revision is never offered over someone else's newer save.

interface Kept {
  revision: number;
  keptAt: string;
  draft: LoaDraft;
}

const keyOf = (caseRef: string, versionNumber: number) => `iops.loa-draft.${caseRef}.${versionNumber}`;

export function keepLoaDraft(caseRef: string, versionNumber: number, revision: number, draft: LoaDraft): void {
  const kept: Kept = { revision, keptAt: new Date().toISOString(), draft };
  try {
    localStorage.setItem(keyOf(caseRef, versionNumber), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the unsaved-changes question still guards the page.
  }
}

/** The kept draft made on this revision, with fresh row keys; null when there is none (or only of another revision). */
export function keptLoaDraft(caseRef: string, versionNumber: number, revision: number): { keptAt: string; draft: LoaDraft } | null {
  try {
    const raw = localStorage.getItem(keyOf(caseRef, versionNumber));
    if (!raw) return null;
    const kept = JSON.parse(raw) as Kept;
    if (kept.revision !== revision || !Array.isArray(kept.draft?.lines)) return null;
    const rekey = <T extends { key: number }>(rows: T[]) => rows.map((row) => ({ ...row, key: newKey() }));
    const { lines, notes, payments, accessorial } = kept.draft;
    return { keptAt: kept.keptAt, draft: { lines: rekey(lines), notes: rekey(notes), payments: rekey(payments), accessorial } };
  } catch {
    return null;
  }
}

export function dropLoaDraft(caseRef: string, versionNumber: number): void {
  try {
    localStorage.removeItem(keyOf(caseRef, versionNumber));
  } catch {
    // Nothing kept.
  }
}
