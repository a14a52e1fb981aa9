import type { Db } from '../../db/client.ts';
import type { AreaId } from '../access/areas.ts';
import type { Principal } from '../access/policy.ts';

/** Money expiring "in the next 90 days" counts toward a partner's risk (issue 6; policy, not law). */
export const EXPIRING_WITHIN_DAYS = 90;

/** One figure of a partner's portfolio, with the web path of the records behind it. */
export interface PortfolioFigure {
  key: string;
  label: string;
  /** Breakdown the figure belongs to (e.g. `by_status`); null for a headline figure. */
  group: string | null;
  count: number | null;
  cents: number | null;
  link: string;
  /** Counts toward the partner's risk rank: overdue items, or money about to expire. */
  risk: 'overdue' | 'expiring' | null;
}

/**
 * An area's contribution to every portfolio: its figures for each partner asked for (`null` = every partner in the
 * principal's scope), filtered in SQL by that scope. Areas declare their sections in their module (module.ts); the
 * portfolio shows a section only to principals who may read its area.
 */
export interface PortfolioSection {
  id: string;
  area: AreaId;
  label: string;
  order: number;
  figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null, today: string): Promise<Map<string, PortfolioFigure[]>>;
}

/** Adds a figure to a partner's list in a per-partner map. */
export function push(map: Map<string, PortfolioFigure[]>, partnerCode: string, figure: PortfolioFigure): void {
  const list = map.get(partnerCode);
  if (list) list.push(figure);
  else map.set(partnerCode, [figure]);
}

export const figure = (f: Partial<PortfolioFigure> & Pick<PortfolioFigure, 'key' | 'label' | 'link'>): PortfolioFigure => ({
  group: null,
  count: null,
  cents: null,
  risk: null,
  ...f,
});
