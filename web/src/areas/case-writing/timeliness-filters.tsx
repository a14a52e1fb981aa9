import type { TimelinessQuery } from '../../api/types.ts';
import { AgencyOptions } from '../../platform/agencies.tsx';
import type { SearchChanges } from '../../platform/use-search-state.ts';
import { defaultPeriod } from './timeliness-period.ts';

interface TimelinessFiltersProps {
  query: TimelinessQuery;
  partners: readonly { code: string; name: string }[];
  onChange: (changes: SearchChanges) => void;
}

/** Period (offer dates) and agency and partner filters; each lives in the URL, the period is left out while it is the default. */
export function TimelinessFilters({ query, partners, onChange }: TimelinessFiltersProps) {
  const period = defaultPeriod();
  const custom = query.from !== period.from || query.to !== period.to || query.agency || query.partner;
  return (
    <div className="filter-bar" role="search" aria-label="Report filters">
      <label className="field field-inline">
        <span>Offered from</span>
        <input
          type="date"
          value={query.from ?? ''}
          onChange={(e) => onChange({ from: e.target.value === period.from ? null : e.target.value })}
        />
      </label>
      <label className="field field-inline">
        <span>Offered to</span>
        <input
          type="date"
          value={query.to ?? ''}
          onChange={(e) => onChange({ to: e.target.value === period.to ? null : e.target.value })}
        />
      </label>
      <label className="field field-inline field-narrow">
        <span>Agency</span>
        <select value={query.agency ?? ''} onChange={(e) => onChange({ agency: e.target.value })}>
          <option value="">All</option>
          <AgencyOptions />
        </select>
      </label>
      <label className="field field-inline">
        <span>Partner</span>
        <select value={query.partner ?? ''} onChange={(e) => onChange({ partner: e.target.value })}>
          <option value="">All partners</option>
          {partners.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
      </label>
      {custom && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ from: null, to: null, agency: null, partner: null })}
        >
          Last 12 months, everything
        </button>
      )}
    </div>
  );
}
