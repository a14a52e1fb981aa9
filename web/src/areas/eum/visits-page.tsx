import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { eumApi } from '../../api/eum-client.ts';
import type { EumVisit } from '../../api/eum-types.ts';
import { type ReportDirty, useDirtyParts, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { Counted } from './counted.tsx';
import { EumBadge, EumNav } from './eum-labels.tsx';
import { VisitFindings } from './visit-findings.tsx';

/** The limits of a visit's scope and findings (src/areas/eum/model.ts). */
const TEXT_MAX = 4000;

/** Compliance Assessment Visits: planned and done, with findings, recommendations and follow-ups. */
export function VisitsPage() {
  usePageTitle('Compliance Assessment Visits');
  const canWrite = useArea('eum')?.canWrite ?? false;
  const visits = useApi(['eum', 'visits-page:eumApi.visits'], (signal) => eumApi.visits({ limit: 200 }, signal), []);
  const editing = useDirtyParts();
  return (
    <section className="page">
      {editing.question}
      <header className="page-header">
        <div>
          <h1>Compliance Assessment Visits</h1>
          <p className="page-sub">Planned and done, per partner</p>
        </div>
      </header>
      <EumNav />
      {visits.error && <ErrorNotice message={visits.error.message} onRetry={visits.reload} />}
      {(visits.data?.items ?? []).map((v) => (
        <VisitCard key={`${v.id}-${v.version}`} visit={v} canWrite={canWrite} onSaved={visits.reload} onDirty={editing.report} />
      ))}
      {visits.data?.items.length === 0 && <p>No visit yet.</p>}
      {canWrite && <PlanVisit onSaved={visits.reload} onDirty={editing.report} />}
    </section>
  );
}

interface RecordValues {
  conductedOn: string;
  finding: string;
  recommendation: string;
  followUp: string;
  followUpDueOn: string;
}

function VisitCard({
  visit,
  canWrite,
  onSaved,
  onDirty,
}: {
  visit: EumVisit;
  canWrite: boolean;
  onSaved: () => void;
  onDirty: ReportDirty;
}) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<RecordValues>({
    defaultValues: { conductedOn: visit.conductedOn ?? '', finding: '', recommendation: '', followUp: '', followUpDueOn: '' },
  });
  // Saved, the card is made again for the new version (its key), clean.
  useReportDirty(onDirty, `visit-${visit.id}`, formState.isDirty);
  const save = useMutation({
    mutationFn: (v: RecordValues) => {
      const findings = v.finding.trim()
        ? [
            ...visit.findings,
            {
              finding: v.finding,
              recommendation: v.recommendation,
              followUp: v.followUp,
              followUpDueOn: v.followUp && v.followUpDueOn ? v.followUpDueOn : null,
              followUpDoneOn: null,
              followUpNote: '',
            },
          ]
        : visit.findings;
      return eumApi.updateVisit(visit.id, { version: visit.version, status: 'completed', conductedOn: v.conductedOn || null, findings });
    },
    onSuccess: onSaved,
    onError: (error) => setUnplaced(applyServerErrors(error, ['conductedOn'], setError)),
  });
  const { errors } = formState;
  const [finding, recommendation, followUp] = watch(['finding', 'recommendation', 'followUp']);
  const text = (name: 'finding' | 'recommendation' | 'followUp', label: string, value: string) => (
    <Field label={label}>
      {(p) => (
        <>
          <input {...p} {...register(name)} />
          <Counted length={value.length} max={TEXT_MAX} />
        </>
      )}
    </Field>
  );
  return (
    <article className="panel" aria-label={`Visit to ${visit.partnerCode} planned ${visit.plannedOn}`}>
      <h2>
        {visit.partnerCode}, planned {visit.plannedOn} <EumBadge value={visit.status} />
        {visit.conductedOn ? ` · done ${visit.conductedOn}` : ''}
      </h2>
      {visit.scope && <p>{visit.scope}</p>}
      <VisitFindings visit={visit} canWrite={canWrite} onSaved={onSaved} onDirty={onDirty} />
      {canWrite && visit.status !== 'cancelled' && (
        <form
          onSubmit={handleSubmit((values) => {
            setUnplaced([]);
            save.mutate(values);
          })}
          className="form-grid"
        >
          <FormError message={save.error?.message} extra={unplaced} />
          <Field label="Done on" error={errors.conductedOn?.message}>
            {(p) => <input {...p} type="date" required {...register('conductedOn')} />}
          </Field>
          {text('finding', 'Finding', finding)}
          {text('recommendation', 'Recommendation', recommendation)}
          {text('followUp', 'Follow-up', followUp)}
          <Field label="Follow-up due on">{(p) => <input {...p} type="date" {...register('followUpDueOn')} />}</Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {visit.status === 'completed' ? 'Add finding' : 'Record visit'}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

interface PlanValues {
  partnerCode: string;
  plannedOn: string;
  scope: string;
}

function PlanVisit({ onSaved, onDirty }: { onSaved: () => void; onDirty: ReportDirty }) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<PlanValues>({
    defaultValues: { partnerCode: '', plannedOn: '', scope: '' },
  });
  useReportDirty(onDirty, 'plan', formState.isDirty);
  const save = useMutation({
    mutationFn: (v: PlanValues) => eumApi.createVisit({ ...v, partnerCode: v.partnerCode.trim().toUpperCase() }),
    onSuccess: () => {
      reset();
      onSaved();
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['partnerCode', 'plannedOn', 'scope'], setError)),
  });
  const { errors } = formState;
  return (
    <form
      className="panel"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label="Plan a visit"
    >
      <h2>Plan a visit</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Partner" error={errors.partnerCode?.message}>
        {(p) => <input {...p} maxLength={3} required {...register('partnerCode')} />}
      </Field>
      <Field label="Planned on" error={errors.plannedOn?.message}>
        {(p) => <input {...p} type="date" required {...register('plannedOn')} />}
      </Field>
      <Field label="Scope" error={errors.scope?.message}>
        {(p) => (
          <>
            <input {...p} {...register('scope')} />
            <Counted length={watch('scope').length} max={TEXT_MAX} />
          </>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Plan visit
        </button>
      </div>
    </form>
  );
}
