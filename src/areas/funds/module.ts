import type { AreaModule } from '../area-module.ts';
import { fundAuditSubjects } from './audit-subjects.ts';
import { fundDeadlineSources } from './deadlines.ts';
import { fundsDemo } from './demo.ts';
import { fundsPortfolioSection } from './portfolio-section.ts';
import { fundRoutes } from './routes.ts';
import { fundWorkQueues } from './work.ts';

export const fundsModule: AreaModule = {
  id: 'funds',
  workQueues: fundWorkQueues,
  routes: () => fundRoutes,
  deadlineSources: fundDeadlineSources,
  portfolioSections: [fundsPortfolioSection],
  auditSubjects: fundAuditSubjects,
  demo: fundsDemo,
};
