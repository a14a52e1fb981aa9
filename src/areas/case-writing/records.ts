import { permission } from '../../platform/access/require-access.ts';
import { caseRecords } from '../cases/public.ts';

/** What Case Writing does to a case, each decided by the one policy on the case's partner and markings. */
export const REVIEW = {
  /** Read the review comments: reading in Case Writing, of a case the reader may see. */
  read: permission(caseRecords, 'read', 'case-writing'),
  /** A reviewer's comment (or resolving one): writing in Case Writing. */
  comment: permission(caseRecords, 'write', 'case-writing'),
  /** A case writer's answer in the same thread: writing in Cases. */
  answer: permission(caseRecords, 'write', 'cases'),
};
