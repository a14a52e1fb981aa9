import type { SearchSource } from '../../platform/search/source.ts';
import { listInquiries } from './inquiry-service.ts';

/** Industry inquiries by reference, company or the words of the question, through the inquiry list (partner scope). */
export const inquirySearch: SearchSource = {
  kind: 'weapon-inquiry',
  label: 'Industry inquiries',
  area: 'weapons',
  order: 55,
  async search(db, principal, q, limit) {
    const found = await listInquiries(db, principal, { q, limit });
    const hits = found.items.map((i) => ({
      id: i.id,
      title: i.reference,
      detail: [i.company, i.partnerCode, i.system, i.closedOn ? 'closed' : 'open'].filter(Boolean).join(' · '),
      link: `/weapons/inquiries/${i.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/weapons/inquiries?q=${encodeURIComponent(q)}`,
};
