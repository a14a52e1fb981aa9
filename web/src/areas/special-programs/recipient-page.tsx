import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error.ts';
import { http, unwrap } from '../../api/http.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { UnsavedGroup, useEditorDirty } from '../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';

/** One recipient: whether assistance may be obligated to it today, its vetting history, and a form for a new vetting. */
export function RecipientPage() {
  const { id = '' } = useParams();
  const area = useArea('special-programs');
  const recipient = useQuery({
    queryKey: ['special-programs', 'recipient', id],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/recipients/{id}', { params: { path: { id } }, signal })),
  });
  usePageTitle(recipient.data?.name ?? 'Recipient');
  if (recipient.isPending) return <Loading />;
  if (recipient.isError) {
    if (recipient.error instanceof ApiError && recipient.error.isUnavailable) return <NotAvailablePage what="This recipient" />;
    return <ErrorNotice message={recipient.error.message} onRetry={() => recipient.refetch()} />;
  }
  const r = recipient.data;
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/special-programs">Special programs</Link> / <Link to="/special-programs/recipients">Vetted recipients</Link>
        </nav>
        <header className="page-header">
          <h1>{r.name}</h1>
          <p className="page-sub">
            {r.kind === 'unit' ? 'Unit' : 'Individual'} · partner {r.partnerCode}
          </p>
        </header>
        <div className={`notice ${r.eligibleToday ? 'notice-success' : 'notice-error'}`} role="status" data-testid="eligibility">
          {r.eligibleToday ? 'May receive assistance today.' : `No assistance today: ${r.refusal}.`}
        </div>
        <section className="card" aria-labelledby="vettings">
          <h2 id="vettings">Vettings</h2>
          {r.vettings.length === 0 ? (
            <p className="muted">Not vetted.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Vetted on</th>
                  <th scope="col">By</th>
                  <th scope="col">Result</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Document</th>
                </tr>
              </thead>
              <tbody>
                {r.vettings.map((v) => (
                  <tr key={v.id}>
                    <td className="mono">{v.vettedOn}</td>
                    <td>{v.vettedBy}</td>
                    <td>{v.result === 'cleared' ? 'Cleared' : 'Not cleared'}</td>
                    <td className="mono">{v.expiresOn}</td>
                    <td>{v.documentRef}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {area?.canWrite && <VettingForm recipientId={r.id} />}
        </section>
      </section>
    </UnsavedGroup>
  );
}

interface VettingValues {
  vettedBy: string;
  vettedOn: string;
  result: 'cleared' | 'not_cleared';
  expiresOn: string;
  documentRef: string;
}

function VettingForm({ recipientId }: { recipientId: string }) {
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const blank: VettingValues = { vettedBy: '', vettedOn: todayIso(), result: 'cleared', expiresOn: '', documentRef: '' };
  const form = useForm<VettingValues>({ defaultValues: blank });
  const { errors } = form.formState;
  useEditorDirty(form.formState.isDirty);
  const fields = ['vettedBy', 'vettedOn', 'result', 'expiresOn', 'documentRef'] as const;
  const save = useMutation({
    mutationFn: (body: VettingValues) =>
      unwrap(
        http.POST('/special-programs/recipients/{id}/vettings', { params: { path: { id: recipientId } }, body: { ...body, notes: '' } }),
      ),
    onSuccess: () => {
      form.reset(blank);
      return queryClient.invalidateQueries({ queryKey: ['special-programs'] });
    },
    onError: (error) => setUnplaced(applyServerErrors(error, [...fields], form.setError)),
  });
  return (
    <form
      className="form"
      aria-label="Record a vetting"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
    >
      <h3>Record a vetting</h3>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Vetted by" error={errors.vettedBy?.message} hint="The SCO, or the supporting U.S. forces">
          {(control) => <input {...control} {...form.register('vettedBy')} />}
        </Field>
        <Field label="Vetted on" error={errors.vettedOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('vettedOn')} />}
        </Field>
        <Field label="Result" error={errors.result?.message}>
          {(control) => (
            <select {...control} {...form.register('result')}>
              <option value="cleared">Cleared</option>
              <option value="not_cleared">Not cleared</option>
            </select>
          )}
        </Field>
        <Field label="Expires on" error={errors.expiresOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('expiresOn')} />}
        </Field>
        <Field label="Document" error={errors.documentRef?.message}>
          {(control) => <input {...control} {...form.register('documentRef')} />}
        </Field>
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Record vetting
      </button>
    </form>
  );
}
