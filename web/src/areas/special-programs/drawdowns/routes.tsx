// The drawdown screens, for app.tsx to mount (combined with the rest of the area's at merge); each loads when first opened.
import type { ComponentType } from 'react';
import { lazyPage } from '../../../platform/lazy-page.ts';

const DrawdownListPage = lazyPage(() => import('./drawdown-list-page.tsx'), 'DrawdownListPage');
const DrawdownPage = lazyPage(() => import('./drawdown-page.tsx'), 'DrawdownPage');

export const DRAWDOWN_PAGES: [string, ComponentType][] = [
  ['special-programs/drawdowns', DrawdownListPage],
  ['special-programs/drawdowns/:id', DrawdownPage],
];
