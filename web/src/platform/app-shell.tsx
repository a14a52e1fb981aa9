import { Suspense } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { GlobalSearch } from './search/global-search.tsx';
import { useSession, useSessionState } from './session-context.tsx';
import { SideNav } from './side-nav.tsx';
import { Loading } from './status-pages.tsx';

export function AppShell() {
  const session = useSession();
  const { signOut } = useSessionState();
  const navigate = useNavigate();
  const roles = session.user.roles.map((role) => session.roleLabels[role] ?? role).join(', ');

  async function handleSignOut() {
    await signOut().catch(() => undefined);
    navigate('/sign-in', { replace: true });
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark">IOPS</span>
          <span className="brand-sub">Office of International Operations</span>
        </Link>
        <GlobalSearch />
        <div className="header-user">
          <div className="header-identity">
            <span className="header-name" data-testid="current-user">
              {session.user.displayName}
            </span>
            <span className="header-roles">{roles}</span>
          </div>
          <Link to="/jobs" className="header-link">
            My jobs
          </Link>
          <Link to="/account/tokens" className="header-link">
            My account
          </Link>
          <button type="button" className="button button-quiet" onClick={handleSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <div className="shell-body">
        <SideNav areas={session.areas} directorateLabels={session.directorateLabels} />
        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
