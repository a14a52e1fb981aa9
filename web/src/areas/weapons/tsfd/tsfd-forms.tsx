import { useId } from 'react';
import { Field, FormError } from '../../../platform/field.tsx';
import { todayIso } from '../../../platform/format.ts';
import { CharCount } from '../../../platform/limited-text.tsx';
import { LimitedInput } from '../limited-fields.tsx';
import { useSaveForm } from '../save-form.ts';
import {
  DETERMINATION_LABELS,
  TECHNOLOGY_AREA_LABELS,
  TECHNOLOGY_AREAS,
  type TsfdDetermination,
  type TsfdRequest,
  tsfdApi,
} from './tsfd-api.ts';

type Done = (r: TsfdRequest) => void;
const areaLabel = (a: string) => TECHNOLOGY_AREA_LABELS[a] ?? a;
// The server's limits (src/areas/weapons/tsfd/model.ts).
const MAX = { body: 200, conditions: 8000, caseRef: 40 };

interface ReferValues {
  body: string;
  technologyArea: string;
  referredOn: string;
}

/** Refers the request to one more reviewing body. */
export function ReferForm({ request, onDone }: { request: TsfdRequest; onDone: Done }) {
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<ReferValues, TsfdRequest>({
    defaultValues: { body: '', technologyArea: '', referredOn: todayIso() },
    fields: ['body', 'technologyArea', 'referredOn'],
    save: (v) =>
      tsfdApi.refer(request.id, {
        version: request.version,
        body: v.body,
        technologyArea: (v.technologyArea || null) as never,
        referredOn: v.referredOn,
      }),
    onSaved: onDone,
  });
  const { register, control } = form;
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Refer to a reviewing body">
      {question}
      <h3>Refer to a reviewing body</h3>
      <FormError message={failure?.message} extra={failure?.extra} />
      <LimitedInput control={control} name="body" label="Reviewing body or process" max={MAX.body} error={errorOf('body')} />
      <Field label="Technology area" error={errorOf('technologyArea')}>
        {(c) => (
          <select {...c} {...register('technologyArea')}>
            <option value="">—</option>
            {TECHNOLOGY_AREAS.map((a) => (
              <option key={a} value={a}>
                {areaLabel(a)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Referred on" error={errorOf('referredOn')}>
        {(c) => <input {...c} type="date" required {...register('referredOn')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Refer
        </button>
      </div>
    </form>
  );
}

type DeterminationValues = Omit<TsfdDetermination, 'version'>;

/** A reviewing body's determination, in its row of the reviews table. */
export function DeterminationForm({
  request,
  reviewId,
  body,
  onDone,
}: {
  request: TsfdRequest;
  reviewId: string;
  body: string;
  onDone: Done;
}) {
  const countId = useId();
  const { form, submit, question, failure, busy } = useSaveForm<DeterminationValues, TsfdRequest>({
    defaultValues: { determination: 'approved', conditions: '', determinedOn: todayIso() },
    fields: [],
    save: (v) => tsfdApi.determine(request.id, reviewId, { version: request.version, ...v }),
    onSaved: onDone,
  });
  const { register } = form;
  const determination = form.watch('determination');
  const conditions = form.watch('conditions') ?? '';
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={`Determination of ${body}`}>
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      <select aria-label={`${body} determination`} {...register('determination')}>
        {Object.entries(DETERMINATION_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {determination === 'approved_with_conditions' && (
        <>
          <input aria-label={`${body} conditions`} aria-describedby={countId} required {...register('conditions')} />
          <CharCount id={countId} length={conditions.length} max={MAX.conditions} />
        </>
      )}
      <input aria-label={`${body} determined on`} type="date" required {...register('determinedOn')} />
      <button type="submit" className="button button-small button-primary" disabled={busy}>
        Record
      </button>
    </form>
  );
}

/** The case that followed the request (its approved conditions go into the LOA's notes). */
export function LinkForm({ request, onDone }: { request: TsfdRequest; onDone: Done }) {
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<{ caseRef: string }, TsfdRequest>({
    defaultValues: { caseRef: request.caseIdentifier ?? '' },
    fields: ['caseRef'],
    save: (v) => tsfdApi.link(request.id, { version: request.version, caseRef: v.caseRef.trim() || null, lorId: request.lorId }),
    onSaved: onDone,
    after: 'keep',
  });
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-label="Link to a case">
      {question}
      <h3>The case that followed</h3>
      <FormError message={failure?.message} extra={failure?.extra} />
      <LimitedInput
        control={form.control}
        name="caseRef"
        label="Case identifier"
        hint="Approved conditions are carried into its LOA notes"
        max={MAX.caseRef}
        error={errorOf('caseRef')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          Save the link
        </button>
      </div>
    </form>
  );
}
