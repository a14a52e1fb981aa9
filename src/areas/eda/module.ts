import type { AreaModule } from '../area-module.ts';
import { edaRoutes } from './routes.ts';

/** Excess defense articles (FAA 516): so far the determination other tools rely on; records and screens are not built yet. */
export const edaModule: AreaModule = {
  id: 'eda',
  routes: () => edaRoutes,
};
