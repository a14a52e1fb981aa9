import type { AreaModule } from '../area-module.ts';
import { partnerDirectory } from './public.ts';
import { countryRoutes } from './routes.ts';
import { partnerSearch } from './search.ts';

export const countriesModule: AreaModule = {
  id: 'countries',
  searchSources: [partnerSearch],
  routes: (wiring) => countryRoutes(wiring.refreshMarkings),
  partnerDirectory,
};
