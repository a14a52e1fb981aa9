import type { SearchSource } from '../../platform/search/source.ts';
import { listItems } from './item-service.ts';

/** Monitored items by serial number (prefix, as the item list searches), through the item list. */
export const itemSearch: SearchSource = {
  kind: 'eum-item',
  label: 'End-use monitored items',
  area: 'eum',
  order: 30,
  async search(db, principal, q, limit) {
    const found = await listItems(db, principal, { q, limit });
    const hits = found.items.map((i) => ({
      id: i.id,
      title: i.serialNumber,
      detail: [i.partnerCode, i.itemTypeCode, i.caseIdentifier, i.status.replaceAll('_', ' ')].filter(Boolean).join(' · '),
      link: `/eum/items/${i.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/eum/items?q=${encodeURIComponent(q)}`,
};
