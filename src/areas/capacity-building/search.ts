import type { SearchSource } from '../../platform/search/source.ts';
import { listProposals } from './proposal-service.ts';

/** Title 10 proposals by reference, title, recipient unit, partner or program, through the proposal list (partner scope). */
export const proposalSearch: SearchSource = {
  kind: 'cb-proposal',
  label: 'Section 333 and Title 10 proposals',
  area: 'capacity-building',
  order: 47,
  async search(db, principal, q, limit) {
    const found = await listProposals(db, principal, { q, limit });
    const hits = found.items.map((p) => ({
      id: p.id,
      title: p.reference,
      detail: `${p.title} · ${p.partnerName} · ${p.programName} · ${p.status.replaceAll('_', ' ')}`,
      link: `/capacity-building/proposals/${p.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/capacity-building?q=${encodeURIComponent(q)}`,
};
