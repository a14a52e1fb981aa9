import { Link, useParams } from 'react-router-dom';
import { eumApi } from '../../api/eum-client.ts';
import type { EumItem } from '../../api/eum-types.ts';
import { Breadcrumbs } from '../../platform/breadcrumbs.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
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
      {canWrite && <StatusMoves item={i} onDone={item.setData} onReload={item.reload} />}
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

/** itemStatusInput.reason in src/areas/eum/model.ts. */
const REASON_MAX = 2000;

/** The item's next statuses; one it cannot leave (expended, destroyed…) is confirmed first. */
function StatusMoves({ item, onDone, onReload }: { item: EumItem; onDone: (item: EumItem) => void; onReload: () => void }) {
  return (
    <TransitionBar
      label="Change status"
      choices={ITEM_MOVES[item.status].map((status) => ({
        action: status,
        label: `Mark ${ITEM_STATUS_LABELS[status]}`,
        tone: ITEM_MOVES[status].length === 0 ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <TransitionForm
          key={`${choice.action}-${item.version}`}
          label={choice.label}
          tone={choice.tone}
          reason="required"
          reasonMax={REASON_MAX}
          record="item"
          placed={['status']}
          consequence={
            choice.tone === 'danger' ? `The item stays ${ITEM_STATUS_LABELS[choice.action]}: no further status can follow.` : undefined
          }
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onSubmit={async (reason) => {
            onDone(await eumApi.changeItemStatus(item.id, item.version, choice.action, reason));
            close();
          }}
        />
      )}
    </TransitionBar>
  );
}
