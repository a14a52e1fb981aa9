import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { eumApi, eumFiles } from '../../api/eum-client.ts';
import type { EumDiscrepancy, EumInventory } from '../../api/eum-types.ts';
import { Breadcrumbs } from '../../platform/breadcrumbs.tsx';
import { ConfirmAction } from '../../platform/confirm-action.tsx';
import { FormError } from '../../platform/field.tsx';
import { formatCount } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { EumBadge, EumNav, INVENTORY_ACTION_LABELS } from './eum-labels.tsx';
import { ImportPanel } from './import-panel.tsx';

/** One inventory: the expected list to download, scans to import (with progress), reconciliation and its discrepancies. */
export function InventoryPage() {
  const { id = '' } = useParams();
  const inventory = useApi(['eum', 'inventory-page:eumApi.inventory'], (signal) => eumApi.inventory(id, signal), [id]);
  const discrepancies = useApi(['eum', 'inventory-page:eumApi.discrepancies'], (signal) => eumApi.discrepancies(id, signal), [
    id,
    inventory.data?.version,
  ]);
  usePageTitle(inventory.data ? `Inventory ${inventory.data.partnerCode} ${inventory.data.siteCode}` : 'Inventory');
  const canWrite = useArea('eum')?.canWrite ?? false;
  const [error, setError] = useState<string | null>(null);
  if (inventory.error?.isUnavailable) return <NotAvailablePage what="This inventory" />;
  if (inventory.error) return <ErrorNotice message={inventory.error.message} onRetry={inventory.reload} />;
  if (!inventory.data) return <Loading />;
  const v: EumInventory = inventory.data;
  async function act(action: EumInventory['allowedActions'][number]) {
    setError(null);
    try {
      inventory.setData(await eumApi.transitionInventory(v.id, v.version, action));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }
  const scanning = v.status === 'planned' || v.status === 'in_progress' || v.status === 'reconciled';
  return (
    <section className="page">
      <Breadcrumbs
        trail={[
          { to: '/eum', label: 'End-use monitoring' },
          { to: '/eum/inventories', label: 'Inventories' },
        ]}
        current={`${v.partnerCode} ${v.siteCode}, due ${v.dueOn}`}
      />
      <header className="page-header">
        <div>
          <h1>
            {v.kind.replace('_', ' ')} inventory: {v.partnerCode} {v.siteCode} {v.siteName}
          </h1>
          <p className="page-sub">
            <EumBadge value={v.status} /> due {v.dueOn}
            {v.overdue ? ' (overdue)' : ''}
            {v.reconciledOn ? ` · reconciled ${v.reconciledOn}` : ''}
          </p>
        </div>
        <div className="form-actions">
          <a className="button" href={eumFiles.expected('csv', v.id)}>
            Expected list CSV
          </a>
          <a className="button" href={eumFiles.expected('xlsx', v.id)}>
            Expected list XLSX
          </a>
        </div>
      </header>
      <EumNav />
      <dl className="eum-figures">
        <div>
          <dt>Expected</dt>
          <dd>{formatCount(v.expectedCount)}</dd>
        </div>
        <div>
          <dt>Found</dt>
          <dd>{formatCount(v.foundCount)}</dd>
        </div>
        <div>
          <dt>Open discrepancies</dt>
          <dd>{formatCount(v.openDiscrepancies)}</dd>
        </div>
        {Object.entries(v.discrepanciesByKind).map(([kind, n]) => (
          <div key={kind}>
            <dt>{kind.replace('_', ' ')}</dt>
            <dd>{formatCount(n)}</dd>
          </div>
        ))}
      </dl>
      <FormError message={error} />
      {canWrite && v.allowedActions.length > 0 && (
        <div className="case-action-buttons" role="group" aria-label="Next actions">
          {v.allowedActions.map((a) =>
            a === 'cancel' ? (
              <ConfirmAction
                key={a}
                label={INVENTORY_ACTION_LABELS[a]}
                question="Cancel this inventory? It cannot be restarted; the items stay due until another inventory counts them."
                askReason
                onConfirm={(reason) => eumApi.transitionInventory(v.id, v.version, a, reason).then(inventory.setData)}
              />
            ) : (
              <button key={a} type="button" className="button button-primary" onClick={() => void act(a)}>
                {INVENTORY_ACTION_LABELS[a]}
              </button>
            ),
          )}
        </div>
      )}
      {canWrite && scanning && (
        <ImportPanel
          title="Import scanned serial numbers"
          path={`/eum/inventories/${v.id}/scans`}
          columns="item_type, serial_number, condition (serviceable or damaged), scanned_on, note"
          onDone={() => inventory.reload()}
        />
      )}
      <h2>Discrepancies</h2>
      {discrepancies.error && <ErrorNotice message={discrepancies.error.message} onRetry={discrepancies.reload} />}
      <table className="data-table" aria-label="Discrepancies">
        <thead>
          <tr>
            <th>Kind</th>
            <th>Item</th>
            <th>Resolution</th>
            <th>Incident</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {(discrepancies.data?.items ?? []).map((d) => (
            <DiscrepancyRow
              key={d.id}
              d={d}
              canWrite={canWrite}
              onChange={() => {
                discrepancies.reload();
                inventory.reload();
              }}
            />
          ))}
        </tbody>
      </table>
      {discrepancies.data?.items.length === 0 && (
        <p>{v.reconciledOn ? 'Found and expected agree.' : 'Reconcile to compare what was found with what was expected.'}</p>
      )}
    </section>
  );
}

function DiscrepancyRow({ d, canWrite, onChange }: { d: EumDiscrepancy; canWrite: boolean; onChange: () => void }) {
  const navigate = useNavigate();
  const [resolution, setResolution] = useState('');
  const [itemSite, setItemSite] = useState<'move' | 'keep'>('move');
  const wrongSite = d.kind === 'wrong_site';
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<unknown>) =>
    work().then(onChange, (caught: unknown) => setError(caught instanceof ApiError ? caught.message : String(caught)));
  return (
    <tr>
      <td>
        <EumBadge value={d.kind} />
      </td>
      <td className="mono">
        {d.itemId ? (
          <Link to={`/eum/items/${d.itemId}`}>
            {d.itemTypeCode} {d.serialNumber}
          </Link>
        ) : (
          `${d.itemTypeCode} ${d.serialNumber}`
        )}
      </td>
      <td>
        {d.resolvedOn ? (
          `${d.resolution} (${d.resolvedOn})`
        ) : canWrite ? (
          <form
            className="form-inline"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => eumApi.resolveDiscrepancy(d.id, { version: d.version, resolution, ...(wrongSite ? { itemSite } : {}) }));
            }}
          >
            {wrongSite && (
              <select
                aria-label={`What becomes of ${d.serialNumber}`}
                value={itemSite}
                onChange={(e) => setItemSite(e.target.value === 'keep' ? 'keep' : 'move')}
              >
                <option value="move">Move the item to this site (where it was found)</option>
                <option value="keep">Keep it at its recorded site</option>
              </select>
            )}
            <input
              aria-label={`Resolution of ${d.serialNumber}`}
              value={resolution}
              onChange={(e) => setResolution(e.target.value)}
              placeholder={wrongSite && itemSite === 'keep' ? 'Why it stays at its recorded site' : 'How it was resolved'}
              required
            />
            <button type="submit" className="button">
              Resolve
            </button>
          </form>
        ) : (
          'open'
        )}
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </td>
      <td>{d.incidentId ? <Link to={`/eum/incidents/${d.incidentId}`}>incident</Link> : '—'}</td>
      <td>
        {canWrite && !d.incidentId && (
          <ConfirmAction
            label="Raise incident"
            question={`Raise an end-use incident for ${d.itemTypeCode} ${d.serialNumber}? It opens an investigation that must be reported and closed.`}
            onConfirm={(_) => eumApi.raiseIncident(d.id).then((incident) => navigate(`/eum/incidents/${incident.id}`))}
          />
        )}
      </td>
    </tr>
  );
}
