// A small form for one write of the FMF/DCC and drawdown screens: labelled fields, dollar amounts typed as dollars and
// sent as cents, the server's field errors shown on their fields (react-hook-form + applyServerErrors).
import { useState } from 'react';
import { type FieldValues, useForm } from 'react-hook-form';
import { ApiError } from '../../api/api-error.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { parseDollars } from '../../platform/format.ts';
import { useEditorDirty } from '../../platform/unsaved-group.tsx';

export interface QuickField {
  name: string;
  label: string;
  kind?: 'text' | 'date' | 'dollars' | 'select' | 'checkbox' | 'textarea';
  options?: readonly (readonly [value: string, label: string])[];
  hint?: string;
  initial?: string | boolean;
}

interface Props {
  title: string;
  fields: readonly QuickField[];
  submitLabel: string;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  /** After the save, once the form is clean (so leaving the page for the new record does not ask). */
  onSaved?: (result: unknown) => void;
}

export function QuickForm({ title, fields, submitLabel, onSubmit, onSaved }: Props) {
  const initial = Object.fromEntries(
    fields.map((f) => [f.name, f.initial ?? (f.kind === 'checkbox' ? false : f.kind === 'select' ? (f.options?.[0]?.[0] ?? '') : '')]),
  );
  const { register, handleSubmit, setError, formState, reset } = useForm<FieldValues>({ defaultValues: initial });
  const [problem, setProblem] = useState<{ message: string; extra: string[] } | null>(null);
  const saved = useEditorDirty(formState.isDirty);
  const submit = handleSubmit(async (values) => {
    setProblem(null);
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      const v = values[f.name];
      if (f.kind === 'dollars') {
        const cents = parseDollars(String(v ?? ''));
        if (cents === null) return setError(f.name, { message: 'a dollar amount with at most two decimals' });
        if (cents !== undefined) body[f.name] = cents;
      } else if (f.kind === 'checkbox') body[f.name] = Boolean(v);
      else if (v !== '') body[f.name] = v;
    }
    try {
      const result = await onSubmit(body);
      reset(initial);
      saved();
      onSaved?.(result);
    } catch (error) {
      const extra = applyServerErrors(
        error,
        fields.map((f) => f.name),
        setError,
      );
      setProblem({ message: error instanceof ApiError ? error.message : 'The change could not be saved', extra });
    }
  });
  return (
    <form className="form card" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <FormError message={problem?.message} extra={problem?.extra} />
      {fields.map((f) => {
        const error = formState.errors[f.name]?.message as string | undefined;
        return (
          <Field key={f.name} label={f.label} error={error} hint={f.hint}>
            {(control) =>
              f.kind === 'select' ? (
                <select {...control} {...register(f.name)}>
                  {f.options?.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : f.kind === 'checkbox' ? (
                <input type="checkbox" {...control} {...register(f.name)} />
              ) : f.kind === 'textarea' ? (
                <textarea {...control} {...register(f.name)} />
              ) : (
                <input
                  type={f.kind === 'date' ? 'date' : 'text'}
                  inputMode={f.kind === 'dollars' ? 'decimal' : undefined}
                  {...control}
                  {...register(f.name)}
                />
              )
            }
          </Field>
        );
      })}
      <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
