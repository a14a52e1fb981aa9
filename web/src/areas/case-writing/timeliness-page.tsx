import { Link } from 'react-router-dom';
import { api, fileUrls } from '../../api/client.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { useArea, useSession } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { TimelinessFilters } from './timeliness-filters.tsx';
import { timelinessQueryOf } from './timeliness-period.ts';
import { BucketTable, formatShare, timelinessColumns } from './timeliness-tables.tsx';
import { TimelinessTargets } from './timeliness-targets.tsx';

/** LOA timeliness, LOR to offer, for cases offered in a period: aggregates, per-case rows, exports and (administrators) targets. */
export function TimelinessPage() {
  usePageTitle('LOA timeliness');
  const session = useSession();
  const caseWriting = useArea('case-writing');
  const isAdministrator = session.user.roles.includes('administrator') && Boolean(caseWriting?.canWrite);
  const { get, update } = useSearchState();
  const query = timelinessQueryOf(get);
  const key = JSON.stringify(query);
  const report = useApi(['case-writing', 'timeliness-page:api.timeliness'], (signal) => api.timeliness(query, signal), [key]);
  const partners = useApi(
    ['case-writing', 'timeliness-page:api.listPartners'],
    (signal) => api.listPartners({ limit: 1000, sort: 'code' }, signal),
    [],
  );
  const data = report.data;

  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/case-writing/review-queue">Case writing</Link>
        <span aria-hidden="true">/</span>
        <span>Timeliness</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>LOA timeliness</h1>
          <p className="page-sub">
            Days from the letter of request to the offer, for cases offered {query.from} to {query.to}
            {data ? ` · ${formatCount(data.overall.cases)} offered, ${formatShare(data.overall.onTimeSharePercent)} on time` : ''}.
          </p>
        </div>
        <div className="form-actions">
          <a className="button" href={fileUrls.timelinessExport('csv', query)} download>
            Download CSV
          </a>
          <a className="button" href={fileUrls.timelinessExport('xlsx', query)} download>
            Download XLSX
          </a>
        </div>
      </header>
      <TimelinessFilters query={query} partners={partners.data?.items ?? []} onChange={(changes) => update(changes, { replace: true })} />
      {report.error && <ErrorNotice message={report.error.message} onRetry={report.reload} />}
      {data && (
        <div className="summary-grid">
          <BucketTable title="By agency" caption="On time by implementing agency" buckets={data.byAgency} overall={data.overall} />
          <BucketTable title="By month" caption="On time by offer month" buckets={data.byMonth} overall={data.overall} />
        </div>
      )}
      <DataTable
        caption="Cases offered in the period"
        columns={timelinessColumns}
        rows={data?.rows ?? []}
        rowKey={(r) => r.caseId}
        rowLabel={(r) => `${r.identifier} ${r.partnerCode} ${r.onTime === null ? 'not measured' : r.onTime ? 'on time' : 'late'}`}
        busy={report.loading}
        empty={report.loading ? 'Loading…' : 'No case was offered in this period.'}
      />
      {isAdministrator && <TimelinessTargets onChanged={report.reload} />}
    </section>
  );
}
