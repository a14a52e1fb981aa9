import type { WorkQueue } from '../../platform/work/source.ts';
import { listShipments } from './shipment-service.ts';

const queue = (q: Omit<WorkQueue, 'area' | 'action'>): WorkQueue => ({ ...q, area: 'deliveries', action: 'write' });

/** Shipments late against their plan, and those received whose acceptance is still to be recorded. */
export const deliveriesWorkQueues: WorkQueue[] = [
  queue({
    key: 'deliveries.late',
    label: 'Shipments late',
    order: 65,
    tone: 'overdue',
    link: '/deliveries?late=true',
    count: async (db, principal, today) => (await listShipments(db, principal, { late: 'true', limit: 1 }, today)).total,
  }),
  queue({
    key: 'deliveries.acceptance_due',
    label: 'Shipments received, acceptance to record',
    order: 66,
    tone: 'due',
    link: '/deliveries?stage=received',
    count: async (db, principal, today) => (await listShipments(db, principal, { stage: 'received', limit: 1 }, today)).total,
  }),
];
