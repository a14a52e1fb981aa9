import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { measuresByPartner } from './compliance-service.ts';

/**
 * A partner's end-use monitoring compliance on its portfolio: items under monitoring, enhanced items whose serial-number
 * inventory is overdue, inventories overdue and completed of those due, open discrepancies and incidents — the same
 * numbers as the compliance view, each linked to its records.
 */
export const eumPortfolioSection: PortfolioSection = {
  id: 'eum',
  area: 'eum',
  label: 'End-use monitoring',
  order: 40,
  async figures(db, principal, partnerCodes, today) {
    const { rows } = await measuresByPartner(db, principal, today, partnerCodes);
    const out = new Map<string, PortfolioFigure[]>();
    for (const r of rows) {
      const code = r.partnerCode;
      push(out, code, figure({ key: 'eum.items', label: 'Items under monitoring', count: r.items, link: `/eum/items?partner=${code}` }));
      push(
        out,
        code,
        figure({
          key: 'eum.delinquent_items',
          label: 'Enhanced items with an overdue inventory',
          count: r.delinquentItems,
          link: `/eum/items?partner=${code}&overdue=true`,
          risk: 'overdue',
        }),
      );
      push(
        out,
        code,
        figure({
          key: 'eum.overdue_inventories',
          label: 'Inventories overdue',
          count: r.overdueInventories,
          link: `/eum/inventories?partner=${code}&overdue=true`,
        }),
      );
      push(
        out,
        code,
        figure({
          key: 'eum.inventories_completed',
          label: `Inventories completed of ${r.inventoriesDue} due`,
          count: r.inventoriesCompleted,
          link: `/eum/inventories?partner=${code}`,
        }),
      );
      push(
        out,
        code,
        figure({
          key: 'eum.open_discrepancies',
          label: 'Open discrepancies',
          count: r.openDiscrepancies,
          link: `/eum/inventories?partner=${code}`,
        }),
      );
      push(
        out,
        code,
        figure({
          key: 'eum.open_incidents',
          label: 'Open incidents',
          count: r.openIncidents,
          link: `/eum/incidents?partner=${code}&open=true`,
        }),
      );
    }
    return out;
  },
};
