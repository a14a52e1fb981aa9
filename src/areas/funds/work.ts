import type { WorkQueue } from '../../platform/work/source.ts';
import { listAppropriations } from './appropriation-service.ts';

/** A portfolio director's money: appropriations whose availability is running out. */
export const fundWorkQueues: WorkQueue[] = [
  {
    key: 'funds.expiring',
    label: 'Appropriations expiring',
    area: 'funds',
    action: 'write',
    order: 50,
    tone: 'due',
    link: '/funds/appropriations?state=expiring',
    count: async (db, principal, today) => (await listAppropriations(db, principal, { state: 'expiring', limit: 1 }, today)).total,
  },
];
