import type { AreaModule } from '../area-module.ts';
import { eumAuditSubjects } from './audit-subjects.ts';
import { eumDeadlineSources } from './deadlines.ts';
import { eumDemo } from './demo.ts';
import { eumPortfolioSection } from './portfolio-section.ts';
import { eumRoutes } from './routes.ts';
import { itemSearch } from './search.ts';
import { eumWorkQueues } from './work.ts';

export const eumModule: AreaModule = {
  id: 'eum',
  workQueues: eumWorkQueues,
  searchSources: [itemSearch],
  routes: () => eumRoutes,
  deadlineSources: eumDeadlineSources,
  portfolioSections: [eumPortfolioSection],
  auditSubjects: eumAuditSubjects,
  demo: eumDemo,
};
