import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import type { EumSite } from '../../api/eum-types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { EumNav } from './eum-labels.tsx';
import { CertificationRow, SiteRow } from './site-rows.tsx';

/** Storage sites, and the control plans and site certifications that must be on file before EEUM delivery. */
export function SitesPage() {
  usePageTitle('Sites and certifications');
  const canWrite = useArea('eum')?.canWrite ?? false;
  const sites = useApi(['eum', 'sites-page:eumApi.sites'], (signal) => eumApi.sites(undefined, signal), []);
  const certs = useApi(['eum', 'sites-page:eumApi.certifications'], (signal) => eumApi.certifications(undefined, signal), []);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Sites and certifications</h1>
          <p className="page-sub">
            No EEUM delivery before the control plan or site certification is on file; certifications are accepted across implementing
            agencies (DSCA 20-64)
          </p>
        </div>
      </header>
      <EumNav />
      {sites.error && <ErrorNotice message={sites.error.message} onRetry={sites.reload} />}
      <h2>Sites</h2>
      <table className="data-table" aria-label="Sites">
        <thead>
          <tr>
            <th>Partner</th>
            <th>Code</th>
            <th>Name</th>
            <th>Location</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {(sites.data ?? []).map((s) => (
            <SiteRow
              key={`${s.id}-${s.version}`}
              site={s}
              canWrite={canWrite}
              onSaved={() => {
                sites.reload();
                certs.reload();
              }}
            />
          ))}
        </tbody>
      </table>
      <h2>Control plans and site certifications</h2>
      <table className="data-table" aria-label="Certifications">
        <thead>
          <tr>
            <th>Partner</th>
            <th>Kind</th>
            <th>Site</th>
            <th>Reference</th>
            <th>Certified</th>
            <th>Expires</th>
            <th>Status</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {(certs.data ?? []).map((c) => (
            <CertificationRow key={`${c.id}-${c.version}`} cert={c} canWrite={canWrite} onSaved={certs.reload} />
          ))}
        </tbody>
      </table>
      {canWrite && <NewSite onSaved={sites.reload} />}
      {canWrite && <NewCertification sites={sites.data ?? []} onSaved={certs.reload} />}
    </section>
  );
}

function NewSite({ onSaved }: { onSaved: () => void }) {
  const [form, setForm] = useState({ partnerCode: '', code: '', name: '', location: '' });
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await eumApi.createSite(form);
      setForm({ partnerCode: '', code: '', name: '', location: '' });
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  const input = (key: keyof typeof form, label: string) => (
    <Field label={label} error={error?.fieldMessage(key)}>
      {(p) => (
        <input
          {...p}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: key === 'partnerCode' ? e.target.value.toUpperCase() : e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form className="panel" onSubmit={submit} aria-label="Add a site">
      <h2>Add a site</h2>
      <FormError message={error?.message} />
      {input('partnerCode', 'Partner')}
      {input('code', 'Site code')}
      {input('name', 'Name')}
      {input('location', 'Location')}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Add site
        </button>
      </div>
    </form>
  );
}

function NewCertification({ sites, onSaved }: { sites: EumSite[]; onSaved: () => void }) {
  const [siteId, setSiteId] = useState('');
  const [partnerCode, setPartnerCode] = useState('');
  const [reference, setReference] = useState('');
  const [certifiedOn, setCertifiedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const site = sites.find((s) => s.id === siteId);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await eumApi.addCertification({
        partnerCode: site?.partnerCode ?? partnerCode,
        siteId: site ? site.id : null,
        kind: site ? 'site_certification' : 'control_plan',
        reference,
        certifiedOn,
        expiresOn: expiresOn || null,
      });
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="File a certification">
      <h2>File a control plan or site certification</h2>
      <FormError message={error?.message} />
      <Field label="Site" hint="Choose no site for a partner-wide control plan">
        {(p) => (
          <select {...p} value={siteId} onChange={(e) => setSiteId(e.target.value)}>
            <option value="">None: control plan</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.partnerCode} {s.code} — {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!site && (
        <Field label="Partner" error={error?.fieldMessage('partnerCode')}>
          {(p) => <input {...p} value={partnerCode} maxLength={3} onChange={(e) => setPartnerCode(e.target.value.toUpperCase())} />}
        </Field>
      )}
      <Field label="Reference" error={error?.fieldMessage('reference')}>
        {(p) => <input {...p} value={reference} required onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <Field label="Certified on" error={error?.fieldMessage('certifiedOn')}>
        {(p) => <input {...p} type="date" value={certifiedOn} required onChange={(e) => setCertifiedOn(e.target.value)} />}
      </Field>
      <Field label="Expires on" error={error?.fieldMessage('expiresOn')}>
        {(p) => <input {...p} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          File
        </button>
      </div>
    </form>
  );
}
