import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AccountPage } from './areas/account/account-page.tsx';
import { AuditPage } from './areas/audit/audit-page.tsx';
import { NewProposalPage } from './areas/capacity-building/new-proposal-page.tsx';
import { ProposalListPage } from './areas/capacity-building/proposal-list-page.tsx';
import { ProposalPage } from './areas/capacity-building/proposal-page.tsx';
import { ReviewListPage, ReviewPage } from './areas/capacity-building/review-pages.tsx';
import { ReviewQueuePage } from './areas/case-writing/review-queue-page.tsx';
import { TimelinessPage } from './areas/case-writing/timeliness-page.tsx';
import { CaseListPage } from './areas/cases/case-list-page.tsx';
import { CasePage } from './areas/cases/case-page.tsx';
import { LorListPage } from './areas/cases/lor-list-page.tsx';
import { NewCasePage } from './areas/cases/new-case-page.tsx';
import { PartnerDetailPage } from './areas/countries/partner-detail-page.tsx';
import { PartnerListPage } from './areas/countries/partner-list-page.tsx';
import { CeilingPage } from './areas/eda/ceiling-page.tsx';
import { DeclarationFormPage } from './areas/eda/declaration-form-page.tsx';
import { DeclarationListPage } from './areas/eda/declaration-list-page.tsx';
import { DeclarationPage } from './areas/eda/declaration-page.tsx';
import { RequestListPage } from './areas/eda/request-list-page.tsx';
import { RequestPage } from './areas/eda/request-page.tsx';
import { CompliancePage } from './areas/eum/compliance-page.tsx';
import { IncidentListPage, IncidentPage } from './areas/eum/incident-pages.tsx';
import { InventoryListPage } from './areas/eum/inventory-list-page.tsx';
import { InventoryPage } from './areas/eum/inventory-page.tsx';
import { ItemListPage } from './areas/eum/item-list-page.tsx';
import { ItemPage } from './areas/eum/item-page.tsx';
import { SitesPage } from './areas/eum/sites-page.tsx';
import { VisitsPage } from './areas/eum/visits-page.tsx';
import { AppropriationListPage } from './areas/funds/appropriation-list-page.tsx';
import { AppropriationPage } from './areas/funds/appropriation-page.tsx';
import { ProgramsPage } from './areas/funds/programs-page.tsx';
import { TransactionListPage } from './areas/funds/transaction-list-page.tsx';
import { LeaseListPage } from './areas/leases/lease-list-page.tsx';
import { LeasePage } from './areas/leases/lease-page.tsx';
import { EditLeasePage, NewLeasePage } from './areas/leases/new-lease-page.tsx';
import { CaseNotificationPanel } from './areas/notifications/case-notification-panel.tsx';
import { NewNotificationPage } from './areas/notifications/new-notification-page.tsx';
import { NotificationListPage } from './areas/notifications/notification-list-page.tsx';
import { NotificationPage } from './areas/notifications/notification-page.tsx';
import { ThresholdsPage } from './areas/notifications/thresholds-page.tsx';
import { WhatIfPage } from './areas/notifications/what-if-page.tsx';
import { OverviewPage } from './areas/portfolio/overview-page.tsx';
import { PartnerPortfolioPage } from './areas/portfolio/partner-portfolio-page.tsx';
import { PortfolioCasesPage } from './areas/portfolio/portfolio-cases-page.tsx';
import { PortfolioHomePage } from './areas/portfolio/portfolio-home-page.tsx';
import { SdafFundPage } from './areas/sdaf/fund-page.tsx';
import { SdafInventoryPage } from './areas/sdaf/inventory-page.tsx';
import { SdafProcurementPage } from './areas/sdaf/procurement-page.tsx';
import { SdafProcurementsPage } from './areas/sdaf/procurements-page.tsx';
import { SdafRulesPage } from './areas/sdaf/rules-page.tsx';
import { SdafHome } from './areas/sdaf/sdaf-home.tsx';
import { SdafTransfersPage } from './areas/sdaf/transfers-page.tsx';
import { UsersPage } from './areas/users/users-page.tsx';
import { AppShell } from './platform/app-shell.tsx';
import { CalendarPage } from './platform/deadlines/calendar-page.tsx';
import { RequireArea } from './platform/require-area.tsx';
import { RequireSession } from './platform/require-session.tsx';
import { SessionProvider } from './platform/session-context.tsx';
import { SignInPage } from './platform/sign-in-page.tsx';
import { AreaFallbackPage, HomePage, NotFoundPage } from './platform/status-pages.tsx';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
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
            <Route
              path="capacity-building"
              element={
                <RequireArea id="capacity-building">
                  <ProposalListPage />
                </RequireArea>
              }
            />
            <Route
              path="capacity-building/proposals/new"
              element={
                <RequireArea id="capacity-building">
                  <NewProposalPage />
                </RequireArea>
              }
            />
            <Route
              path="capacity-building/proposals/:id"
              element={
                <RequireArea id="capacity-building">
                  <ProposalPage />
                </RequireArea>
              }
            />
            <Route
              path="capacity-building/reviews"
              element={
                <RequireArea id="capacity-building">
                  <ReviewListPage />
                </RequireArea>
              }
            />
            <Route
              path="capacity-building/reviews/:id"
              element={
                <RequireArea id="capacity-building">
                  <ReviewPage />
                </RequireArea>
              }
            />
            <Route path="deadlines" element={<CalendarPage />} />
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
            <Route path=":areaId" element={<AreaFallbackPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
