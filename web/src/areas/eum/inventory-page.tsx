import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { eumApi, eumFiles } from '../../api/eum-client.ts';
import type { EumDiscrepancy, EumInventory } from '../../api/eum-types.ts';
import { Breadcrumbs } from '../../platform/breadcrumbs.tsx';
import { ConfirmAction } from '../../platform/confirm-action.tsx';
import { type ReportDirty, useDirtyParts, useReportDirty } from '../../platform/dirty-parts.ts';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatCount } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { EumBadge, EumNav, INVENTORY_ACTION_LABELS } from './eum-labels.tsx';
import { ImportPanel } from './import-panel.tsx';

/** The limits of a cancellation's reason and a resolution (src/areas/eum/model.ts). */
const CANCEL_REASON_MAX = 500;
const RESOLUTION_MAX = 2000;

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
  const editing = useDirtyParts();
  if (inventory.error?.isUnavailable) return <NotAvailablePage what="This inventory" />;
  if (inventory.error) return <ErrorNotice message={inventory.error.message} onRetry={inventory.reload} />;
  if (!inventory.data) return <Loading />;
  const v: EumInventory = inventory.data;
  const scanning = v.status === 'planned' || v.status === 'in_progress' || v.status === 'reconciled';
  return (
    <section className="page">
      {editing.question}
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
      {canWrite && (
        <TransitionBar
          choices={v.allowedActions
            .filter((a) => a !== 'cancel')
            .map((action) => ({ action, label: INVENTORY_ACTION_LABELS[action], tone: 'primary' as const }))}
        >
          {(choice, close) => (
            <TransitionForm
              key={`${choice.action}-${v.version}`}
              label={choice.label}
              record="inventory"
              onCancel={close}
              onReload={() => {
                close();
                inventory.reload();
              }}
              onSubmit={async () => {
                inventory.setData(await eumApi.transitionInventory(v.id, v.version, choice.action));
                close();
              }}
            />
          )}
        </TransitionBar>
      )}
      {canWrite && v.allowedActions.includes('cancel') && (
        <ConfirmAction
          label={INVENTORY_ACTION_LABELS.cancel}
          question="Cancel this inventory? It cannot be restarted; the items stay due until another inventory counts them."
          askReason
          reasonMax={CANCEL_REASON_MAX}
          onConfirm={(reason) => eumApi.transitionInventory(v.id, v.version, 'cancel', reason).then(inventory.setData)}
        />
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
              onDirty={editing.report}
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

interface ResolveValues {
  itemSite: 'move' | 'keep';
  resolution: string;
}

interface RowProps {
  d: EumDiscrepancy;
  onChange: () => void;
  onDirty: ReportDirty;
}

function DiscrepancyRow({ d, canWrite, onChange, onDirty }: RowProps & { canWrite: boolean }) {
  const navigate = useNavigate();
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
          <ResolveForm d={d} onChange={onChange} onDirty={onDirty} />
        ) : (
          'open'
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

/** How an open discrepancy was resolved; a wrong-site one also says where the item now belongs. */
function ResolveForm({ d, onChange, onDirty }: RowProps) {
  const countId = useId();
  const wrongSite = d.kind === 'wrong_site';
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<ResolveValues>({
    defaultValues: { itemSite: 'move', resolution: '' },
  });
  const save = useMutation({
    mutationFn: ({ resolution, itemSite }: ResolveValues) =>
      eumApi.resolveDiscrepancy(d.id, { version: d.version, resolution, ...(wrongSite ? { itemSite } : {}) }),
    onSuccess: onChange,
    onError: (error) => setUnplaced(applyServerErrors(error, ['resolution', 'itemSite'], setError)),
  });
  // Once resolved the row shows the resolution instead (this form is gone, clean).
  useReportDirty(onDirty, d.id, formState.isDirty);
  const [itemSite, resolution] = watch(['itemSite', 'resolution']);
  const problem = formState.errors.resolution?.message ?? formState.errors.itemSite?.message ?? save.error?.message;
  return (
    <form
      className="form-inline"
      aria-label={`Resolve ${d.serialNumber}`}
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
    >
      {wrongSite && (
        <select aria-label={`What becomes of ${d.serialNumber}`} {...register('itemSite')}>
          <option value="move">Move the item to this site (where it was found)</option>
          <option value="keep">Keep it at its recorded site</option>
        </select>
      )}
      <input
        aria-label={`Resolution of ${d.serialNumber}`}
        aria-describedby={countId}
        placeholder={wrongSite && itemSite === 'keep' ? 'Why it stays at its recorded site' : 'How it was resolved'}
        required
        {...register('resolution')}
      />
      <CharCount id={countId} length={resolution.length} max={RESOLUTION_MAX} />
      <button type="submit" className="button" disabled={save.isPending}>
        Resolve
      </button>
      {(problem || unplaced.length > 0) && (
        <span className="field-error" role="alert">
          {[problem, ...unplaced].filter(Boolean).join('; ')}
        </span>
      )}
    </form>
  );
}
