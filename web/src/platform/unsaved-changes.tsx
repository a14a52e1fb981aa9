import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { type Location, useBlocker } from 'react-router-dom';

/** By default a change of page is leaving; a page whose tabs keep the editor mounted passes its own test. */
const leavesPage = (current: Location, next: Location) => current.pathname !== next.pathname;

/**
 * Stops the user losing unsaved work: while `dirty`, a link or back/forward away from the page asks first, and a
 * reload or closing the tab gets the browser's own "leave site?" prompt. Returns the question to render.
 */
export function useUnsavedChangesGuard(
  dirty: boolean,
  { leaves = leavesPage, onDiscard }: { leaves?: (current: Location, next: Location) => boolean; onDiscard?: () => void } = {},
): ReactNode {
  // Read through a ref: a save that navigates in the same tick as it marks the page clean must not be asked about.
  const latest = useRef(dirty);
  latest.current = dirty;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => latest.current && leaves(currentLocation, nextLocation));
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  if (blocker.state !== 'blocked') return null;
  return (
    <LeaveQuestion
      onStay={() => blocker.reset()}
      onLeave={() => {
        onDiscard?.();
        blocker.proceed();
      }}
    />
  );
}

function LeaveQuestion({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title">Leave without saving?</h2>
      <p id="leave-text">You have changes on this page that are not saved. If you leave now they are lost.</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onStay}>
          Stay on this page
        </button>
        <button type="button" className="button button-danger" onClick={onLeave}>
          Leave and discard my changes
        </button>
      </div>
    </dialog>
  );
}

/**
 * The guard for a form whose fields each keep their own state: any input in the form makes it dirty (`onInput` on the
 * <form>), `saved()` before navigating away after a successful save.
 */
export function useFormGuard() {
  const [dirty, setDirty] = useState(false);
  // Set at once (not on the next render): the save navigates in the same tick.
  const released = useRef(false);
  const question = useUnsavedChangesGuard(dirty, { leaves: (current, next) => !released.current && leavesPage(current, next) });
  const onInput = useCallback(() => {
    released.current = false;
    setDirty(true);
  }, []);
  const saved = useCallback(() => {
    released.current = true;
    setDirty(false);
  }, []);
  return { dirty, question, onInput, saved };
}
