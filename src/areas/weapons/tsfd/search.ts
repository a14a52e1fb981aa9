import type { SearchSource } from '../../../platform/search/source.ts';
import { listTsfdRequests } from './tsfd-service.ts';

/**
 * TSFD requests by reference or system, through the TSFD list: to a reader without the `tsfd` need-to-know they do not
 * exist, so nothing is found (not even by reference).
 */
export const tsfdSearch: SearchSource = {
  kind: 'tsfd-request',
  label: 'TSFD requests',
  area: 'weapons',
  order: 56,
  async search(db, principal, q, limit) {
    const found = await listTsfdRequests(db, principal, { q, limit });
    const hits = found.items.map((r) => ({
      id: r.id,
      title: r.reference,
      detail: `${r.systemName} · ${r.partnerCode} · ${r.statusLabel}`,
      link: `/weapons/tsfd/${r.id}`,
    }));
    return { hits, total: found.total };
  },
};
