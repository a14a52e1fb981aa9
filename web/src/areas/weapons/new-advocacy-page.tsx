import { Link, useNavigate } from 'react-router-dom';
import { Field, FormError } from '../../platform/field.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import {
  QUESTIONNAIRE_FIELDS,
  QuestionnaireFields,
  type QuestionnaireValues,
  questionnaireBody,
  questionnaireOf,
} from './advocacy-questionnaire.tsx';
import { useSaveForm } from './save-form.ts';
import { type Advocacy, weaponsApi } from './weapons-api.ts';

interface Values extends QuestionnaireValues {
  companyId: string;
  partnerCode: string;
  systemId: string;
}

/** Opens an advocacy request: the company, the partner, the system and what the questionnaire already holds. */
export function NewAdvocacyPage() {
  usePageTitle('New advocacy request');
  const navigate = useNavigate();
  const companies = useApi(['weapons', 'new-advocacy-page:weaponsApi.companies'], (signal) => weaponsApi.companies(signal), []);
  const systems = useApi(['weapons', 'new-advocacy-page:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<Values, Advocacy>({
    defaultValues: { companyId: '', partnerCode: '', systemId: '', ...questionnaireOf(null) },
    fields: ['companyId', 'partnerCode', 'systemId', ...QUESTIONNAIRE_FIELDS],
    save: (v) =>
      weaponsApi.createAdvocacy({
        companyId: v.companyId,
        partnerCode: v.partnerCode.toUpperCase().trim(),
        systemId: v.systemId || null,
        competitionId: null,
        ...questionnaireBody(v),
      }),
    onSaved: (saved) => navigate(`/weapons/advocacy/${saved.id}`),
    after: 'keep',
  });
  const { register } = form;
  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/advocacy">Advocacy requests</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New advocacy request</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label="New advocacy request">
        <FormError message={failure?.message} extra={failure?.extra} />
        <Field label="Company" error={errorOf('companyId')}>
          {(p) => (
            <select {...p} {...register('companyId')}>
              <option value="">Choose…</option>
              {companies.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Partner" hint="Customer code" error={errorOf('partnerCode')}>
          {(p) => <input {...p} maxLength={3} {...register('partnerCode')} />}
        </Field>
        <Field label="System" error={errorOf('systemId')}>
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
        <QuestionnaireFields form={form} errorOf={errorOf as (name: never) => string | undefined} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Open the request
          </button>
        </div>
      </form>
    </section>
  );
}
