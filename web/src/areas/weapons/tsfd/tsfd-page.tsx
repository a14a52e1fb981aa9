import { Link, useParams } from 'react-router-dom';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../../platform/status-pages.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { DETERMINATION_LABELS, TECHNOLOGY_AREA_LABELS, TSFD_STATUS_LABELS, type TsfdRequest, tsfdApi } from './tsfd-api.ts';
import { DeterminationForm, LinkForm, ReferForm } from './tsfd-forms.tsx';
import { TsfdWithdraw } from './tsfd-withdraw.tsx';

const areaLabel = (a: string) => TECHNOLOGY_AREA_LABELS[a] ?? a;

/** One TSFD request: its reviewing bodies and their determinations, the policies covering the partner, the conditions. */
export function TsfdPage() {
  const { id = '' } = useParams();
  const request = useApi(['weapons', 'tsfd-page:tsfdApi.get'], (signal) => tsfdApi.get(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  usePageTitle(request.data ? `TSFD ${request.data.reference}` : 'TSFD request');
  if (request.error?.isUnavailable) return <NotAvailablePage what="This TSFD request" />;
  if (request.error) return <ErrorNotice message={request.error.message} onRetry={request.reload} />;
  const r = request.data;
  if (!r) return <Loading />;
  const open = r.status === 'received' || r.status === 'in_review';
  const done = (updated: TsfdRequest) => request.setData(updated);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <p className="page-sub">
            <Link to="/weapons/tsfd">TSFD requests</Link>
          </p>
          <h1>
            <span className="mono">{r.reference}</span> {r.title}
          </h1>
          <p className="page-sub">
            <span className="badge">{TSFD_STATUS_LABELS[r.status]}</span>{' '}
            {r.priority && <span className="badge badge-danger">Priority: {r.priorityReason}</span>}
          </p>
        </div>
      </header>
      <dl className="detail-list">
        <div>
          <dt>Partner</dt>
          <dd>{r.partnerCode}</dd>
        </div>
        <div>
          <dt>System</dt>
          <dd>{r.systemName}</dd>
        </div>
        <div>
          <dt>Technology areas</dt>
          <dd>{r.technologyAreas.map(areaLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>Pre-LOR Assessment Request</dt>
          <dd>
            {r.preLorAssessmentOn} {r.preLorAssessmentReference}
          </dd>
        </div>
        <div>
          <dt>Case</dt>
          <dd>{r.caseIdentifier ?? '—'}</dd>
        </div>
        {r.decidedOn && (
          <div>
            <dt>Decided</dt>
            <dd>{r.decidedOn}</dd>
          </div>
        )}
        {r.withdrawnReason && (
          <div>
            <dt>Withdrawn</dt>
            <dd>{r.withdrawnReason}</dd>
          </div>
        )}
      </dl>
      {r.summary && <p>{r.summary}</p>}
      {r.policies.length > 0 && (
        <div className="notice" role="note" aria-label="Anticipatory policies in force">
          Anticipatory policies in force for this partner:
          <ul>
            {r.policies.map((p) => (
              <li key={p.id}>
                {p.title} ({p.groupCode}; {p.technologyAreas.map(areaLabel).join(', ')})
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Reviews</h2>
      <table className="data-table">
        <caption className="visually-hidden">Reviewing bodies and their determinations</caption>
        <thead>
          <tr>
            <th scope="col">Reviewing body</th>
            <th scope="col">Referred</th>
            <th scope="col">Determination</th>
            <th scope="col">Conditions</th>
            <th scope="col">Determined</th>
          </tr>
        </thead>
        <tbody>
          {r.reviews.map((v) => (
            <tr key={v.id}>
              <td>{v.body}</td>
              <td className="mono">{v.referredOn}</td>
              <td>
                {v.determination ? (
                  DETERMINATION_LABELS[v.determination]
                ) : canWrite && open ? (
                  <DeterminationForm request={r} reviewId={v.id} body={v.body} onDone={done} />
                ) : (
                  'Pending'
                )}
              </td>
              <td>{v.conditions || '—'}</td>
              <td className="mono">{v.determinedOn ?? '—'}</td>
            </tr>
          ))}
          {r.reviews.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                Not referred to any reviewing body yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {r.conditions.length > 0 && (
        <p>
          Conditions the LOA carries (its TSFD note): <em>{r.conditions.join('; ')}</em>
        </p>
      )}
      {canWrite && open && <ReferForm request={r} onDone={done} />}
      {canWrite && <LinkForm key={r.version} request={r} onDone={done} />}
      {canWrite && open && <TsfdWithdraw request={r} onDone={done} onReload={request.reload} />}
    </section>
  );
}
