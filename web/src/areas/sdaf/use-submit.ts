import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useEditorDirty } from '../../platform/unsaved-group.tsx';

/**
 * A form's submit: busy while it runs, the API's error (with its field messages) when it fails. While the form holds
 * typed work (`onInput` on the <form>) the page's unsaved-changes guard (UnsavedGroup) knows; a save clears it.
 */
export function useSubmit() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const saved = useEditorDirty(dirty);
  async function run<T>(action: () => Promise<T>, done: (result: T) => void) {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      // Clean before `done`: it may leave the page.
      setDirty(false);
      saved();
      done(result);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }
  const fail = (path: string, message: string) => setError(new ApiError(400, 'validation', 'Check the form', [{ path, message }]));
  return { error, busy, run, fail, onInput: () => setDirty(true), discard: () => setDirty(false) };
}
