import { Field, FormError } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { LimitedArea } from './limited-fields.tsx';
import { useSaveForm } from './save-form.ts';
import { findCaseId, type Inquiry, weaponsApi } from './weapons-api.ts';

type Done = (updated: Inquiry, message: string) => void;

// The server's limit on a response (src/areas/weapons/model.ts).
const RESPONSE_MAX = 8000;

/** Who answers the inquiry. */
export function AssignForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const analysts = useApi(['weapons', 'inquiry-forms:weaponsApi.analysts#2'], (signal) => weaponsApi.analysts(signal), []);
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<{ assigneeId: string }, Inquiry>({
    defaultValues: { assigneeId: inquiry.assigneeId ?? '' },
    fields: ['assigneeId'],
    save: (v) => weaponsApi.updateInquiry(inquiry.id, { version: inquiry.version, assigneeId: v.assigneeId || null }),
    onSaved: (updated) => onDone(updated, 'Assignment saved.'),
    after: 'keep',
  });
  return (
    <form className="form form-row" onSubmit={submit} aria-label="Assign">
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      <Field label="Assign to" error={errorOf('assigneeId')}>
        {(p) => (
          <select {...p} {...form.register('assigneeId')}>
            <option value="">Unassigned</option>
            {analysts.data?.items.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        Assign
      </button>
    </form>
  );
}

/** A response to the company, added to the thread (the first one stops the clock). */
export function RespondForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<{ body: string; respondedOn: string }, Inquiry>({
    defaultValues: { body: '', respondedOn: todayIso() },
    fields: ['body', 'respondedOn'],
    save: (v) => weaponsApi.respond(inquiry.id, { version: inquiry.version, ...v }),
    onSaved: (updated) => onDone(updated, 'Response added to the thread.'),
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Add a response">
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      <LimitedArea control={form.control} name="body" label="Response" max={RESPONSE_MAX} error={errorOf('body')} />
      <Field label="Responded on" error={errorOf('respondedOn')}>
        {(p) => <input {...p} type="date" {...form.register('respondedOn')} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy}>
        Add the response
      </button>
    </form>
  );
}

interface LinkValues {
  caseRef: string;
  competitionId: string;
  advocacyId: string;
}

/** Links a case, a competition or an advocacy request the inquiry led to. */
export function LinkForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const competitions = useApi(
    ['weapons', 'inquiry-forms:weaponsApi.competitions'],
    (signal) => weaponsApi.competitions({ limit: 500 }, signal),
    [],
  );
  const advocacy = useApi(
    ['weapons', 'inquiry-forms:weaponsApi.advocacyList'],
    (signal) => weaponsApi.advocacyList({ limit: 500 }, signal),
    [],
  );
  /** Linking a case reads it: only for who may read the cases area. */
  const readsCases = useArea('cases')?.canRead ?? false;
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<LinkValues, Inquiry>({
    defaultValues: { caseRef: '', competitionId: '', advocacyId: '' },
    fields: ['caseRef', 'competitionId', 'advocacyId'],
    save: async (v) => {
      const caseIds = inquiry.cases.map((c) => c.id);
      if (v.caseRef.trim()) caseIds.push((await findCaseId(v.caseRef)).id);
      return weaponsApi.updateInquiry(inquiry.id, {
        version: inquiry.version,
        caseIds,
        competitionIds: [...inquiry.competitions.map((c) => c.id), ...(v.competitionId ? [v.competitionId] : [])],
        advocacyIds: [...inquiry.advocacy.map((a) => a.id), ...(v.advocacyId ? [v.advocacyId] : [])],
      });
    },
    onSaved: (updated) => onDone(updated, 'Links saved.'),
  });
  const { register } = form;
  return (
    <form className="form form-row" onSubmit={submit} aria-label="Link records">
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      {readsCases && (
        <Field label="Case identifier" error={errorOf('caseRef')}>
          {(p) => <input {...p} placeholder="PL-D-ABC" {...register('caseRef')} />}
        </Field>
      )}
      <Field label="Competition">
        {(p) => (
          <select {...p} {...register('competitionId')}>
            <option value="">—</option>
            {competitions.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reference} {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Advocacy request">
        {(p) => (
          <select {...p} {...register('advocacyId')}>
            <option value="">—</option>
            {advocacy.data?.items.map((a) => (
              <option key={a.id} value={a.id}>
                {a.reference} {a.company}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        Link
      </button>
    </form>
  );
}
