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
  routes: (wiring) => fundRoutes(wiring.obligationGates),
  // Obligations under a program with conditions set by law (notice, withheld money, authority end, vetting) are refused
  // by the special programs' gate; without it, no obligation would be checked against them.
  requires: ['obligation-gate:program-conditions'],
  deadlineSources: fundDeadlineSources,
  portfolioSections: [fundsPortfolioSection],
  auditSubjects: fundAuditSubjects,
  demo: fundsDemo,
};
