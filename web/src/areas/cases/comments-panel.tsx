import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import type { CasePage, ReviewComment } from '../../api/types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatDateTime } from '../../platform/format.ts';
import { LimitedTextArea } from '../../platform/limited-text.tsx';
import type { Notice } from '../../platform/undo-notice.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';

/** The server's limit on a comment (commentInput in src/areas/case-writing/review-model.ts). */
const COMMENT_MAX = 4000;

interface CommentsPanelProps {
  page: CasePage;
  comments: readonly ReviewComment[];
  canComment: boolean;
  onChanged: (notice: Notice) => void;
  /** Re-read the comments (after an undo). */
  onReload: () => void;
}

interface CommentValues {
  lineNumber: string;
  body: string;
}

const subjectOf = (c: ReviewComment) => (c.lineNumber ? `line ${c.lineNumber}` : c.noteCode ? `note ${c.noteCode}` : 'the whole LOA');

/** CWD review comments on a line or on the whole LOA; writers and reviewers add and resolve them (and undo a resolve). */
export function CommentsPanel({ page, comments, canComment, onChanged, onReload }: CommentsPanelProps) {
  const ref = page.case.identifier;
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  const { control, register, handleSubmit, setError, reset, watch, formState } = useForm<CommentValues>({
    defaultValues: { lineNumber: '', body: '' },
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting, {
    // The case's own tabs are not leaving (the panel is unmounted with its text, though: ask then too).
    leaves: (current, next) => current.pathname !== next.pathname || current.search !== next.search,
  });
  const open = comments.filter((c) => !c.resolvedAt);
  const resolved = comments.filter((c) => c.resolvedAt);

  const add = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await api.addComment(ref, { versionNumber: page.current.number, lineNumber: values.lineNumber || null, body: values.body });
      reset();
      onChanged({ message: 'Comment added.' });
    } catch (caught) {
      const extra = applyServerErrors<CommentValues>(caught, ['lineNumber', 'body'], setError);
      setFailure({ message: caught instanceof ApiError ? caught.message : String(caught), extra });
    }
  });

  async function resolve(comment: ReviewComment) {
    setFailure(null);
    try {
      await api.resolveComment(ref, comment.id);
      onChanged({
        message: `Comment by ${comment.authorName} on ${subjectOf(comment)} resolved.`,
        undo: async () => {
          await api.reopenComment(ref, comment.id);
          onReload();
          return `The comment by ${comment.authorName} on ${subjectOf(comment)} is open again.`;
        },
      });
    } catch (caught) {
      setFailure({ message: caught instanceof ApiError ? caught.message : String(caught), extra: [] });
    }
  }

  return (
    <div className="stack">
      {question}
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
          <FormError message={failure?.message} extra={failure?.extra} />
          <div className="form-row">
            <Field label="About" error={formState.errors.lineNumber?.message}>
              {(control) => (
                <select {...control} {...register('lineNumber')}>
                  <option value="">The whole LOA</option>
                  {page.current.lines.map((l) => (
                    <option key={l.lineNumber} value={l.lineNumber}>
                      Line {l.lineNumber} — {l.description.slice(0, 60)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field-grow">
              <Controller
                control={control}
                name="body"
                render={({ field }) => (
                  <LimitedTextArea label="Comment" value={field.value} onChange={field.onChange} max={COMMENT_MAX} rows={2} required />
                )}
              />
              {formState.errors.body && <span className="field-error">{formState.errors.body.message}</span>}
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={formState.isSubmitting || !watch('body').trim()}>
              Add comment
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
