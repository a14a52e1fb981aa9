import { useEffect, useRef, useState } from 'react';
import { COMBATANT_COMMANDS, type CountryGroup } from '../../api/types.ts';
import { useDebounced } from '../../platform/use-debounced.ts';
import type { SearchChanges } from '../../platform/use-search-state.ts';
import { useSlashFocus } from '../../platform/use-slash-focus.ts';

interface PartnerFiltersProps {
  q: string;
  region: string;
  group: string;
  kind: string;
  groups: readonly CountryGroup[];
  onChange: (changes: SearchChanges, replace?: boolean) => void;
}

export function PartnerFilters({ q, region, group, kind, groups, onChange }: PartnerFiltersProps) {
  const [text, setText] = useState(q);
  const debounced = useDebounced(text, 250);
  const pushed = useRef(q);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);

  useEffect(() => {
    const value = debounced.trim();
    if (value === pushed.current) return;
    pushed.current = value;
    onChange({ q: value, offset: null }, true);
  }, [debounced, onChange]);

  // The URL changed from outside (back button, a link): show its search.
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [q]);

  const hasFilters = Boolean(q || region || group || kind);
  return (
    <div className="filter-bar" role="search">
      <label className="field field-inline field-grow">
        <span>Search</span>
        <input
          ref={searchRef}
          type="search"
          placeholder="Code, ISO code or name   ( / )"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-keyshortcuts="/"
        />
      </label>
      <label className="field field-inline">
        <span>Region</span>
        <select value={region} onChange={(e) => onChange({ region: e.target.value, offset: null })}>
          <option value="">All regions</option>
          {COMBATANT_COMMANDS.map((command) => (
            <option key={command} value={command}>
              {command}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span>Group</span>
        <select value={group} onChange={(e) => onChange({ group: e.target.value, offset: null })}>
          <option value="">All groups</option>
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name} ({g.members})
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span>Kind</span>
        <select value={kind} onChange={(e) => onChange({ kind: e.target.value, offset: null })}>
          <option value="">Countries and organizations</option>
          <option value="country">Countries</option>
          <option value="organization">Organizations</option>
        </select>
      </label>
      {hasFilters && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setText('');
            pushed.current = '';
            onChange({ q: null, region: null, group: null, kind: null, offset: null });
          }}
        >
          Clear
        </button>
      )}
    </div>
  );
}
