import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Determination } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { DeterminationFacts, ReasonList } from './determination-view.tsx';
import { NotificationsNav } from './notification-labels.tsx';

/** Whole dollars as typed ("25,000,000") as a number; anything else goes to the server as is, to be named there. */
function dollarsOf(text: string): number | string | undefined {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (cleaned === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : text;
}

const FIELDS = [
  ['mdeValue', 'MDE value (US dollars)'],
  ['totalValue', 'Total value (US dollars)'],
  ['designConstructionValue', 'Design and construction (US dollars)'],
] as const;

/** "Would this sale need notice?": values in whole dollars, decided by the server on the dated threshold table. */
export function WhatIfPage() {
  usePageTitle('Notification what-if');
  const [values, setValues] = useState({ partnerCode: '', mdeValue: '', totalValue: '', designConstructionValue: '', asOf: '' });
  const [result, setResult] = useState<Determination | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        partnerCode: values.partnerCode.trim().toUpperCase(),
        mdeValue: dollarsOf(values.mdeValue),
        totalValue: dollarsOf(values.totalValue),
        designConstructionValue: dollarsOf(values.designConstructionValue),
        asOf: values.asOf || undefined,
      };
      // The server validates the numbers and names each bad field; the client sends what was typed.
      setResult(await api.determineNotification(body as Parameters<typeof api.determineNotification>[0]));
    } catch (caught) {
      setResult(null);
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const placed = ['partnerCode', 'mdeValue', 'totalValue', 'designConstructionValue', 'asOf'];
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Notification what-if</h1>
          <p className="page-sub">Would a proposed sale need AECA 36(b)(1) notice to Congress? Values in whole US dollars.</p>
        </div>
      </header>
      <NotificationsNav />
      <section className="card">
        <form className="form" onSubmit={submit} aria-label="What-if" noValidate>
          <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
          <div className="form-grid form-grid-3">
            <Field label="Partner code" error={error?.fieldMessage('partnerCode')} hint="Two characters, e.g. AT">
              {(control) => (
                <input
                  {...control}
                  value={values.partnerCode}
                  maxLength={3}
                  onChange={(e) => setValues({ ...values, partnerCode: e.target.value.toUpperCase() })}
                />
              )}
            </Field>
            <Field label="As of" error={error?.fieldMessage('asOf')} hint="Blank: today">
              {(control) => (
                <input {...control} type="date" value={values.asOf} onChange={(e) => setValues({ ...values, asOf: e.target.value })} />
              )}
            </Field>
            <span />
            {FIELDS.map(([key, label]) => (
              <Field
                key={key}
                label={label}
                error={error?.fieldMessage(key)}
                hint={key === 'designConstructionValue' ? 'Blank: 0' : key === 'totalValue' ? 'MDE included' : undefined}
              >
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    value={values[key]}
                    onChange={(e) => setValues({ ...values, [key]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Deciding…' : 'Decide'}
            </button>
          </div>
        </form>
      </section>
      {result && (
        <section className="card" aria-labelledby="what-if-result">
          <div className="card-header">
            <h2 id="what-if-result">Determination</h2>
            <span className={`badge ${result.required ? 'badge-danger' : 'badge-ok'}`}>
              {result.required ? 'required' : 'not required'}
            </span>
          </div>
          <div className="stack">
            <p className="strong" data-testid="notification-decision">
              {result.required ? 'Congressional notification required' : 'Congressional notification not required'}
              <span className="muted small">
                {' '}
                — {result.partnerCode} as of {result.asOf}
              </span>
            </p>
            <DeterminationFacts
              purchaserGroup={result.purchaserGroup}
              reviewDays={result.reviewDays}
              tieredReviewDays={result.tieredReviewDays}
              verified={result.thresholdSet.verified}
              tieredReviewVerified={result.tieredReviewVerified}
            />
            <ReasonList reasons={result.reasons.map((r) => ({ ...r, thresholdCents: r.threshold * 100, valueCents: r.value * 100 }))} />
          </div>
        </section>
      )}
    </section>
  );
}
