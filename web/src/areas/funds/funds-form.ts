import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type DefaultValues, type FieldPath, type FieldValues, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useEditorDirty } from '../../platform/unsaved-group.tsx';

/** A dollar amount the form could not read: shown on its field, nothing is sent. */
export class AmountProblem extends Error {}

/**
 * A funds form: react-hook-form, the server's messages on their fields (`serverPaths` maps the server's names to the
 * form's, e.g. amountCents → amount; the rest come back as `unplaced`, to list once), and the page's unsaved-changes
 * guard (UnsavedGroup) told while it holds typed work. After a save the form starts again from `afterSave`.
 */
export function useFundsForm<V extends FieldValues, R>(options: {
  defaults: DefaultValues<V>;
  fields: readonly FieldPath<V>[];
  serverPaths?: Partial<Record<string, FieldPath<V>>>;
  send: (values: V) => Promise<R>;
  done: (result: R) => void;
  afterSave?: (values: V) => DefaultValues<V>;
  /** The field an AmountProblem is shown on. */
  amountField?: FieldPath<V>;
}) {
  const form = useForm<V>({ defaultValues: options.defaults });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const saved = useEditorDirty(form.formState.isDirty);
  const save = useMutation({
    mutationFn: options.send,
    onSuccess: (result, values) => {
      form.reset(options.afterSave ? options.afterSave(values) : values);
      // Clean at once: `done` may leave the page.
      saved();
      options.done(result);
    },
    onError: (error) => {
      if (error instanceof AmountProblem && options.amountField) {
        form.setError(options.amountField, { type: 'client', message: error.message });
        return;
      }
      const fields = options.fields;
      const renamed = options.serverPaths ?? {};
      const unplacedHere = applyServerErrors(error, [...fields, ...(Object.keys(renamed) as FieldPath<V>[])], (name, problem) => {
        form.setError(renamed[name as string] ?? name, problem);
      });
      setUnplaced(unplacedHere);
    },
  });
  const submit = form.handleSubmit((values) => {
    setUnplaced([]);
    save.mutate(values);
  });
  const message = save.error instanceof AmountProblem ? null : save.error?.message;
  return { form, errors: form.formState.errors, save, submit, unplaced, message };
}
