import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { RequireArea } from '../../../platform/require-area.tsx';
import { NporListPage, NporPage } from '../npor/npor-pages.tsx';
import { TsfdListPage, TsfdPage } from './tsfd-pages.tsx';
import { WeaponsHome } from './weapons-home.tsx';

const guarded = (page: ReactNode) => <RequireArea id="weapons">{page}</RequireArea>;

/** The weapons area's NPOR and TSFD screens (issue 15, part B), as routes of the app (web/src/app.tsx). */
export function nporTsfdRoutes() {
  return [
    <Route key="weapons" path="weapons" element={guarded(<WeaponsHome />)} />,
    <Route key="npor" path="weapons/npor" element={guarded(<NporListPage />)} />,
    <Route key="npor-one" path="weapons/npor/:id" element={guarded(<NporPage />)} />,
    <Route key="tsfd" path="weapons/tsfd" element={guarded(<TsfdListPage />)} />,
    <Route key="tsfd-one" path="weapons/tsfd/:id" element={guarded(<TsfdPage />)} />,
  ];
}
