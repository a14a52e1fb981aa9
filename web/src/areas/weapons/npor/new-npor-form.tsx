import { Field, FormError } from '../../../platform/field.tsx';
import { todayIso } from '../../../platform/format.ts';
import { useApi } from '../../../platform/use-api.ts';
import { LimitedArea, LimitedInput } from '../limited-fields.tsx';
import { useSaveForm } from '../save-form.ts';
import { type NporRequest, nporApi } from './npor-api.ts';

// The server's limits (src/areas/weapons/npor/model.ts).
const MAX = { title: 300, description: 8000, caseRef: 40 };

interface Values {
  partnerCode: string;
  title: string;
  description: string;
  receivedOn: string;
  nporType: string;
  caseRef: string;
}

/** Records an NPOR request as the partner sent it. */
export function NewNporForm({ onCreated }: { onCreated: (r: NporRequest) => void }) {
  const types = useApi(['weapons', 'new-npor-form:nporApi.types#2'], (signal) => nporApi.types(signal), []);
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<Values, NporRequest>({
    defaultValues: { partnerCode: '', title: '', description: '', receivedOn: todayIso(), nporType: '', caseRef: '' },
    fields: ['partnerCode', 'title', 'description', 'receivedOn', 'nporType', 'caseRef'],
    save: (v) =>
      nporApi.create({
        partnerCode: v.partnerCode.toUpperCase().trim(),
        title: v.title,
        description: v.description,
        receivedOn: v.receivedOn,
        systemId: null,
        lorId: null,
        nporType: v.nporType || null,
        caseRef: v.caseRef.trim() || null,
      }),
    onSaved: onCreated,
    after: 'keep',
  });
  const { register, control } = form;
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="New NPOR request">
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      <Field label="Partner (customer code)" error={errorOf('partnerCode')}>
        {(c) => <input {...c} maxLength={3} required {...register('partnerCode')} />}
      </Field>
      <LimitedInput control={control} name="title" label="Item requested" max={MAX.title} error={errorOf('title')} />
      <Field label="Received on" error={errorOf('receivedOn')}>
        {(c) => <input {...c} type="date" required {...register('receivedOn')} />}
      </Field>
      <Field label="NPOR type" error={errorOf('nporType')} hint="The administrators' list (DSCA 21-50)">
        {(c) => (
          <select {...c} {...register('nporType')}>
            <option value="">Not stated</option>
            {(types.data ?? [])
              .filter((t) => t.active)
              .map((t) => (
                <option key={t.code} value={t.code}>
                  {t.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <LimitedInput
        control={control}
        name="caseRef"
        label="Case (identifier), if any"
        placeholder="AT-B-AAA"
        max={MAX.caseRef}
        error={errorOf('caseRef')}
      />
      <div className="field-wide">
        <LimitedArea control={control} name="description" label="Description" max={MAX.description} error={errorOf('description')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Record the request
        </button>
      </div>
    </form>
  );
}
