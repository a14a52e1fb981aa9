import { createBrowserRouter, createRoutesFromElements, Navigate, Route, RouterProvider } from 'react-router-dom';
import { capacityBuildingRoutes } from './areas/capacity-building/capacity-building-routes.tsx';
import { deliveryRoutes } from './areas/deliveries/delivery-routes.tsx';
// Rendered inside the case page (not a page of its own): loaded with it.
import { CaseNotificationPanel } from './areas/notifications/case-notification-panel.tsx';
import { specialProgramRoutes } from './areas/special-programs/special-program-routes.tsx';
import { nporTsfdRoutes } from './areas/weapons/tsfd/routes.tsx';
import { weaponsRoutes } from './areas/weapons/weapons-routes.tsx';
import { activateRoute, partnerRoutes } from './partner/partner-routes.tsx';
import { AppShell } from './platform/app-shell.tsx';
import { CalendarPage } from './platform/deadlines/calendar-page.tsx';
import { HomePage } from './platform/home/home-page.tsx';
import { lazyPage } from './platform/lazy-page.ts';
import { RequireArea } from './platform/require-area.tsx';
import { RequireSession } from './platform/require-session.tsx';
import { SearchPage } from './platform/search/search-page.tsx';
import { SessionProvider } from './platform/session-context.tsx';
import { SignInPage } from './platform/sign-in-page.tsx';
import { AreaFallbackPage, NotFoundPage } from './platform/status-pages.tsx';

