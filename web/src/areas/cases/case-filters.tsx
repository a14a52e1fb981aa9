import { useEffect, useRef, useState } from 'react';
import { CASE_STATUSES, CASE_TYPES } from '../../api/types.ts';
import { AgencyOptions } from '../../platform/agencies.tsx';
import { centsToDollarInput, parseDollars } from '../../platform/format.ts';
import { useDebounced } from '../../platform/use-debounced.ts';
import type { SearchChanges } from '../../platform/use-search-state.ts';
import { useSlashFocus } from '../../platform/use-slash-focus.ts';
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS } from './case-labels.tsx';

export interface CaseFilterValues {
  q: string;
  partner: string;
  agency: string;
  status: string;
  type: string;
  min: string;
  max: string;
}

interface CaseFiltersProps {
  values: CaseFilterValues;
  partners: readonly { code: string; name: string }[];
  onChange: (changes: SearchChanges, replace?: boolean) => void;
}

/** Text typed in a box, pushed to the URL after a pause; the URL wins when it changes from outside. */
function useDebouncedParam(value: string, push: (text: string) => void) {
  const [text, setText] = useState(value);
  const debounced = useDebounced(text, 300);
  const pushed = useRef(value);
  useEffect(() => {
    const next = debounced.trim();
    if (next === pushed.current) return;
    pushed.current = next;
    push(next);
  }, [debounced, push]);
  useEffect(() => {
    if (value !== pushed.current) {
      pushed.current = value;
      setText(value);
    }
  }, [value]);
  return [text, setText] as const;
}

/** The money filters are typed in dollars; the URL (and the API) hold cents. */
function MoneyFilter({ label, cents, onCents }: { label: string; cents: string; onCents: (cents: string) => void }) {
  const shown = cents && /^\d+$/.test(cents) ? centsToDollarInput(Number(cents)).replace(/\.00$/, '') : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const debounced = useDebounced(text, 400);
  const pushed = useRef(cents);
  useEffect(() => {
    const parsed = parseDollars(debounced);
    setInvalid(parsed === null);
    if (parsed === null) return;
    const next = parsed === undefined ? '' : String(parsed);
    if (next === pushed.current) return;
    pushed.current = next;
    onCents(next);
  }, [debounced, onCents]);
  useEffect(() => {
    if (cents !== pushed.current) {
      pushed.current = cents;
      setText(shown);
    }
  }, [cents, shown]);
  return (
    <label className={`field field-inline field-money${invalid ? ' has-error' : ''}`}>
      <span>{label}</span>
      <input
        inputMode="decimal"
        placeholder="$"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid || undefined}
      />
    </label>
  );
}

export function CaseFilters({ values, partners, onChange }: CaseFiltersProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  const [text, setText] = useDebouncedParam(values.q, (q) => onChange({ q, offset: null }, true));
  const hasFilters = Object.values(values).some(Boolean);
  return (
    <div className="filter-bar" role="search">
      <label className="field field-inline field-grow case-search">
        <span>Search</span>
        <input
          ref={searchRef}
          type="search"
          placeholder="Case identifier or title   ( / )"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-keyshortcuts="/"
        />
      </label>
      <label className="field field-inline">
        <span>Partner</span>
        <select value={values.partner} onChange={(e) => onChange({ partner: e.target.value, offset: null })}>
          <option value="">All partners</option>
          {partners.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline field-narrow">
        <span>Agency</span>
        <select value={values.agency} onChange={(e) => onChange({ agency: e.target.value, offset: null })}>
          <option value="">All</option>
          <AgencyOptions separator=" " />
        </select>
      </label>
      <label className="field field-inline">
        <span>Status</span>
        <select value={values.status} onChange={(e) => onChange({ status: e.target.value, offset: null })}>
          <option value="">All statuses</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CASE_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline field-narrow">
        <span>Type</span>
        <select value={values.type} onChange={(e) => onChange({ type: e.target.value, offset: null })}>
          <option value="">All types</option>
          {CASE_TYPES.map((t) => (
            <option key={t} value={t}>
              {CASE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <MoneyFilter label="Min value" cents={values.min} onCents={(min) => onChange({ minValueCents: min, offset: null }, true)} />
      <MoneyFilter label="Max value" cents={values.max} onCents={(max) => onChange({ maxValueCents: max, offset: null }, true)} />
      {hasFilters && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setText('');
            onChange({
              q: null,
              partner: null,
              agency: null,
              status: null,
              type: null,
              minValueCents: null,
              maxValueCents: null,
              offset: null,
            });
          }}
        >
          Clear
        </button>
      )}
    </div>
  );
}
