import { Link, useNavigate } from 'react-router-dom';
import { Field, FormError } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { LimitedArea } from './limited-fields.tsx';
import { useSaveForm } from './save-form.ts';
import { type CreateInquiry, type Inquiry, weaponsApi } from './weapons-api.ts';
import { CHANNEL_LABELS, SIZE_LABELS } from './weapons-labels.tsx';

interface Values {
  companyId: string;
  contactName: string;
  contactEmail: string;
  partnerCode: string;
  systemId: string;
  question: string;
  channel: CreateInquiry['channel'];
  receivedOn: string;
  assigneeId: string;
  /** A company not yet listed ("new" above), created first. */
  name: string;
  sizeCategory: 'small' | 'other_than_small';
  cageCode: string;
}

// The server's limit on the question (src/areas/weapons/model.ts).
const QUESTION_MAX = 8000;

/** Records an inquiry from industry, creating its company when it is not yet listed. */
export function NewInquiryPage() {
  usePageTitle('New inquiry');
  const navigate = useNavigate();
  const companies = useApi(['weapons', 'new-inquiry-page:weaponsApi.companies'], (signal) => weaponsApi.companies(signal), []);
  const systems = useApi(['weapons', 'new-inquiry-page:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const analysts = useApi(['weapons', 'new-inquiry-page:weaponsApi.analysts'], (signal) => weaponsApi.analysts(signal), []);
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<Values, Inquiry>({
    defaultValues: {
      companyId: '',
      contactName: '',
      contactEmail: '',
      partnerCode: '',
      systemId: '',
      question: '',
      channel: 'email',
      receivedOn: todayIso(),
      assigneeId: '',
      name: '',
      sizeCategory: 'small',
      cageCode: '',
    },
    fields: ['companyId', 'contactName', 'contactEmail', 'partnerCode', 'question', 'receivedOn', 'name', 'cageCode', 'assigneeId'],
    save: async (v) => {
      let companyId = v.companyId;
      if (companyId === 'new') {
        const made = await weaponsApi.createCompany({ name: v.name, sizeCategory: v.sizeCategory, cageCode: v.cageCode.trim() || null });
        companyId = made.id;
        companies.reload();
      }
      return weaponsApi.createInquiry({
        companyId,
        contactName: v.contactName,
        contactEmail: v.contactEmail,
        partnerCode: v.partnerCode.toUpperCase().trim() || null,
        systemId: v.systemId || null,
        question: v.question,
        channel: v.channel,
        receivedOn: v.receivedOn,
        assigneeId: v.assigneeId || null,
      });
    },
    onSaved: (saved) => navigate(`/weapons/inquiries/${saved.id}`),
    after: 'keep',
  });
  const { register, control } = form;
  const newCompany = form.watch('companyId') === 'new';
  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/inquiries">Industry inquiries</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New industry inquiry</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label="New inquiry">
        <FormError message={failure?.message} extra={failure?.extra} />
        <Field label="Company" error={errorOf('companyId')}>
          {(p) => (
            <select {...p} {...register('companyId')}>
              <option value="">Choose…</option>
              {companies.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({SIZE_LABELS[c.sizeCategory]}
                  {c.cageCode ? `, CAGE ${c.cageCode}` : ''})
                </option>
              ))}
              <option value="new">A company not listed…</option>
            </select>
          )}
        </Field>
        {newCompany && (
          <fieldset className="fieldset">
            <legend>New company</legend>
            <Field label="Company name" error={errorOf('name')}>
              {(p) => <input {...p} {...register('name')} />}
            </Field>
            <Field label="Size category">
              {(p) => (
                <select {...p} {...register('sizeCategory')}>
                  <option value="small">{SIZE_LABELS.small}</option>
                  <option value="other_than_small">{SIZE_LABELS.other_than_small}</option>
                </select>
              )}
            </Field>
            <Field label="CAGE code" hint="Five letters or digits" error={errorOf('cageCode')}>
              {(p) => <input {...p} maxLength={5} {...register('cageCode', { setValueAs: (v: string) => v.toUpperCase() })} />}
            </Field>
          </fieldset>
        )}
        <Field label="Contact" error={errorOf('contactName')}>
          {(p) => <input {...p} {...register('contactName')} />}
        </Field>
        <Field label="Contact e-mail" error={errorOf('contactEmail')}>
          {(p) => <input {...p} type="email" {...register('contactEmail')} />}
        </Field>
        <Field label="Partner concerned" hint="Customer code; leave empty when none" error={errorOf('partnerCode')}>
          {(p) => <input {...p} maxLength={3} {...register('partnerCode')} />}
        </Field>
        <Field label="System concerned">
          {(p) => (
            <select {...p} {...register('systemId')}>
              <option value="">None</option>
              {systems.data?.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <LimitedArea control={control} name="question" label="Question" max={QUESTION_MAX} rows={4} error={errorOf('question')} />
        <Field label="Channel">
          {(p) => (
            <select {...p} {...register('channel')}>
              {Object.entries(CHANNEL_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Received on" error={errorOf('receivedOn')}>
          {(p) => <input {...p} type="date" {...register('receivedOn')} />}
        </Field>
        <Field label="Assign to" error={errorOf('assigneeId')}>
          {(p) => (
            <select {...p} {...register('assigneeId')}>
              <option value="">Unassigned</option>
              {analysts.data?.items.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Record the inquiry
          </button>
        </div>
      </form>
    </section>
  );
}
