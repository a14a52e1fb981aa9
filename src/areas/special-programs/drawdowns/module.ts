// The presidential drawdowns part of the special-programs area, for its module.ts to combine (a module.ts: only modules import routes).
import { loadDrawdownDemo } from './demo.ts';
import { drawdownsPortfolioSection } from './portfolio-section.ts';
import { drawdownRoutes } from './routes.ts';

export const drawdownsPart = { routes: drawdownRoutes, portfolioSections: [drawdownsPortfolioSection], demo: loadDrawdownDemo } as const;
