import { useId } from 'react';

/** "120 / 500", and how far over when the text is too long: nothing is cut silently. */
export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length - max;
  return (
    <span id={id} className={`char-count${over > 0 ? ' is-over' : ''}`} aria-live="polite">
      {over > 0 ? `${over} characters too many (at most ${max})` : `${length} / ${max}`}
    </span>
  );
}

interface LimitedTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  required?: boolean;
}

/** A text area with a limit the writer sees as they type (no `maxLength`: pasted text is never cut without a word). */
export function LimitedTextArea({ label, value, onChange, max, rows = 3, required = false }: LimitedTextAreaProps) {
  const id = useId();
  const over = value.length > max;
  return (
    <div className={`field${over ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        required={required}
        aria-invalid={over || undefined}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange(e.target.value)}
      />
      <CharCount id={`${id}-count`} length={value.length} max={max} />
    </div>
  );
}
