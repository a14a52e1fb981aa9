import type { AreaModule } from '../area-module.ts';
import { edaDeadlineSources } from './deadlines.ts';
import { edaDemo } from './demo.ts';
import { edaOfferGate } from './offer-gate.ts';
import { edaPortfolioSection } from './portfolio-section.ts';
import { edaRoutes } from './routes.ts';
import { edaRequestSearch } from './search.ts';

/** Excess defense articles (FAA 516, AECA 21): declarations, requests through interagency review to DSCA's authorization. */
export const edaModule: AreaModule = {
  id: 'eda',
  searchSources: [edaRequestSearch],
  routes: () => edaRoutes,
  deadlineSources: edaDeadlineSources,
  portfolioSections: [edaPortfolioSection],
  offerGates: [edaOfferGate],
  demo: edaDemo,
};
