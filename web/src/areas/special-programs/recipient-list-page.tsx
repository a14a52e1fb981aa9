import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { http, unwrap } from '../../api/http.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { UnsavedGroup, useEditorDirty } from '../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';

/** Recipient units and individuals with their latest vetting; `?expiring=true` lists those expiring within 30 days. */
export function RecipientListPage() {
  usePageTitle('Vetted recipients');
  const area = useArea('special-programs');
  const [params] = useSearchParams();
  const expiring = params.get('expiring') === 'true' ? ('true' as const) : undefined;
  const q = params.get('q') ?? undefined;
  const partner = params.get('partner') ?? undefined;
  const list = useQuery({
    queryKey: ['special-programs', 'recipients', { expiring, q, partner }],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/recipients', { params: { query: { expiring, q, partner } }, signal })),
  });
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/special-programs">Special programs</Link>
        </nav>
        <header className="page-header">
          <h1>{expiring ? 'Recipients whose vetting expires within 30 days' : 'Vetted recipients'}</h1>
          <p className="page-sub">
            Assistance under CTEF and Syria train and equip goes only to units and individuals vetted for links to terrorist groups or the
            government of Iran (§1209, P.L. 113-291), cleared, and not expired.
          </p>
        </header>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice message={list.error.message} onRetry={() => list.refetch()} />
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Partner</th>
                <th scope="col">Latest vetting</th>
                <th scope="col">Expires</th>
                <th scope="col">May receive assistance today</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/special-programs/recipients/${r.id}`}>{r.name}</Link> <span className="muted small">({r.kind})</span>
                  </td>
                  <td>{r.partnerName}</td>
                  <td>
                    {r.vettedOn ? `${r.vettedOn}, ${r.result === 'cleared' ? 'cleared' : 'not cleared'}, by ${r.vettedBy}` : 'Not vetted'}
                  </td>
                  <td className="mono">{r.expiresOn ?? '—'}</td>
                  <td>{r.eligibleToday ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {area?.canWrite && <NewRecipientForm />}
      </section>
    </UnsavedGroup>
  );
}

interface RecipientValues {
  partnerCode: string;
  kind: 'unit' | 'individual';
  name: string;
}

function NewRecipientForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<RecipientValues>({ defaultValues: { partnerCode: '', kind: 'unit', name: '' } });
  const { errors } = form.formState;
  const saved = useEditorDirty(form.formState.isDirty);
  const save = useMutation({
    mutationFn: (values: RecipientValues) =>
      unwrap(
        http.POST('/special-programs/recipients', { body: { ...values, partnerCode: values.partnerCode.trim().toUpperCase(), notes: '' } }),
      ),
    onSuccess: async (recipient) => {
      await queryClient.invalidateQueries({ queryKey: ['special-programs'] });
      saved();
      navigate(`/special-programs/recipients/${recipient.id}`);
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['partnerCode', 'kind', 'name'], form.setError)),
  });
  return (
    <form
      className="form card"
      aria-label="Add a recipient"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
    >
      <h2>Add a recipient</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Partner" error={errors.partnerCode?.message} hint="Customer code, 2–3 characters, e.g. IZ">
          {(control) => <input {...control} maxLength={3} {...form.register('partnerCode')} />}
        </Field>
        <Field label="Unit or individual" error={errors.kind?.message}>
          {(control) => (
            <select {...control} {...form.register('kind')}>
              <option value="unit">Unit</option>
              <option value="individual">Individual</option>
            </select>
          )}
        </Field>
        <Field label="Name" error={errors.name?.message}>
          {(control) => <input {...control} {...form.register('name')} />}
        </Field>
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Add recipient
      </button>
    </form>
  );
}
