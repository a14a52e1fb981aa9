// The weapons area's screens (part A: systems, inquiries, advocacy, competitions, forecast), mounted by app.tsx.

import type { ComponentType } from 'react';
import { areaPageRoutes } from '../../platform/area-page-routes.tsx';
import { lazyPage } from '../../platform/lazy-page.ts';

// Loaded when first opened (their own chunks), like every area's pages.
const WeaponsHomePage = lazyPage(() => import('./weapons-home-page.tsx'), 'WeaponsHomePage');
const SystemListPage = lazyPage(() => import('./system-list-page.tsx'), 'SystemListPage');
const SystemFormPage = lazyPage(() => import('./system-form-page.tsx'), 'SystemFormPage');
const SystemPage = lazyPage(() => import('./system-page.tsx'), 'SystemPage');
const InquiryListPage = lazyPage(() => import('./inquiry-list-page.tsx'), 'InquiryListPage');
const NewInquiryPage = lazyPage(() => import('./new-inquiry-page.tsx'), 'NewInquiryPage');
const InquiryPage = lazyPage(() => import('./inquiry-page.tsx'), 'InquiryPage');
const AdvocacyListPage = lazyPage(() => import('./advocacy-list-page.tsx'), 'AdvocacyListPage');
const NewAdvocacyPage = lazyPage(() => import('./new-advocacy-page.tsx'), 'NewAdvocacyPage');
const AdvocacyPage = lazyPage(() => import('./advocacy-page.tsx'), 'AdvocacyPage');
const CompetitionListPage = lazyPage(() => import('./competition-list-page.tsx'), 'CompetitionListPage');
const NewCompetitionPage = lazyPage(() => import('./new-competition-page.tsx'), 'NewCompetitionPage');
const CompetitionPage = lazyPage(() => import('./competition-page.tsx'), 'CompetitionPage');
const ForecastPage = lazyPage(() => import('./forecast-page.tsx'), 'ForecastPage');

const PAGES: [string, ComponentType][] = [
  ['weapons', WeaponsHomePage],
  ['weapons/systems', SystemListPage],
  ['weapons/systems/new', SystemFormPage],
  ['weapons/systems/:id', SystemPage],
  ['weapons/systems/:id/edit', SystemFormPage],
  ['weapons/inquiries', InquiryListPage],
  ['weapons/inquiries/new', NewInquiryPage],
  ['weapons/inquiries/:id', InquiryPage],
  ['weapons/advocacy', AdvocacyListPage],
  ['weapons/advocacy/new', NewAdvocacyPage],
  ['weapons/advocacy/:id', AdvocacyPage],
  ['weapons/competitions', CompetitionListPage],
  ['weapons/competitions/new', NewCompetitionPage],
  ['weapons/competitions/:id', CompetitionPage],
  ['weapons/forecast', ForecastPage],
];

export const weaponsRoutes = areaPageRoutes('weapons', PAGES);
