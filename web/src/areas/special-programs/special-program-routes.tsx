// The special programs' screens (conditions, vetting, FMF/DCC, drawdowns), mounted by app.tsx; each loads when first opened (its own chunk).
import type { ComponentType } from 'react';
import { areaPageRoutes } from '../../platform/area-page-routes.tsx';
import { lazyPage } from '../../platform/lazy-page.ts';
import { DCC_PAGES } from './dcc/routes.tsx';
import { DRAWDOWN_PAGES } from './drawdowns/routes.tsx';

const ConditionListPage = lazyPage(() => import('./condition-list-page.tsx'), 'ConditionListPage');
const ProgramPage = lazyPage(() => import('./program-page.tsx'), 'ProgramPage');
const ConditionPage = lazyPage(() => import('./condition-page.tsx'), 'ConditionPage');
const NewConditionPage = lazyPage(() => import('./new-condition-page.tsx'), 'NewConditionPage');
const RecipientListPage = lazyPage(() => import('./recipient-list-page.tsx'), 'RecipientListPage');
const RecipientPage = lazyPage(() => import('./recipient-page.tsx'), 'RecipientPage');

const PAGES: [string, ComponentType][] = [
  ['special-programs', ConditionListPage],
  ['special-programs/programs/:code', ProgramPage],
  ['special-programs/conditions/new', NewConditionPage],
  ['special-programs/conditions/:id', ConditionPage],
  ['special-programs/recipients', RecipientListPage],
  ['special-programs/recipients/:id', RecipientPage],
  ...DCC_PAGES,
  ...DRAWDOWN_PAGES,
];

export const specialProgramRoutes = areaPageRoutes('special-programs', PAGES);
