import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { type ReportDirty, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { type EdaRequest, edaApi } from './eda-api.ts';
import { upperCase } from './upper-case.ts';

/** setValueInput.reason in src/areas/eda/model.ts. */
const VALUE_REASON_MAX = 2000;

interface EditorProps {
  request: EdaRequest;
  onDone: (r: EdaRequest) => void;
  /** The page's unsaved-changes guard (see useDirtyParts). */
  onDirty?: ReportDirty;
}

interface ValueValues {
  currentValuePercent: string;
  reason: string;
}

/** The analyst's share of original acquisition value (5–50%) and why. */
export function ValueForm({ request, onDone, onDirty }: EditorProps) {
  const countId = useId();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<ValueValues>({
    defaultValues: {
      currentValuePercent: request.currentValuePercent === null ? '' : String(request.currentValuePercent),
      reason: request.currentValueReason,
    },
  });
  useReportDirty(onDirty, 'value', formState.isDirty);
  const save = useMutation({
    mutationFn: (v: ValueValues) =>
      edaApi.setValue(request.id, { version: request.version, currentValuePercent: Number(v.currentValuePercent), reason: v.reason }),
    onSuccess: onDone,
    onError: (error) => setUnplaced(applyServerErrors(error, ['currentValuePercent', 'reason'], setError)),
  });
  const { errors } = formState;
  const reason = watch('reason');
  return (
    <form
      className="form"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label="Current value"
      noValidate
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field
          label="Current value, % of acquisition value"
          error={errors.currentValuePercent?.message}
          hint="5 to 50, by age and condition"
        >
          {(c) => <input {...c} inputMode="decimal" {...register('currentValuePercent')} />}
        </Field>
        <Field label="Why this share" className="span-2" error={errors.reason?.message}>
          {(c) => (
            <>
              <input {...c} {...register('reason')} />
              <CharCount id={countId} length={reason.length} max={VALUE_REASON_MAX} />
            </>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Set value
        </button>
      </div>
    </form>
  );
}

/** The case (LOA) the articles are delivered on: its offer waits for the authorization (the EDA offer gate). */
export function CaseLinkForm({ request, onDone, onDirty }: EditorProps) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<{ caseRef: string }>({
    defaultValues: { caseRef: request.caseIdentifier ?? '' },
  });
  useReportDirty(onDirty, 'case', formState.isDirty);
  const save = useMutation({
    mutationFn: (caseRef: string) =>
      edaApi.linkCase(request.id, { version: request.version, caseRef: caseRef.trim().toUpperCase() || null }),
    onSuccess: onDone,
    onError: (error) => setUnplaced(applyServerErrors(error, ['caseRef'], setError)),
  });
  return (
    <form
      className="form"
      onSubmit={handleSubmit(({ caseRef }) => {
        setUnplaced([]);
        save.mutate(caseRef);
      })}
      aria-label="Link case"
      noValidate
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Case identifier" error={formState.errors.caseRef?.message} hint="e.g. PL-B-AAA; blank unlinks">
          {(c) => <input {...c} {...upperCase(register('caseRef'))} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Link case
        </button>
      </div>
    </form>
  );
}
