import type { SearchSource } from '../../platform/search/source.ts';
import { listLeases } from './lease-service.ts';

/** Leases by designator or an article's nomenclature or NSN, through the lease list. */
export const leaseSearch: SearchSource = {
  kind: 'lease',
  label: 'Leases',
  area: 'leases',
  order: 40,
  async search(db, principal, q, limit) {
    const found = await listLeases(db, principal, { q, limit });
    const hits = found.items.map((l) => ({
      id: l.id,
      title: l.designator,
      detail: `${l.partnerName} · ${l.status.replaceAll('_', ' ')}`,
      link: `/leases/${l.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/leases?q=${encodeURIComponent(q)}`,
};
