// The capacity-building area's screens, mounted by app.tsx; each loads when first opened (its own chunk).
import type { ComponentType } from 'react';
import { areaPageRoutes } from '../../platform/area-page-routes.tsx';
import { lazyPage } from '../../platform/lazy-page.ts';

const reviews = () => import('./review-pages.tsx');
const ProposalListPage = lazyPage(() => import('./proposal-list-page.tsx'), 'ProposalListPage');
const NewProposalPage = lazyPage(() => import('./new-proposal-page.tsx'), 'NewProposalPage');
const ProposalPage = lazyPage(() => import('./proposal-page.tsx'), 'ProposalPage');
const ReviewListPage = lazyPage(reviews, 'ReviewListPage');
const ReviewPage = lazyPage(reviews, 'ReviewPage');

const PAGES: [string, ComponentType][] = [
  ['capacity-building', ProposalListPage],
  ['capacity-building/proposals/new', NewProposalPage],
  ['capacity-building/proposals/:id', ProposalPage],
  ['capacity-building/reviews', ReviewListPage],
  ['capacity-building/reviews/:id', ReviewPage],
];

export const capacityBuildingRoutes = areaPageRoutes('capacity-building', PAGES);
