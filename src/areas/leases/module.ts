import type { AreaModule } from '../area-module.ts';
import { leaseRoutes } from './routes.ts';

/** Leases (AECA 61–63): so far the determinations other tools rely on; the lease records and screens are not built yet. */
export const leasesModule: AreaModule = {
  id: 'leases',
  routes: () => leaseRoutes,
};
