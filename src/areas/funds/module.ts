import type { AreaModule } from '../area-module.ts';
import { fundAuditSubjects } from './audit-subjects.ts';
import { fundDeadlineSources } from './deadlines.ts';
import { fundsDemo } from './demo.ts';
import { fundsPortfolioSection } from './portfolio-section.ts';
import { fundRoutes } from './routes.ts';

export const fundsModule: AreaModule = {
  id: 'funds',
  routes: () => fundRoutes,
  deadlineSources: fundDeadlineSources,
  portfolioSections: [fundsPortfolioSection],
  auditSubjects: fundAuditSubjects,
  demo: fundsDemo,
};
