import type { ListState } from './list-state.ts';

/** A list's partner filter: a 2–3 letter code typed in (upper-cased), kept in the URL, back to the first page. */
export function PartnerFilter({ list }: { list: Pick<ListState, 'get' | 'filter'> }) {
  return (
    <label className="field field-inline field-narrow">
      <span>Partner</span>
      <input
        value={list.get('partner')}
        maxLength={3}
        placeholder="PL"
        onChange={(e) => list.filter({ partner: e.target.value.toUpperCase().trim() }, true)}
      />
    </label>
  );
}
