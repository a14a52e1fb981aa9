import type { SearchSource } from '../../platform/search/source.ts';
import { listPartners } from './service.ts';

/** Partners by customer code, ISO code or name, through the partner list. */
export const partnerSearch: SearchSource = {
  kind: 'partner',
  label: 'Partners',
  area: 'countries',
  order: 5,
  async search(db, principal, q, limit) {
    const found = await listPartners(db, principal, { q, limit });
    const hits = found.items.map((p) => ({
      id: p.code,
      title: p.name,
      detail: `${p.code} · ${p.region ?? p.kind}`,
      link: `/countries/${p.code}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/countries?q=${encodeURIComponent(q)}`,
};
