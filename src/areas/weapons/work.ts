import type { WorkQueue } from '../../platform/work/source.ts';
import { listInquiries } from './inquiry-service.ts';

const queue = (q: Omit<WorkQueue, 'area' | 'action'>): WorkQueue => ({ ...q, area: 'weapons', action: 'write' });

/** An analyst's inquiries: those assigned to them and still open, and those past the response target. */
export const weaponsWorkQueues: WorkQueue[] = [
  queue({
    key: 'weapons.inquiries_mine',
    label: 'Industry inquiries assigned to me',
    order: 70,
    tone: 'waiting',
    link: '/weapons/inquiries?queue=mine',
    count: async (db, principal, today) => (await listInquiries(db, principal, { queue: 'mine', limit: 1 }, today)).total,
  }),
  queue({
    key: 'weapons.inquiries_overdue',
    label: 'Industry inquiries overdue',
    order: 71,
    tone: 'overdue',
    link: '/weapons/inquiries?queue=overdue',
    count: async (db, principal, today) => (await listInquiries(db, principal, { queue: 'overdue', limit: 1 }, today)).total,
  }),
];
