// The deliveries area's screens, mounted by app.tsx; each loads when first opened (its own chunk).
import type { ComponentType } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../platform/lazy-page.ts';
import { RequireArea } from '../../platform/require-area.tsx';

const ShipmentListPage = lazyPage(() => import('./shipment-list-page.tsx'), 'ShipmentListPage');
const NewShipmentPage = lazyPage(() => import('./new-shipment-page.tsx'), 'NewShipmentPage');
const DeliveryDashboardPage = lazyPage(() => import('./dashboard-page.tsx'), 'DeliveryDashboardPage');
const ShipmentPage = lazyPage(() => import('./shipment-page.tsx'), 'ShipmentPage');
const FadPage = lazyPage(() => import('./fad-page.tsx'), 'FadPage');

const PAGES: [string, ComponentType][] = [
  ['deliveries', ShipmentListPage],
  ['deliveries/new', NewShipmentPage],
  ['deliveries/dashboard', DeliveryDashboardPage],
  ['deliveries/shipments/:id', ShipmentPage],
  ['deliveries/shipments/:id/fad', FadPage],
];

export const deliveryRoutes = (
  <>
    {PAGES.map(([path, Page]) => (
      <Route
        key={path}
        path={path}
        element={
          <RequireArea id="deliveries">
            <Page />
          </RequireArea>
        }
      />
    ))}
  </>
);
