import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { ComparisonTable } from './comparison-table.tsx';
import { portfolioApi } from './portfolio-api.ts';

/** A director's partners side by side (or any partners named in the URL): every figure of the partner page, with totals. */
export function PortfolioHomePage() {
  usePageTitle('Country portfolios');
  const session = useSession();
  const { get, update } = useSearchState();
  const partners = get('partners') || undefined;
  const all = session.user.scope.allCountries;
  const [text, setText] = useState(partners ?? '');
  const page = useApi(
    ['portfolio', 'portfolio-home-page:portfolioApi.sideBySide'],
    (signal) => (all && !partners ? Promise.resolve(null) : portfolioApi.sideBySide(partners, signal)),
    [partners, all],
  );
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Country portfolios</h1>
          <p className="page-sub">
            {all
              ? 'Name the partners to compare, or open the agency overview.'
              : 'Your partners side by side; open one for its whole portfolio.'}
          </p>
        </div>
        <Link className="button" to="/portfolio/overview">
          Agency overview
        </Link>
      </header>
      <form
        className="filter-bar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          update({ partners: text.toUpperCase().replace(/\s+/g, '') });
        }}
      >
        <label className="field field-inline">
          <span>Partners</span>
          <input value={text} placeholder="e.g. PL,RO" onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Compare
        </button>
      </form>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.loading && <Loading />}
      {page.data && page.data.partners.length > 0 && <ComparisonTable data={page.data} />}
    </section>
  );
}
