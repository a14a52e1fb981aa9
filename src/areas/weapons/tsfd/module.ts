// What NPOR and TSFD (issue 15, part B) add to the weapons area's module (src/areas/weapons/module.ts spreads it in).
import { createRouter } from '../../../platform/http/router.ts';
import type { AreaModule } from '../../area-module.ts';
import { nporOfferGate } from '../npor/offer-gate.ts';
import { nporPortfolioSection } from '../npor/portfolio-section.ts';
import { nporRoutes } from '../npor/routes.ts';
import { tsfdAuditSubjects } from './audit-subjects.ts';
import { nporTsfdDemo } from './demo.ts';
import { tsfdOfferGate, tsfdTransitionGate } from './gates.ts';
import { tsfdPortfolioSection } from './portfolio-section.ts';
import { tsfdRoutes } from './routes.ts';
import { tsfdSearch } from './search.ts';

// TSFD's routes first: they carry the exports of both lists, which must come before `/{id}`.
export const nporTsfdRoutes = () => createRouter().route('/', tsfdRoutes).route('/', nporRoutes);

export const nporTsfdPart = {
  offerGates: [nporOfferGate, tsfdOfferGate],
  transitionGates: [tsfdTransitionGate],
  markedRecords: ['tsfd'],
  searchSources: [tsfdSearch],
  auditSubjects: tsfdAuditSubjects,
  portfolioSections: [tsfdPortfolioSection, nporPortfolioSection],
  demo: nporTsfdDemo,
  // NPOR and TSFD records mean nothing unless the cases area runs their gates, and the TSFD marking must be filtered out
  // of the audit log: a module list that drops any of them does not start (src/areas/wiring.test.ts).
  requires: [
    'offer-gate:npor-determination',
    'offer-gate:tsfd-approval',
    'transition-gate:tsfd-approval',
    'audit-subject:tsfd_request',
    'audit-subject:tsfd_policy',
  ],
} satisfies Omit<AreaModule, 'id'>;
