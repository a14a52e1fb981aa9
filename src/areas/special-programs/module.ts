import type { AreaModule } from '../area-module.ts';
import { programConditionsGate } from './conditions/gate.ts';
import { specialProgramsDemo } from './demo.ts';
import { specialProgramsPortfolioSection } from './portfolio-section.ts';
import { specialProgramRoutes } from './routes.ts';
import { recipientSearch } from './search.ts';
import { vettingDeadlineSources } from './vetting/deadlines.ts';
import { specialProgramWorkQueues } from './work.ts';

/**
 * Regional Execution's special programs (USAI, Iraq/Syria train and equip, CTEF, ERI/EDI): the conditions the law sets
 * before their money may be obligated, the certifications and notices that meet them, and the vetting of recipients.
 */
export const specialProgramsModule: AreaModule = {
  id: 'special-programs',
  routes: () => specialProgramRoutes,
  obligationGates: [programConditionsGate],
  deadlineSources: vettingDeadlineSources,
  searchSources: [recipientSearch],
  workQueues: specialProgramWorkQueues,
  portfolioSections: [specialProgramsPortfolioSection],
  demo: specialProgramsDemo,
};
