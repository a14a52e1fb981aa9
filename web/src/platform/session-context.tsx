import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onUnauthenticated, type SecondFactor, setCsrfToken } from '../api/client.ts';
import type { AreaAccess, Session } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; message: string | null }
  | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  signIn(username: string, password: string, secondFactor?: SecondFactor): Promise<void>;
  signOut(): Promise<void>;
  /** Reads the session again (after a change the server decides on, e.g. the password). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // What one user read is never shown to the next one to sign in on this browser.
  const queryClient = useQueryClient();

  const adopt = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    api
      .session(controller.signal)
      .then(adopt)
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError && error.status !== 401 ? error.message : null;
        setState({ status: 'signed-out', message });
      });
    return () => controller.abort();
  }, [adopt]);

  useEffect(() => {
    onUnauthenticated((error) => {
      setCsrfToken(null);
      queryClient.clear();
      setState((previous) => (previous.status === 'signed-in' ? { status: 'signed-out', message: error.message } : previous));
    });
    return () => onUnauthenticated(null);
  }, [queryClient]);

  const signIn = useCallback(
    async (username: string, password: string, secondFactor?: SecondFactor) => adopt(await api.signIn(username, password, secondFactor)),
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      setState({ status: 'signed-out', message: 'You have signed out.' });
    }
  }, [queryClient]);

  const refresh = useCallback(async () => adopt(await api.session()), [adopt]);

  const value = useMemo(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionState must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for components rendered behind <RequireSession>. */
export function useSession(): Session {
  const { state } = useSessionState();
  if (state.status !== 'signed-in') throw new Error('useSession needs a signed-in session');
  return state.session;
}

export function useArea(id: string): AreaAccess | undefined {
  return useSession().areas.find((area) => area.id === id);
}
