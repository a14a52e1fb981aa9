import { Link, useNavigate, useParams } from 'react-router-dom';
import { FormError } from '../../platform/field.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { LimitedArea, LimitedInput } from './limited-fields.tsx';
import { useSaveForm } from './save-form.ts';
import { type TechnologyArea, type WeaponSystem, weaponsApi } from './weapons-api.ts';
import { TECHNOLOGY_AREA_LABELS, TECHNOLOGY_AREAS } from './weapons-labels.tsx';

/** New system, or the edit of one (`/weapons/systems/:id/edit`). */
export function SystemFormPage() {
  const { id } = useParams();
  const existing = useApi(
    ['weapons', 'system-form-page:weaponsApi.system#2'],
    (signal) => (id ? weaponsApi.system(id, signal) : Promise.resolve(null)),
    [id],
  );
  usePageTitle(id ? 'Edit weapons system' : 'New weapons system');
  if (existing.error) return <ErrorNotice message={existing.error.message} onRetry={existing.reload} />;
  if (id && !existing.data) return <Loading />;
  return <SystemForm key={existing.data?.version ?? 0} system={existing.data ?? null} />;
}

interface Values {
  name: string;
  mde: boolean;
  sme: boolean;
  technologyAreas: TechnologyArea[];
  productionNotes: string;
  obsolescenceNotes: string;
  exportPolicyNotes: string;
}

// The server's limits (src/areas/weapons/model.ts).
const NAME_MAX = 200;
const NOTES_MAX = 8000;

function SystemForm({ system }: { system: WeaponSystem | null }) {
  const navigate = useNavigate();
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<Values, WeaponSystem>({
    defaultValues: {
      name: system?.name ?? '',
      mde: system?.mde ?? false,
      sme: system?.sme ?? false,
      technologyAreas: system?.technologyAreas ?? [],
      productionNotes: system?.productionNotes ?? '',
      obsolescenceNotes: system?.obsolescenceNotes ?? '',
      exportPolicyNotes: system?.exportPolicyNotes ?? '',
    },
    fields: ['name', 'technologyAreas', 'productionNotes', 'obsolescenceNotes', 'exportPolicyNotes'],
    save: (values) =>
      system ? weaponsApi.updateSystem(system.id, { ...values, version: system.version }) : weaponsApi.createSystem(values),
    onSaved: (saved) => navigate(`/weapons/systems/${saved.id}`),
    after: 'keep',
  });
  const { control, register } = form;
  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/systems">Systems</Link>
        <span aria-hidden="true">/</span>
        <span>{system ? system.name : 'New'}</span>
      </nav>
      <header className="page-header">
        <h1>{system ? `Edit ${system.name}` : 'New weapons system'}</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label={system ? 'Edit weapons system' : 'New weapons system'}>
        <FormError message={failure?.message} extra={failure?.extra} />
        <LimitedInput control={control} name="name" label="Name" max={NAME_MAX} error={errorOf('name')} />
        <label className="checkbox">
          <input type="checkbox" {...register('mde')} /> Major defense equipment (MDE)
        </label>
        <label className="checkbox">
          <input type="checkbox" {...register('sme')} /> Significant military equipment (SME)
        </label>
        <fieldset className="fieldset">
          <legend>Technology areas it involves (TSFD review processes)</legend>
          {TECHNOLOGY_AREAS.map((a) => (
            <label key={a} className="checkbox">
              <input type="checkbox" value={a} {...register('technologyAreas')} /> {TECHNOLOGY_AREA_LABELS[a]}
            </label>
          ))}
          {errorOf('technologyAreas') && <span className="field-error">{errorOf('technologyAreas')}</span>}
        </fieldset>
        <LimitedArea
          control={control}
          name="productionNotes"
          label="Production capacity notes"
          max={NOTES_MAX}
          error={errorOf('productionNotes')}
        />
        <LimitedArea
          control={control}
          name="obsolescenceNotes"
          label="Obsolescence and upgrade notes"
          max={NOTES_MAX}
          error={errorOf('obsolescenceNotes')}
        />
        <LimitedArea
          control={control}
          name="exportPolicyNotes"
          label="Export policy notes"
          max={NOTES_MAX}
          error={errorOf('exportPolicyNotes')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {system ? 'Save' : 'Add the system'}
          </button>
        </div>
      </form>
    </section>
  );
}
