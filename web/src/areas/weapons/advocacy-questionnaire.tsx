import type { UseFormReturn } from 'react-hook-form';
import { Field, FormError } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { LimitedArea, LimitedInput } from './limited-fields.tsx';
import { fieldProblem, useSaveForm } from './save-form.ts';
import { type Advocacy, weaponsApi } from './weapons-api.ts';
import { percentOrNull } from './weapons-labels.tsx';

/** The Advocacy Center's questionnaire as typed: each field named as the server names it, so its messages land there. */
export interface QuestionnaireValues {
  saleChannel: '' | 'fms' | 'dcs';
  valueCents: string;
  usContentPercent: string;
  bidderOfRecord: string;
  licenceInformation: string;
  assistanceRequested: string;
  decisionDate: string;
  decisionMaker: string;
  competitors: string;
}

export const QUESTIONNAIRE_FIELDS = [
  'saleChannel',
  'valueCents',
  'usContentPercent',
  'bidderOfRecord',
  'licenceInformation',
  'assistanceRequested',
  'decisionDate',
  'decisionMaker',
  'competitors',
] as const;

// The server's limits (src/areas/weapons/model.ts).
const MAX = { bidderOfRecord: 300, licenceInformation: 2000, assistanceRequested: 4000, decisionMaker: 300 };

export const questionnaireOf = (a: Advocacy | null): QuestionnaireValues => ({
  saleChannel: a?.saleChannel ?? '',
  valueCents: a?.valueCents != null ? String(a.valueCents / 100) : '',
  usContentPercent: a?.usContentPercent != null ? String(a.usContentPercent) : '',
  bidderOfRecord: a?.bidderOfRecord ?? '',
  licenceInformation: a?.licenceInformation ?? '',
  assistanceRequested: a?.assistanceRequested ?? '',
  decisionDate: a?.decisionDate ?? '',
  decisionMaker: a?.decisionMaker ?? '',
  competitors: a?.competitors.join('\n') ?? '',
});

export function questionnaireBody(q: QuestionnaireValues) {
  const value = parseDollars(q.valueCents);
  if (value === null) throw fieldProblem('valueCents', 'a dollar amount', 'Check the value');
  return {
    saleChannel: q.saleChannel || null,
    valueCents: value ?? null,
    usContentPercent: percentOrNull(q.usContentPercent),
    bidderOfRecord: q.bidderOfRecord,
    licenceInformation: q.licenceInformation,
    assistanceRequested: q.assistanceRequested,
    decisionDate: q.decisionDate || null,
    decisionMaker: q.decisionMaker,
    competitors: q.competitors
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

/** The questionnaire's fields, in a form whose values include them. */
export function QuestionnaireFields<T extends QuestionnaireValues>({
  form: anyForm,
  errorOf: anyErrorOf,
}: {
  form: UseFormReturn<T>;
  errorOf: (name: never) => string | undefined;
}) {
  // The questionnaire's own part of the caller's form (its values extend these).
  const form = anyForm as unknown as UseFormReturn<QuestionnaireValues>;
  const errorOf = anyErrorOf as (name: keyof QuestionnaireValues) => string | undefined;
  const { register, control } = form;
  return (
    <fieldset className="fieldset">
      <legend>Advocacy Center questionnaire</legend>
      <Field label="FMS or DCS" error={errorOf('saleChannel')}>
        {(p) => (
          <select {...p} {...register('saleChannel')}>
            <option value="">Not yet known</option>
            <option value="fms">FMS</option>
            <option value="dcs">DCS</option>
          </select>
        )}
      </Field>
      <Field label="Value (US$)" error={errorOf('valueCents')}>
        {(p) => <input {...p} inputMode="decimal" {...register('valueCents')} />}
      </Field>
      <Field label="U.S. content (%)" error={errorOf('usContentPercent')}>
        {(p) => <input {...p} inputMode="numeric" {...register('usContentPercent')} />}
      </Field>
      <LimitedInput
        control={control}
        name="bidderOfRecord"
        label="Bidder of record"
        max={MAX.bidderOfRecord}
        error={errorOf('bidderOfRecord')}
      />
      <LimitedInput
        control={control}
        name="licenceInformation"
        label="Licence information"
        max={MAX.licenceInformation}
        error={errorOf('licenceInformation')}
      />
      <LimitedArea
        control={control}
        name="assistanceRequested"
        label="Assistance requested"
        rows={2}
        max={MAX.assistanceRequested}
        error={errorOf('assistanceRequested')}
      />
      <Field label="Decision date" error={errorOf('decisionDate')}>
        {(p) => <input {...p} type="date" {...register('decisionDate')} />}
      </Field>
      <LimitedInput
        control={control}
        name="decisionMaker"
        label="Decision-maker"
        max={MAX.decisionMaker}
        error={errorOf('decisionMaker')}
      />
      <Field label="Competitors" hint="One a line" error={errorOf('competitors')}>
        {(p) => <textarea {...p} rows={2} {...register('competitors')} />}
      </Field>
    </fieldset>
  );
}

/** The questionnaire while the request is at that step: edited and saved. */
export function QuestionnaireEdit({ advocacy, onDone }: { advocacy: Advocacy; onDone: (a: Advocacy, m: string) => void }) {
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<QuestionnaireValues, Advocacy>({
    defaultValues: questionnaireOf(advocacy),
    fields: QUESTIONNAIRE_FIELDS,
    save: (q) => weaponsApi.updateAdvocacy(advocacy.id, { version: advocacy.version, ...questionnaireBody(q) }),
    onSaved: (updated) => onDone(updated, 'Questionnaire saved.'),
    after: 'keep',
  });
  return (
    <section className="card" aria-labelledby="questionnaire">
      <h2 id="questionnaire">Questionnaire</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Questionnaire">
        {question}
        <FormError message={failure?.message} extra={failure?.extra} />
        <QuestionnaireFields form={form} errorOf={errorOf as (name: never) => string | undefined} />
        <button type="submit" className="button" disabled={busy}>
          Save the questionnaire
        </button>
      </form>
    </section>
  );
}
