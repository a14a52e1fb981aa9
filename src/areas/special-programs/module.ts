import { createRouter } from '../../platform/http/router.ts';
import type { AreaModule } from '../area-module.ts';
import { programConditionsGate } from './conditions/gate.ts';
import { dccPart } from './dcc/module.ts';
import { specialProgramsDemo } from './demo.ts';
import { drawdownsPart } from './drawdowns/module.ts';
import { specialProgramsPortfolioSection } from './portfolio-section.ts';
import { specialProgramRoutes } from './routes.ts';
import { recipientSearch } from './search.ts';
import { vettingDeadlineSources } from './vetting/deadlines.ts';
import { specialProgramWorkQueues } from './work.ts';

/**
 * Regional Execution's special programs (USAI, Iraq/Syria train and equip, CTEF, ERI/EDI, FMF/DCC, drawdowns): the
 * conditions the law sets before their money may be obligated, the certifications and notices that meet them, the
 * vetting of recipients, FMF financing of direct commercial contracts, and presidential drawdowns.
 */
export const specialProgramsModule: AreaModule = {
  id: 'special-programs',
  routes: (wiring) =>
    createRouter().route('/', specialProgramRoutes).route('/', dccPart.routes(wiring.obligationGates)).route('/', drawdownsPart.routes()),
  obligationGates: [programConditionsGate],
  deadlineSources: vettingDeadlineSources,
  searchSources: [recipientSearch],
  workQueues: specialProgramWorkQueues,
  portfolioSections: [specialProgramsPortfolioSection, ...dccPart.portfolioSections, ...drawdownsPart.portfolioSections],
  // After funds (order 30): the conditions' demo obligates, and the DCC demo draws on FMF allotments, through funds.
  demo: {
    order: specialProgramsDemo.order,
    load: async (context) => ({
      ...(await specialProgramsDemo.load(context)),
      ...(await dccPart.demo(context)),
      ...(await drawdownsPart.demo(context)),
    }),
  },
};
