import type { WorkQueue } from '../../platform/work/source.ts';
import { listIncidents } from './incident-service.ts';
import { listInventories } from './inventory-service.ts';
import { listItems } from './item-service.ts';

const queue = (q: Omit<WorkQueue, 'area' | 'action'>): WorkQueue => ({ ...q, area: 'eum', action: 'write' });

/** An end-use monitoring specialist's day: inventories due and overdue, items past their inventory date, open incidents. */
export const eumWorkQueues: WorkQueue[] = [
  queue({
    key: 'eum.inventories_overdue',
    label: 'Inventories overdue',
    order: 40,
    tone: 'overdue',
    link: '/eum/inventories?overdue=true',
    count: async (db, principal, today) => (await listInventories(db, principal, { overdue: 'true', limit: 1 }, today)).total,
  }),
  queue({
    key: 'eum.inventories_planned',
    label: 'Inventories planned',
    order: 41,
    tone: 'due',
    link: '/eum/inventories?status=planned',
    count: async (db, principal, today) => (await listInventories(db, principal, { status: 'planned', limit: 1 }, today)).total,
  }),
  queue({
    key: 'eum.items_overdue',
    label: 'Items past their inventory date',
    order: 42,
    tone: 'overdue',
    link: '/eum/items?overdue=true',
    count: async (db, principal, today) => (await listItems(db, principal, { overdue: 'true', limit: 1 }, today)).total,
  }),
  queue({
    key: 'eum.incidents_open',
    label: 'Incidents open',
    order: 43,
    tone: 'waiting',
    link: '/eum/incidents',
    count: async (db, principal) => (await listIncidents(db, principal, { open: 'true', limit: 1 })).total,
  }),
];
