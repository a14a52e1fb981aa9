import type { AreaModule } from '../area-module.ts';
import { deliveryAuditSubjects } from './audit-subjects.ts';
import { deliveryDeadlineSources } from './deadlines.ts';
import { deliveriesDemo } from './demo.ts';
import { deliveriesPortfolioSection } from './portfolio-section.ts';
import { deliveryRoutes } from './routes.ts';
import { shipmentSearch } from './search.ts';
import { deliveriesWorkQueues } from './work.ts';

/**
 * Transportation and delivery (Global Capability): shipments of BPC and FMS case lines, their milestones and slips with
 * causes, receipt and acceptance (the only delivery, DSCA 24-40), discrepancies, the hand-off of accepted EEUM serial
 * numbers to end-use monitoring, and the F/AD kept apart from the country (DSCA 00-09).
 */
export const deliveriesModule: AreaModule = {
  id: 'deliveries',
  routes: () => deliveryRoutes,
  deadlineSources: deliveryDeadlineSources,
  portfolioSections: [deliveriesPortfolioSection],
  auditSubjects: deliveryAuditSubjects,
  demo: deliveriesDemo,
  searchSources: [shipmentSearch],
  workQueues: deliveriesWorkQueues,
  // The F/AD records carry `fad-pairing` from the moment they exist (access/markings.ts).
  markedRecords: ['fad-pairing'],
};
