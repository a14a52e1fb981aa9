import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CasePage, ReviewComment } from '../../api/types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { formatDateTime } from '../../platform/format.ts';

interface CommentsPanelProps {
  page: CasePage;
  comments: readonly ReviewComment[];
  canComment: boolean;
  onChanged: (message: string) => void;
}

/** CWD review comments on a line or on the whole LOA; writers and reviewers add and resolve them. */
export function CommentsPanel({ page, comments, canComment, onChanged }: CommentsPanelProps) {
  const [line, setLine] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const open = comments.filter((c) => !c.resolvedAt);
  const resolved = comments.filter((c) => c.resolvedAt);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.addComment(page.case.identifier, { versionNumber: page.current.number, lineNumber: line || null, body });
      setBody('');
      onChanged('Comment added.');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  async function resolve(comment: ReviewComment) {
    setError(null);
    try {
      await api.resolveComment(page.case.identifier, comment.id);
      onChanged('Comment resolved.');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="comments-title">
        <div className="card-header">
          <h2 id="comments-title">Review comments</h2>
          <span className="muted small">
            {open.length} open · {resolved.length} resolved
          </span>
        </div>
        {comments.length === 0 && <p className="muted">No comments yet.</p>}
        <ol className="comment-list">
          {[...open, ...resolved].map((c) => (
            <li key={c.id} className={`comment${c.resolvedAt ? ' is-resolved' : ''}`} aria-label={`Comment by ${c.authorName}`}>
              <div className="comment-head">
                <span className="strong">{c.authorName}</span>
                <span className="badge">{c.lineNumber ? `Line ${c.lineNumber}` : c.noteCode ? `Note ${c.noteCode}` : 'General'}</span>
                <span className="muted small">
                  version {c.versionNumber} · {formatDateTime(c.createdAt)}
                </span>
                {c.resolvedAt ? (
                  <span className="badge badge-ok" title={formatDateTime(c.resolvedAt)}>
                    resolved
                  </span>
                ) : (
                  canComment && (
                    <button type="button" className="button button-small" onClick={() => resolve(c)}>
                      Resolve
                    </button>
                  )
                )}
              </div>
              <p className="notes">{c.body}</p>
            </li>
          ))}
        </ol>
      </section>
      {canComment && (
        <form className="card form" onSubmit={add} aria-labelledby="add-comment-title" noValidate>
          <h2 id="add-comment-title">Add a comment</h2>
          <FormError message={error?.message} />
          <div className="form-row">
            <Field label="About">
              {(control) => (
                <select {...control} value={line} onChange={(e) => setLine(e.target.value)}>
                  <option value="">The whole LOA</option>
                  {page.current.lines.map((l) => (
                    <option key={l.lineNumber} value={l.lineNumber}>
                      Line {l.lineNumber} — {l.description.slice(0, 60)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Comment" className="field-grow" error={error?.fieldMessage('body')}>
              {(control) => (
                <textarea {...control} rows={2} value={body} maxLength={4000} onChange={(e) => setBody(e.target.value)} required />
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || !body.trim()}>
              Add comment
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
