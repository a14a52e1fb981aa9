import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import type { EumVisit } from '../../api/eum-types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { EumBadge, EumNav } from './eum-labels.tsx';
import { VisitFindings } from './visit-findings.tsx';

/** Compliance Assessment Visits: planned and done, with findings, recommendations and follow-ups. */
export function VisitsPage() {
  usePageTitle('Compliance Assessment Visits');
  const canWrite = useArea('eum')?.canWrite ?? false;
  const visits = useApi(['eum', 'visits-page:eumApi.visits'], (signal) => eumApi.visits({ limit: 200 }, signal), []);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Compliance Assessment Visits</h1>
          <p className="page-sub">Planned and done, per partner</p>
        </div>
      </header>
      <EumNav />
      {visits.error && <ErrorNotice message={visits.error.message} onRetry={visits.reload} />}
      {(visits.data?.items ?? []).map((v) => (
        <VisitCard key={`${v.id}-${v.version}`} visit={v} canWrite={canWrite} onSaved={visits.reload} />
      ))}
      {visits.data?.items.length === 0 && <p>No visit yet.</p>}
      {canWrite && <PlanVisit onSaved={visits.reload} />}
    </section>
  );
}

function VisitCard({ visit, canWrite, onSaved }: { visit: EumVisit; canWrite: boolean; onSaved: () => void }) {
  const [finding, setFinding] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [followUpDueOn, setFollowUpDueOn] = useState('');
  const [conductedOn, setConductedOn] = useState(visit.conductedOn ?? '');
  const [error, setError] = useState<string | null>(null);
  async function record(event: FormEvent) {
    event.preventDefault();
    const findings = finding.trim()
      ? [
          ...visit.findings,
          {
            finding,
            recommendation,
            followUp,
            followUpDueOn: followUp && followUpDueOn ? followUpDueOn : null,
            followUpDoneOn: null,
            followUpNote: '',
          },
        ]
      : visit.findings;
    try {
      await eumApi.updateVisit(visit.id, { version: visit.version, status: 'completed', conductedOn: conductedOn || null, findings });
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }
  return (
    <article className="panel" aria-label={`Visit to ${visit.partnerCode} planned ${visit.plannedOn}`}>
      <h2>
        {visit.partnerCode}, planned {visit.plannedOn} <EumBadge value={visit.status} />
        {visit.conductedOn ? ` · done ${visit.conductedOn}` : ''}
      </h2>
      {visit.scope && <p>{visit.scope}</p>}
      <VisitFindings visit={visit} canWrite={canWrite} onSaved={onSaved} />
      {canWrite && visit.status !== 'cancelled' && (
        <form onSubmit={record} className="form-grid">
          <FormError message={error} />
          <Field label="Done on">
            {(p) => <input {...p} type="date" value={conductedOn} required onChange={(e) => setConductedOn(e.target.value)} />}
          </Field>
          <Field label="Finding">{(p) => <input {...p} value={finding} onChange={(e) => setFinding(e.target.value)} />}</Field>
          <Field label="Recommendation">
            {(p) => <input {...p} value={recommendation} onChange={(e) => setRecommendation(e.target.value)} />}
          </Field>
          <Field label="Follow-up">{(p) => <input {...p} value={followUp} onChange={(e) => setFollowUp(e.target.value)} />}</Field>
          <Field label="Follow-up due on">
            {(p) => <input {...p} type="date" value={followUpDueOn} onChange={(e) => setFollowUpDueOn(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button">
              {visit.status === 'completed' ? 'Add finding' : 'Record visit'}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

function PlanVisit({ onSaved }: { onSaved: () => void }) {
  const [partnerCode, setPartnerCode] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [scope, setScope] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await eumApi.createVisit({ partnerCode, plannedOn, scope });
      setPartnerCode('');
      setPlannedOn('');
      setScope('');
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Plan a visit">
      <h2>Plan a visit</h2>
      <FormError message={error?.message} />
      <Field label="Partner" error={error?.fieldMessage('partnerCode')}>
        {(p) => <input {...p} value={partnerCode} maxLength={3} required onChange={(e) => setPartnerCode(e.target.value.toUpperCase())} />}
      </Field>
      <Field label="Planned on" error={error?.fieldMessage('plannedOn')}>
        {(p) => <input {...p} type="date" value={plannedOn} required onChange={(e) => setPlannedOn(e.target.value)} />}
      </Field>
      <Field label="Scope">{(p) => <input {...p} value={scope} onChange={(e) => setScope(e.target.value)} />}</Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Plan visit
        </button>
      </div>
    </form>
  );
}
