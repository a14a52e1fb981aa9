import type { AreaModule } from '../area-module.ts';
import { notificationAuditSubjects } from './audit-subjects.ts';
import { notificationDeadlineSources } from './deadlines.ts';
import { notificationsDemo } from './demo.ts';
import { notificationOfferGate } from './offer-gate.ts';
import { notificationsPortfolioSection } from './portfolio-section.ts';
import { preNotificationMarker } from './pre-notification-marker.ts';
import { notificationRoutes } from './routes.ts';
import { notificationSearch } from './search.ts';
import { notificationWorkQueues } from './work.ts';

export const notificationsModule: AreaModule = {
  id: 'notifications',
  workQueues: notificationWorkQueues,
  searchSources: [notificationSearch],
  routes: () => notificationRoutes,
  deadlineSources: notificationDeadlineSources,
  portfolioSections: [notificationsPortfolioSection],
  offerGates: [notificationOfferGate],
  caseMarkers: [preNotificationMarker],
  auditSubjects: notificationAuditSubjects,
  demo: notificationsDemo,
};
