import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { http, type Schema, unwrap } from '../../api/http.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { parseDollars } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { NotAvailablePage } from '../../platform/status-pages.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';

type Kind = Schema<'CreateProgramCondition'>['kind'];
const KINDS: [Kind, string][] = [
  ['advance_notice', 'Advance notice of each obligation'],
  ['report_before_assistance', 'Report due before assistance'],
  ['withheld_until_certification', 'Amount withheld until a certification'],
  ['authority_end', 'Authority end date'],
  ['code_availability', 'Program code availability'],
  ['vetting_required', 'Recipients vetted'],
];

interface Values {
  programCode: string;
  fiscalYear: string;
  kind: Kind;
  appliesToCode: string;
  stage: string;
  noticeDays: string;
  ceiling: string;
  ceilingPercent: string;
  certification: string;
  endsOn: string;
  description: string;
  effectiveFrom: string;
  source: string;
  verified: boolean;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const numberOrNull = (text: string) => (text.trim() ? Number(text) : null);

/** Administrators enter the numbers the sources leave [open] or [to verify], each with its source; nothing is guessed. */
export function NewConditionPage() {
  usePageTitle('Enter a program condition');
  const area = useArea('special-programs');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<Values>({
    defaultValues: {
      programCode: 'USAI',
      fiscalYear: '',
      kind: 'withheld_until_certification',
      appliesToCode: '',
      stage: '',
      noticeDays: '',
      ceiling: '',
      ceilingPercent: '',
      certification: '',
      endsOn: '',
      description: '',
      effectiveFrom: '',
      source: '',
      verified: false,
    },
  });
  const { errors } = form.formState;
  const [created, setCreated] = useState<string | null>(null);
  const question = useUnsavedChangesGuard(form.formState.isDirty && created === null);
  // Open the condition once the guard has seen it saved.
  useEffect(() => {
    if (created) navigate(`/special-programs/conditions/${created}`);
  }, [created, navigate]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const cents = parseDollars(v.ceiling);
      const percent = numberOrNull(v.ceilingPercent);
      return unwrap(
        http.POST('/special-programs/conditions', {
          body: {
            programCode: v.programCode.trim().toUpperCase(),
            fiscalYear: numberOrNull(v.fiscalYear),
            kind: v.kind,
            appliesToCode: orNull(v.appliesToCode.toUpperCase()),
            stage: v.stage,
            noticeDays: numberOrNull(v.noticeDays),
            ceilingCents: typeof cents === 'number' ? cents : null,
            ceilingBasisPoints: percent === null ? null : Math.round(percent * 100),
            certification: orNull(v.certification),
            endsOn: orNull(v.endsOn),
            description: v.description,
            effectiveFrom: v.effectiveFrom,
            effectiveTo: null,
            source: v.source,
            verified: v.verified,
          },
        }),
      );
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['special-programs'] });
      setCreated(created.id);
    },
    onError: (error) =>
      setUnplaced(
        applyServerErrors(
          error,
          [
            'programCode',
            'fiscalYear',
            'kind',
            'appliesToCode',
            'stage',
            'noticeDays',
            'certification',
            'endsOn',
            'effectiveFrom',
            'source',
          ],
          form.setError,
        ),
      ),
  });
  if (!area?.canAdminister) return <NotAvailablePage what="Entering a program condition" />;
  const text = (name: keyof Values, label: string, hint?: string, type = 'text') => (
    <Field label={label} error={errors[name]?.message} hint={hint}>
      {(control) => <input {...control} type={type} {...form.register(name)} />}
    </Field>
  );
  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/special-programs">Special programs</Link>
      </nav>
      <header className="page-header">
        <h1>Enter a program condition</h1>
        <p className="page-sub">Enter what the act says, with its citation. A value you could not confirm stays marked unverified.</p>
      </header>
      <form
        className="form card"
        aria-label="Program condition"
        noValidate
        onSubmit={form.handleSubmit((values) => {
          setUnplaced([]);
          save.mutate(values);
        })}
      >
        <FormError message={save.error?.message} extra={unplaced} />
        <div className="form-grid form-grid-3">
          {text('programCode', 'Program', 'e.g. USAI, ITEF, CTEF')}
          {text('fiscalYear', 'Fiscal year', 'Blank: every year')}
          <Field label="Kind of condition" error={errors.kind?.message}>
            {(control) => (
              <select {...control} {...form.register('kind')}>
                {KINDS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('noticeDays', 'Days before', 'Notices and reports')}
          <Field label="Ceiling" error={errors.ceiling?.message} hint="US dollars; or give a share">
            {(control) => <input {...control} inputMode="decimal" {...form.register('ceiling')} />}
          </Field>
          {text('ceilingPercent', 'Ceiling as a share (%)', 'Of the year’s money, e.g. 50')}
          {text('certification', 'Certification that releases it')}
          {text('stage', 'Stage', 'For staged releases')}
          {text('appliesToCode', 'Program or customer code', 'Only money under this code, e.g. Z5')}
          {text('endsOn', 'Last day', 'Authority end or code availability', 'date')}
          {text('effectiveFrom', 'In force from', undefined, 'date')}
          {text('source', 'Source', 'Act and section, GAO decision…')}
          {text('description', 'Description')}
          <Field label="Verified in the source" error={undefined}>
            {(control) => <input {...control} type="checkbox" {...form.register('verified')} />}
          </Field>
        </div>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Enter condition
        </button>
      </form>
    </section>
  );
}
