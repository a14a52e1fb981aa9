import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { CASE_TYPES, type CaseType, type LetterOfRequest } from '../../api/types.ts';
import { AgencyOptions } from '../../platform/agencies.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { CASE_TYPE_LABELS, FUNDING_SOURCE_SUGGESTIONS } from './case-labels.tsx';

interface OpenCaseFormProps {
  /** Opening from an actionable letter of request fixes the partner and links the LOR. */
  lor?: LetterOfRequest;
  partners?: readonly { code: string; name: string }[];
  onCancel?: () => void;
}

/** Opens a case (the server generates its identifier) and goes to its page. */
export function OpenCaseForm({ lor, partners = [], onCancel }: OpenCaseFormProps) {
  const navigate = useNavigate();
  const [partnerCode, setPartnerCode] = useState(lor?.partnerCode ?? (partners.length === 1 ? partners[0]!.code : ''));
  const [agencyCode, setAgencyCode] = useState(lor?.agencyCode ?? '');
  const [type, setType] = useState<CaseType>('defined_order');
  const [title, setTitle] = useState(lor ? lor.description.slice(0, 300) : '');
  const [funding, setFunding] = useState('national_funds');
  const [caseManager, setCaseManager] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.createCase({
        partnerCode,
        agencyCode,
        type,
        title,
        fundingSources: funding
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        caseManager,
        lorId: lor?.id ?? null,
      });
      navigate(`/cases/${created.case.identifier}`, { state: { created: true } });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const placed = ['partnerCode', 'agencyCode', 'type', 'title', 'fundingSources', 'caseManager'];
  return (
    <form className="form" onSubmit={submit} aria-label="Open a case" noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        {lor ? (
          <Field label="Partner">{(control) => <input {...control} value={lor.partnerCode} readOnly />}</Field>
        ) : (
          <Field label="Partner" error={error?.fieldMessage('partnerCode')}>
            {(control) => (
              <select {...control} value={partnerCode} onChange={(e) => setPartnerCode(e.target.value)} required>
                <option value="">— choose —</option>
                {partners.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Implementing agency" error={error?.fieldMessage('agencyCode')}>
          {(control) => (
            <select {...control} value={agencyCode} onChange={(e) => setAgencyCode(e.target.value)} required>
              <option value="">— choose —</option>
              <AgencyOptions />
            </select>
          )}
        </Field>
        <Field label="Case type" error={error?.fieldMessage('type')}>
          {(control) => (
            <select {...control} value={type} onChange={(e) => setType(e.target.value as CaseType)}>
              {CASE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {CASE_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Case title" className="span-2" error={error?.fieldMessage('title')}>
          {(control) => <input {...control} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <Field label="Case manager" error={error?.fieldMessage('caseManager')}>
          {(control) => <input {...control} value={caseManager} maxLength={120} onChange={(e) => setCaseManager(e.target.value)} />}
        </Field>
        <Field
          label="Funding sources"
          className="span-2"
          hint="Comma-separated, e.g. national_funds, fmf_grant"
          error={error?.fieldMessage('fundingSources')}
        >
          {(control) => (
            <input {...control} list="funding-source-suggestions" value={funding} onChange={(e) => setFunding(e.target.value)} />
          )}
        </Field>
        <datalist id="funding-source-suggestions">
          {FUNDING_SOURCE_SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open case'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
        <span className="muted small">The case identifier (partner-agency-designator) is assigned when the case opens.</span>
      </div>
    </form>
  );
}
