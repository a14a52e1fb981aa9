import { NavLink } from 'react-router-dom';
import type { EumIncidentAction, EumIncidentKind, EumInventoryAction, EumItemStatus } from '../../api/eum-types.ts';

export const ITEM_STATUS_LABELS: Record<EumItemStatus, string> = {
  in_inventory: 'in inventory',
  expended: 'expended',
  destroyed: 'destroyed',
  lost_stolen: 'lost or stolen',
  transferred: 'transferred with consent',
  returned: 'returned',
  demilitarised: 'demilitarised',
};

/** The moves the server allows (src/areas/eum/rules/item-status.ts); the server decides, this only offers them. */
export const ITEM_MOVES: Record<EumItemStatus, EumItemStatus[]> = {
  in_inventory: ['expended', 'destroyed', 'lost_stolen', 'transferred', 'returned', 'demilitarised'],
  lost_stolen: ['in_inventory', 'destroyed'],
  expended: [],
  destroyed: [],
  transferred: [],
  returned: [],
  demilitarised: [],
};

export const INVENTORY_ACTION_LABELS: Record<EumInventoryAction, string> = {
  start: 'Start counting',
  reconcile: 'Reconcile found against expected',
  close: 'Close',
  cancel: 'Cancel',
};
export const INCIDENT_ACTION_LABELS: Record<EumIncidentAction, string> = {
  investigate: 'Open investigation',
  substantiate: 'Substantiated',
  unsubstantiate: 'Not substantiated',
  close: 'Close',
  reopen: 'Reopen',
};
export const INCIDENT_KIND_LABELS: Record<EumIncidentKind, string> = {
  unauthorised_access: 'unauthorised access',
  unauthorised_transfer: 'unauthorised transfer',
  loss: 'loss',
  theft: 'theft',
  misuse: 'misuse',
};

const TONE: Record<string, string> = {
  in_inventory: 'badge-ok',
  lost_stolen: 'badge-danger',
  planned: 'badge-muted',
  in_progress: 'badge-info',
  reconciled: 'badge-warning',
  closed: 'badge-ok',
  cancelled: 'badge-muted',
  reported: 'badge-danger',
  under_investigation: 'badge-warning',
  substantiated: 'badge-danger',
  unsubstantiated: 'badge-info',
  completed: 'badge-ok',
  missing: 'badge-danger',
  extra: 'badge-warning',
  wrong_site: 'badge-warning',
  damaged: 'badge-warning',
  enhanced: 'badge-info',
  routine: 'badge-muted',
};

export function EumBadge({ value, label }: { value: string; label?: string }) {
  return <span className={`badge status-badge ${TONE[value] ?? 'badge-muted'}`}>{label ?? value.replaceAll('_', ' ')}</span>;
}

export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)} %`);

/** Links between the end-use monitoring pages. */
export function EumNav() {
  const link = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' is-selected' : ''}`;
  const plain = { textDecoration: 'none' };
  const pages = [
    ['/eum', 'Compliance'],
    ['/eum/items', 'Items'],
    ['/eum/inventories', 'Inventories'],
    ['/eum/incidents', 'Incidents'],
    ['/eum/visits', 'Visits'],
    ['/eum/sites', 'Sites and certifications'],
  ] as const;
  return (
    <nav className="tab-list" aria-label="End-use monitoring pages">
      {pages.map(([to, label]) => (
        <NavLink key={to} to={to} end={to === '/eum'} className={link} style={plain}>
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
