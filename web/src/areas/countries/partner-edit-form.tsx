import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { COMBATANT_COMMANDS, type CombatantCommand, type Partner, type UpdatePartner } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';

interface PartnerEditFormProps {
  partner: Partner;
  onSaved: (partner: Partner) => void;
  onReload: () => void;
}

/** Edits name, region and notes, sending the version that was read; a stale version is a conflict, never an overwrite. */
export function PartnerEditForm({ partner, onSaved, onReload }: PartnerEditFormProps) {
  const [name, setName] = useState(partner.name);
  const [region, setRegion] = useState<string>(partner.region ?? '');
  const [notes, setNotes] = useState(partner.notes);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const changes: UpdatePartner = { version: partner.version };
  if (name !== partner.name) changes.name = name;
  if (region !== (partner.region ?? '')) changes.region = region ? (region as CombatantCommand) : null;
  if (notes !== partner.notes) changes.notes = notes;
  const dirty = Object.keys(changes).length > 1;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.updatePartner(partner.code, changes));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setName(partner.name);
    setRegion(partner.region ?? '');
    setNotes(partner.notes);
    setError(null);
  }

  const conflict = error?.isVersionConflict ?? false;
  const fieldsError = error && !conflict ? error : null;
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="edit-partner-title" noValidate>
      <h2 id="edit-partner-title">Edit partner</h2>
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This partner was changed by someone else — reload.</strong>
          <p>
            You edited version {partner.version}; someone has saved a newer one. Reload to see their changes, then apply yours again. Your
            unsaved edits will be discarded.
          </p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload partner
          </button>
        </div>
      )}
      <FormError
        message={fieldsError?.message}
        extra={fieldsError ? unplacedFieldErrors(fieldsError.fields, ['name', 'region', 'notes', 'version']) : []}
      />
      <div className="form-grid">
        <Field label="Name" error={fieldsError?.fieldMessage('name')}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />}
        </Field>
        <Field label="Region (combatant command)" error={fieldsError?.fieldMessage('region')}>
          {(control) => (
            <select {...control} value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">— none —</option>
              {COMBATANT_COMMANDS.map((command) => (
                <option key={command} value={command}>
                  {command}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Notes" className="span-2" error={fieldsError?.fieldMessage('notes')} hint="Up to 4,000 characters.">
          {(control) => <textarea {...control} rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={reset} disabled={busy || (!dirty && !error)}>
          Discard
        </button>
        <span className="muted">Version {partner.version}</span>
      </div>
    </form>
  );
}
