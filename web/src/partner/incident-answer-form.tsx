import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { http, unwrap } from '../api/http.ts';
import { LimitedTextArea } from '../platform/limited-text.tsx';
import { useEditorDirty } from '../platform/unsaved-group.tsx';
import { uploadAnswerAttachment } from './upload.ts';

const MAX = 8000;

/** The partner's answer to an incident the agency raised: what happened and what was done, with a file if need be. */
export function IncidentAnswerForm({ incidentId, title }: { incidentId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(false);
  const fileId = useId();
  // A typed answer not yet sent is unsaved work: the EUM page asks before it is left.
  const saved = useEditorDirty(open && (text.trim() !== '' || file !== null));
  const send = useMutation({
    mutationFn: async () => {
      const answer = await unwrap(
        http.POST('/partner/eum/incidents/{id}/answers', { params: { path: { id: incidentId } }, body: { text } }),
      );
      if (file) await uploadAnswerAttachment(answer.id, file);
      return answer;
    },
    onSuccess: () => {
      saved();
      setSent(true);
      setOpen(false);
      setText('');
      setFile(null);
    },
  });
  if (!open)
    return (
      <>
        {sent && <span className="muted small">Answer sent. </span>}
        <button type="button" className="button" onClick={() => setOpen(true)} aria-label={`Answer the incident ${title}`}>
          {sent ? 'Answer again' : 'Answer'}
        </button>
      </>
    );
  const error =
    send.error instanceof ApiError ? (send.error.fieldMessage('text') ?? send.error.message) : send.error ? String(send.error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form className="confirm-action" aria-label={`Answer to ${title}`} onSubmit={submit}>
      <LimitedTextArea label="Your answer" value={text} onChange={setText} max={MAX} required rows={4} />
      <div className="field">
        <label htmlFor={fileId}>A file to go with it (optional)</label>
        <input id={fileId} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={send.isPending || !text.trim() || text.length > MAX}>
          Send the answer
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)} disabled={send.isPending}>
          Go back
        </button>
      </div>
    </form>
  );
}
