import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { http, unwrap } from '../api/http.ts';
import { Field, FormError } from '../platform/field.tsx';
import { applyServerErrors } from '../platform/form-errors.ts';
import { formatDate } from '../platform/format.ts';
import { CharCount } from '../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../platform/unsaved-changes.tsx';
import { usePageTitle } from '../platform/use-page-title.ts';
import { Empty, QueryState } from './query-state.tsx';
import { attachmentUrl, uploadLorAttachment } from './upload.ts';
import { plain } from './words.ts';

export function LorsPage() {
  usePageTitle('Letters of request');
  const lors = useQuery({ queryKey: ['partner', 'lors'], queryFn: ({ signal }) => unwrap(http.GET('/partner/lors', { signal })) });
  return (
    <div className="page">
      <header className="page-header">
        <h1>Letters of request</h1>
      </header>
      <SendLorForm />
      <section className="card" aria-labelledby="lors-sent">
        <h2 id="lors-sent">Your letters of request</h2>
        <QueryState query={lors} what="Your letters of request">
          {(rows) =>
            rows.length === 0 ? (
              <Empty>You have sent no letter of request yet.</Empty>
            ) : (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Your reference</th>
                      <th scope="col">Received</th>
                      <th scope="col">What is asked</th>
                      <th scope="col">Where it stands</th>
                      <th scope="col">Files</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((lor) => (
                      <tr key={lor.id}>
                        <td>{lor.reference}</td>
                        <td>{formatDate(lor.receivedOn)}</td>
                        <td>{lor.description}</td>
                        <td>
                          {plain(lor.status)}
                          {lor.caseIdentifier && <> — case {lor.caseIdentifier}</>}
                          {lor.status === 'returned' && lor.returnReasons && <div>{lor.returnReasons}</div>}
                        </td>
                        <td>
                          {lor.attachments.map((file) => (
                            <div key={file.id}>
                              <a href={attachmentUrl(file.id)}>{file.fileName}</a>
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </section>
    </div>
  );
}

interface LorForm {
  reference: string;
  description: string;
  requestedItems: string;
  files: FileList | null;
}

function SendLorForm() {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, reset, formState, watch } = useForm<LorForm>({
    defaultValues: { reference: '', description: '', requestedItems: '', files: null },
  });
  const [problem, setProblem] = useState<{ message: string; extra: string[] } | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: async (values: LorForm) => {
      const body = {
        reference: values.reference.trim(),
        description: values.description.trim(),
        requestedItems: values.requestedItems.trim(),
      };
      const created = await unwrap(http.POST('/partner/lors', { body }));
      // The letter exists first; its files are attached to it one by one (the API's order).
      for (const file of Array.from(values.files ?? [])) await uploadLorAttachment(created.id, file);
      return created;
    },
    onSuccess: (created) => {
      setSent(`Your letter of request was received on ${formatDate(created.receivedOn)}.`);
      reset();
    },
    onError: (error) => {
      const extra = applyServerErrors<LorForm>(error, ['reference', 'description', 'requestedItems'], setError);
      setProblem({ message: error.message, extra });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner'] }),
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    setSent(null);
    send.mutate(values);
  });
  const errors = formState.errors;
  const question = useUnsavedChangesGuard(formState.isDirty);
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="send-lor" noValidate>
      {question}
      <h2 id="send-lor">Send a letter of request</h2>
      {sent && (
        <p className="notice notice-success" role="status">
          {sent}
        </p>
      )}
      <FormError message={problem?.message} extra={problem?.extra} />
      <Field label="Your reference (optional)" error={errors.reference?.message}>
        {(control) => <input {...control} {...register('reference')} />}
      </Field>
      <Field label="What you ask for" error={errors.description?.message}>
        {(control) => (
          <>
            <textarea
              {...control}
              aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
              rows={3}
              {...register('description', { required: 'Say what you ask for' })}
            />
            <CharCount id={`${control.id}-count`} length={(watch('description') ?? '').length} max={2000} />
          </>
        )}
      </Field>
      <Field label="Items and quantities (optional)" error={errors.requestedItems?.message}>
        {(control) => (
          <>
            <textarea
              {...control}
              aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
              rows={3}
              {...register('requestedItems')}
            />
            <CharCount id={`${control.id}-count`} length={(watch('requestedItems') ?? '').length} max={10000} />
          </>
        )}
      </Field>
      <Field label="Attach files (the signed letter, specifications)" hint="PDF, images or office documents">
        {(control) => <input {...control} type="file" multiple {...register('files')} />}
      </Field>
      <div>
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send the letter of request'}
        </button>
      </div>
    </form>
  );
}
