// A partner's international competition, by its milestones (shared/domain.md §10): the solicitation (RFP), bids due,
// down-select and award, each planned and then actual; the stage is the last milestone reached.

export const MILESTONES = ['rfp', 'bids_due', 'down_select', 'award'] as const;
export type Milestone = (typeof MILESTONES)[number];

export const MILESTONE_LABELS: Record<Milestone, string> = {
  rfp: 'Request for proposals issued',
  bids_due: 'Bids due',
  down_select: 'Down-select',
  award: 'Award',
};

export const COMPETITION_STAGES = ['planning', 'solicitation', 'evaluation', 'down_selected', 'awarded', 'cancelled'] as const;
export type CompetitionStage = (typeof COMPETITION_STAGES)[number];

export const COMPETITION_STAGE_LABELS: Record<CompetitionStage, string> = {
  planning: 'Before the solicitation',
  solicitation: 'Solicitation out',
  evaluation: 'Bids in, evaluation',
  down_selected: 'Down-selected',
  awarded: 'Awarded',
  cancelled: 'Cancelled',
};

export type MilestoneDates = Record<Milestone, { planned: string | null; actual: string | null }>;

const STAGE_AFTER: Record<Milestone, CompetitionStage> = {
  rfp: 'solicitation',
  bids_due: 'evaluation',
  down_select: 'down_selected',
  award: 'awarded',
};

export function competitionStage(milestones: MilestoneDates, cancelledOn: string | null): CompetitionStage {
  if (cancelledOn) return 'cancelled';
  let stage: CompetitionStage = 'planning';
  for (const m of MILESTONES) if (milestones[m].actual) stage = STAGE_AFTER[m];
  return stage;
}

/** Actual dates in milestone order: a milestone reached is not before the one before it. */
export function milestoneOrderErrors(milestones: MilestoneDates): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  let previous: { m: Milestone; date: string } | null = null;
  for (const m of MILESTONES) {
    const actual = milestones[m].actual;
    if (!actual) continue;
    if (previous && actual < previous.date)
      errors.push({
        path: `milestones.${m}.actual`,
        message: `not before ${MILESTONE_LABELS[previous.m].toLowerCase()} (${previous.date})`,
      });
    previous = { m, date: actual };
  }
  for (let i = 1; i < MILESTONES.length; i++) {
    const m = MILESTONES[i]!;
    if (milestones[m].actual && MILESTONES.slice(0, i).some((p) => !milestones[p].actual))
      errors.push({ path: `milestones.${m}.actual`, message: 'record the milestones before it first' });
  }
  return errors;
}
