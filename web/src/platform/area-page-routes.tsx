import type { ComponentType } from 'react';
import { Route } from 'react-router-dom';
import { RequireArea } from './require-area.tsx';

/** An area's pages as routes of app.tsx, each behind the area's read check (React Router reads them through the fragment). */
export function areaPageRoutes(area: string, pages: readonly (readonly [path: string, Page: ComponentType])[]) {
  return (
    <>
      {pages.map(([path, Page]) => (
        <Route
          key={path}
          path={path}
          element={
            <RequireArea id={area}>
              <Page />
            </RequireArea>
          }
        />
      ))}
    </>
  );
}
