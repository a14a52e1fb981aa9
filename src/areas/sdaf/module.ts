import type { AreaModule } from '../area-module.ts';
import { sdafAuditSubjects } from './audit-subjects.ts';
import { sdafDeadlineSources } from './deadlines.ts';
import { sdafDemo } from './demo.ts';
import { sdafPortfolioSection } from './portfolio-section.ts';
import { sdafRoutes } from './routes.ts';

export const sdafModule: AreaModule = {
  id: 'sdaf',
  routes: () => sdafRoutes,
  deadlineSources: sdafDeadlineSources,
  portfolioSections: [sdafPortfolioSection],
  auditSubjects: sdafAuditSubjects,
  demo: sdafDemo,
};
