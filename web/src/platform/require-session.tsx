import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSessionState } from './session-context.tsx';
import { Loading } from './status-pages.tsx';

export const ACCOUNT_PATH = '/account/tokens';

/**
 * Renders its children only with a session; otherwise sends the user to sign-in, remembering the page asked for.
 * A user whose password was reset sees only their account page until they change it (the server refuses the rest).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSessionState();
  const location = useLocation();
  if (state.status === 'loading') return <Loading label="Opening IOPS…" />;
  if (state.status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  // A partner user has only the partner portal; the agency's pages are not theirs (the server refuses them too).
  const inPortal = location.pathname === '/partner' || location.pathname.startsWith('/partner/');
  if (state.session.user.partner && !inPortal) return <Navigate to="/partner" replace />;
  if (state.session.user.mustChangePassword && location.pathname !== ACCOUNT_PATH) return <Navigate to={ACCOUNT_PATH} replace />;
  return <>{children}</>;
}
