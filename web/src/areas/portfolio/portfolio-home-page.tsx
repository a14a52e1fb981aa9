import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatCount } from '../../platform/format.ts';
import { useSession } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { FigureValue } from './figure-link.tsx';
import { portfolioApi } from './portfolio-api.ts';

/** A director's partners side by side (or any partners named in the URL): the headline figures of each. */
export function PortfolioHomePage() {
  usePageTitle('Country portfolios');
  const session = useSession();
  const { get, update } = useSearchState();
  const partners = get('partners') || undefined;
  const all = session.user.scope.allCountries;
  const [text, setText] = useState(partners ?? '');
  const page = useApi((signal) => (all && !partners ? Promise.resolve(null) : portfolioApi.sideBySide(partners, signal)), [partners, all]);
  const rows = page.data?.partners ?? [];
  const keys = [...new Map(rows.flatMap((r) => r.sections.flatMap((s) => s.figures.map((f) => [f.key, f.label] as const)))).entries()];
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Country portfolios</h1>
          <p className="page-sub">{all ? 'Name the partners to compare, or open the agency overview.' : 'Your partners side by side; open one for its whole portfolio.'}</p>
        </div>
        <Link className="button" to="/portfolio/overview">Agency overview</Link>
      </header>
      <form className="filter-bar" role="search" onSubmit={(e) => { e.preventDefault(); update({ partners: text.toUpperCase().replace(/\s+/g, '') }); }}>
        <label className="field field-inline">
          <span>Partners</span>
          <input value={text} placeholder="e.g. PL,RO" onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="button">Compare</button>
      </form>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.loading && <Loading />}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-label="Partners side by side">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                {rows.map((r) => <th key={r.partner.code} scope="col"><Link to={`/portfolio/${r.partner.code}`}>{r.partner.name} ({r.partner.code})</Link></th>)}
              </tr>
            </thead>
            <tbody>
              {keys.map(([key, label]) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  {rows.map((r) => {
                    const f = r.sections.flatMap((s) => s.figures).find((x) => x.key === key);
                    return <td key={r.partner.code} className="num">{f ? <FigureValue figure={f} /> : '—'}</td>;
                  })}
                </tr>
              ))}
              <tr>
                <th scope="row">Activity (30 days)</th>
                {rows.map((r) => <td key={r.partner.code} className="num">{formatCount(r.activity)}</td>)}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
