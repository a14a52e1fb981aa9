import { NavLink } from 'react-router-dom';
import type { AreaAccess } from '../api/types.ts';

interface NavGroup {
  key: string;
  label: string;
  areas: AreaAccess[];
}

/** Readable areas grouped by directorate; platform areas (no directorate) first, directorates in the server's order. */
export function groupAreas(areas: readonly AreaAccess[], directorateLabels: Record<string, string>): NavGroup[] {
  const readable = areas.filter((area) => area.canRead);
  const groups: NavGroup[] = [{ key: 'general', label: 'General', areas: readable.filter((a) => a.directorate === null) }];
  const order = [...Object.keys(directorateLabels)];
  for (const area of readable) {
    if (area.directorate && !order.includes(area.directorate)) order.push(area.directorate);
  }
  for (const directorate of order) {
    groups.push({
      key: directorate,
      label: directorateLabels[directorate] ?? directorate,
      areas: readable.filter((a) => a.directorate === directorate),
    });
  }
  return groups.filter((group) => group.areas.length > 0);
}

export function SideNav({ areas, directorateLabels }: { areas: readonly AreaAccess[]; directorateLabels: Record<string, string> }) {
  const groups = groupAreas(areas, directorateLabels);
  return (
    <nav className="side-nav" aria-label="Areas">
      {groups.map((group) => (
        <section key={group.key} className="nav-group" aria-labelledby={`nav-${group.key}`}>
          <h2 id={`nav-${group.key}`} className="nav-group-title">
            {group.label}
          </h2>
          <ul>
            {group.key === 'general' && (
              <li>
                <NavLink to="/deadlines" className="nav-item">
                  Deadlines
                </NavLink>
              </li>
            )}
            {group.areas.map((area) => (
              <li key={area.id}>
                {area.built ? (
                  <NavLink to={`/${area.id}`} className="nav-item">
                    {area.label}
                  </NavLink>
                ) : (
                  <span className="nav-item nav-item-disabled" aria-disabled="true" title="This area is not built yet">
                    <span className="nav-item-label">{area.label}</span>
                    <span className="badge badge-muted">not built yet</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
