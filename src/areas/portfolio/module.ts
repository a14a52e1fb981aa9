import type { AreaModule } from '../area-module.ts';
import { portfolioRoutes } from './routes.ts';

/** The country portfolio: reads every other area through the sections and clocks they declare; owns no table. */
export const portfolioModule: AreaModule = {
  id: 'portfolio',
  routes: (wiring) => portfolioRoutes(wiring),
};
