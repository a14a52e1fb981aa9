import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { GroupMembership, Partner } from '../../api/types.ts';
import { todayIso } from '../../platform/format.ts';

interface MembershipTableProps {
  partner: Partner;
  canWrite: boolean;
  onChanged: (partner: Partner) => void;
}

export function MembershipTable({ partner, canWrite, onChanged }: MembershipTableProps) {
  const rows = partner.memberships;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Group memberships of {partner.name}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="col-date">
              From
            </th>
            <th scope="col" className="col-date">
              To
            </th>
            <th scope="col">Source</th>
            <th scope="col" className="col-narrow">
              Verified
            </th>
            {canWrite && (
              <th scope="col" className="col-actions">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={canWrite ? 6 : 5} className="table-empty">
                No group memberships recorded.
              </td>
            </tr>
          )}
          {rows.map((m) => (
            <tr key={m.id}>
              <td>
                <span className="mono strong">{m.groupCode}</span>
                <div className="muted small">{m.groupName}</div>
              </td>
              <td className="mono">{m.fromDate}</td>
              <td className="mono">{m.toDate ?? <span className="badge badge-ok">current</span>}</td>
              <td className="source-cell" title={m.source}>
                {m.source}
              </td>
              <td>{m.verified ? 'Yes' : <span className="badge badge-warning">unverified</span>}</td>
              {canWrite && <td>{m.toDate === null ? <EndMembership code={partner.code} membership={m} onChanged={onChanged} /> : null}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EndMembership({ code, membership, onChanged }: { code: string; membership: GroupMembership; onChanged: (p: Partner) => void }) {
  const [open, setOpen] = useState(false);
  const [toDate, setToDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        End membership…
      </button>
    );
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.updateMembership(code, membership.id, { version: membership.version, toDate }));
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught.fieldMessage('toDate') ?? caught.message);
      else setError(String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="inline-form">
      <label className="visually-hidden" htmlFor={`end-${membership.id}`}>
        Last day in {membership.groupCode}
      </label>
      <input id={`end-${membership.id}`} type="date" value={toDate} min={membership.fromDate} onChange={(e) => setToDate(e.target.value)} />
      <button type="button" className="button button-small button-primary" onClick={confirm} disabled={busy || !toDate}>
        End
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => setOpen(false)} disabled={busy}>
        Cancel
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
