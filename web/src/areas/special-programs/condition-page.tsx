import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error.ts';
import { http, unwrap } from '../../api/http.ts';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { CertificationForm, NoticeForm } from './condition-forms.tsx';
import { conditionTerms, STATUS_LABELS } from './labels.ts';

/** One condition: its terms and source, where it stands, the certifications and notices that meet it, and forms for them. */
export function ConditionPage() {
  const { id = '' } = useParams();
  const area = useArea('special-programs');
  const condition = useQuery({
    queryKey: ['special-programs', 'condition', id],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/conditions/{id}', { params: { path: { id } }, signal })),
  });
  usePageTitle(condition.data?.name ?? 'Program condition');
  if (condition.isPending) return <Loading />;
  if (condition.isError) {
    if (condition.error instanceof ApiError && condition.error.isUnavailable) return <NotAvailablePage what="This condition" />;
    return <ErrorNotice message={condition.error.message} onRetry={() => condition.refetch()} />;
  }
  const c = condition.data;
  const certifiable = c.kind === 'withheld_until_certification';
  const noticed = c.kind === 'advance_notice' || c.kind === 'report_before_assistance';
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/special-programs">Special programs</Link> /{' '}
          <Link to={`/special-programs/programs/${c.programCode}`}>{c.programCode}</Link>
        </nav>
        <header className="page-header">
          <h1>{c.name}</h1>
          <p className="page-sub">{c.description}</p>
        </header>
        <section className="card" aria-labelledby="terms">
          <h2 id="terms">Terms</h2>
          <dl className="facts">
            <dt>Requires</dt>
            <dd>{conditionTerms(c)}</dd>
            <dt>Where it stands</dt>
            <dd data-testid="condition-status">{STATUS_LABELS[c.status]}</dd>
            {c.ceilingCentsNow !== null && (
              <>
                <dt>Ceiling before the certification</dt>
                <dd className="mono">{formatCents(c.ceilingCentsNow)}</dd>
              </>
            )}
            {c.obligatedCents !== null && (
              <>
                <dt>Obligated under it</dt>
                <dd className="mono">{formatCents(c.obligatedCents)}</dd>
              </>
            )}
            <dt>In force</dt>
            <dd>
              from {c.effectiveFrom}
              {c.effectiveTo ? ` to ${c.effectiveTo}` : ''}
            </dd>
            <dt>Source</dt>
            <dd>
              {c.source} {c.verified ? '' : <span className="badge badge-warning">unverified</span>}
            </dd>
          </dl>
        </section>
        {certifiable && (
          <section className="card" aria-labelledby="certifications">
            <h2 id="certifications">Certifications</h2>
            {c.certifications.length === 0 ? (
              <p className="muted">None recorded: the money above the ceiling stays withheld.</p>
            ) : (
              <ul>
                {c.certifications.map((x) => (
                  <li key={x.id}>
                    {x.certifiedOn}: {x.certifiedBy} — {x.documentRef}
                  </li>
                ))}
              </ul>
            )}
            {area?.canWrite && <CertificationForm conditionId={c.id} />}
          </section>
        )}
        {noticed && (
          <section className="card" aria-labelledby="notices">
            <h2 id="notices">{c.kind === 'advance_notice' ? 'Notices given' : 'Reports given'}</h2>
            {c.notices.length === 0 ? (
              <p className="muted">None recorded within your partners.</p>
            ) : (
              <ul>
                {c.notices.map((n) => (
                  <li key={n.id}>
                    {n.partnerCode}, {n.givenOn}
                    {n.amountCents !== null ? `, ${formatCents(n.amountCents)}` : ''} — {n.documentRef}
                  </li>
                ))}
              </ul>
            )}
            {area?.canWrite && <NoticeForm conditionId={c.id} needsAmount={c.kind === 'advance_notice'} />}
          </section>
        )}
      </section>
    </UnsavedGroup>
  );
}
