import type { WorkQueue } from '../../platform/work/source.ts';
import { listProposals } from './proposal-service.ts';
import { listReviews } from './review-service.ts';

const queue = (q: Omit<WorkQueue, 'area' | 'action'>): WorkQueue => ({ ...q, area: 'capacity-building', action: 'write' });

/** A program manager's day: proposals whose next move is the program office's, case reviews open and overdue. */
export const capacityBuildingWorkQueues: WorkQueue[] = [
  queue({
    key: 'capacity-building.proposals_waiting',
    label: 'Proposals awaiting the program office',
    order: 55,
    tone: 'waiting',
    link: '/capacity-building?waiting=true',
    count: async (db, principal) => (await listProposals(db, principal, { waiting: 'true', limit: 1 })).total,
  }),
  queue({
    key: 'capacity-building.reviews_overdue',
    label: 'Case reviews overdue',
    order: 56,
    tone: 'overdue',
    link: '/capacity-building/reviews?overdue=true',
    count: async (db, principal, today) => (await listReviews(db, principal, { overdue: 'true', limit: 1 }, today)).total,
  }),
  queue({
    key: 'capacity-building.reviews_open',
    label: 'Case reviews open',
    order: 57,
    tone: 'due',
    link: '/capacity-building/reviews?status=open',
    count: async (db, principal, today) => (await listReviews(db, principal, { status: 'open', limit: 1 }, today)).total,
  }),
];
