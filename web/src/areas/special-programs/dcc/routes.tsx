// The FMF/DCC screens, for app.tsx to mount (combined with the rest of the area's at merge); each loads when first opened.
import type { ComponentType } from 'react';
import { lazyPage } from '../../../platform/lazy-page.ts';

const DccListPage = lazyPage(() => import('./dcc-list-page.tsx'), 'DccListPage');
const DccPage = lazyPage(() => import('./dcc-page.tsx'), 'DccPage');

export const DCC_PAGES: [string, ComponentType][] = [
  ['special-programs/dcc', DccListPage],
  ['special-programs/dcc/:id', DccPage],
];
