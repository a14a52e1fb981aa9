import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { LimitedInput } from './limited-fields.tsx';
import { useSaveForm } from './save-form.ts';
import { type ResponseTargets as Targets, weaponsApi } from './weapons-api.ts';

// The server's limit on the target's authority (src/areas/weapons/model.ts).
const SOURCE_MAX = 500;

/** The response-time target in force (or that none is), its history, and the administrator's form to set the next. */
export function ResponseTargets({ canAdminister }: { canAdminister: boolean }) {
  const targets = useApi(['weapons', 'inquiry-figures:weaponsApi.targets'], (signal) => weaponsApi.targets(signal), []);
  const t = targets.data;
  return (
    <section className="card" aria-labelledby="target">
      <h2 id="target">Response-time target</h2>
      {t &&
        (t.inForce ? (
          <p data-testid="target-in-force">
            First response due within <strong>{t.inForce.days} calendar days</strong> of receipt (in force from {t.inForce.effectiveFrom}).
          </p>
        ) : (
          <p className="notice notice-warning" data-testid="target-in-force">
            No response-time target is set: inquiries have no clock until an administrator sets one.
          </p>
        ))}
      {t && <p className="muted small">{t.source}</p>}
      {t && t.items.length > 0 && (
        <ul>
          {t.items.map((r) => (
            <li key={r.id}>
              From {r.effectiveFrom}: {r.days} days · {r.source} <span className="muted">({r.createdBy})</span>
            </li>
          ))}
        </ul>
      )}
      {canAdminister && <TargetForm onSet={targets.setData} />}
    </section>
  );
}

interface TargetValues {
  effectiveFrom: string;
  days: string;
  source: string;
}

function TargetForm({ onSet }: { onSet: (targets: Targets) => void }) {
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<TargetValues, Targets>({
    defaultValues: { effectiveFrom: todayIso(), days: '', source: '' },
    fields: ['effectiveFrom', 'days', 'source'],
    save: (v) => weaponsApi.createTarget({ effectiveFrom: v.effectiveFrom, days: Number(v.days), source: v.source }),
    onSaved: onSet,
  });
  return (
    <form className="form form-row" onSubmit={submit} noValidate aria-label="Set a response-time target">
      {question}
      <FormError message={failure?.message} extra={failure?.extra} />
      <Field label="In force from" error={errorOf('effectiveFrom')}>
        {(p) => <input {...p} type="date" {...form.register('effectiveFrom')} />}
      </Field>
      <Field label="Calendar days" error={errorOf('days')}>
        {(p) => <input {...p} inputMode="numeric" {...form.register('days')} />}
      </Field>
      <LimitedInput
        control={form.control}
        name="source"
        label="Authority"
        hint="Who set it, on what basis"
        max={SOURCE_MAX}
        error={errorOf('source')}
      />
      <button type="submit" className="button" disabled={busy}>
        Set the target
      </button>
    </form>
  );
}

/** How fast inquiries were answered, by the fiscal quarter they came in. */
export function QuarterFigures() {
  const figures = useApi(['weapons', 'inquiry-figures:weaponsApi.inquiryFigures'], (signal) => weaponsApi.inquiryFigures(signal), []);
  type Row = NonNullable<typeof figures.data>['quarters'][number];
  const columns: Column<Row>[] = [
    { id: 'q', header: 'Quarter received', render: (r) => r.quarter },
    { id: 'received', header: 'Received', className: 'col-narrow', render: (r) => r.received },
    { id: 'answered', header: 'Answered', className: 'col-narrow', render: (r) => r.answered },
    { id: 'within', header: 'Within target', render: (r) => (r.measured ? `${r.withinTarget} of ${r.measured}` : '—') },
    { id: 'overdue', header: 'Overdue now', className: 'col-narrow', render: (r) => r.overdue },
    { id: 'none', header: 'No clock', className: 'col-narrow', render: (r) => r.withoutTarget },
    { id: 'mean', header: 'Mean days to first response', render: (r) => r.meanDaysToFirstResponse ?? '—' },
    { id: 'median', header: 'Median days', render: (r) => r.medianDaysToFirstResponse ?? '—' },
  ];
  return (
    <section className="card" aria-labelledby="figures">
      <h2 id="figures">Response times by fiscal quarter</h2>
      {figures.error && <ErrorNotice message={figures.error.message} onRetry={figures.reload} />}
      <DataTable
        caption="Response times by fiscal quarter"
        columns={columns}
        rows={figures.data?.quarters ?? []}
        rowKey={(r) => r.quarter}
        empty="No inquiry yet."
      />
    </section>
  );
}
