import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { FormError } from '../../../platform/field.tsx';
import { useArea } from '../../../platform/session-context.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { LimitedInput } from '../limited-fields.tsx';
import { useSaveForm } from '../save-form.ts';
import { type NporType, nporApi } from './npor-api.ts';

// The server's limits (src/areas/weapons/npor/model.ts).
const MAX = { code: 40, name: 200, source: 300 };

/** The NPOR types LOA lines carry (DSCA 21-50): an administrator-kept list, never values invented by IOPS. */
export function NporTypes() {
  const types = useApi(['weapons', 'npor-types:nporApi.types'], (signal) => nporApi.types(signal), []);
  const canAdminister = useArea('weapons')?.canAdminister ?? false;
  const [error, setError] = useState<string | null>(null);
  async function toggle(type: NporType) {
    setError(null);
    try {
      await nporApi.updateType(type.code, { version: type.version, active: !type.active });
      types.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The change could not be saved. Try again.');
    }
  }
  return (
    <section aria-labelledby="npor-types">
      <h2 id="npor-types">NPOR types</h2>
      <FormError message={error} />
      <ul className="plain-list" aria-label="NPOR types">
        {(types.data ?? []).map((t) => (
          <li key={t.code}>
            <span className="mono">{t.code}</span> {t.name} <span className="muted">({t.source})</span>{' '}
            {!t.active && <span className="badge badge-muted">Retired</span>}{' '}
            {canAdminister && (
              <button type="button" className="button button-small" onClick={() => toggle(t)}>
                {t.active ? 'Retire' : 'Reinstate'}
              </button>
            )}
          </li>
        ))}
        {types.data?.length === 0 && <li className="muted">No NPOR type entered yet: an administrator enters DSCA 21-50's types.</li>}
      </ul>
      {canAdminister && <AddTypeForm onAdded={types.reload} />}
    </section>
  );
}

function AddTypeForm({ onAdded }: { onAdded: () => void }) {
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<{ code: string; name: string; source: string }, NporType>({
    defaultValues: { code: '', name: '', source: '' },
    fields: ['code', 'name', 'source'],
    save: (v) => nporApi.addType({ ...v, description: '' }),
    onSaved: onAdded,
  });
  const { control } = form;
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Add an NPOR type">
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      <LimitedInput control={control} name="code" label="Code" max={MAX.code} error={errorOf('code')} />
      <LimitedInput control={control} name="name" label="Name" max={MAX.name} error={errorOf('name')} />
      <LimitedInput
        control={control}
        name="source"
        label="Source"
        hint="The DSCA memorandum and paragraph"
        max={MAX.source}
        error={errorOf('source')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          Add the type
        </button>
      </div>
    </form>
  );
}
