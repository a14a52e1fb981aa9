import type { WorkQueue } from '../../platform/work/source.ts';
import { reviewQueue } from './service.ts';

/** A reviewer's day: the CWD queue. */
export const reviewWorkQueues: WorkQueue[] = [
  {
    key: 'case-writing.queue',
    label: 'LOAs waiting for CWD review',
    area: 'case-writing',
    action: 'write',
    order: 20,
    tone: 'waiting',
    link: '/case-writing/review-queue',
    count: async (db, principal) => (await reviewQueue(db, principal)).length,
  },
];
