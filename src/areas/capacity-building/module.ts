import type { AreaModule } from '../area-module.ts';
import { capacityBuildingAuditSubjects } from './audit-subjects.ts';
import { capacityBuildingDeadlineSources } from './deadlines.ts';
import { capacityBuildingDemo } from './demo.ts';
import { capacityBuildingPortfolioSection } from './portfolio-section.ts';
import { capacityBuildingRoutes } from './routes.ts';
import { proposalSearch } from './search.ts';
import { capacityBuildingWorkQueues } from './work.ts';

/** Global Capability: Section 333 and the other Title 10 programs, their BPC cases, and case reviews. */
export const capacityBuildingModule: AreaModule = {
  id: 'capacity-building',
  routes: () => capacityBuildingRoutes,
  deadlineSources: capacityBuildingDeadlineSources,
  portfolioSections: [capacityBuildingPortfolioSection],
  demo: capacityBuildingDemo,
  auditSubjects: capacityBuildingAuditSubjects,
  searchSources: [proposalSearch],
  workQueues: capacityBuildingWorkQueues,
};
