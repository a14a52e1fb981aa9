import type { AreaModule } from '../area-module.ts';
import { partnerDirectory } from './public.ts';
import { countryRoutes } from './routes.ts';

export const countriesModule: AreaModule = {
  id: 'countries',
  routes: (wiring) => countryRoutes(wiring.refreshMarkings),
  partnerDirectory,
};
