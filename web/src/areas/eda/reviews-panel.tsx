import { useState } from 'react';
import { FormError } from '../../platform/field.tsx';
import { type EdaRequest, edaApi } from './eda-api.ts';
import { useSave } from './request-forms.tsx';

const DECISION = { pending: 'Pending', concur: 'Concurs', object: 'Objects' } as const;

/** Every round of the interagency review; in the current round, the offices' answers are recorded here. */
export function ReviewsPanel({
  request,
  canWrite,
  onDone,
}: {
  request: EdaRequest;
  canWrite: boolean;
  onDone: (r: EdaRequest, message: string) => void;
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
                          <Answer request={request} officeCode={review.officeCode} officeName={review.officeName} onDone={onDone} />
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
}: {
  request: EdaRequest;
  officeCode: string;
  officeName: string;
  onDone: (r: EdaRequest, message: string) => void;
}) {
  const [comments, setComments] = useState('');
  const { error, busy, run } = useSave();
  const answer = (decision: 'concur' | 'object') =>
    run(
      () => edaApi.review(request.id, { version: request.version, officeCode, decision, comments }),
      (r) => onDone(r, `${officeName}: ${decision === 'concur' ? 'concurs' : 'objects'}`),
    );
  return (
    <div className="form-row">
      <FormError message={error?.message} extra={error?.fields.map((f) => `${f.path}: ${f.message}`) ?? []} />
      <input aria-label={`${officeName}: comments`} value={comments} onChange={(e) => setComments(e.target.value)} size={24} />
      <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => answer('concur')}>
        Concur
      </button>
      <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => answer('object')}>
        Object
      </button>
    </div>
  );
}
