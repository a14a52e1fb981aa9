import { type FormEvent, useEffect, useState } from 'react';
import type { SearchChanges } from '../../platform/use-search-state.ts';

export const ENTITY_TYPES = ['partner', 'group_membership', 'user', 'api_token', 'session', 'demo_data'] as const;

export interface AuditFilterValues {
  record: string;
  entityType: string;
  entityId: string;
  actor: string;
  from: string;
  to: string;
}

const EMPTY: AuditFilterValues = { record: '', entityType: '', entityId: '', actor: '', from: '', to: '' };

export function AuditFilters({ values, onApply }: { values: AuditFilterValues; onApply: (changes: SearchChanges) => void }) {
  const [draft, setDraft] = useState(values);
  const key = JSON.stringify(values);
  // The URL changed (back button, a link such as a partner's audit trail): show its filters. Keyed on the content:
  // `values` is a new object on every render, and resetting the draft on each one would undo every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `values`
  useEffect(() => setDraft(values), [key]);

  const set = (field: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, record: draft.record.trim(), entityId: draft.entityId.trim(), actor: draft.actor.trim(), offset: null });
  }

  const types: string[] = [...ENTITY_TYPES];
  if (draft.entityType && !types.includes(draft.entityType)) types.push(draft.entityType);
  return (
    <form className="filter-bar" role="search" aria-label="Filter the audit log" onSubmit={submit}>
      <label className="field field-inline">
        <span>Record</span>
        <input value={draft.record} onChange={set('record')} size={14} placeholder="e.g. AT-B-AAA, 26-03" />
      </label>
      <label className="field field-inline">
        <span>Entity type</span>
        <select value={draft.entityType} onChange={set('entityType')}>
          <option value="">Any</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span>Entity ID</span>
        <input value={draft.entityId} onChange={set('entityId')} size={14} placeholder="e.g. AT" />
      </label>
      <label className="field field-inline">
        <span>Actor</span>
        <input value={draft.actor} onChange={set('actor')} size={14} placeholder="user name" />
      </label>
      <label className="field field-inline">
        <span>From</span>
        <input type="date" value={draft.from} onChange={set('from')} />
      </label>
      <label className="field field-inline">
        <span>To</span>
        <input type="date" value={draft.to} onChange={set('to')} />
      </label>
      <button type="submit" className="button button-primary">
        Apply
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          setDraft(EMPTY);
          onApply({ ...EMPTY, offset: null });
        }}
      >
        Clear
      </button>
    </form>
  );
}
