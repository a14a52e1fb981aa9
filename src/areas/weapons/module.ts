import type { AreaModule } from '../area-module.ts';
import { weaponsDeadlineSources } from './deadlines.ts';
import { weaponsDemo } from './demo.ts';
import { weaponsPortfolioSection } from './portfolio-section.ts';
import { weaponsRoutes } from './routes.ts';

/** Weapons directorate: systems, industry inquiries and advocacy, competitions, NPOR, TSFD, sales forecast. */
export const weaponsModule: AreaModule = {
  id: 'weapons',
  routes: () => weaponsRoutes,
  deadlineSources: weaponsDeadlineSources,
  portfolioSections: [weaponsPortfolioSection],
  demo: weaponsDemo,
};
