import type { DeadlineSourceDef } from '../../platform/deadlines/source.ts';
import type { PortfolioSection } from '../../platform/sections/portfolio-section.ts';

/** What the portfolio reads the other areas through: the sections and clocks they declare, wired at start-up. */
export interface PortfolioWiring {
  portfolioSections: readonly PortfolioSection[];
  deadlineSources: readonly DeadlineSourceDef[];
}
