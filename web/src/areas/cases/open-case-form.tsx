import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { CASE_TYPES, type CaseType, type LetterOfRequest } from '../../api/types.ts';
import { AgencyOptions } from '../../platform/agencies.tsx';
import { type ControlProps, Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { CASE_TYPE_LABELS, FUNDING_SOURCE_SUGGESTIONS } from './case-labels.tsx';

interface OpenCaseFormProps {
  /** Opening from an actionable letter of request fixes the partner and links the LOR. */
  lor?: LetterOfRequest;
  partners?: readonly { code: string; name: string }[];
  onCancel?: () => void;
}

/** Opens a case (the server generates its identifier) and goes to its page. */
/** The server's limits (createCaseInput in src/areas/cases/model.ts). */
const MAX = { title: 300, caseManager: 120 } as const;

interface CaseValues {
  partnerCode: string;
  agencyCode: string;
  type: CaseType;
  title: string;
  funding: string;
  caseManager: string;
}

const FIELDS = ['partnerCode', 'agencyCode', 'type', 'title', 'caseManager'] as const;

/** Opens a case (the server generates its identifier) and goes to its page. */
export function OpenCaseForm({ lor, partners = [], onCancel }: OpenCaseFormProps) {
  const navigate = useNavigate();
  const ids = { title: useId(), caseManager: useId() };
  const { register, handleSubmit, setError, watch, formState } = useForm<CaseValues>({
    defaultValues: {
      partnerCode: lor?.partnerCode ?? (partners.length === 1 ? partners[0]!.code : ''),
      agencyCode: lor?.agencyCode ?? '',
      type: 'defined_order',
      title: lor ? lor.description.slice(0, MAX.title) : '',
      funding: 'national_funds',
      caseManager: '',
    },
  });
  const [failure, setFailure] = useState<{ error: ApiError; extra: string[] } | null>(null);
  // Set at once on success or Cancel: the form navigates away in the same tick, and neither is losing work by mistake.
  const released = useRef(false);
  const question = useUnsavedChangesGuard(formState.isDirty, {
    leaves: (current, next) => !released.current && current.pathname !== next.pathname,
  });
  const error = failure?.error ?? null;
  const errors = formState.errors;
  const counted = (name: 'title' | 'caseManager') => (c: ControlProps) => (
    <>
      <input {...c} aria-describedby={[c['aria-describedby'], ids[name]].filter(Boolean).join(' ')} {...register(name)} />
      <CharCount id={ids[name]} length={watch(name).length} max={MAX[name]} />
    </>
  );

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const created = await api.createCase({
        partnerCode: values.partnerCode,
        agencyCode: values.agencyCode,
        type: values.type,
        title: values.title,
        fundingSources: values.funding
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        caseManager: values.caseManager,
        lorId: lor?.id ?? null,
      });
      released.current = true;
      navigate(`/cases/${created.case.identifier}`, { state: { created: true } });
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      const extra = applyServerErrors<CaseValues>(apiError, FIELDS, setError).filter((m) => m !== apiError.fieldMessage('fundingSources'));
      setFailure({ error: apiError, extra });
    }
  });

  return (
    <form className="form" onSubmit={submit} aria-label="Open a case" noValidate>
      {question}
      <FormError message={error?.message} extra={failure?.extra} />
      <div className="form-grid form-grid-3">
        {lor ? (
          <Field label="Partner">{(control) => <input {...control} value={lor.partnerCode} readOnly />}</Field>
        ) : (
          <Field label="Partner" error={errors.partnerCode?.message}>
            {(control) => (
              <select {...control} {...register('partnerCode')} required>
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
        <Field label="Implementing agency" error={errors.agencyCode?.message}>
          {(control) => (
            <select {...control} {...register('agencyCode')} required>
              <option value="">— choose —</option>
              <AgencyOptions />
            </select>
          )}
        </Field>
        <Field label="Case type" error={errors.type?.message}>
          {(control) => (
            <select {...control} {...register('type')}>
              {CASE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {CASE_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Case title" className="span-2" error={errors.title?.message}>
          {counted('title')}
        </Field>
        <Field label="Case manager" error={errors.caseManager?.message}>
          {counted('caseManager')}
        </Field>
        <Field
          label="Funding sources"
          className="span-2"
          hint="Comma-separated, e.g. national_funds, fmf_grant"
          error={error?.fieldMessage('fundingSources')}
        >
          {(control) => <input {...control} list="funding-source-suggestions" {...register('funding')} />}
        </Field>
        <datalist id="funding-source-suggestions">
          {FUNDING_SOURCE_SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Opening…' : 'Open case'}
        </button>
        {onCancel && (
          <button
            type="button"
            className="button"
            onClick={() => {
              released.current = true;
              onCancel();
            }}
            disabled={formState.isSubmitting}
          >
            Cancel
          </button>
        )}
        <span className="muted small">The case identifier (partner-agency-designator) is assigned when the case opens.</span>
      </div>
    </form>
  );
}
