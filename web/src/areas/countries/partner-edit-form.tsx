import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import { COMBATANT_COMMANDS, type CombatantCommand, type Partner, type UpdatePartner } from '../../api/types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount, LimitedTextArea } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';

/** The server's limits (updatePartnerInput in src/areas/countries/model.ts). */
const MAX = { name: 200, notes: 4000 } as const;

interface PartnerEditFormProps {
  partner: Partner;
  onSaved: (partner: Partner) => void;
  onReload: () => void;
}

interface PartnerValues {
  name: string;
  region: string;
  notes: string;
}

/** The fields that differ from the partner as read, with the version that was read. */
function changesOf(partner: Partner, values: PartnerValues): UpdatePartner {
  const changes: UpdatePartner = { version: partner.version };
  if (values.name !== partner.name) changes.name = values.name;
  if (values.region !== (partner.region ?? '')) changes.region = values.region ? (values.region as CombatantCommand) : null;
  if (values.notes !== partner.notes) changes.notes = values.notes;
  return changes;
}

/** Edits name, region and notes, sending the version that was read; a stale version is a conflict, never an overwrite. */
export function PartnerEditForm({ partner, onSaved, onReload }: PartnerEditFormProps) {
  const nameCount = useId();
  const initial: PartnerValues = { name: partner.name, region: partner.region ?? '', notes: partner.notes };
  const { control, register, handleSubmit, setError, reset, watch, formState } = useForm<PartnerValues>({ defaultValues: initial });
  const [error, setFailure] = useState<{ error: ApiError; extra: string[] } | null>(null);
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitSuccessful);
  const values = watch();
  const dirty = Object.keys(changesOf(partner, values)).length > 1;

  const submit = handleSubmit(async (submitted) => {
    const changes = changesOf(partner, submitted);
    if (Object.keys(changes).length <= 1) return;
    setFailure(null);
    try {
      onSaved(await api.updatePartner(partner.code, changes));
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      const extra = apiError.isVersionConflict ? [] : applyServerErrors<PartnerValues>(apiError, ['name', 'region', 'notes'], setError);
      setFailure({ error: apiError, extra: extra.filter((line) => !line.includes('version')) });
      throw apiError;
    }
  });

  const conflict = error?.error.isVersionConflict ?? false;
  return (
    <form className="card form" onSubmit={(event) => submit(event).catch(() => undefined)} aria-labelledby="edit-partner-title" noValidate>
      {question}
      <h2 id="edit-partner-title">Edit partner</h2>
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This partner was changed by someone else — reload.</strong>
          <p>
            You edited version {partner.version}; someone has saved a newer one. Reload to see their changes, then apply yours again. Your
            unsaved edits will be discarded.
          </p>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              reset(initial);
              onReload();
            }}
          >
            Reload partner
          </button>
        </div>
      )}
      <FormError message={conflict ? null : error?.error.message} extra={error?.extra} />
      <div className="form-grid">
        <Field label="Name" error={formState.errors.name?.message}>
          {(c) => (
            <>
              <input
                {...c}
                aria-describedby={[c['aria-describedby'], nameCount].filter(Boolean).join(' ')}
                {...register('name')}
                required
              />
              <CharCount id={nameCount} length={values.name.length} max={MAX.name} />
            </>
          )}
        </Field>
        <Field label="Region (combatant command)" error={formState.errors.region?.message}>
          {(c) => (
            <select {...c} {...register('region')}>
              <option value="">— none —</option>
              {COMBATANT_COMMANDS.map((command) => (
                <option key={command} value={command}>
                  {command}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="span-2">
          <Controller
            control={control}
            name="notes"
            render={({ field }) => <LimitedTextArea label="Notes" value={field.value} onChange={field.onChange} max={MAX.notes} rows={4} />}
          />
          {formState.errors.notes && <span className="field-error">{formState.errors.notes.message}</span>}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting || !dirty}>
          {formState.isSubmitting ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            reset(initial);
            setFailure(null);
          }}
          disabled={formState.isSubmitting || (!dirty && !error)}
        >
          Discard
        </button>
        <span className="muted">Version {partner.version}</span>
      </div>
    </form>
  );
}
