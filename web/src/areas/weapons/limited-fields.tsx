import { useId } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { Field } from '../../platform/field.tsx';
import { CharCount, LimitedTextArea } from '../../platform/limited-text.tsx';

interface LimitedProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  /** The server's limit (the area's Zod model). */
  max: number;
  error?: string | undefined;
  hint?: string;
}

/** A react-hook-form text area that shows its limit as the writer types (nothing cut silently). */
export function LimitedArea<T extends FieldValues>({ control, name, label, max, error, rows = 3 }: LimitedProps<T> & { rows?: number }) {
  const { field } = useController({ control, name });
  return (
    <>
      <LimitedTextArea label={label} value={(field.value as string | undefined) ?? ''} onChange={field.onChange} max={max} rows={rows} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** A one-line react-hook-form input with its counter instead of a silent `maxLength`. */
export function LimitedInput<T extends FieldValues>({
  control,
  name,
  label,
  max,
  error,
  hint,
  placeholder,
  className,
}: LimitedProps<T> & { placeholder?: string; className?: string }) {
  const { field } = useController({ control, name });
  const countId = useId();
  const value = (field.value as string | null | undefined) ?? '';
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <>
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], countId].filter(Boolean).join(' ')}
            aria-invalid={control['aria-invalid'] || value.length > max || undefined}
            name={field.name}
            ref={field.ref}
            value={value}
            placeholder={placeholder}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
          <CharCount id={countId} length={value.length} max={max} />
        </>
      )}
    </Field>
  );
}
