// Shapes shared by several services (no I/O).
import type { MilestoneDates } from './rules/competition-stage.ts';
import type { weaponCompetitions } from './schema.ts';

type CompetitionDates = Pick<
  typeof weaponCompetitions.$inferSelect,
  | 'rfpPlanned'
  | 'rfpActual'
  | 'bidsDuePlanned'
  | 'bidsDueActual'
  | 'downSelectPlanned'
  | 'downSelectActual'
  | 'awardPlanned'
  | 'awardActual'
>;

export const milestonesOf = (c: CompetitionDates): MilestoneDates => ({
  rfp: { planned: c.rfpPlanned, actual: c.rfpActual },
  bids_due: { planned: c.bidsDuePlanned, actual: c.bidsDueActual },
  down_select: { planned: c.downSelectPlanned, actual: c.downSelectActual },
  award: { planned: c.awardPlanned, actual: c.awardActual },
});

export const milestoneColumns = (m: MilestoneDates): CompetitionDates => ({
  rfpPlanned: m.rfp.planned,
  rfpActual: m.rfp.actual,
  bidsDuePlanned: m.bids_due.planned,
  bidsDueActual: m.bids_due.actual,
  downSelectPlanned: m.down_select.planned,
  downSelectActual: m.down_select.actual,
  awardPlanned: m.award.planned,
  awardActual: m.award.actual,
});
