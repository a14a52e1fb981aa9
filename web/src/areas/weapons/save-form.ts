import { type ReactNode, useEffect, useState } from 'react';
import { type DefaultValues, type FieldPath, type FieldValues, useForm } from 'react-hook-form';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';

interface SaveFormOptions<T extends FieldValues, R> {
  defaultValues: DefaultValues<T>;
  /** The fields the form shows: the server's messages for them go beside them, the rest are listed once. */
  fields: readonly FieldPath<T>[];
  save: (values: T) => Promise<R>;
  /** After a save, once the form is clean (so a navigation from here is not asked about). */
  onSaved?: (saved: R) => void;
  /** What the form holds after a save: the defaults again (a form that adds one more), or what was saved. */
  after?: 'clear' | 'keep';
}

/** A message for a failure that is not the server's (the network, a bug): said in plain words. */
const failureOf = (caught: unknown) => (caught instanceof ApiError ? caught.message : 'The change could not be saved. Try again.');

/**
 * The weapons screens' editors: react-hook-form with the unsaved-changes guard (until saved), the server's field errors on
 * their fields and the rest once above the form.
 */
export function useSaveForm<T extends FieldValues, R>({ defaultValues, fields, save, onSaved, after = 'clear' }: SaveFormOptions<T, R>) {
  const form = useForm<T>({ defaultValues });
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  const [saved, setSaved] = useState<{ value: R } | null>(null);
  const { isDirty, isSubmitting, errors } = form.formState;
  const question: ReactNode = useUnsavedChangesGuard(isDirty);
  // Once per save, after the render that marked the form clean; onSaved is that render's callback.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a save, not when the caller's callback changes
  useEffect(() => {
    if (saved) onSaved?.(saved.value);
  }, [saved]);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await save(values);
      form.reset(after === 'clear' ? defaultValues : values);
      setSaved({ value: result });
    } catch (caught) {
      setFailure({ message: failureOf(caught), extra: applyServerErrors(caught, fields, form.setError) });
    }
  });
  /** The server's message for one field (nested paths too: `milestones.rfp.actual`). */
  const errorOf = (name: FieldPath<T>) => (errors ? form.getFieldState(name).error?.message : undefined);
  return { form, submit, question, failure, busy: isSubmitting, errorOf };
}

/** A check the screen makes before sending (a dollar amount it cannot read): failed like the server's, on its field. */
export function fieldProblem(path: string, message: string, summary = 'Check the highlighted field'): ApiError {
  return new ApiError(400, 'validation', summary, [{ path, message }]);
}
