import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { Location } from 'react-router-dom';
import { useUnsavedChangesGuard } from './unsaved-changes.tsx';

/**
 * A page with several small editors asks once before leaving: React Router consults only one blocker at a time, so the
 * page keeps one unsaved-changes guard and each editor reports whether it holds unsaved text. Returns the question to
 * render and the editors' `report`.
 */
export function useDirtyParts(): { question: ReactNode; report: ReportDirty } {
  // Read through a ref as well: an editor that saves and opens another page in the same tick is clean at once.
  const latest = useRef<Record<string, boolean>>({});
  const [parts, setParts] = useState<Record<string, boolean>>({});
  const report = useCallback((part: string, dirty: boolean) => {
    latest.current = { ...latest.current, [part]: dirty };
    setParts((p) => (p[part] === dirty ? p : { ...p, [part]: dirty }));
  }, []);
  const leaves = useCallback(
    (current: Location, next: Location) => current.pathname !== next.pathname && Object.values(latest.current).some(Boolean),
    [],
  );
  const question = useUnsavedChangesGuard(Object.values(parts).some(Boolean), { leaves });
  return { question, report };
}

export type ReportDirty = (part: string, dirty: boolean) => void;

/** An editor's side of `useDirtyParts`: reports its state, and that it is clean once it is gone. */
export function useReportDirty(report: ReportDirty | undefined, part: string, dirty: boolean) {
  useEffect(() => {
    report?.(part, dirty);
    return () => report?.(part, false);
  }, [report, part, dirty]);
}
