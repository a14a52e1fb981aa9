import type { AreaModule } from '../area-module.ts';
import { caseWritingRoutes } from './routes.ts';

export const caseWritingModule: AreaModule = {
  id: 'case-writing',
  routes: () => caseWritingRoutes,
};
