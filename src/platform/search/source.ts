import type { Db } from '../../db/client.ts';
import type { AreaId } from '../access/areas.ts';
import type { Principal } from '../access/policy.ts';

/** One record found by the global search, as the results list shows it. */
export interface SearchHit {
  id: string;
  /** The record's business identifier or name (never a UUID). */
  title: string;
  detail: string;
  /** Path of the record in the web UI. */
  link: string;
}

/**
 * One kind of record the global search looks in, kept by the area that owns it. A source searches through the area's
 * own list service, so its results are filtered and masked in SQL by the same policy as the list: out-of-scope and
 * withheld records never match. The search has already checked the principal may read `area`.
 */
export interface SearchSource {
  kind: string;
  /** Plural, for the group's heading ("Cases"). */
  label: string;
  area: AreaId;
  /** Where its group comes in the results. */
  order: number;
  search(db: Db, principal: Principal, q: string, limit: number): Promise<{ hits: SearchHit[]; total: number }>;
  /** The list page showing every match, when there is one. */
  listLink?(q: string): string;
}
