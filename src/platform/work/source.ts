import type { Db } from '../../db/client.ts';
import type { AreaId } from '../access/areas.ts';
import type { Action } from '../access/permissions.ts';
import type { Principal } from '../access/policy.ts';

/**
 * Something waiting on the user, as the home page counts it. The count comes from the same list service, with the
 * same filter, as the list `link` opens, so the two always agree.
 */
export interface WorkQueue {
  key: string;
  label: string;
  area: AreaId;
  /** Whose work it is: users who may do this in the area (writers for most queues). */
  action: Action;
  order: number;
  /** `overdue` and `due` queues are shown as such when not empty. */
  tone: 'overdue' | 'due' | 'waiting';
  count(db: Db, principal: Principal, today: string): Promise<number>;
  link: string;
}
