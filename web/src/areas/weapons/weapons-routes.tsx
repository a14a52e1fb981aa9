// The weapons area's screens (part A: systems, inquiries, advocacy, competitions, forecast), mounted by app.tsx.
import { Route } from 'react-router-dom';
import { RequireArea } from '../../platform/require-area.tsx';
import { AdvocacyListPage, AdvocacyPage, NewAdvocacyPage } from './advocacy-pages.tsx';
import { CompetitionListPage, CompetitionPage, NewCompetitionPage } from './competition-pages.tsx';
import { ForecastPage } from './forecast-page.tsx';
import { InquiryListPage, InquiryPage, NewInquiryPage } from './inquiry-pages.tsx';
import { SystemFormPage, SystemListPage, SystemPage } from './systems-pages.tsx';
import { WeaponsHomePage } from './weapons-home-page.tsx';

const PAGES: [string, () => React.JSX.Element][] = [
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

/** Route elements for app.tsx's <Routes> (React Router reads them through the fragment). */
export const weaponsRoutes = (
  <>
    {PAGES.map(([path, Page]) => (
      <Route
        key={path}
        path={path}
        element={
          <RequireArea id="weapons">
            <Page />
          </RequireArea>
        }
      />
    ))}
  </>
);
