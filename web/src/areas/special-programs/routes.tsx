// The special-programs area's screens (FMF/DCC and drawdowns), mounted by app.tsx.
import { areaPageRoutes } from '../../platform/area-page-routes.tsx';
import { DCC_PAGES } from './dcc/routes.tsx';
import { DRAWDOWN_PAGES } from './drawdowns/routes.tsx';

export const specialProgramsRoutes = areaPageRoutes('special-programs', [...DCC_PAGES, ...DRAWDOWN_PAGES]);
