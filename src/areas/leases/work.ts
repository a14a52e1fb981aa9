import type { WorkQueue } from '../../platform/work/source.ts';
import { listLeases } from './lease-service.ts';

/** A program analyst's leases: rental payments overdue. */
export const leaseWorkQueues: WorkQueue[] = [
  {
    key: 'leases.overdue',
    label: 'Leases with rental overdue',
    area: 'leases',
    action: 'write',
    order: 60,
    tone: 'overdue',
    link: '/leases?overdue=true',
    count: async (db, principal, today) => (await listLeases(db, principal, { overdue: 'true', limit: 1 }, today)).total,
  },
];
