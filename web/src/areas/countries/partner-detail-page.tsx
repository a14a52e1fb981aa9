import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Partner } from '../../api/types.ts';
import { formatDateTime } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { type Notice, UndoNotice } from '../../platform/undo-notice.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { AddMembershipForm } from './add-membership-form.tsx';
import { MembershipTable } from './membership-table.tsx';
import { CodeUnverified, GroupBadges } from './partner-columns.tsx';
import { PartnerEditForm } from './partner-edit-form.tsx';

function listSearchOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'listSearch' in state) {
    const value = (state as { listSearch: unknown }).listSearch;
    if (typeof value === 'string') return value;
  }
  return '';
}

export function PartnerDetailPage() {
  const { code = '' } = useParams();
  const location = useLocation();
  // Partners and their group memberships are reference data the rules read: kept by those who administer the area.
  const canWrite = useArea('countries')?.canAdminister ?? false;
  const canReadAudit = useArea('audit')?.canRead ?? false;
  const partner = useApi(['countries', 'partner-detail-page:api.getPartner'], (signal) => api.getPartner(code, signal), [code]);
  const groups = useApi(
    ['countries', 'partner-detail-page:api.listCountryGroups'],
    (signal) => (canWrite ? api.listCountryGroups(signal) : Promise.resolve([])),
    [canWrite],
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  usePageTitle(partner.data ? `${partner.data.name} (${partner.data.code})` : `Partner ${code}`);

  if (partner.error && (partner.error.isUnavailable || partner.error.status === 400)) {
    return <NotAvailablePage what={`Partner ${code}`} />;
  }
  if (partner.error) return <ErrorNotice message={partner.error.message} onRetry={partner.reload} />;
  if (!partner.data || partner.data.code !== code) return <Loading />;
  const p = partner.data;

  function saved(updated: Partner) {
    partner.setData(updated);
    setNotice({ message: `Saved. ${updated.name} is now at version ${updated.version}.` });
  }

  function changed(updated: Partner, done: Notice = { message: 'Memberships updated.' }) {
    partner.setData(updated);
    setNotice(done);
  }

  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={`/countries${listSearchOf(location.state)}`}>Partners</Link>
        <span aria-hidden="true">/</span>
        <span>{p.code}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            {p.name} <span className="mono title-code">{p.code}</span>
          </h1>
          <p className="page-sub">
            {p.kind === 'organization' ? 'Organization' : 'Country'} · {p.region ?? 'no region'} · updated {formatDateTime(p.updatedAt)}
          </p>
        </div>
        {canReadAudit && (
          <Link className="button" to={`/audit?entityType=partner&entityId=${encodeURIComponent(p.code)}`}>
            Audit trail
          </Link>
        )}
      </header>
      <UndoNotice notice={notice} />
      <div className="detail-grid">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">Partner</h2>
          <dl className="facts">
            <dt>Customer code</dt>
            <dd>
              <span className="mono strong">{p.code}</span> {!p.codeVerified && <CodeUnverified />}
            </dd>
            <dt>ISO codes</dt>
            <dd className="mono">
              {p.iso2 ?? '—'} / {p.iso3 ?? '—'}
            </dd>
            <dt>Name</dt>
            <dd>{p.name}</dd>
            <dt>Region</dt>
            <dd>{p.region ?? '—'}</dd>
            <dt>Groups today</dt>
            <dd>
              <GroupBadges groups={p.groups} />
            </dd>
            <dt>Notes</dt>
            <dd className="notes">{p.notes || <span className="muted">No notes.</span>}</dd>
            <dt>Version</dt>
            <dd>{p.version}</dd>
          </dl>
        </section>
        {canWrite && (
          <PartnerEditForm
            key={p.version}
            partner={p}
            onSaved={saved}
            onReload={() => {
              setNotice(null);
              partner.reload();
            }}
          />
        )}
      </div>
      <section className="card" aria-labelledby="memberships-title">
        <h2 id="memberships-title">Group memberships</h2>
        <MembershipTable partner={p} canWrite={canWrite} onChanged={changed} onRestored={(restored) => partner.setData(restored)} />
        {canWrite && <AddMembershipForm partner={p} groups={groups.data ?? []} onAdded={changed} />}
      </section>
    </section>
  );
}
