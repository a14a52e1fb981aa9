import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import type { EumItem, EumItemStatus } from '../../api/eum-types.ts';
import { Breadcrumbs } from '../../platform/breadcrumbs.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { EumBadge, EumNav, INCIDENT_KIND_LABELS, ITEM_MOVES, ITEM_STATUS_LABELS } from './eum-labels.tsx';

export function ItemPage() {
  const { id = '' } = useParams();
  const item = useApi(['eum', 'item-page:eumApi.item'], (signal) => eumApi.item(id, signal), [id]);
  usePageTitle(item.data ? `${item.data.itemTypeCode} ${item.data.serialNumber}` : 'Item');
  const canWrite = useArea('eum')?.canWrite ?? false;
  if (item.error?.isUnavailable) return <NotAvailablePage what="This item" />;
  if (item.error) return <ErrorNotice message={item.error.message} onRetry={item.reload} />;
  if (!item.data) return <Loading />;
  const i = item.data;
  return (
    <section className="page">
      <Breadcrumbs
        trail={[
          { to: '/eum', label: 'End-use monitoring' },
          { to: '/eum/items', label: 'Items' },
        ]}
        current={`${i.itemTypeCode} ${i.serialNumber}`}
      />
      <header className="page-header">
        <div>
          <h1 className="mono">
            {i.itemTypeCode} {i.serialNumber}
          </h1>
          <p className="page-sub">
            <EumBadge value={i.status} label={ITEM_STATUS_LABELS[i.status]} /> <EumBadge value={i.category} /> {i.partnerCode} ·{' '}
            {i.caseWithheld ? (
              'case withheld pending congressional notification'
            ) : (
              <>
                case <Link to={`/cases/${i.caseIdentifier}`}>{i.caseIdentifier}</Link> line {i.lineNumber}
              </>
            )}
          </p>
        </div>
      </header>
      <EumNav />
      <dl className="eum-figures">
        <div>
          <dt>Delivered</dt>
          <dd>{i.deliveredOn}</dd>
        </div>
        <div>
          <dt>Site</dt>
          <dd>{i.siteCode ?? '—'}</dd>
        </div>
        <div>
          <dt>Last inventoried</dt>
          <dd>{i.lastInventoriedOn ?? 'never'}</dd>
        </div>
        <div>
          <dt>Next inventory due</dt>
          <dd>{i.dueBasis ? `${i.dueBasis.due} (${i.dueBasis.basis}${i.overdue ? ', overdue' : ''})` : 'none'}</dd>
        </div>
        {i.statusReason && (
          <div>
            <dt>Status reason</dt>
            <dd>
              {i.statusReason} ({i.statusChangedOn})
            </dd>
          </div>
        )}
      </dl>
      {i.dueBasis && <p className="page-sub">{i.dueBasis.source}</p>}
      {canWrite && ITEM_MOVES[i.status].length > 0 && <StatusForm key={i.version} item={i} onDone={(next) => item.setData(next)} />}
      <h2>Inventories</h2>
      <ul>
        {i.inventories.map((v) => (
          <li key={v.id}>
            <Link to={`/eum/inventories/${v.id}`}>
              {v.kind} inventory due {v.dueOn}
            </Link>{' '}
            <EumBadge value={v.status} />
          </li>
        ))}
      </ul>
      {i.inventories.length === 0 && <p>No inventory has listed this item yet.</p>}
      <h2>Incidents</h2>
      <ul>
        {i.incidents.map((v) => (
          <li key={v.id}>
            <Link to={`/eum/incidents/${v.id}`}>{v.title}</Link> ({INCIDENT_KIND_LABELS[v.kind]}, {v.discoveredOn}){' '}
            <EumBadge value={v.status} />
          </li>
        ))}
      </ul>
      {i.incidents.length === 0 && <p>None.</p>}
    </section>
  );
}

function StatusForm({ item, onDone }: { item: EumItem; onDone: (item: EumItem) => void }) {
  const moves = ITEM_MOVES[item.status];
  const [status, setStatus] = useState<EumItemStatus>(moves[0]!);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onDone(await eumApi.changeItemStatus(item.id, item.version, status, reason));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Change status">
      <h2>Change status</h2>
      <FormError message={error?.message} />
      <Field label="New status" error={error?.fieldMessage('status')}>
        {(p) => (
          <select {...p} value={status} onChange={(e) => setStatus(e.target.value as EumItemStatus)}>
            {moves.map((m) => (
              <option key={m} value={m}>
                {ITEM_STATUS_LABELS[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Reason" error={error?.fieldMessage('reason')}>
        {(p) => <textarea {...p} value={reason} required onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Change status
        </button>
      </div>
    </form>
  );
}
