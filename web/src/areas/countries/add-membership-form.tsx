import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import type { CountryGroup, Partner } from '../../api/types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';

/** The server's limit on a membership's source (addMembershipInput in src/areas/countries/model.ts). */
const SOURCE_MAX = 500;

interface AddMembershipFormProps {
  partner: Partner;
  groups: readonly CountryGroup[];
  onAdded: (partner: Partner) => void;
}

interface MembershipValues {
  groupCode: string;
  fromDate: string;
  toDate: string;
  source: string;
  verified: boolean;
}

const EMPTY: MembershipValues = { groupCode: '', fromDate: '', toDate: '', source: '', verified: false };

export function AddMembershipForm({ partner, groups, onAdded }: AddMembershipFormProps) {
  const sourceCount = useId();
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<MembershipValues>({ defaultValues: EMPTY });
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const updated = await api.addMembership(partner.code, { ...values, toDate: values.toDate || null });
      reset(EMPTY);
      onAdded(updated);
    } catch (caught) {
      const extra = applyServerErrors<MembershipValues>(caught, ['groupCode', 'fromDate', 'toDate', 'source', 'verified'], setError);
      setFailure({ message: caught instanceof ApiError ? caught.message : String(caught), extra });
    }
  });

  return (
    <form className="form subform" onSubmit={submit} aria-labelledby="add-membership-title" noValidate>
      {question}
      <h3 id="add-membership-title">Add a membership</h3>
      <FormError message={failure?.message} extra={failure?.extra} />
      <div className="form-grid form-grid-4">
        <Field label="Group" error={errors.groupCode?.message}>
          {(c) => (
            <select {...c} {...register('groupCode')} required>
              <option value="">Choose a group</option>
              {groups.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="From" error={errors.fromDate?.message}>
          {(c) => <input {...c} type="date" {...register('fromDate')} required />}
        </Field>
        <Field label="To (optional)" error={errors.toDate?.message}>
          {(c) => <input {...c} type="date" {...register('toDate')} />}
        </Field>
        <Field label="Source" error={errors.source?.message} hint="Where the dates come from (law, treaty, notice).">
          {(c) => (
            <>
              <input
                {...c}
                aria-describedby={[c['aria-describedby'], sourceCount].filter(Boolean).join(' ')}
                {...register('source')}
                required
              />
              <CharCount id={sourceCount} length={watch('source').length} max={SOURCE_MAX} />
            </>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <label className="checkbox">
          <input type="checkbox" {...register('verified')} />
          Verified against the source
        </label>
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting || !watch('groupCode')}>
          {formState.isSubmitting ? 'Adding…' : 'Add membership'}
        </button>
      </div>
    </form>
  );
}
