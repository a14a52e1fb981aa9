// The directorate's sales forecast (SAMM C14.1.3; shared/domain.md §10): expected cases by partner, system and fiscal
// year with their likelihood; "highly probable" means 90% [confirmed]. The source names no other category, so any other
// likelihood is a percentage the analyst enters. The annual report it feeds is due 1 February [confirmed].

export const HIGHLY_PROBABLE_PERCENT = 90;

export const LIKELIHOOD_SOURCE = 'SAMM C14.1.3: "highly probable" = 90%';

/** The percentage a row carries: 90 when marked highly probable, else what was entered. */
export function likelihoodPercent(highlyProbable: boolean, entered: number | null): number | null {
  return highlyProbable ? HIGHLY_PROBABLE_PERCENT : entered;
}

/** Value weighted by likelihood, in whole cents (rounded half up). */
export const weightedCents = (valueCents: number, percent: number) => Math.round((valueCents * percent) / 100);

/** The annual forecast report's due date in a calendar year (1 February; SAMM C14.1.3, the Javits report). */
export const reportDueOn = (year: number) => `${String(year).padStart(4, '0')}-02-01`;

/** The report years whose 1 February lies in [from, to] (from null: from `earliest`). */
export function reportYearsDue(from: string | null, to: string, earliest: number): number[] {
  const first = from ? Math.max(Number(from.slice(0, 4)), earliest) : earliest;
  const years: number[] = [];
  for (let y = first; y <= Number(to.slice(0, 4)); y++) {
    const due = reportDueOn(y);
    if ((!from || due >= from) && due <= to) years.push(y);
  }
  return years;
}
