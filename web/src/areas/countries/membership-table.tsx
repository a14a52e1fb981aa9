import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { GroupMembership, Partner } from '../../api/types.ts';
import { todayIso } from '../../platform/format.ts';
import type { Notice } from '../../platform/undo-notice.tsx';

interface MembershipTableProps {
  partner: Partner;
  canWrite: boolean;
  onChanged: (partner: Partner, notice?: Notice) => void;
  /** The partner as an undo left it. */
  onRestored: (partner: Partner) => void;
}

export function MembershipTable({ partner, canWrite, onChanged, onRestored }: MembershipTableProps) {
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
              {canWrite && (
                <td>
                  {m.toDate === null ? (
                    <EndMembership code={partner.code} membership={m} onChanged={onChanged} onRestored={onRestored} />
                  ) : null}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface EndMembershipProps {
  code: string;
  membership: GroupMembership;
  onChanged: (p: Partner, notice: Notice) => void;
  onRestored: (p: Partner) => void;
}

/** Ends a current membership on a date; the notice offers to undo it (the membership is current again). */
function EndMembership({ code, membership, onChanged, onRestored }: EndMembershipProps) {
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
      const ended = await api.updateMembership(code, membership.id, { version: membership.version, toDate });
      const group = membership.groupCode;
      onChanged(ended, {
        message: `Membership of ${group} ended on ${toDate}.`,
        undo: async () => {
          const now = ended.memberships.find((m) => m.id === membership.id);
          if (!now) throw new Error(`the ${group} membership is no longer recorded`);
          onRestored(await api.updateMembership(code, membership.id, { version: now.version, toDate: null }));
          return `The ${group} membership is current again.`;
        },
      });
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
