import { type ReactNode, useId } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and, beside it, the server's message for this field. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}

const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

/** A field's path in words: `lines.2.unitCostCents` → "line 3, unit cost cents"; the body itself → "". */
export function fieldName(path: string): string {
  if (path === '(body)' || path === '') return '';
  const parts = path.split('.');
  const words: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (/^\d+$/.test(part)) continue;
    const name = part
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replaceAll('_', ' ')
      .toLowerCase();
    const index = parts[i + 1];
    words.push(index !== undefined && /^\d+$/.test(index) ? `${singular(name)} ${Number(index) + 1}` : name);
  }
  return words.join(', ');
}

/** Errors that no field on the form shows, so none is lost: each with its field named in words. */
export function unplacedFieldErrors(fields: readonly { path: string; message: string }[], placed: readonly string[]): string[] {
  return fields
    .filter((f) => !placed.some((p) => f.path === p || f.path.startsWith(`${p}.`)))
    .map((f) => (fieldName(f.path) ? `${fieldName(f.path)}: ${f.message}` : f.message));
}

export function FormError({ message, extra = [] }: { message: string | null | undefined; extra?: readonly string[] }) {
  if (!message) return null;
  // A field's message the main one already says is not said twice.
  const lines = extra.filter((line) => !message.includes(line.includes(': ') ? line.slice(line.indexOf(': ') + 2) : line));
  return (
    <div className="notice notice-error" role="alert">
      {message}
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
