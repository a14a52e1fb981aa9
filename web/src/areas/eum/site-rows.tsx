import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import type { EumCertification, EumSite } from '../../api/eum-types.ts';
import { Field, FormError } from '../../platform/field.tsx';

type Mode = 'view' | 'edit' | 'revoke';
const toApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));

/** A site; writers rename it or correct its location (a stale version is refused with the server's message). */
export function SiteRow({ site, canWrite, onSaved }: { site: EumSite; canWrite: boolean; onSaved: () => void }) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(site.name);
  const [location, setLocation] = useState(site.location);
  const [error, setError] = useState<ApiError | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await eumApi.updateSite(site.id, { version: site.version, name, location });
      setMode('view');
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }
  return (
    <tr>
      <td className="mono">{site.partnerCode}</td>
      <td className="mono">{site.code}</td>
      {mode === 'edit' ? (
        <td colSpan={3}>
          <form className="form-inline" onSubmit={save} aria-label={`Edit site ${site.code}`}>
            <FormError message={error?.message} />
            <Field label="Name" error={error?.fieldMessage('name')}>
              {(p) => <input {...p} value={name} required onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field label="Location" error={error?.fieldMessage('location')}>
              {(p) => <input {...p} value={location} onChange={(e) => setLocation(e.target.value)} />}
            </Field>
            <button type="submit" className="button button-primary">
              Save
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </form>
        </td>
      ) : (
        <>
          <td>{site.name}</td>
          <td>{site.location}</td>
          <td>
            {canWrite && (
              <button type="button" className="button" aria-label={`Edit site ${site.code}`} onClick={() => setMode('edit')}>
                Edit
              </button>
            )}
          </td>
        </>
      )}
    </tr>
  );
}

/** A control plan or site certification; writers change its end date or revoke it with the reason. */
export function CertificationRow({ cert, canWrite, onSaved }: { cert: EumCertification; canWrite: boolean; onSaved: () => void }) {
  const [mode, setMode] = useState<Mode>('view');
  const [expiresOn, setExpiresOn] = useState(cert.expiresOn ?? '');
  const [revokedOn, setRevokedOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      if (mode === 'edit') await eumApi.updateCertification(cert.id, { version: cert.version, expiresOn: expiresOn || null });
      else await eumApi.revokeCertification(cert.id, { version: cert.version, revokedOn, reason });
      setMode('view');
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }
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
          <form
            className="form-inline"
            onSubmit={submit}
            aria-label={`${mode === 'edit' ? 'Change the end date of' : 'Revoke'} ${cert.reference}`}
          >
            <FormError message={error?.message} />
            {mode === 'edit' ? (
              <Field label="Expires on" error={error?.fieldMessage('expiresOn')}>
                {(p) => <input {...p} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />}
              </Field>
            ) : (
              <>
                <Field label="Revoked on" error={error?.fieldMessage('revokedOn')}>
                  {(p) => <input {...p} type="date" value={revokedOn} required onChange={(e) => setRevokedOn(e.target.value)} />}
                </Field>
                <Field label="Reason" error={error?.fieldMessage('reason')}>
                  {(p) => <input {...p} value={reason} required onChange={(e) => setReason(e.target.value)} />}
                </Field>
              </>
            )}
            <button type="submit" className={`button ${mode === 'revoke' ? 'button-danger' : 'button-primary'}`}>
              {mode === 'edit' ? 'Save' : 'Revoke'}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </form>
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
