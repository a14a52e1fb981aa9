import { Link, useSearchParams } from 'react-router-dom';
import { formatCount } from '../format.ts';
import { ErrorNotice, Loading } from '../status-pages.tsx';
import { useApi } from '../use-api.ts';
import { usePageTitle } from '../use-page-title.ts';
import { type SearchGroup, searchApi } from './search-api.ts';

/** The global search's results: one group per kind of record, each hit linking to its record. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const result = useApi(['search', 'search-page:searchApi.search'], (signal) => (q ? searchApi.search(q, signal) : Promise.resolve(null)), [
    q,
  ]);
  const groups = result.data?.groups ?? [];

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Search</h1>
          <p className="page-sub">
            {q ? <>Results for “{q}” in the areas you may read</> : 'Type in the search box above (press / to get there)'}
          </p>
        </div>
      </header>
      {result.loading && q && <Loading label="Searching…" />}
      {result.error && (
        <ErrorNotice message={result.error.fieldMessage('q') ? `Search: ${result.error.fieldMessage('q')}` : result.error.message} />
      )}
      {result.data && groups.length === 0 && <p className="empty">Nothing found for “{q}”.</p>}
      {groups.map((group) => (
        <ResultGroup key={group.kind} group={group} />
      ))}
    </section>
  );
}

function ResultGroup({ group }: { group: SearchGroup }) {
  const headingId = `search-${group.kind}`;
  return (
    <section className="card search-group" aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>
          {group.label} <span className="muted">({formatCount(group.total)})</span>
        </h2>
        {group.listLink && group.total > group.hits.length && (
          <Link to={group.listLink}>Show all {formatCount(group.total)} in the list</Link>
        )}
      </header>
      <ul className="search-hits">
        {group.hits.map((hit) => (
          <li key={hit.id}>
            <Link to={hit.link} className="mono strong">
              {hit.title}
            </Link>
            <span className="search-detail">{hit.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
