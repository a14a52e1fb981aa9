import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error.ts';

/** How long "Undo" stays offered after the act. */
export const UNDO_OFFERED_MS = 60_000;

/** A success message; `undo`, where the server can reverse the act, runs the inverse and says what was restored. */
export interface Notice {
  message: string;
  undo?: () => Promise<string>;
}

type Phase = { kind: 'offered' } | { kind: 'undoing' } | { kind: 'undone'; restored: string } | { kind: 'failed'; error: string };

/**
 * The notice after an act. When the act can be reversed, it offers "Undo" for a while: clicking it runs the inverse
 * (itself checked, validated and audited by the server) and the notice says what was restored, or why it could not be.
 * A new notice (a new object) starts afresh.
 */
export function UndoNotice({ notice, offeredFor = UNDO_OFFERED_MS }: { notice: Notice | null; offeredFor?: number }) {
  const [shown, setShown] = useState<Notice | null>(notice);
  const [phase, setPhase] = useState<Phase>({ kind: 'offered' });
  const [expired, setExpired] = useState(false);
  if (shown !== notice) {
    setShown(notice);
    setPhase({ kind: 'offered' });
    setExpired(false);
  }
  useEffect(() => {
    if (!notice?.undo) return;
    const timer = window.setTimeout(() => setExpired(true), offeredFor);
    return () => window.clearTimeout(timer);
  }, [notice, offeredFor]);

  if (!notice) return null;
  const undo = notice.undo;

  async function runUndo() {
    if (!undo) return;
    setPhase({ kind: 'undoing' });
    try {
      setPhase({ kind: 'undone', restored: await undo() });
    } catch (caught) {
      setPhase({ kind: 'failed', error: caught instanceof ApiError ? caught.message : String(caught) });
    }
  }

  if (phase.kind === 'undone') {
    return (
      <p className="notice notice-success" role="status">
        Undone. {phase.restored}
      </p>
    );
  }
  const offered = undo && !expired && phase.kind !== 'failed';
  return (
    <>
      <p className="notice notice-success undo-notice" role="status">
        {notice.message}
        {offered && (
          <>
            {' '}
            <button type="button" className="button button-small" onClick={runUndo} disabled={phase.kind === 'undoing'}>
              {phase.kind === 'undoing' ? 'Undoing…' : 'Undo'}
            </button>
          </>
        )}
      </p>
      {phase.kind === 'failed' && (
        <p className="notice notice-error" role="alert">
          Could not undo: {phase.error}
        </p>
      )}
    </>
  );
}
