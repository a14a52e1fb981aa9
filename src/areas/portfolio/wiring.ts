import type { DeadlineSourceDef } from '../../platform/deadlines/source.ts';
import type { PortfolioSection } from '../../platform/sections/portfolio-section.ts';
import type { AuditSubject } from '../../platform/wiring.ts';

/** What the portfolio reads the other areas through: the sections and clocks they declare, wired at start-up. */
export interface PortfolioWiring {
  portfolioSections: readonly PortfolioSection[];
  deadlineSources: readonly DeadlineSourceDef[];
  /** Where each audit entry's record keeps its markings: the activity leaves out entries about withheld records. */
  auditSubjects: readonly AuditSubject[];
}
