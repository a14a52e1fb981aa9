import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type BlockerFunction, type Location, useBlocker, useLocation } from 'react-router-dom';
import { ModalDialog } from './dialog.tsx';

interface Guard {
  /** What would be lost, as the prompt names it: "the LOA of RO-B-AAB". */
  what: string;
  /** Search parameters whose change unmounts the form (a tab, an open panel); a change of page always does. */
  params: readonly string[];
}

interface Registry {
  set(id: string, guard: Guard | null): void;
  /** Asks before an act that leaves every form (signing out); true when nothing is unsaved or the user chose to leave. */
  confirmLeave(): Promise<boolean>;
}

const UnsavedContext = createContext<Registry | null>(null);

type Place = Pick<Location, 'pathname' | 'search'>;

/** The guards whose form the move from `from` to `to` would unmount. */
function lostBy(guards: Iterable<Guard>, from: Place, to: Place): Guard[] {
  if (from.pathname !== to.pathname) return [...guards];
  const before = new URLSearchParams(from.search);
  const after = new URLSearchParams(to.search);
  return [...guards].filter((g) => g.params.some((p) => before.get(p) !== after.get(p)));
}

const describe = (guards: readonly Guard[]) => [...new Set(guards.map((g) => g.what))].join(' and ');

/**
 * One guard for unsaved work, inside the data router: an in-app move that would unmount a dirty form (another page,
 * another tab) asks first in our own dialog, and reloading or closing the window asks through the browser.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const guards = useRef(new Map<string, Guard>());
  const location = useLocation();
  const [leaving, setLeaving] = useState<{ what: string; resolve: (leave: boolean) => void } | null>(null);

  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) => lostBy(guards.current.values(), currentLocation, nextLocation).length > 0,
      [],
    ),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (guards.current.size === 0) return;
      event.preventDefault();
      event.returnValue = ''; // older Chromium needs it set to show the prompt
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const registry = useMemo<Registry>(
    () => ({
      set(id, guard) {
        if (guard) guards.current.set(id, guard);
        else guards.current.delete(id);
      },
      confirmLeave() {
        if (guards.current.size === 0) return Promise.resolve(true);
        const what = describe([...guards.current.values()]);
        return new Promise((resolve) => setLeaving({ what, resolve }));
      },
    }),
    [],
  );

  const blocked = blocker.state === 'blocked' ? describe(lostBy(guards.current.values(), location, blocker.location)) : null;
  const prompt = leaving
    ? {
        what: leaving.what,
        stay: () => {
          leaving.resolve(false);
          setLeaving(null);
        },
        leave: () => {
          guards.current.clear();
          leaving.resolve(true);
          setLeaving(null);
        },
      }
    : blocker.state === 'blocked'
      ? { what: blocked || 'this page', stay: () => blocker.reset(), leave: () => blocker.proceed() }
      : null;

  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      {prompt && <LeaveDialog what={prompt.what} onStay={prompt.stay} onLeave={prompt.leave} />}
    </UnsavedContext.Provider>
  );
}

function LeaveDialog({ what, onStay, onLeave }: { what: string; onStay: () => void; onLeave: () => void }) {
  const stay = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title="Leave without saving?"
      message={<p>Your changes to {what} will be lost.</p>}
      onDismiss={onStay}
      initialFocus={stay}
      actions={
        <>
          <button ref={stay} type="button" className="button button-primary" onClick={onStay}>
            Stay
          </button>
          <button type="button" className="button button-danger" onClick={onLeave}>
            Leave
          </button>
        </>
      }
    />
  );
}

export interface UnsavedChangesOptions {
  /** Search parameters whose change unmounts the form (e.g. `tab` on the case page, `user` for the user panel). */
  params?: readonly string[];
}

/**
 * A form with unsaved work calls this with its dirty state and what it edits ("the LOA of RO-B-AAB"). Call `release()`
 * just before the form itself moves away after saving (it holds until the dirty state next changes).
 */
export function useUnsavedChanges(dirty: boolean, what: string, options: UnsavedChangesOptions = {}): { release: () => void } {
  const registry = useContext(UnsavedContext);
  if (!registry) throw new Error('useUnsavedChanges is used outside UnsavedChangesProvider');
  const id = useId();
  const released = useRef(false);
  const lastDirty = useRef(dirty);
  const params = (options.params ?? []).join(',');

  useEffect(() => {
    if (lastDirty.current !== dirty) {
      lastDirty.current = dirty;
      released.current = false;
    }
    registry.set(id, dirty && !released.current ? { what, params: params ? params.split(',') : [] } : null);
    return () => registry.set(id, null);
  }, [registry, id, dirty, what, params]);

  const release = useCallback(() => {
    released.current = true;
    registry.set(id, null);
  }, [registry, id]);
  return { release };
}

/** For an act that leaves every form at once (signing out): resolves true when it may go ahead. */
export function useConfirmLeave(): () => Promise<boolean> {
  const registry = useContext(UnsavedContext);
  return useCallback(() => registry?.confirmLeave() ?? Promise.resolve(true), [registry]);
}

/**
 * The guard for a form of several fields: dirty while `current` differs from `baseline` (what is saved, or the empty
 * form), compared as JSON.
 */
export function useFormGuard<T>(current: T, baseline: T, what: string, options?: UnsavedChangesOptions) {
  const dirty = JSON.stringify(current) !== JSON.stringify(baseline);
  return { dirty, ...useUnsavedChanges(dirty, what, options) };
}
