import { useState } from 'react';
import { ApiError } from '../../api/client.ts';

/** A form's submit: busy while it runs, the API's error (with its field messages) when it fails. */
export function useSubmit() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<T>(action: () => Promise<T>, done: (result: T) => void) {
    setBusy(true);
    setError(null);
    try {
      done(await action());
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }
  const fail = (path: string, message: string) => setError(new ApiError(400, 'validation', 'Check the form', [{ path, message }]));
  return { error, busy, run, fail };
}
