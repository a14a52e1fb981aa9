import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { BiddersEditor, type CompetitionValues, MILESTONE_FIELDS, MilestonesEditor, PolicyIssuesEditor } from './competition-editors.tsx';
import { LimitedArea, LimitedInput } from './limited-fields.tsx';
import { useSaveForm } from './save-form.ts';
import { type Competition, findCaseId, partnerLors, weaponsApi } from './weapons-api.ts';

type Done = (c: Competition, m: string) => void;

// The server's limits (src/areas/weapons/model.ts).
const OUTCOME_MAX = 4000;
const WINNER_MAX = 300;

/** Marks (or unmarks) single-offer advocacy; the server refuses while more than one U.S. bidder is active. */
export function SingleOfferToggle({ competition, onDone }: { competition: Competition; onDone: Done }) {
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setError(null);
    try {
      const next = !competition.singleOfferAdvocacy;
      onDone(
        await weaponsApi.updateCompetition(competition.id, { version: competition.version, singleOfferAdvocacy: next }),
        next ? 'Single-offer advocacy marked.' : 'Single-offer advocacy unmarked.',
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The change could not be saved. Try again.');
    }
  }
  return (
    <div>
      <FormError message={error} />
      <button type="button" className="button" onClick={toggle}>
        {competition.singleOfferAdvocacy ? 'Unmark single-offer advocacy' : 'Mark single-offer advocacy'}
      </button>
    </div>
  );
}

/** The competition as it goes on: bidders, milestones, policy issues, the LOR and resulting cases, the outcome. */
export function EditCompetition({ competition, onDone }: { competition: Competition; onDone: Done }) {
  /** The LOR and the resulting cases are the cases area's records: linked only by who may read them. */
  const readsCases = useArea('cases')?.canRead ?? false;
  const lors = useApi(
    ['weapons', 'competition-update:load'],
    (signal) => (readsCases ? partnerLors(competition.partnerCode, signal) : Promise.resolve({ items: [], total: 0 })),
    [competition.partnerCode, readsCases],
  );
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<CompetitionValues, Competition>({
    defaultValues: {
      bidders: competition.bidders,
      milestones: competition.milestones,
      policyIssues: competition.policyIssues,
      outcome: competition.outcome,
      winner: competition.winner,
      lorId: competition.lorId ?? '',
      caseRef: '',
    },
    fields: ['bidders', 'policyIssues', 'outcome', 'winner', 'lorId', 'caseRef', ...MILESTONE_FIELDS],
    save: async (v) => {
      const caseIds = competition.cases.map((c) => c.id);
      if (v.caseRef.trim()) caseIds.push((await findCaseId(v.caseRef)).id);
      return weaponsApi.updateCompetition(competition.id, {
        version: competition.version,
        bidders: v.bidders,
        milestones: v.milestones,
        policyIssues: v.policyIssues,
        outcome: v.outcome,
        winner: v.winner,
        lorId: v.lorId || null,
        caseIds,
      });
    },
    onSaved: (updated) => onDone(updated, 'Competition saved.'),
    after: 'keep',
  });
  const { register, control } = form;
  return (
    <section className="card" aria-labelledby="edit">
      <h2 id="edit">Update</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Update the competition">
        {question}
        <FormError message={failure?.message} extra={failure?.extra} />
        <BiddersEditor form={form} />
        <MilestonesEditor form={form} errorOf={errorOf as (name: never) => string | undefined} />
        <PolicyIssuesEditor form={form} />
        {readsCases && (
          <>
            <Field label="Letter of request (the solicitation through proper channels)" error={errorOf('lorId')}>
              {(p) => (
                <select {...p} {...register('lorId')}>
                  <option value="">None</option>
                  {lors.data?.items.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.reference || l.id.slice(0, 8)} · received {l.receivedOn} · {l.description.slice(0, 60)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Link a resulting case (identifier)" error={errorOf('caseRef')}>
              {(p) => <input {...p} {...register('caseRef')} />}
            </Field>
          </>
        )}
        <LimitedArea control={control} name="outcome" label="Outcome" rows={2} max={OUTCOME_MAX} error={errorOf('outcome')} />
        <LimitedInput control={control} name="winner" label="Winner" max={WINNER_MAX} error={errorOf('winner')} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Save
        </button>
      </form>
    </section>
  );
}
