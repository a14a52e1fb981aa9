import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatCents } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../../platform/status-pages.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { NPOR_STATUS_LABELS, nporApi } from './npor-api.ts';
import { NporMoves } from './npor-moves.tsx';

/** One NPOR request: what was decided, and the next moves as forms. */
export function NporPage() {
  const { id = '' } = useParams();
  const request = useApi(['weapons', 'npor-page:nporApi.get'], (signal) => nporApi.get(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(request.data ? `NPOR ${request.data.reference}` : 'NPOR request');
  if (request.error?.isUnavailable) return <NotAvailablePage what="This NPOR request" />;
  if (request.error) return <ErrorNotice message={request.error.message} onRetry={request.reload} />;
  const r = request.data;
  if (!r) return <Loading />;
  const rows: [string, string][] = [
    ['Partner', r.partnerCode],
    ['Received', r.receivedOn],
    ['NPOR type', r.nporType ?? 'Not stated'],
    ['Case', r.caseIdentifier ?? '—'],
    ['Community of Interest review', r.coiReviewedOn ? `${r.coiReviewedOn}: ${r.coiRecommendation}` : '—'],
    ['Determination', r.determinedOn ? `${r.determinedOn}: ${r.determinationReason}` : '—'],
    ['Negative LOR response', r.negativeResponseOn ? `${r.negativeResponseOn}: ${r.negativeResponseReference}` : '—'],
    ['Lead implementing agency', r.leadAgencyCode ? `${r.leadAgencyCode} (designated ${r.designatedOn})` : '—'],
    [
      'Funding',
      r.fundedOn
        ? `Pre-LOR ${formatCents(r.preLorFundingCents)}, case development ${formatCents(r.caseDevelopmentFundingCents)} — ${r.fundingSource} (${r.fundedOn})`
        : '—',
    ],
  ];
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <p className="page-sub">
            <Link to="/weapons/npor">NPOR requests</Link>
          </p>
          <h1>
            <span className="mono">{r.reference}</span> {r.title}
          </h1>
          <p className="page-sub">
            <span className="badge">{NPOR_STATUS_LABELS[r.status]}</span>
          </p>
        </div>
      </header>
      {notice && (
        <div className="notice notice-success" role="status">
          {notice}
        </div>
      )}
      <dl className="detail-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.description && <p>{r.description}</p>}
      {canWrite && r.allowedActions.length > 0 && (
        <NporMoves
          request={r}
          onDone={(updated, message) => {
            request.setData(updated);
            setNotice(message);
          }}
          onReload={request.reload}
        />
      )}
    </section>
  );
}
