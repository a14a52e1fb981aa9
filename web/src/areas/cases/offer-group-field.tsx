import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { OFFER_GROUPS, type OfferGroup, type OfferGroupResult } from '../../api/types.ts';

interface OfferGroupFieldProps {
  caseRef: string;
  /** The case version the page read; a change made on a stale one is refused (409). */
  version: number;
  /** The group the server reported, or undefined when its case view does not say. */
  initial: OfferGroup | null | undefined;
  canWrite: boolean;
  /** Told the group and the case's new version once saved. */
  onSaved?: (saved: OfferGroupResult) => void;
}

function isOfferGroup(value: string): value is OfferGroup {
  return (OFFER_GROUPS as readonly string[]).includes(value);
}

function describe(group: OfferGroup | null | undefined): string {
  if (group === undefined) return 'not shown';
  return group === null ? 'none' : `Group ${group}`;
}

/** The case development group (A–D, SAMM Table C5.T6) that sets the anticipated offer date; writers can set it. */
export function OfferGroupField({ caseRef, version, initial, canWrite, onSaved }: OfferGroupFieldProps) {
  const [group, setGroup] = useState<OfferGroup | null | undefined>(initial);
  useEffect(() => setGroup(initial), [initial]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function change(value: string) {
    const next = isOfferGroup(value) ? value : null;
    setBusy(true);
    setMessage(null);
    try {
      const saved = await api.setOfferGroup(caseRef, next, version);
      setGroup(saved.offerGroup);
      onSaved?.(saved);
      setMessage({ tone: 'ok', text: saved.offerGroup ? `Set to group ${saved.offerGroup}.` : 'Cleared.' });
    } catch (caught) {
      setMessage({ tone: 'error', text: caught instanceof ApiError ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  }

  if (!canWrite) return <span data-testid="offer-group">{describe(group)}</span>;
  return (
    <span className="inline-form">
      <select
        aria-label="Case development group"
        data-testid="offer-group"
        value={group ?? ''}
        disabled={busy}
        onChange={(e) => void change(e.target.value)}
      >
        <option value="">{group === undefined ? '— not shown —' : 'None'}</option>
        {OFFER_GROUPS.map((g) => (
          <option key={g} value={g}>
            Group {g}
          </option>
        ))}
      </select>
      {message && (
        <span className={message.tone === 'ok' ? 'small muted' : 'small field-error'} role={message.tone === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </span>
      )}
    </span>
  );
}
