import { useCallback, useEffect, useState } from 'react';

/**
 * A page with several small editors asks once before leaving: React Router consults only one blocker at a time, so the
 * page keeps one unsaved-changes guard and each editor reports whether it holds unsaved text.
 */
export function useDirtyParts() {
  const [parts, setParts] = useState<Record<string, boolean>>({});
  const report = useCallback((part: string, dirty: boolean) => setParts((p) => (p[part] === dirty ? p : { ...p, [part]: dirty })), []);
  return { dirty: Object.values(parts).some(Boolean), report };
}

export type ReportDirty = (part: string, dirty: boolean) => void;

/** An editor's side of `useDirtyParts`: reports its state, and that it is clean once it is gone. */
export function useReportDirty(report: ReportDirty | undefined, part: string, dirty: boolean) {
  useEffect(() => {
    report?.(part, dirty);
    return () => report?.(part, false);
  }, [report, part, dirty]);
}
