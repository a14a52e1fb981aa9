import { createRouter } from '../../platform/http/router.ts';
import type { AreaModule } from '../area-module.ts';
import { dccPart } from './dcc/module.ts';
import { drawdownsPart } from './drawdowns/module.ts';

/** Regional Execution's special programs: FMF/DCC financing approvals and presidential drawdowns. */
export const specialProgramsModule: AreaModule = {
  id: 'special-programs',
  routes: () => createRouter().route('/', dccPart.routes()).route('/', drawdownsPart.routes()),
  portfolioSections: [...dccPart.portfolioSections, ...drawdownsPart.portfolioSections],
  // After funds (order 30): the DCC demo draws on FMF allotments it makes through the funds area.
  demo: {
    order: 35,
    load: async (context) => ({ ...(await dccPart.demo(context)), ...(await drawdownsPart.demo(context)) }),
  },
};
