import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { type ReportDirty, useReportDirty } from '../../platform/dirty-parts.ts';
import { FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { type EdaRequest, edaApi } from './eda-api.ts';

/** reviewInput.comments in src/areas/eda/model.ts. */
const COMMENTS_MAX = 4000;
const DECISION = { pending: 'Pending', concur: 'Concurs', object: 'Objects' } as const;

/** Every round of the interagency review; in the current round, the offices' answers are recorded here. */
export function ReviewsPanel({
  request,
  canWrite,
  onDone,
  onDirty,
}: {
  request: EdaRequest;
  canWrite: boolean;
  onDone: (r: EdaRequest, message: string) => void;
  onDirty?: ReportDirty;
}) {
  const rounds = [...request.reviewRounds].reverse();
  return (
    <section className="card" aria-labelledby="reviews">
      <h2 id="reviews">Interagency review</h2>
      {rounds.length === 0 && <p className="muted">Not submitted for review yet.</p>}
      {rounds.map((round) => {
        const current = round.round === request.reviewRound && request.status === 'in_review';
        return (
          <div key={round.round} className="review-round">
            <h3>
              Round {round.round}
              {round.changedFields.length > 0 ? ` — re-submitted: ${round.changedFields.join(', ')} changed` : ''}
              {request.reviewDueOn && round.round === request.reviewRound ? ` · answers due ${request.reviewDueOn}` : ''}
            </h3>
            <div className="table-wrap">
              <table className="data-table table-compact">
                <caption className="visually-hidden">Round {round.round} answers</caption>
                <thead>
                  <tr>
                    <th scope="col">Office</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Comments</th>
                    <th scope="col">By, on</th>
                  </tr>
                </thead>
                <tbody>
                  {round.reviews.map((review) => (
                    <tr key={review.officeCode} data-testid={`review-${round.round}-${review.officeCode}`}>
                      <th scope="row">{review.officeName}</th>
                      <td>
                        {DECISION[review.decision]}
                        {review.carried ? ' (carried: the change did not touch it)' : ''}
                        {current && canWrite && review.decision === 'pending' && (
                          <Answer
                            request={request}
                            officeCode={review.officeCode}
                            officeName={review.officeName}
                            onDone={onDone}
                            onDirty={onDirty}
                          />
                        )}
                      </td>
                      <td>{review.comments ?? <span className="muted">internal</span>}</td>
                      <td className="small">{[review.decidedBy, review.decidedOn].filter(Boolean).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}

function Answer({
  request,
  officeCode,
  officeName,
  onDone,
  onDirty,
}: {
  request: EdaRequest;
  officeCode: string;
  officeName: string;
  onDone: (r: EdaRequest, message: string) => void;
  onDirty?: ReportDirty | undefined;
}) {
  const countId = useId();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<{ comments: string }>({ defaultValues: { comments: '' } });
  useReportDirty(onDirty, `review-${officeCode}`, formState.isDirty);
  const save = useMutation({
    mutationFn: ({ decision, comments }: { decision: 'concur' | 'object'; comments: string }) =>
      edaApi.review(request.id, { version: request.version, officeCode, decision, comments }),
    onSuccess: (r, { decision }) => onDone(r, `${officeName}: ${decision === 'concur' ? 'concurs' : 'objects'}`),
    onError: (error) => setUnplaced(applyServerErrors(error, ['comments'], setError)),
  });
  const answer = (decision: 'concur' | 'object') =>
    handleSubmit(({ comments }) => {
      setUnplaced([]);
      save.mutate({ decision, comments });
    });
  const comments = watch('comments');
  const error = formState.errors.comments?.message;
  return (
    <div className="form-row">
      <FormError message={save.error?.message} extra={unplaced} />
      <input
        aria-label={`${officeName}: comments`}
        aria-invalid={error ? true : undefined}
        aria-describedby={countId}
        size={24}
        {...register('comments')}
      />
      <CharCount id={countId} length={comments.length} max={COMMENTS_MAX} />
      {error && <span className="field-error">{error}</span>}
      <button type="button" className="button button-small button-primary" disabled={save.isPending} onClick={answer('concur')}>
        Concur
      </button>
      <button type="button" className="button button-small button-danger" disabled={save.isPending} onClick={answer('object')}>
        Object
      </button>
    </div>
  );
}
