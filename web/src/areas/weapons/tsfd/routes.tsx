import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../../platform/lazy-page.ts';
import { RequireArea } from '../../../platform/require-area.tsx';

// Loaded when first opened (their own chunks), like every area's pages.
const NporListPage = lazyPage(() => import('../npor/npor-pages.tsx'), 'NporListPage');
const NporPage = lazyPage(() => import('../npor/npor-pages.tsx'), 'NporPage');
const TsfdListPage = lazyPage(() => import('./tsfd-pages.tsx'), 'TsfdListPage');
const TsfdPage = lazyPage(() => import('./tsfd-pages.tsx'), 'TsfdPage');

const guarded = (page: ReactNode) => <RequireArea id="weapons">{page}</RequireArea>;

/** The weapons area's NPOR and TSFD screens (issue 15, part B), as routes of the app (web/src/app.tsx). */
export function nporTsfdRoutes() {
  return [
    <Route key="npor" path="weapons/npor" element={guarded(<NporListPage />)} />,
    <Route key="npor-one" path="weapons/npor/:id" element={guarded(<NporPage />)} />,
    <Route key="tsfd" path="weapons/tsfd" element={guarded(<TsfdListPage />)} />,
    <Route key="tsfd-one" path="weapons/tsfd/:id" element={guarded(<TsfdPage />)} />,
  ];
}