// Each area's pages load when first opened (their own chunks).
const AccountPage = lazyPage(() => import('./areas/account/account-page.tsx'), 'AccountPage');
const AuditPage = lazyPage(() => import('./areas/audit/audit-page.tsx'), 'AuditPage');
const JobsPage = lazyPage(() => import('./platform/jobs/jobs-page.tsx'), 'JobsPage');
const ReviewQueuePage = lazyPage(() => import('./areas/case-writing/review-queue-page.tsx'), 'ReviewQueuePage');
const TimelinessPage = lazyPage(() => import('./areas/case-writing/timeliness-page.tsx'), 'TimelinessPage');
const CaseListPage = lazyPage(() => import('./areas/cases/case-list-page.tsx'), 'CaseListPage');
const CasePage = lazyPage(() => import('./areas/cases/case-page.tsx'), 'CasePage');
const LorListPage = lazyPage(() => import('./areas/cases/lor-list-page.tsx'), 'LorListPage');
const NewCasePage = lazyPage(() => import('./areas/cases/new-case-page.tsx'), 'NewCasePage');
const PartnerDetailPage = lazyPage(() => import('./areas/countries/partner-detail-page.tsx'), 'PartnerDetailPage');
const PartnerListPage = lazyPage(() => import('./areas/countries/partner-list-page.tsx'), 'PartnerListPage');
const CeilingPage = lazyPage(() => import('./areas/eda/ceiling-page.tsx'), 'CeilingPage');
const DeclarationFormPage = lazyPage(() => import('./areas/eda/declaration-form-page.tsx'), 'DeclarationFormPage');
const DeclarationListPage = lazyPage(() => import('./areas/eda/declaration-list-page.tsx'), 'DeclarationListPage');
const DeclarationPage = lazyPage(() => import('./areas/eda/declaration-page.tsx'), 'DeclarationPage');
const RequestListPage = lazyPage(() => import('./areas/eda/request-list-page.tsx'), 'RequestListPage');
const RequestPage = lazyPage(() => import('./areas/eda/request-page.tsx'), 'RequestPage');
const CompliancePage = lazyPage(() => import('./areas/eum/compliance-page.tsx'), 'CompliancePage');
const IncidentListPage = lazyPage(() => import('./areas/eum/incident-pages.tsx'), 'IncidentListPage');
const IncidentPage = lazyPage(() => import('./areas/eum/incident-pages.tsx'), 'IncidentPage');
const InventoryListPage = lazyPage(() => import('./areas/eum/inventory-list-page.tsx'), 'InventoryListPage');
const InventoryPage = lazyPage(() => import('./areas/eum/inventory-page.tsx'), 'InventoryPage');
const ItemListPage = lazyPage(() => import('./areas/eum/item-list-page.tsx'), 'ItemListPage');
const ItemPage = lazyPage(() => import('./areas/eum/item-page.tsx'), 'ItemPage');
const SitesPage = lazyPage(() => import('./areas/eum/sites-page.tsx'), 'SitesPage');
const VisitsPage = lazyPage(() => import('./areas/eum/visits-page.tsx'), 'VisitsPage');
const AppropriationListPage = lazyPage(() => import('./areas/funds/appropriation-list-page.tsx'), 'AppropriationListPage');
const AppropriationPage = lazyPage(() => import('./areas/funds/appropriation-page.tsx'), 'AppropriationPage');
const ProgramsPage = lazyPage(() => import('./areas/funds/programs-page.tsx'), 'ProgramsPage');
const TransactionListPage = lazyPage(() => import('./areas/funds/transaction-list-page.tsx'), 'TransactionListPage');
const LeaseListPage = lazyPage(() => import('./areas/leases/lease-list-page.tsx'), 'LeaseListPage');
const LeasePage = lazyPage(() => import('./areas/leases/lease-page.tsx'), 'LeasePage');
const EditLeasePage = lazyPage(() => import('./areas/leases/new-lease-page.tsx'), 'EditLeasePage');
const NewLeasePage = lazyPage(() => import('./areas/leases/new-lease-page.tsx'), 'NewLeasePage');
const NewNotificationPage = lazyPage(() => import('./areas/notifications/new-notification-page.tsx'), 'NewNotificationPage');
const NotificationListPage = lazyPage(() => import('./areas/notifications/notification-list-page.tsx'), 'NotificationListPage');
const NotificationPage = lazyPage(() => import('./areas/notifications/notification-page.tsx'), 'NotificationPage');
const ThresholdsPage = lazyPage(() => import('./areas/notifications/thresholds-page.tsx'), 'ThresholdsPage');
const WhatIfPage = lazyPage(() => import('./areas/notifications/what-if-page.tsx'), 'WhatIfPage');
const OverviewPage = lazyPage(() => import('./areas/portfolio/overview-page.tsx'), 'OverviewPage');
const PartnerPortfolioPage = lazyPage(() => import('./areas/portfolio/partner-portfolio-page.tsx'), 'PartnerPortfolioPage');
const PortfolioCasesPage = lazyPage(() => import('./areas/portfolio/portfolio-cases-page.tsx'), 'PortfolioCasesPage');
const PortfolioHomePage = lazyPage(() => import('./areas/portfolio/portfolio-home-page.tsx'), 'PortfolioHomePage');
const SdafFundPage = lazyPage(() => import('./areas/sdaf/fund-page.tsx'), 'SdafFundPage');
const SdafInventoryPage = lazyPage(() => import('./areas/sdaf/inventory-page.tsx'), 'SdafInventoryPage');
const SdafProcurementPage = lazyPage(() => import('./areas/sdaf/procurement-page.tsx'), 'SdafProcurementPage');
const SdafProcurementsPage = lazyPage(() => import('./areas/sdaf/procurements-page.tsx'), 'SdafProcurementsPage');
const SdafRulesPage = lazyPage(() => import('./areas/sdaf/rules-page.tsx'), 'SdafRulesPage');
const SdafHome = lazyPage(() => import('./areas/sdaf/sdaf-home.tsx'), 'SdafHome');
const SdafTransfersPage = lazyPage(() => import('./areas/sdaf/transfers-page.tsx'), 'SdafTransfersPage');
const UsersPage = lazyPage(() => import('./areas/users/users-page.tsx'), 'UsersPage');

/**
 * A data router (not <BrowserRouter>): editors can block a navigation that would lose unsaved changes (useBlocker).
 */
