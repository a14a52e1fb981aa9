import type { AreaModule } from '../area-module.ts';
import { nporTsfdPart, nporTsfdRoutes } from './tsfd/module.ts';

/** Weapons directorate: systems, industry inquiries and advocacy, competitions, NPOR, TSFD, sales forecast. */
export const weaponsModule: AreaModule = {
  id: 'weapons',
  routes: nporTsfdRoutes,
  ...nporTsfdPart,
};
