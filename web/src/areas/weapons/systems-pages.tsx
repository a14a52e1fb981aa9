import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState, useSearchText } from '../../platform/use-search-state.ts';
import { type TechnologyArea, type WeaponSystem, type WeaponSystemSummary, weaponsApi } from './weapons-api.ts';
import { AdvocacyBadge, StageBadge, TECHNOLOGY_AREA_LABELS, TECHNOLOGY_AREAS } from './weapons-labels.tsx';

const COLUMNS: Column<WeaponSystemSummary>[] = [
  {
    id: 'name',
    header: 'System',
    render: (s) => (
      <Link to={`/weapons/systems/${s.id}`} tabIndex={-1} className="strong">
        {s.name}
      </Link>
    ),
  },
  {
    id: 'mde',
    header: 'MDE / SME',
    className: 'col-narrow',
    render: (s) => [s.mde && 'MDE', s.sme && 'SME'].filter(Boolean).join(' · ') || '—',
  },
  { id: 'areas', header: 'Technology areas', render: (s) => s.technologyAreas.map((a) => TECHNOLOGY_AREA_LABELS[a]).join('; ') || '—' },
];

export function SystemListPage() {
  usePageTitle('Weapons systems');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const area = get('technologyArea');
  const query = {
    q: get('q') || undefined,
    technologyArea: TECHNOLOGY_AREAS.includes(area as TechnologyArea) ? (area as TechnologyArea) : undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['weapons', 'systems-pages:weaponsApi.systems'], (signal) => weaponsApi.systems(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, update);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <span>Systems</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Weapons systems</h1>
          <p className="page-sub">
            The catalogue the directorate advises on{page.data ? ` · ${formatCount(page.data.total)} systems` : ''}
          </p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <Link className="button button-primary" to="/weapons/systems/new">
              New system
            </Link>
          </div>
        )}
      </header>
      <div className="filter-bar" role="search">
        <label className="field field-inline field-grow">
          <span>Search</span>
          <input type="search" placeholder="System name" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field field-inline">
          <span>Technology area</span>
          <select value={query.technologyArea ?? ''} onChange={(e) => update({ technologyArea: e.target.value, offset: null })}>
            <option value="">Any</option>
            {TECHNOLOGY_AREAS.map((a) => (
              <option key={a} value={a}>
                {TECHNOLOGY_AREA_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Weapons systems"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(s) => s.id}
        rowLabel={(s) => s.name}
        onOpen={(s) => navigate(`/weapons/systems/${s.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No system matches.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="System pages"
        />
      )}
    </section>
  );
}

export function SystemPage() {
  const { id = '' } = useParams();
  const system = useApi(['weapons', 'systems-pages:weaponsApi.system'], (signal) => weaponsApi.system(id, signal), [id]);
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

/** New system, or the edit of one (`/weapons/systems/:id/edit`). */
export function SystemFormPage() {
  const { id } = useParams();
  const existing = useApi(
    ['weapons', 'systems-pages:weaponsApi.system#2'],
    (signal) => (id ? weaponsApi.system(id, signal) : Promise.resolve(null)),
    [id],
  );
  usePageTitle(id ? 'Edit weapons system' : 'New weapons system');
  if (existing.error) return <ErrorNotice message={existing.error.message} onRetry={existing.reload} />;
  if (id && !existing.data) return <Loading />;
  return <SystemForm key={existing.data?.version ?? 0} system={existing.data ?? null} />;
}

function SystemForm({ system }: { system: WeaponSystem | null }) {
  const navigate = useNavigate();
  const [name, setName] = useState(system?.name ?? '');
  const [mde, setMde] = useState(system?.mde ?? false);
  const [sme, setSme] = useState(system?.sme ?? false);
  const [areas, setAreas] = useState<TechnologyArea[]>(system?.technologyAreas ?? []);
  const [productionNotes, setProduction] = useState(system?.productionNotes ?? '');
  const [obsolescenceNotes, setObsolescence] = useState(system?.obsolescenceNotes ?? '');
  const [exportPolicyNotes, setExportPolicy] = useState(system?.exportPolicyNotes ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (a: TechnologyArea) => setAreas((list) => (list.includes(a) ? list.filter((x) => x !== a) : [...list, a]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const fields = { name, mde, sme, technologyAreas: areas, productionNotes, obsolescenceNotes, exportPolicyNotes };
    try {
      const saved = system
        ? await weaponsApi.updateSystem(system.id, { ...fields, version: system.version })
        : await weaponsApi.createSystem(fields);
      navigate(`/weapons/systems/${saved.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/systems">Systems</Link>
        <span aria-hidden="true">/</span>
        <span>{system ? system.name : 'New'}</span>
      </nav>
      <header className="page-header">
        <h1>{system ? `Edit ${system.name}` : 'New weapons system'}</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label={system ? 'Edit weapons system' : 'New weapons system'}>
        <FormError
          message={error?.message}
          extra={error ? unplacedFieldErrors(error.fields, ['name', 'technologyAreas', 'version']) : []}
        />
        <Field label="Name" error={error?.fieldMessage('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={mde} onChange={(e) => setMde(e.target.checked)} /> Major defense equipment (MDE)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={sme} onChange={(e) => setSme(e.target.checked)} /> Significant military equipment (SME)
        </label>
        <fieldset className="fieldset">
          <legend>Technology areas it involves (TSFD review processes)</legend>
          {TECHNOLOGY_AREAS.map((a) => (
            <label key={a} className="checkbox">
              <input type="checkbox" checked={areas.includes(a)} onChange={() => toggle(a)} /> {TECHNOLOGY_AREA_LABELS[a]}
            </label>
          ))}
          {error?.fieldMessage('technologyAreas') && <span className="field-error">{error.fieldMessage('technologyAreas')}</span>}
        </fieldset>
        <Field label="Production capacity notes">
          {(p) => <textarea {...p} rows={3} value={productionNotes} onChange={(e) => setProduction(e.target.value)} />}
        </Field>
        <Field label="Obsolescence and upgrade notes">
          {(p) => <textarea {...p} rows={3} value={obsolescenceNotes} onChange={(e) => setObsolescence(e.target.value)} />}
        </Field>
        <Field label="Export policy notes">
          {(p) => <textarea {...p} rows={3} value={exportPolicyNotes} onChange={(e) => setExportPolicy(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {system ? 'Save' : 'Add the system'}
          </button>
        </div>
      </form>
    </section>
  );
}
