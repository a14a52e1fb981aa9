import type { AreaModule } from '../area-module.ts';
import { leaseDeadlineSources } from './deadlines.ts';
import { leasesDemo } from './demo.ts';
import { leasesPortfolioSection } from './portfolio-section.ts';
import { leaseRoutes } from './routes.ts';
import { leaseSearch } from './search.ts';
import { leaseWorkQueues } from './work.ts';

/** Leases (AECA 61–63): lease agreements, their certification to Congress (through notifications), rental and return. */
export const leasesModule: AreaModule = {
  id: 'leases',
  workQueues: leaseWorkQueues,
  searchSources: [leaseSearch],
  routes: () => leaseRoutes,
  deadlineSources: leaseDeadlineSources,
  portfolioSections: [leasesPortfolioSection],
  demo: leasesDemo,
};
