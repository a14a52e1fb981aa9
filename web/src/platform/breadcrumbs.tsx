import { Fragment } from 'react';
import { Link } from 'react-router-dom';

export interface Crumb {
  to: string;
  label: string;
}

/** Where a record sits: the area and its list, linked, then the record itself (the current page, not a link). */
export function Breadcrumbs({ trail, current }: { trail: readonly Crumb[]; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumbs">
      {trail.map((crumb) => (
        <Fragment key={crumb.to}>
          <Link to={crumb.to}>{crumb.label}</Link>
          <span aria-hidden="true">/</span>
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
