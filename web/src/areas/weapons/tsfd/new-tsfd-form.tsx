import { Field, FormError } from '../../../platform/field.tsx';
import { todayIso } from '../../../platform/format.ts';
import { useApi } from '../../../platform/use-api.ts';
import { LimitedArea, LimitedInput } from '../limited-fields.tsx';
import { useSaveForm } from '../save-form.ts';
import { TECHNOLOGY_AREA_LABELS, type TsfdRequest, tsfdApi } from './tsfd-api.ts';

const areaLabel = (a: string) => TECHNOLOGY_AREA_LABELS[a] ?? a;
// The server's limits (src/areas/weapons/tsfd/model.ts).
const MAX = { title: 300, summary: 8000, preLorAssessmentReference: 200, priorityReason: 2000, caseRef: 40 };

interface Values {
  partnerCode: string;
  systemId: string;
  title: string;
  summary: string;
  preLorAssessmentOn: string;
  preLorAssessmentReference: string;
  priority: boolean;
  priorityReason: string;
  caseRef: string;
}

/** Records a Pre-LOR Assessment Request: the TSFD request it starts, and the reviews its system's technology calls for. */
export function NewTsfdForm({ onCreated }: { onCreated: (r: TsfdRequest) => void }) {
  const systems = useApi(['weapons', 'new-tsfd-form:tsfdApi.systems'], (signal) => tsfdApi.systems(signal), []);
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<Values, TsfdRequest>({
    defaultValues: {
      partnerCode: '',
      systemId: '',
      title: '',
      summary: '',
      preLorAssessmentOn: todayIso(),
      preLorAssessmentReference: '',
      priority: false,
      priorityReason: '',
      caseRef: '',
    },
    fields: ['partnerCode', 'systemId', 'title', 'summary', 'preLorAssessmentOn', 'preLorAssessmentReference', 'priorityReason', 'caseRef'],
    save: (v) =>
      tsfdApi.create({
        ...v,
        partnerCode: v.partnerCode.toUpperCase().trim(),
        lorId: null,
        caseRef: v.caseRef.trim() || null,
      }),
    onSaved: onCreated,
    after: 'keep',
  });
  const { register, control } = form;
  const systemId = form.watch('systemId');
  const priority = form.watch('priority');
  const system = systems.data?.find((s) => s.id === systemId);
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="New Pre-LOR Assessment Request">
      {question}
      <FormError message={failure?.message} extra={failure?.extra.filter((line) => !line.startsWith('technology areas'))} />
      <Field label="Partner (customer code)" error={errorOf('partnerCode')}>
        {(c) => <input {...c} maxLength={3} required {...register('partnerCode')} />}
      </Field>
      <Field
        label="System"
        error={errorOf('systemId') ?? failure?.extra.find((line) => line.startsWith('technology areas'))}
        hint={system ? `Reviews: ${system.technologyAreas.map(areaLabel).join(', ') || 'none listed'}` : undefined}
      >
        {(c) => (
          <select {...c} required {...register('systemId')}>
            <option value="">Choose a system</option>
            {(systems.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <LimitedInput control={control} name="title" label="Title" max={MAX.title} error={errorOf('title')} />
      <Field label="Pre-LOR Assessment Request received" error={errorOf('preLorAssessmentOn')}>
        {(c) => <input {...c} type="date" required {...register('preLorAssessmentOn')} />}
      </Field>
      <LimitedInput
        control={control}
        name="preLorAssessmentReference"
        label="Its reference"
        max={MAX.preLorAssessmentReference}
        error={errorOf('preLorAssessmentReference')}
      />
      <LimitedInput
        control={control}
        name="caseRef"
        label="Case (identifier), if any"
        placeholder="PL-B-AAA"
        max={MAX.caseRef}
        error={errorOf('caseRef')}
      />
      <label className="field field-check">
        <input type="checkbox" {...register('priority')} /> Priority review (senior-leader case)
      </label>
      {priority && (
        <LimitedInput
          control={control}
          name="priorityReason"
          label="Why a priority"
          max={MAX.priorityReason}
          error={errorOf('priorityReason')}
        />
      )}
      <div className="field-wide">
        <LimitedArea control={control} name="summary" label="Summary" max={MAX.summary} error={errorOf('summary')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Record the request
        </button>
      </div>
    </form>
  );
}
