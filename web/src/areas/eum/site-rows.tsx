import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { eumApi } from '../../api/eum-client.ts';
import type { EumCertification, EumSite } from '../../api/eum-types.ts';
import { type ReportDirty, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { Counted } from './counted.tsx';

/** The limits of a site and a revocation (src/areas/eum/model.ts). */
const MAX = { name: 200, location: 300, reason: 2000 } as const;

type Mode = 'view' | 'edit' | 'revoke';

interface RowProps {
  canWrite: boolean;
  onSaved: () => void;
  /** The page's unsaved-changes guard (see useDirtyParts). */
  onDirty: ReportDirty;
}

/** A site; writers rename it or correct its location (a stale version is refused with the server's message). */
export function SiteRow({ site, canWrite, onSaved, onDirty }: RowProps & { site: EumSite }) {
  const [editing, setEditing] = useState(false);
  return (
    <tr>
      <td className="mono">{site.partnerCode}</td>
      <td className="mono">{site.code}</td>
      {editing ? (
        <td colSpan={3}>
          <SiteForm site={site} onSaved={onSaved} onDirty={onDirty} onClose={() => setEditing(false)} />
        </td>
      ) : (
        <>
          <td>{site.name}</td>
          <td>{site.location}</td>
          <td>
            {canWrite && (
              <button type="button" className="button" aria-label={`Edit site ${site.code}`} onClick={() => setEditing(true)}>
                Edit
              </button>
            )}
          </td>
        </>
      )}
    </tr>
  );
}

function SiteForm({ site, onSaved, onDirty, onClose }: Omit<RowProps, 'canWrite'> & { site: EumSite; onClose: () => void }) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm({ defaultValues: { name: site.name, location: site.location } });
  // Saved, the row is made again for the new version (its key), clean; closed, the form is gone.
  useReportDirty(onDirty, `site-${site.id}`, formState.isDirty);
  const save = useMutation({
    mutationFn: (v: { name: string; location: string }) => eumApi.updateSite(site.id, { version: site.version, ...v }),
    onSuccess: onSaved,
    onError: (error) => setUnplaced(applyServerErrors(error, ['name', 'location'], setError)),
  });
  const { errors } = formState;
  const [name, location] = watch(['name', 'location']);
  return (
    <form
      className="form-inline"
      onSubmit={handleSubmit((v) => {
        setUnplaced([]);
        save.mutate(v);
      })}
      aria-label={`Edit site ${site.code}`}
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Name" error={errors.name?.message}>
        {(p) => (
          <>
            <input {...p} required {...register('name')} />
            <Counted length={name.length} max={MAX.name} />
          </>
        )}
      </Field>
      <Field label="Location" error={errors.location?.message}>
        {(p) => (
          <>
            <input {...p} {...register('location')} />
            <Counted length={location.length} max={MAX.location} />
          </>
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Save
      </button>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}

/** A control plan or site certification; writers change its end date or revoke it with the reason. */
export function CertificationRow({ cert, canWrite, onSaved, onDirty }: RowProps & { cert: EumCertification }) {
  const [mode, setMode] = useState<Mode>('view');
  return (
    <tr>
      <td className="mono">{cert.partnerCode}</td>
      <td>{cert.kind.replace('_', ' ')}</td>
      <td>{cert.siteName ?? 'all sites'}</td>
      <td>{cert.reference}</td>
      <td className="mono">{cert.certifiedOn}</td>
      <td className="mono">{cert.expiresOn ?? '—'}</td>
      <td>{cert.revokedOn ? `revoked ${cert.revokedOn}: ${cert.revocationReason}` : 'in force'}</td>
      <td>
        {mode !== 'view' ? (
          <CertificationForm cert={cert} mode={mode} onSaved={onSaved} onDirty={onDirty} onClose={() => setMode('view')} />
        ) : canWrite && !cert.revokedOn ? (
          <>
            <button
              type="button"
              className="button"
              aria-label={`Change the end date of ${cert.reference}`}
              onClick={() => setMode('edit')}
            >
              End date
            </button>{' '}
            <button
              type="button"
              className="button button-danger"
              aria-label={`Revoke ${cert.reference}`}
              onClick={() => setMode('revoke')}
            >
              Revoke
            </button>
          </>
        ) : null}
      </td>
    </tr>
  );
}

interface CertificationValues {
  expiresOn: string;
  revokedOn: string;
  reason: string;
}

/** The end date, or the revocation: its date and reason, then "are you sure" (a revocation is not taken back). */
function CertificationForm({
  cert,
  mode,
  onSaved,
  onDirty,
  onClose,
}: Omit<RowProps, 'canWrite'> & { cert: EumCertification; mode: Exclude<Mode, 'view'>; onClose: () => void }) {
  const revoking = mode === 'revoke';
  const [confirming, setConfirming] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<CertificationValues>({
    defaultValues: { expiresOn: cert.expiresOn ?? '', revokedOn: '', reason: '' },
  });
  useReportDirty(onDirty, `certification-${cert.id}`, formState.isDirty);
  const save = useMutation({
    mutationFn: (v: CertificationValues) =>
      revoking
        ? eumApi.revokeCertification(cert.id, { version: cert.version, revokedOn: v.revokedOn, reason: v.reason })
        : eumApi.updateCertification(cert.id, { version: cert.version, expiresOn: v.expiresOn || null }),
    onSuccess: onSaved,
    onError: (error) => {
      setConfirming(false);
      setUnplaced(applyServerErrors(error, ['expiresOn', 'revokedOn', 'reason'], setError));
    },
  });
  const { errors } = formState;
  const label = `${revoking ? 'Revoke' : 'Change the end date of'} ${cert.reference}`;
  return (
    <form
      className="form-inline"
      onSubmit={handleSubmit((v) => {
        setUnplaced([]);
        if (revoking && !confirming) return setConfirming(true);
        save.mutate(v);
      })}
      aria-label={label}
    >
      <FormError message={save.error?.message} extra={unplaced} />
      {revoking ? (
        <>
          <Field label="Revoked on" error={errors.revokedOn?.message}>
            {(p) => <input {...p} type="date" required {...register('revokedOn')} />}
          </Field>
          <Field label="Reason" error={errors.reason?.message}>
            {(p) => (
              <>
                <input {...p} required {...register('reason')} />
                <Counted length={watch('reason').length} max={MAX.reason} />
              </>
            )}
          </Field>
        </>
      ) : (
        <Field label="Expires on" error={errors.expiresOn?.message}>
          {(p) => <input {...p} type="date" {...register('expiresOn')} />}
        </Field>
      )}
      {confirming && (
        <p className="confirm-question" role="alert">
          Revoke {cert.reference}: this cannot be undone. Select “Confirm” to go ahead.
        </p>
      )}
      <button type="submit" className={`button ${revoking ? 'button-danger' : 'button-primary'}`} disabled={save.isPending}>
        {revoking ? (confirming ? 'Confirm: revoke' : 'Revoke') : 'Save'}
      </button>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}
