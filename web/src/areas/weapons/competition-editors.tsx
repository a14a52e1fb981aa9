import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import type { Competition } from './weapons-api.ts';
import { MILESTONE_LABELS, MILESTONES } from './weapons-labels.tsx';

type Milestones = Competition['milestones'];

/** Everything a competition's forms edit (the new one and the update each show their part). */
export interface CompetitionValues {
  partnerCode: string;
  title: string;
  requirement: string;
  systemId: string;
  saleRoute: Competition['saleRoute'];
  briefingPolicy: Competition['briefingPolicy'];
  bidders: Competition['bidders'];
  milestones: Milestones;
  policyIssues: Competition['policyIssues'];
  outcome: string;
  winner: string;
  lorId: string;
  caseRef: string;
}

export const EMPTY_MILESTONES: Milestones = {
  rfp: { planned: null, actual: null },
  bids_due: { planned: null, actual: null },
  down_select: { planned: null, actual: null },
  award: { planned: null, actual: null },
};

type Form = UseFormReturn<CompetitionValues>;
type ErrorOf = (name: never) => string | undefined;
const orNull = (text: string | null) => text || null;

export function BiddersEditor({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'bidders' });
  return (
    <fieldset className="fieldset">
      <legend>Bidders</legend>
      <table className="data-table table-compact">
        <caption className="visually-hidden">Bidders</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">U.S. bidder</th>
            <th scope="col">Active</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((row, i) => (
            <tr key={row.id}>
              <td>
                <input aria-label={`Bidder ${i + 1} name`} {...form.register(`bidders.${i}.name`)} />
              </td>
              <td>
                <input type="checkbox" aria-label={`Bidder ${i + 1} is a U.S. bidder`} {...form.register(`bidders.${i}.us`)} />
              </td>
              <td>
                <input type="checkbox" aria-label={`Bidder ${i + 1} is active`} {...form.register(`bidders.${i}.active`)} />
              </td>
              <td>
                <button type="button" className="button button-small" onClick={() => remove(i)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => append({ name: '', us: true, active: true })}>
        Add a bidder
      </button>
    </fieldset>
  );
}

export function MilestonesEditor({ form, errorOf }: { form: Form; errorOf: ErrorOf }) {
  const error = errorOf as (name: string) => string | undefined;
  return (
    <fieldset className="fieldset">
      <legend>Milestones</legend>
      {MILESTONES.map((m) => (
        <div key={m} className="form-grid form-grid-4">
          <Field label={`${MILESTONE_LABELS[m]}: planned`} error={error(`milestones.${m}.planned`)}>
            {(p) => <input {...p} type="date" {...form.register(`milestones.${m}.planned`, { setValueAs: orNull })} />}
          </Field>
          <Field label={`${MILESTONE_LABELS[m]}: actual`} error={error(`milestones.${m}.actual`)}>
            {(p) => <input {...p} type="date" {...form.register(`milestones.${m}.actual`, { setValueAs: orNull })} />}
          </Field>
        </div>
      ))}
    </fieldset>
  );
}

export function PolicyIssuesEditor({ form }: { form: Form }) {
  const { fields, append } = useFieldArray({ control: form.control, name: 'policyIssues' });
  return (
    <fieldset className="fieldset">
      <legend>Policy issues</legend>
      {fields.map((row, i) => (
        <div key={row.id} className="form-grid form-grid-4">
          <Field label={`Issue ${i + 1}`}>{(f) => <input {...f} {...form.register(`policyIssues.${i}.issue`)} />}</Field>
          <Field label="Raised on">{(f) => <input {...f} type="date" {...form.register(`policyIssues.${i}.raisedOn`)} />}</Field>
          <Field label="Resolution">{(f) => <input {...f} {...form.register(`policyIssues.${i}.resolution`)} />}</Field>
          <Field label="Resolved on">
            {(f) => <input {...f} type="date" {...form.register(`policyIssues.${i}.resolvedOn`, { setValueAs: orNull })} />}
          </Field>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => append({ issue: '', raisedOn: todayIso(), resolution: '', resolvedOn: null })}
      >
        Add a policy issue
      </button>
    </fieldset>
  );
}

/** The milestone paths whose server messages the editors show beside their fields. */
export const MILESTONE_FIELDS = MILESTONES.flatMap((m) => [`milestones.${m}.planned`, `milestones.${m}.actual`] as const);
