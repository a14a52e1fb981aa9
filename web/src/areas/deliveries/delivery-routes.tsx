// The deliveries area's screens, mounted by app.tsx; each loads when first opened (its own chunk).
import type { ComponentType } from 'react';
import { areaPageRoutes } from '../../platform/area-page-routes.tsx';
import { lazyPage } from '../../platform/lazy-page.ts';

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

export const deliveryRoutes = areaPageRoutes('deliveries', PAGES);
