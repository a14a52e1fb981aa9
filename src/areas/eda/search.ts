import type { SearchSource } from '../../platform/search/source.ts';
import { listRequests } from './request-service.ts';

/** EDA requests by reference or the declared articles' nomenclature, through the request list. */
export const edaRequestSearch: SearchSource = {
  kind: 'eda-request',
  label: 'EDA requests',
  area: 'eda',
  order: 45,
  async search(db, principal, q, limit) {
    const found = await listRequests(db, principal, { q, limit });
    const hits = found.items.map((r) => ({
      id: r.id,
      title: r.reference,
      detail: `${r.partnerCode} · ${r.status.replaceAll('_', ' ')}`,
      link: `/eda/requests/${r.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/eda/requests?q=${encodeURIComponent(q)}`,
};
