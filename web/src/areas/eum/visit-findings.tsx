import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { eumApi } from '../../api/eum-client.ts';
import type { EumVisit, EumVisitFinding } from '../../api/eum-types.ts';
import { type ReportDirty, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { Counted } from './counted.tsx';

/** finding.followUpNote in src/areas/eum/model.ts. */
const NOTE_MAX = 4000;

interface Props {
  visit: EumVisit;
  canWrite: boolean;
  onSaved: () => void;
  onDirty: ReportDirty;
}

/** A visit's findings, each with its recommendation and follow-up; an open follow-up can be marked done (date, note). */
export function VisitFindings({ visit, canWrite, onSaved, onDirty }: Props) {
  if (visit.findings.length === 0) return visit.status === 'completed' ? <p>No finding recorded.</p> : null;
  return (
    <table className="data-table" aria-label={`Findings of the visit to ${visit.partnerCode} planned ${visit.plannedOn}`}>
      <thead>
        <tr>
          <th>Finding</th>
          <th>Recommendation</th>
          <th>Follow-up</th>
          <th>Due</th>
          <th>Done</th>
        </tr>
      </thead>
      <tbody>
        {visit.findings.map((f, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a finding is known by its place in the visit (the server's index)
          <tr key={index}>
            <td>{f.finding}</td>
            <td>{f.recommendation || '—'}</td>
            <td>{f.followUp || '—'}</td>
            <td>{f.followUpDueOn ?? '—'}</td>
            <td>
              {f.followUpDoneOn ? (
                `${f.followUpDoneOn}${f.followUpNote ? `: ${f.followUpNote}` : ''}`
              ) : f.followUp && canWrite && visit.status === 'completed' ? (
                <MarkDone visit={visit} index={index} finding={f} onSaved={onSaved} onDirty={onDirty} />
              ) : f.followUp ? (
                'open'
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface DoneValues {
  doneOn: string;
  note: string;
}

function MarkDone({ visit, index, finding, onSaved, onDirty }: Omit<Props, 'canWrite'> & { index: number; finding: EumVisitFinding }) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<DoneValues>({ defaultValues: { doneOn: '', note: '' } });
  // Once done the row shows it instead (this form is gone, clean).
  useReportDirty(onDirty, `follow-up-${visit.id}-${index}`, formState.isDirty);
  const save = useMutation({
    mutationFn: (v: DoneValues) => eumApi.completeFollowUp(visit.id, index, { version: visit.version, ...v }),
    onSuccess: onSaved,
    onError: (error) => setUnplaced(applyServerErrors(error, ['doneOn', 'note'], setError)),
  });
  const { errors } = formState;
  return (
    <form
      className="form-inline"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label={`Follow-up done: ${finding.followUp}`}
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Follow-up done on" error={errors.doneOn?.message}>
        {(p) => <input {...p} type="date" required {...register('doneOn')} />}
      </Field>
      <Field label="What was done" error={errors.note?.message}>
        {(p) => (
          <>
            <input {...p} required {...register('note')} />
            <Counted length={watch('note').length} max={NOTE_MAX} />
          </>
        )}
      </Field>
      <button type="submit" className="button" disabled={save.isPending}>
        Mark done
      </button>
    </form>
  );
}
