import type { WorkQueue } from '../../platform/work/source.ts';
import { listRecipients } from './vetting/vetting-service.ts';

/** A country portfolio director's special programs: recipients whose vetting expires within 30 days (or has). */
export const specialProgramWorkQueues: WorkQueue[] = [
  {
    key: 'special-programs.vetting_expiring',
    label: 'Recipients whose vetting expires within 30 days',
    area: 'special-programs',
    action: 'write',
    order: 70,
    tone: 'due',
    link: '/special-programs/recipients?expiring=true',
    count: async (db, principal, today) => (await listRecipients(db, principal, { expiring: 'true', limit: 1 }, today)).total,
  },
];
