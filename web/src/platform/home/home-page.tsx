import { Link } from 'react-router-dom';
import { http, unwrap } from '../../api/http.ts';
import type { components } from '../../api/openapi-schema.d.ts';
import { formatCount } from '../format.ts';
import { useSession } from '../session-context.tsx';
import { ErrorNotice, Loading } from '../status-pages.tsx';
import { useApi } from '../use-api.ts';
import { usePageTitle } from '../use-page-title.ts';

type MyWork = components['schemas']['MyWork'];
type WorkItem = MyWork['items'][number];

/** The landing page: what waits on me, per area I work in, each count opening the list it counts. */
export function HomePage() {
  const session = useSession();
  usePageTitle('My work');
  const work = useApi(['home', 'home-page:/my-work'], (signal) => unwrap(http.GET('/my-work', { signal })), []);
  const anyArea = session.areas.some((area) => area.built && area.canRead);
  const groups = new Map<string, WorkItem[]>();
  for (const item of work.data?.items ?? []) groups.set(item.areaLabel, [...(groups.get(item.areaLabel) ?? []), item]);

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>My work</h1>
          <p className="page-sub">
            {session.user.displayName} · what waits on you today{work.data ? `, ${work.data.today}` : ''}
          </p>
        </div>
      </header>
      {!anyArea && <p>No area is open to you yet. Ask an administrator for a role.</p>}
      {work.loading && <Loading />}
      {work.error && <ErrorNotice message={work.error.message} onRetry={work.reload} />}
      <div className="work-groups">
        {[...groups].map(([label, items]) => (
          <section key={label} className="card work-group" aria-labelledby={`work-${slug(label)}`}>
            <h2 id={`work-${slug(label)}`}>{label}</h2>
            <ul className="work-list">
              {items.map((item) => (
                <li key={item.key}>
                  <Link
                    to={item.link}
                    className={`work-item ${item.count > 0 ? `work-${item.tone}` : 'work-none'}`}
                    data-testid={`work-${item.key}`}
                  >
                    <span className="work-count">{item.more ? `${formatCount(item.count)}+` : formatCount(item.count)}</span>
                    <span className="work-label">{item.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
