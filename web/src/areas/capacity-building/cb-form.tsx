import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import { Field } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useEditorDirty } from '../../platform/unsaved-group.tsx';

/**
 * A form on a record's page: react-hook-form, the server's messages on their fields (the rest returned as `unplaced`
 * to list once), and the page's unsaved-changes guard (UnsavedGroup) told while it holds typed work. After a save the
 * form starts again from `afterSave` (default: the values just saved), so it no longer counts as unsaved.
 */
export function useRecordForm<V extends FieldValues, R>(options: {
  defaults: DefaultValues<V>;
  fields: readonly FieldPath<V>[];
  send: (values: V) => Promise<R>;
  done: (result: R) => void;
  afterSave?: 'saved' | 'empty';
}) {
  const form = useForm<V>({ defaultValues: options.defaults });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: options.send,
    onSuccess: (result, values) => {
      form.reset(options.afterSave === 'empty' ? options.defaults : values);
      options.done(result);
    },
    onError: (error) => setUnplaced(applyServerErrors(error, options.fields, form.setError)),
  });
  useEditorDirty(form.formState.isDirty);
  const submit = form.handleSubmit((values) => {
    setUnplaced([]);
    save.mutate(values);
  });
  return { form, errors: form.formState.errors, save, submit, unplaced };
}

/** A registered text area with the server's limit shown as a counter (nothing is cut silently). */
export function TextWithCount<V extends FieldValues>(props: {
  form: UseFormReturn<V>;
  name: FieldPath<V>;
  label: string;
  max: number;
  rows?: number;
  className?: string;
}) {
  const { form, name, max } = props;
  const length = String(form.watch(name) ?? '').length;
  const message = form.formState.errors[name]?.message;
  return (
    <Field label={props.label} className={props.className} error={typeof message === 'string' ? message : undefined}>
      {(control) => (
        <>
          <textarea
            {...control}
            aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
            rows={props.rows ?? 2}
            {...form.register(name)}
          />
          <CharCount id={`${control.id}-count`} length={length} max={max} />
        </>
      )}
    </Field>
  );
}
