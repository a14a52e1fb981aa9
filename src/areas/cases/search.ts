import type { SearchSource } from '../../platform/search/source.ts';
import { listCases } from './case-service.ts';
import { listLors } from './lor-service.ts';

const path = (q: string) => encodeURIComponent(q);

/** Cases by identifier or title, through the case list (a withheld case matches nothing on its content). */
export const caseSearch: SearchSource = {
  kind: 'case',
  label: 'Cases',
  area: 'cases',
  order: 10,
  async search(db, principal, q, limit) {
    const found = await listCases(db, principal, { q, limit, sort: 'identifier', dir: 'asc' });
    const hits = found.items.flatMap((c) =>
      c.withheld
        ? []
        : [
            {
              id: c.id,
              title: c.identifier,
              detail: `${c.partnerName} · ${c.title} · ${c.status.replaceAll('_', ' ')}`,
              link: `/cases/${c.identifier}`,
            },
          ],
    );
    return { hits, total: found.total };
  },
  listLink: (q) => `/cases?q=${path(q)}`,
};

/** Letters of request by the partner's reference or the request's words, through the LOR list. */
export const lorSearch: SearchSource = {
  kind: 'lor',
  label: 'Letters of request',
  area: 'cases',
  order: 15,
  async search(db, principal, q, limit) {
    const found = await listLors(db, principal, { q, limit });
    const hits = found.items.flatMap((l) =>
      l.withheld
        ? []
        : [
            {
              id: l.id,
              title: l.reference || `LOR of ${l.receivedOn}`,
              detail: `${l.partnerCode} · received ${l.receivedOn} · ${l.status} · ${l.description}`,
              link: `/cases/lors?partner=${l.partnerCode}`,
            },
          ],
    );
    return { hits, total: found.total };
  },
};
