import { Link, useParams } from 'react-router-dom';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { weaponsApi } from './weapons-api.ts';
import { AdvocacyBadge, StageBadge, TECHNOLOGY_AREA_LABELS } from './weapons-labels.tsx';

/** One system: its technology areas and notes, and every record in scope that concerns it. */
export function SystemPage() {
  const { id = '' } = useParams();
  const system = useApi(['weapons', 'system-page:weaponsApi.system'], (signal) => weaponsApi.system(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  usePageTitle(system.data ? system.data.name : 'Weapons system');
  if (system.error?.isUnavailable) return <NotAvailablePage what="This system" />;
  if (system.error) return <ErrorNotice message={system.error.message} onRetry={system.reload} />;
  if (!system.data) return <Loading />;
  const s = system.data;
  const c = s.concerning;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <Link to="/weapons/systems">Systems</Link>
        <span aria-hidden="true">/</span>
        <span>{s.name}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{s.name}</h1>
          <p className="page-sub">
            {[s.mde && 'Major defense equipment', s.sme && 'Significant military equipment'].filter(Boolean).join(' · ') ||
              'Neither MDE nor SME'}
          </p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <Link className="button" to={`/weapons/systems/${s.id}/edit`}>
              Edit
            </Link>
          </div>
        )}
      </header>
      <section className="card" aria-labelledby="tech">
        <h2 id="tech">Technology areas (TSFD review processes)</h2>
        {s.technologyAreas.length ? (
          <ul>
            {s.technologyAreas.map((a) => (
              <li key={a}>{TECHNOLOGY_AREA_LABELS[a]}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">None recorded.</p>
        )}
        <dl className="facts">
          <dt>Production capacity</dt>
          <dd>{s.productionNotes || '—'}</dd>
          <dt>Obsolescence and upgrades</dt>
          <dd>{s.obsolescenceNotes || '—'}</dd>
          <dt>Export policy</dt>
          <dd>{s.exportPolicyNotes || '—'}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="concerning">
        <h2 id="concerning">Records that concern it</h2>
        <h3>Competitions</h3>
        {c.competitions.length ? (
          <ul>
            {c.competitions.map((x) => (
              <li key={x.id}>
                <Link to={`/weapons/competitions/${x.id}`} className="mono">
                  {x.reference}
                </Link>{' '}
                {x.title} · <StageBadge stage={x.stage} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None in your scope.</p>
        )}
        <h3>Industry inquiries</h3>
        {c.inquiries.length ? (
          <ul>
            {c.inquiries.map((x) => (
              <li key={x.id}>
                <Link to={`/weapons/inquiries/${x.id}`} className="mono">
                  {x.reference}
                </Link>{' '}
                {x.partnerCode ?? 'no partner'} · received {x.receivedOn} · {x.open ? 'open' : `closed ${x.closedOn}`}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None in your scope.</p>
        )}
        <h3>Advocacy requests</h3>
        {c.advocacy.length ? (
          <ul>
            {c.advocacy.map((x) => (
              <li key={x.id}>
                <Link to={`/weapons/advocacy/${x.id}`} className="mono">
                  {x.reference}
                </Link>{' '}
                {x.partnerCode} · <AdvocacyBadge state={x.state} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None in your scope.</p>
        )}
        <h3>Sales forecast</h3>
        {c.forecast.length ? (
          <ul>
            {c.forecast.map((x) => (
              <li key={x.id}>
                FY{x.fiscalYear} · {x.partnerCode} · {x.description} · {formatCents(x.valueCents)} ({x.likelihoodPercent}%)
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None in your scope.</p>
        )}
        <h3>TSFD requests</h3>
        {c.tsfd.length ? (
          <ul>
            {c.tsfd.map((x) => (
              <li key={x.id}>
                <Link to={`/weapons/tsfd/${x.id}`} className="mono">
                  {x.reference}
                </Link>{' '}
                {x.partnerCode} · {x.statusLabel}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None you may see (TSFD records are shown only with TSFD need-to-know).</p>
        )}
        <h3>Cases</h3>
        {c.cases.length ? (
          <ul>
            {c.cases.map((x) =>
              x.withheld ? (
                <li key={x.id}>A case withheld from you ({x.partnerCode})</li>
              ) : (
                <li key={x.id}>
                  <Link to={`/cases/${x.identifier}`} className="mono">
                    {x.identifier}
                  </Link>{' '}
                  {x.title} · {x.status.replaceAll('_', ' ')}
                </li>
              ),
            )}
          </ul>
        ) : (
          <p className="muted">No linked case in your scope.</p>
        )}
      </section>
    </section>
  );
}
