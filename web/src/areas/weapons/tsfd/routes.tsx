import { areaPageRoutes } from '../../../platform/area-page-routes.tsx';
import { lazyPage } from '../../../platform/lazy-page.ts';

// Loaded when first opened (their own chunks), like every area's pages.
const NporListPage = lazyPage(() => import('../npor/npor-list-page.tsx'), 'NporListPage');
const NporPage = lazyPage(() => import('../npor/npor-page.tsx'), 'NporPage');
const TsfdListPage = lazyPage(() => import('./tsfd-list-page.tsx'), 'TsfdListPage');
const TsfdPage = lazyPage(() => import('./tsfd-page.tsx'), 'TsfdPage');

/** The weapons area's NPOR and TSFD screens, as routes of the app (web/src/app.tsx). */
export const nporTsfdRoutes = areaPageRoutes('weapons', [
  ['weapons/npor', NporListPage],
  ['weapons/npor/:id', NporPage],
  ['weapons/tsfd', TsfdListPage],
  ['weapons/tsfd/:id', TsfdPage],
]);
