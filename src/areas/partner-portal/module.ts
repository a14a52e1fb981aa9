import { createRouter } from '../../platform/http/router.ts';
import type { AreaModule } from '../area-module.ts';
import { acceptanceGate } from './acceptance-gate.ts';
import { partnerAgencyRoutes } from './agency-routes.ts';
import { partnerPortalDemo } from './demo.ts';
import { partnerPortalRoutes } from './routes.ts';

/**
 * The partner portal (issue 17): partner users and freight forwarders see their own partner's cases, money, deliveries
 * and end-use monitoring, and send letters of request, LOA signatures, discrepancy reports and inventory scans, under
 * the one access policy's partner branch (platform/access/partner.ts).
 */
export const partnerPortalModule: AreaModule = {
  id: 'partner-portal',
  routes: () => createRouter().route('/', partnerPortalRoutes).route('/', partnerAgencyRoutes),
  transitionGates: [acceptanceGate],
  demo: partnerPortalDemo,
};
