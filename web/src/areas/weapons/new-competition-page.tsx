import { Link, useNavigate } from 'react-router-dom';
import { Field, FormError } from '../../platform/field.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { BiddersEditor, type CompetitionValues, EMPTY_MILESTONES, MILESTONE_FIELDS, MilestonesEditor } from './competition-editors.tsx';
import { LimitedArea, LimitedInput } from './limited-fields.tsx';
import { useSaveForm } from './save-form.ts';
import { type Competition, weaponsApi } from './weapons-api.ts';
import { SALE_ROUTE_LABELS } from './weapons-labels.tsx';

// The server's limits (src/areas/weapons/model.ts).
const TITLE_MAX = 300;
const REQUIREMENT_MAX = 8000;

/** Records a partner's competition: the capability, the route, the bidders and the planned milestones. */
export function NewCompetitionPage() {
  usePageTitle('New competition');
  const navigate = useNavigate();
  const systems = useApi(
    ['weapons', 'new-competition-page:weaponsApi.systems'],
    (signal) => weaponsApi.systems({ limit: 500 }, signal),
    [],
  );
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<CompetitionValues, Competition>({
    defaultValues: {
      partnerCode: '',
      title: '',
      requirement: '',
      systemId: '',
      saleRoute: 'fms',
      briefingPolicy: 'attend_all',
      bidders: [],
      milestones: EMPTY_MILESTONES,
    },
    fields: ['partnerCode', 'title', 'requirement', 'systemId', 'bidders', ...MILESTONE_FIELDS],
    save: (v) =>
      weaponsApi.createCompetition({
        partnerCode: v.partnerCode.toUpperCase().trim(),
        title: v.title,
        requirement: v.requirement,
        systemId: v.systemId || null,
        saleRoute: v.saleRoute,
        lorId: null,
        bidders: v.bidders,
        briefingPolicy: v.briefingPolicy,
        neutralityNote: '',
        milestones: v.milestones,
        policyIssues: [],
        outcome: '',
        winner: '',
        cancelledOn: null,
        caseIds: [],
      }),
    onSaved: (saved) => navigate(`/weapons/competitions/${saved.id}`),
    after: 'keep',
  });
  const { register, control } = form;
  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/competitions">International competitions</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New international competition</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label="New competition">
        <FormError message={failure?.message} extra={failure?.extra} />
        <Field label="Partner" hint="Customer code" error={errorOf('partnerCode')}>
          {(p) => <input {...p} maxLength={3} {...register('partnerCode')} />}
        </Field>
        <LimitedInput control={control} name="title" label="Capability" max={TITLE_MAX} error={errorOf('title')} />
        <LimitedArea
          control={control}
          name="requirement"
          label="Capability requirement"
          max={REQUIREMENT_MAX}
          error={errorOf('requirement')}
        />
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
        <Field label="Route" hint="eSAMM C4.3.1: the answer may be FMS, DCS or both">
          {(p) => (
            <select {...p} {...register('saleRoute')}>
              {Object.entries(SALE_ROUTE_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="U.S. briefings" hint="Neutrality among U.S. bidders: attend all or none">
          {(p) => (
            <select {...p} {...register('briefingPolicy')}>
              <option value="attend_all">Attend all U.S. bidders’ briefings</option>
              <option value="attend_none">Attend none</option>
            </select>
          )}
        </Field>
        <BiddersEditor form={form} />
        <MilestonesEditor form={form} errorOf={errorOf as (name: never) => string | undefined} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Record the competition
          </button>
        </div>
      </form>
    </section>
  );
}
