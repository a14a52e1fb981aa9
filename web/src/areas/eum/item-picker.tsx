import { useState } from 'react';
import { eumApi } from '../../api/eum-client.ts';
import type { EumItemList, EumItemSummary } from '../../api/eum-types.ts';
import { useApi } from '../../platform/use-api.ts';

export type PickedItem = Pick<EumItemSummary, 'id' | 'itemTypeCode' | 'serialNumber'>;

const none: EumItemList = { items: [], total: 0, limit: 20, offset: 0 };

/** Finds a partner's items by serial number (prefix search) and picks several. */
export function ItemPicker({
  partnerCode,
  picked,
  onChange,
}: {
  partnerCode: string;
  picked: PickedItem[];
  onChange: (items: PickedItem[]) => void;
}) {
  const [q, setQ] = useState('');
  const ready = /^[A-Z0-9]{2,3}$/.test(partnerCode) && q.trim().length > 0;
  const found = useApi(
    ['eum', 'item-picker:eumApi.items'],
    (signal) => (ready ? eumApi.items({ partner: partnerCode, q: q.trim(), limit: 20 }, signal) : Promise.resolve(none)),
    [partnerCode, q, ready],
  );
  const pickedIds = new Set(picked.map((p) => p.id));
  return (
    <fieldset className="item-picker">
      <legend>Items concerned</legend>
      {picked.length > 0 && (
        <ul aria-label="Picked items">
          {picked.map((p) => (
            <li key={p.id}>
              <span className="mono">
                {p.itemTypeCode} {p.serialNumber}
              </span>{' '}
              <button
                type="button"
                className="button"
                aria-label={`Remove ${p.serialNumber}`}
                onClick={() => onChange(picked.filter((x) => x.id !== p.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        <span>Find by serial number</span>
        <input
          type="search"
          value={q}
          disabled={!/^[A-Z0-9]{2,3}$/.test(partnerCode)}
          placeholder={partnerCode ? 'Serial number (starts with)' : 'Enter the partner first'}
          onChange={(e) => setQ(e.target.value)}
        />
      </label>
      {ready && (
        <ul aria-label="Matching items">
          {(found.data?.items ?? []).map((i) => (
            <li key={i.id}>
              <span className="mono">
                {i.itemTypeCode} {i.serialNumber}
              </span>{' '}
              {i.siteCode ?? ''}{' '}
              <button
                type="button"
                className="button"
                disabled={pickedIds.has(i.id)}
                aria-label={`Pick ${i.serialNumber}`}
                onClick={() => onChange([...picked, { id: i.id, itemTypeCode: i.itemTypeCode, serialNumber: i.serialNumber }])}
              >
                {pickedIds.has(i.id) ? 'Picked' : 'Pick'}
              </button>
            </li>
          ))}
          {found.data && found.data.items.length === 0 && (
            <li>
              No item of {partnerCode} starts with {q.trim()}
            </li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
