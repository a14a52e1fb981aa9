import type { Db } from '../../db/client.ts';
import type { AreaId } from '../access/areas.ts';
import type { Principal } from '../access/policy.ts';

/** One statutory or policy clock an area owns: something must happen by `dueDate`. */
export interface Deadline {
  /** Stable across reads (`<kind>:<record id>`), so calendar programs update rather than duplicate an event. */
  id: string;
  area: AreaId;
  /** What kind of clock, e.g. `notification.review_ends`, `case.offer_expires`, `eum.inventory_due`. */
  kind: string;
  title: string;
  /** ISO date the clock runs out. */
  dueDate: string;
  partnerCode: string | null;
  entityType: string;
  entityId: string;
  /** Path of the record in the web UI. */
  link: string;
  /** The rule behind the date, cited. */
  source: string;
}

/** Open deadlines due on or before `to` and (when `from` is set) on or after `from`; `from: null` includes every overdue one. */
export interface DeadlineWindow {
  from: string | null;
  to: string;
  /**
   * When set, a source may return only its `limit` earliest clocks by due date (the calendar pages); returning more,
   * or all, is correct too, only slower.
   */
  limit?: number | null;
}

/**
 * An area's clocks. A source returns only clocks still open (not yet met), filtered by the principal's partner scope
 * in SQL (`scopeWhere`/`scopeParams`), and masks what names a withheld record; the calendar has already checked the
 * principal may read the area.
 */
export type DeadlineSource = (db: Db, principal: Principal, window: DeadlineWindow) => Promise<Deadline[]>;

/** A clock an area declares in its module (src/areas/<area>/module.ts). */
export interface DeadlineSourceDef {
  area: AreaId;
  kind: string;
  label: string;
  list: DeadlineSource;
}
