import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { type EdaRequest, edaApi } from './eda-api.ts';

/** Runs a save, keeping the server's error (with its fields) for the form. */
export function useSave() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<T>(save: () => Promise<T>, onDone: (value: T) => void) {
    setBusy(true);
    setError(null);
    try {
      onDone(await save());
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

/** The analyst's share of original acquisition value (5–50%) and why. */
export function ValueForm({ request, onDone }: { request: EdaRequest; onDone: (r: EdaRequest) => void }) {
  const [percent, setPercent] = useState(request.currentValuePercent === null ? '' : String(request.currentValuePercent));
  const [reason, setReason] = useState(request.currentValueReason);
  const { error, busy, run } = useSave();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => edaApi.setValue(request.id, { version: request.version, currentValuePercent: Number(percent), reason }), onDone);
  };
  return (
    <form className="form" onSubmit={submit} aria-label="Current value" noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['currentValuePercent', 'reason']) : []} />
      <div className="form-grid form-grid-3">
        <Field
          label="Current value, % of acquisition value"
          error={error?.fieldMessage('currentValuePercent')}
          hint="5 to 50, by age and condition"
        >
          {(c) => <input {...c} inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} />}
        </Field>
        <Field label="Why this share" className="span-2" error={error?.fieldMessage('reason')}>
          {(c) => <input {...c} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Set value
        </button>
      </div>
    </form>
  );
}

/** The case (LOA) the articles are delivered on: its offer waits for the authorization (the EDA offer gate). */
export function CaseLinkForm({ request, onDone }: { request: EdaRequest; onDone: (r: EdaRequest) => void }) {
  const [caseRef, setCaseRef] = useState(request.caseIdentifier ?? '');
  const { error, busy, run } = useSave();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => edaApi.linkCase(request.id, { version: request.version, caseRef: caseRef.trim() || null }), onDone);
  };
  return (
    <form className="form" onSubmit={submit} aria-label="Link case" noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['caseRef']) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Case identifier" error={error?.fieldMessage('caseRef')} hint="e.g. PL-B-AAA; blank unlinks">
          {(c) => <input {...c} value={caseRef} onChange={(e) => setCaseRef(e.target.value.toUpperCase())} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Link case
        </button>
      </div>
    </form>
  );
}
