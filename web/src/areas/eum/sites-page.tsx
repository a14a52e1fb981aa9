import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { eumApi } from '../../api/eum-client.ts';
import type { EumSite } from '../../api/eum-types.ts';
import { type ReportDirty, useDirtyParts, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { Counted } from './counted.tsx';
import { EumNav } from './eum-labels.tsx';
import { CertificationRow, SiteRow } from './site-rows.tsx';

/** Storage sites, and the control plans and site certifications that must be on file before EEUM delivery. */
export function SitesPage() {
  usePageTitle('Sites and certifications');
  const canWrite = useArea('eum')?.canWrite ?? false;
  const sites = useApi(['eum', 'sites-page:eumApi.sites'], (signal) => eumApi.sites(undefined, signal), []);
  const certs = useApi(['eum', 'sites-page:eumApi.certifications'], (signal) => eumApi.certifications(undefined, signal), []);
  const editing = useDirtyParts();
  return (
    <section className="page">
      {editing.question}
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
              onDirty={editing.report}
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
            <CertificationRow key={`${c.id}-${c.version}`} cert={c} canWrite={canWrite} onSaved={certs.reload} onDirty={editing.report} />
          ))}
        </tbody>
      </table>
      {canWrite && <NewSite onSaved={sites.reload} onDirty={editing.report} />}
      {canWrite && <NewCertification sites={sites.data ?? []} onSaved={certs.reload} onDirty={editing.report} />}
    </section>
  );
}

/** The limits of a site and a certification (src/areas/eum/model.ts). */
const MAX = { code: 30, name: 200, location: 300, reference: 200 } as const;

interface SiteValues {
  partnerCode: string;
  code: string;
  name: string;
  location: string;
}

function NewSite({ onSaved, onDirty }: { onSaved: () => void; onDirty: ReportDirty }) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<SiteValues>({
    defaultValues: { partnerCode: '', code: '', name: '', location: '' },
  });
  useReportDirty(onDirty, 'new-site', formState.isDirty);
  const save = useMutation({
    mutationFn: (v: SiteValues) => eumApi.createSite({ ...v, partnerCode: v.partnerCode.trim().toUpperCase() }),
    onSuccess: () => {
      reset();
      onSaved();
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['partnerCode', 'code', 'name', 'location'], setError)),
  });
  const { errors } = formState;
  const values = watch();
  const input = (key: keyof SiteValues, label: string) => (
    <Field label={label} error={errors[key]?.message}>
      {(p) => (
        <>
          <input {...p} {...(key === 'partnerCode' ? { maxLength: 3 } : {})} {...register(key)} />
          {key !== 'partnerCode' && <Counted length={values[key].length} max={MAX[key]} />}
        </>
      )}
    </Field>
  );
  return (
    <form
      className="panel"
      onSubmit={handleSubmit((v) => {
        setUnplaced([]);
        save.mutate(v);
      })}
      aria-label="Add a site"
    >
      <h2>Add a site</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      {input('partnerCode', 'Partner')}
      {input('code', 'Site code')}
      {input('name', 'Name')}
      {input('location', 'Location')}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Add site
        </button>
      </div>
    </form>
  );
}

interface CertificationValues {
  siteId: string;
  partnerCode: string;
  reference: string;
  certifiedOn: string;
  expiresOn: string;
}

function NewCertification({ sites, onSaved, onDirty }: { sites: EumSite[]; onSaved: () => void; onDirty: ReportDirty }) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<CertificationValues>({
    defaultValues: { siteId: '', partnerCode: '', reference: '', certifiedOn: '', expiresOn: '' },
  });
  useReportDirty(onDirty, 'new-certification', formState.isDirty);
  const site = sites.find((s) => s.id === watch('siteId'));
  const save = useMutation({
    mutationFn: (v: CertificationValues) =>
      eumApi.addCertification({
        partnerCode: site?.partnerCode ?? v.partnerCode.trim().toUpperCase(),
        siteId: site ? site.id : null,
        kind: site ? 'site_certification' : 'control_plan',
        reference: v.reference,
        certifiedOn: v.certifiedOn,
        expiresOn: v.expiresOn || null,
      }),
    onSuccess: () => {
      reset();
      onSaved();
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['siteId', 'partnerCode', 'reference', 'certifiedOn', 'expiresOn'], setError)),
  });
  const { errors } = formState;
  return (
    <form
      className="panel"
      onSubmit={handleSubmit((v) => {
        setUnplaced([]);
        save.mutate(v);
      })}
      aria-label="File a certification"
    >
      <h2>File a control plan or site certification</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Site" hint="Choose no site for a partner-wide control plan" error={errors.siteId?.message}>
        {(p) => (
          <select {...p} {...register('siteId')}>
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
        <Field label="Partner" error={errors.partnerCode?.message}>
          {(p) => <input {...p} maxLength={3} {...register('partnerCode')} />}
        </Field>
      )}
      <Field label="Reference" error={errors.reference?.message}>
        {(p) => (
          <>
            <input {...p} required {...register('reference')} />
            <Counted length={watch('reference').length} max={MAX.reference} />
          </>
        )}
      </Field>
      <Field label="Certified on" error={errors.certifiedOn?.message}>
        {(p) => <input {...p} type="date" required {...register('certifiedOn')} />}
      </Field>
      <Field label="Expires on" error={errors.expiresOn?.message}>
        {(p) => <input {...p} type="date" {...register('expiresOn')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          File
        </button>
      </div>
    </form>
  );
}
