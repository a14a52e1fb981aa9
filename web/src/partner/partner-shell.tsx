// The partner portal's frame: its own header (partner, user, sign out) and a short navigation, apart from the agency's.
import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useSession, useSessionState } from '../platform/session-context.tsx';
import { Loading } from '../platform/status-pages.tsx';
import { partnerLabel, usePartner } from './partner-session.ts';

const NAV: readonly (readonly [path: string, label: string])[] = [
  ['/partner', 'Home'],
  ['/partner/lors', 'Requests (LORs)'],
  ['/partner/cases', 'Cases'],
  ['/partner/payments', 'Payments'],
  ['/partner/shipments', 'Deliveries'],
  ['/partner/eum', 'End-use monitoring'],
];

export function PartnerShell() {
  const session = useSession();
  const partner = usePartner();
  const { signOut } = useSessionState();
  const navigate = useNavigate();
  const nav = partner.isAdministrator ? [...NAV, ['/partner/users', 'Users'] as const] : NAV;

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
        <NavLink to="/partner" className="brand">
          <span className="brand-mark">IOPS</span>
          <span className="brand-sub">Partner portal · {partnerLabel(partner.code)}</span>
        </NavLink>
        <div className="header-user">
          <div className="header-identity">
            <span className="header-name" data-testid="current-user">
              {session.user.displayName}
            </span>
            <span className="header-roles">{partner.roleLabel}</span>
          </div>
          <button type="button" className="button button-quiet" onClick={handleSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <div className="shell-body">
        <nav className="side-nav" aria-label="Partner portal">
          <ul>
            {nav.map(([path, label]) => (
              <li key={path}>
                <NavLink to={path} end={path === '/partner'} className={({ isActive }) => `nav-item${isActive ? ' active' : ''}`}>
                  <span className="nav-item-label">{label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
