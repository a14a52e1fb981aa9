import type { SearchSource } from '../../platform/search/source.ts';
import { listRecipients } from './vetting/vetting-service.ts';

/** Vetted recipients (units and individuals) by name, through the recipient list. */
export const recipientSearch: SearchSource = {
  kind: 'recipient',
  label: 'Vetted recipients',
  area: 'special-programs',
  order: 70,
  async search(db, principal, q, limit) {
    const found = await listRecipients(db, principal, { q, limit });
    const hits = found.items.map((r) => ({
      id: r.id,
      title: r.name,
      detail: `${r.partnerName} · ${r.kind} · ${r.eligibleToday ? 'vetted' : 'not eligible'}`,
      link: `/special-programs/recipients/${r.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/special-programs/recipients?q=${encodeURIComponent(q)}`,
};
