import { registerDeadlineSource } from '../platform/deadlines/registry.ts';
import { caseDeadlineSources } from './cases/deadlines.ts';
import { registerOfferGate } from './cases/offer-gates.ts';
import { registerPendingNotificationCheck } from './cases/sensitivity.ts';
import { eumDeadlineSources } from './eum/deadlines.ts';
import { eumPortfolioSection } from './eum/portfolio-section.ts';
import { fundDeadlineSources } from './funds/deadlines.ts';
import { fundsPortfolioSection } from './funds/portfolio-section.ts';
import { notificationDeadlineSources } from './notifications/deadlines.ts';
import { notificationOfferGate } from './notifications/offer-gate.ts';
import { pendingNotificationCheck } from './notifications/pending-check.ts';
import { casesPortfolioSection } from './portfolio/sections/cases-section.ts';
import { notificationsPortfolioSection } from './portfolio/sections/notifications-section.ts';
import { registerPortfolioSection } from './portfolio/sections.ts';

let registered = false;

/** Wires each area's clocks (deadline sources), offer gates and portfolio sections into the platform; called once by the app and CLI. */
export function registerAreaHooks(): void {
  if (registered) return;
  registered = true;
  for (const source of [...caseDeadlineSources, ...notificationDeadlineSources, ...fundDeadlineSources, ...eumDeadlineSources])
    registerDeadlineSource(source);
  registerOfferGate('congressional-notification', notificationOfferGate);
  registerPendingNotificationCheck(pendingNotificationCheck);
  for (const section of [casesPortfolioSection, fundsPortfolioSection, notificationsPortfolioSection, eumPortfolioSection])
    registerPortfolioSection(section);
}
