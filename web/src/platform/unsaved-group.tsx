import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { useUnsavedChangesGuard } from './unsaved-changes.tsx';

type Report = (editor: string, dirty: boolean) => void;
const GroupContext = createContext<Report | null>(null);

/**
 * One guard for a page with several editors (a note box, a dates form, an assessment…). React Router consults only the
 * last blocker registered, so two `useUnsavedChangesGuard` calls on one page leave one of them silent: the page holds
 * the guard, each editor inside `<UnsavedGroup>` tells it whether it holds unsaved work (`useEditorDirty`).
 */
export function UnsavedGroup({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(() => new Set());
  // Also kept at once (not on the next render): an editor that saves and then leaves the page must not be asked about.
  const now = useRef(new Set<string>());
  const question = useUnsavedChangesGuard(dirty.size > 0, {
    leaves: (current, next) => now.current.size > 0 && current.pathname !== next.pathname,
  });
  const report = useCallback<Report>((editor, isDirty) => {
    if (isDirty) now.current.add(editor);
    else now.current.delete(editor);
    setDirty((before) => {
      if (before.has(editor) === isDirty) return before;
      const after = new Set(before);
      if (isDirty) after.add(editor);
      else after.delete(editor);
      return after;
    });
  }, []);
  return (
    <GroupContext.Provider value={report}>
      {children}
      {question}
    </GroupContext.Provider>
  );
}

/**
 * An editor inside an UnsavedGroup: whether it holds unsaved work now; forgotten when the editor goes. Returns
 * `saved()`, which tells the page at once: call it before a save navigates away in the same tick.
 */
export function useEditorDirty(dirty: boolean): () => void {
  const report = useContext(GroupContext);
  const editor = useId();
  useEffect(() => {
    report?.(editor, dirty);
  }, [report, editor, dirty]);
  useEffect(() => () => report?.(editor, false), [report, editor]);
  return useCallback(() => report?.(editor, false), [report, editor]);
}