const routes = createRoutesFromElements(
  <>
    <Route path="/sign-in" element={<SignInPage />} />
    {activateRoute}
    {partnerRoutes}
    <Route
      element={
        <RequireSession>
          <AppShell />
        </RequireSession>
      }
    >
      <Route index element={<HomePage />} />
      <Route
        path="countries"
        element={
          <RequireArea id="countries">
            <PartnerListPage />
          </RequireArea>
        }
      />
      <Route
        path="countries/:code"
        element={
          <RequireArea id="countries">
            <PartnerDetailPage />
          </RequireArea>
        }
      />
      <Route
        path="cases"
        element={
          <RequireArea id="cases">
            <CaseListPage />
          </RequireArea>
        }
      />
      <Route
        path="cases/lors"
        element={
          <RequireArea id="cases">
            <LorListPage />
          </RequireArea>
        }
      />
      <Route
        path="cases/new"
        element={
          <RequireArea id="cases">
            <NewCasePage />
          </RequireArea>
        }
      />
      <Route
        path="cases/:ref"
        element={
          <RequireArea id="cases">
            <CasePage notificationPanel={CaseNotificationPanel} />
          </RequireArea>
        }
      />
      <Route path="case-writing" element={<Navigate to="/case-writing/review-queue" replace />} />
      <Route
        path="case-writing/review-queue"
        element={
          <RequireArea id="case-writing">
            <ReviewQueuePage />
          </RequireArea>
        }
      />
      <Route
        path="case-writing/timeliness"
        element={
          <RequireArea id="case-writing">
            <TimelinessPage />
          </RequireArea>
        }
      />
      <Route
        path="notifications"
        element={
          <RequireArea id="notifications">
            <NotificationListPage />
          </RequireArea>
        }
      />
      <Route
        path="notifications/new"
        element={
          <RequireArea id="notifications">
            <NewNotificationPage />
          </RequireArea>
        }
      />
      <Route
        path="notifications/what-if"
        element={
          <RequireArea id="notifications">
            <WhatIfPage />
          </RequireArea>
        }
      />
      <Route
        path="notifications/thresholds"
        element={
          <RequireArea id="notifications">
            <ThresholdsPage />
          </RequireArea>
        }
      />
      <Route
        path="notifications/:id"
        element={
          <RequireArea id="notifications">
            <NotificationPage />
          </RequireArea>
        }
      />
      {nporTsfdRoutes}
      {weaponsRoutes}
      {deliveryRoutes}
      {specialProgramRoutes}
      {capacityBuildingRoutes}
      <Route
        path="leases"
        element={
          <RequireArea id="leases">
            <LeaseListPage />
          </RequireArea>
        }
      />
      <Route
        path="leases/new"
        element={
          <RequireArea id="leases">
            <NewLeasePage />
          </RequireArea>
        }
      />
      <Route
        path="leases/:id"
        element={
          <RequireArea id="leases">
            <LeasePage />
          </RequireArea>
        }
      />
      <Route
        path="leases/:id/edit"
        element={
          <RequireArea id="leases">
            <EditLeasePage />
          </RequireArea>
        }
      />
      <Route path="deadlines" element={<CalendarPage />} />
      <Route path="search" element={<SearchPage />} />
      <Route path="sdaf" element={<SdafHome />} />
      <Route
        path="sdaf/fund"
        element={
          <RequireArea id="sdaf">
            <SdafFundPage />
          </RequireArea>
        }
      />
      <Route
        path="sdaf/procurements"
        element={
          <RequireArea id="sdaf">
            <SdafProcurementsPage />
          </RequireArea>
        }
      />
      <Route
        path="sdaf/procurements/:id"
        element={
          <RequireArea id="sdaf">
            <SdafProcurementPage />
          </RequireArea>
        }
      />
      <Route
        path="sdaf/inventory"
        element={
          <RequireArea id="sdaf">
            <SdafInventoryPage />
          </RequireArea>
        }
      />
      <Route
        path="sdaf/transfers"
        element={
          <RequireArea id="sdaf">
            <SdafTransfersPage />
          </RequireArea>
        }
      />
      <Route
        path="sdaf/rules"
        element={
          <RequireArea id="sdaf">
            <SdafRulesPage />
          </RequireArea>
        }
      />
      <Route path="eda" element={<Navigate to="/eda/requests" replace />} />
      <Route
        path="eda/requests"
        element={
          <RequireArea id="eda">
            <RequestListPage />
          </RequireArea>
        }
      />
      <Route
        path="eda/requests/:id"
        element={
          <RequireArea id="eda">
            <RequestPage />
          </RequireArea>
        }
      />
      <Route
        path="eda/declarations"
        element={
          <RequireArea id="eda">
            <DeclarationListPage />
          </RequireArea>
        }
      />
      <Route
        path="eda/declarations/new"
        element={
          <RequireArea id="eda">
            <DeclarationFormPage />
          </RequireArea>
        }
      />
      <Route
        path="eda/declarations/:id"
        element={
          <RequireArea id="eda">
            <DeclarationPage />
          </RequireArea>
        }
      />
      <Route
        path="eda/ceiling"
        element={
          <RequireArea id="eda">
            <CeilingPage />
          </RequireArea>
        }
      />
      <Route path="funds" element={<Navigate to="/funds/appropriations" replace />} />
      <Route
        path="funds/appropriations"
        element={
          <RequireArea id="funds">
            <AppropriationListPage />
          </RequireArea>
        }
      />
      <Route
        path="funds/appropriations/:id"
        element={
          <RequireArea id="funds">
            <AppropriationPage />
          </RequireArea>
        }
      />
      <Route
        path="funds/transactions"
        element={
          <RequireArea id="funds">
            <TransactionListPage />
          </RequireArea>
        }
      />
      <Route
        path="funds/programs"
        element={
          <RequireArea id="funds">
            <ProgramsPage />
          </RequireArea>
        }
      />
      <Route
        path="portfolio"
        element={
          <RequireArea id="portfolio">
            <PortfolioHomePage />
          </RequireArea>
        }
      />
      <Route
        path="portfolio/overview"
        element={
          <RequireArea id="portfolio">
            <OverviewPage />
          </RequireArea>
        }
      />
      <Route
        path="portfolio/:partner"
        element={
          <RequireArea id="portfolio">
            <PartnerPortfolioPage />
          </RequireArea>
        }
      />
      <Route
        path="portfolio/:partner/cases"
        element={
          <RequireArea id="portfolio">
            <PortfolioCasesPage />
          </RequireArea>
        }
      />
      <Route
        path="eum"
        element={
          <RequireArea id="eum">
            <CompliancePage />
          </RequireArea>
        }
      />
      <Route
        path="eum/items"
        element={
          <RequireArea id="eum">
            <ItemListPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/items/:id"
        element={
          <RequireArea id="eum">
            <ItemPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/inventories"
        element={
          <RequireArea id="eum">
            <InventoryListPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/inventories/:id"
        element={
          <RequireArea id="eum">
            <InventoryPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/incidents"
        element={
          <RequireArea id="eum">
            <IncidentListPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/incidents/:id"
        element={
          <RequireArea id="eum">
            <IncidentPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/visits"
        element={
          <RequireArea id="eum">
            <VisitsPage />
          </RequireArea>
        }
      />
      <Route
        path="eum/sites"
        element={
          <RequireArea id="eum">
            <SitesPage />
          </RequireArea>
        }
      />
      <Route
        path="audit"
        element={
          <RequireArea id="audit">
            <AuditPage />
          </RequireArea>
        }
      />
      <Route
        path="users"
        element={
          <RequireArea id="users">
            <UsersPage />
          </RequireArea>
        }
      />
      <Route path="account/tokens" element={<AccountPage />} />
      <Route path="jobs" element={<JobsPage />} />
      <Route path=":areaId" element={<AreaFallbackPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>,
);

let router: ReturnType<typeof createBrowserRouter> | null = null;

export function App() {
  router ??= createBrowserRouter(routes);
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
