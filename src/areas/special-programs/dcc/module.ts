// The FMF/DCC part of the special-programs area, for its module.ts to combine (a module.ts: only modules import routes).

import { loadDccDemo } from './demo.ts';
import { dccPortfolioSection } from './portfolio-section.ts';
import { dccRoutes } from './routes.ts';

export const dccPart = { routes: dccRoutes, portfolioSections: [dccPortfolioSection], demo: loadDccDemo } as const;
