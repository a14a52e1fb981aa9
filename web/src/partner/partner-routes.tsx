// The partner portal's pages under /partner: only a partner user reaches them (RequirePartner), each loaded when opened.
import { type ReactNode, Suspense } from 'react';
import { Navigate, Route } from 'react-router-dom';
import { lazyPage } from '../platform/lazy-page.ts';
import { RequireSession } from '../platform/require-session.tsx';
import { useSession } from '../platform/session-context.tsx';
import { Loading } from '../platform/status-pages.tsx';
import { PartnerShell } from './partner-shell.tsx';

const PartnerHomePage = lazyPage(() => import('./home-page.tsx'), 'PartnerHomePage');
const LorsPage = lazyPage(() => import('./lors-page.tsx'), 'LorsPage');
const CasesPage = lazyPage(() => import('./cases-page.tsx'), 'CasesPage');
const CaseDetailPage = lazyPage(() => import('./case-detail-page.tsx'), 'CaseDetailPage');
const PaymentsPage = lazyPage(() => import('./payments-page.tsx'), 'PaymentsPage');
const ShipmentsPage = lazyPage(() => import('./shipments-page.tsx'), 'ShipmentsPage');
const ShipmentDetailPage = lazyPage(() => import('./shipment-detail-page.tsx'), 'ShipmentDetailPage');
const EumPage = lazyPage(() => import('./eum-page.tsx'), 'EumPage');
const UsersPage = lazyPage(() => import('./users-page.tsx'), 'PartnerUsersPage');
const ActivatePage = lazyPage(() => import('./activate-page.tsx'), 'ActivatePage');

/** Agency staff never see the portal: they go back to their own home page. */
function RequirePartner({ children }: { children: ReactNode }) {
  if (!useSession().user.partner) return <Navigate to="/" replace />;
  return <>{children}</>;
}

export const partnerRoutes = (
  <Route
    path="/partner"
    element={
      <RequireSession>
        <RequirePartner>
          <PartnerShell />
        </RequirePartner>
      </RequireSession>
    }
  >
    <Route index element={<PartnerHomePage />} />
    <Route path="lors" element={<LorsPage />} />
    <Route path="cases" element={<CasesPage />} />
    <Route path="cases/:ref" element={<CaseDetailPage />} />
    <Route path="payments" element={<PaymentsPage />} />
    <Route path="shipments" element={<ShipmentsPage />} />
    <Route path="shipments/:id" element={<ShipmentDetailPage />} />
    <Route path="eum" element={<EumPage />} />
    <Route path="users" element={<UsersPage />} />
    <Route path="*" element={<Navigate to="/partner" replace />} />
  </Route>
);

/** The invitation's page: no session needed (the token in the link is the proof). */
export const activateRoute = (
  <Route
    path="/activate"
    element={
      <Suspense fallback={<Loading />}>
        <ActivatePage />
      </Suspense>
    }
  />
);
