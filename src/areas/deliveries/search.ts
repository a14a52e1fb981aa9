import type { SearchSource } from '../../platform/search/source.ts';
import { listShipments } from './shipment-service.ts';

const STAGE_LABEL = (stage: string | null) => (stage ? stage.replaceAll('_', ' ') : 'planned');

/**
 * Shipments by number, case identifier, TCN or receipt/acceptance document, through the shipment list: in the partner
 * scope, none of a withheld case, and never with the F/AD (it is not in the list; DSCA 00-09).
 */
export const shipmentSearch: SearchSource = {
  kind: 'shipment',
  label: 'Shipments',
  area: 'deliveries',
  order: 50,
  async search(db, principal, q, limit) {
    const found = await listShipments(db, principal, { q, limit });
    const hits = found.items.map((s) => ({
      id: s.id,
      title: s.number,
      detail: `${s.caseIdentifier} · ${s.partnerCode} · ${STAGE_LABEL(s.stage)}`,
      link: `/deliveries/shipments/${s.id}`,
    }));
    return { hits, total: found.total };
  },
  listLink: (q) => `/deliveries?q=${encodeURIComponent(q)}`,
};
