import { createRouter } from '../../platform/http/router.ts';
import type { AreaModule } from '../area-module.ts';
import { weaponsDeadlineSources } from './deadlines.ts';
import { weaponsDemo } from './demo.ts';
import { weaponsPortfolioSection } from './portfolio-section.ts';
import { weaponsRoutes } from './routes.ts';
import { inquirySearch } from './search.ts';
import { nporTsfdPart, nporTsfdRoutes } from './tsfd/module.ts';
import { weaponsWorkQueues } from './work.ts';

/** Weapons directorate: systems, industry inquiries and advocacy, competitions, NPOR, TSFD, sales forecast. */
export const weaponsModule: AreaModule = {
  id: 'weapons',
  ...nporTsfdPart,
  routes: () => createRouter().route('/', nporTsfdRoutes()).route('/', weaponsRoutes),
  deadlineSources: weaponsDeadlineSources,
  portfolioSections: [weaponsPortfolioSection, ...nporTsfdPart.portfolioSections],
  searchSources: [inquirySearch, ...nporTsfdPart.searchSources],
  workQueues: weaponsWorkQueues,
  // The catalogue's systems first: the NPOR/TSFD demo names systems and adds only those not already there.
  demo: {
    order: weaponsDemo.order,
    load: async (context) => ({ ...(await weaponsDemo.load(context)), ...(await nporTsfdPart.demo.load(context)) }),
    ...(nporTsfdPart.demo.prepareOffer ? { prepareOffer: nporTsfdPart.demo.prepareOffer } : {}),
  },
};
