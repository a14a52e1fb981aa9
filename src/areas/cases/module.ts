import type { AreaModule } from '../area-module.ts';
import { caseAuditSubjects } from './audit-subjects.ts';
import { caseDeadlineSources } from './deadlines.ts';
import { casesDemo } from './demo.ts';
import { casesPortfolioSection } from './portfolio-section.ts';
import { caseRoutes } from './routes.ts';
import { caseSearch, lorSearch } from './search.ts';
import { caseWorkQueues } from './work.ts';

export const casesModule: AreaModule = {
  id: 'cases',
  workQueues: caseWorkQueues,
  searchSources: [caseSearch, lorSearch],
  routes: (wiring) => caseRoutes(wiring.caseHooks),
  deadlineSources: caseDeadlineSources,
  portfolioSections: [casesPortfolioSection],
  auditSubjects: caseAuditSubjects,
  demo: casesDemo,
  // AECA 36(b)(1): no LOA needing notice is offered before the notice has cleared; the notifications area decides it.
  // No LOA is approved or issued with a blocking quality finding; Case Writing's checks decide it.
  requires: ['offer-gate:congressional-notification', 'case-marker:pre-notification', 'loa-checks'],
};
