import type { AreaModule } from '../area-module.ts';

/** Weapons directorate: systems, industry inquiries and advocacy, competitions, NPOR, TSFD, sales forecast. */
export const weaponsModule: AreaModule = {
  id: 'weapons',
};
