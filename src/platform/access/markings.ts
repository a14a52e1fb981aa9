import type { Role } from './roles.ts';

/**
 * Markings a record can carry that narrow who may see it beyond role and scope (shared/design.md, Access).
 * `pre-notification`: a case whose AECA 36(b) notice is required and not yet formally made; before formal notice the
 * pairing of purchaser and items is withheld from users without need-to-know (DSCA memo I-99-013285).
 * `fad-pairing`: a shipment's force/activity designator, whose pairing with the country code is classified (DSCA 00-09);
 * it is a record of its own (the deliveries area), never a case's marking; only capacity-building program managers,
 * who move BPC materiel, hold it by role.
 */
export const MARKINGS = ['pre-notification', 'tsfd', 'fad-pairing'] as const;
export type Marking = (typeof MARKINGS)[number];

export const MARKING_LABELS: Record<Marking, string> = {
  'pre-notification': 'pending congressional notification',
  tsfd: 'technology security and foreign disclosure (TSFD)',
  'fad-pairing': 'force/activity designator (its pairing with the country is classified)',
};

/**
 * What each marking is carried on. `case`: cases, kept current by an area's case marker (a case's marking changes
 * with its lines and notices). `record`: the marking area's own records, which carry it from the moment they exist
 * (every TSFD request and anticipatory policy is `tsfd`, shared/domain.md §10); that area declares it (`markedRecords`).
 */
export const MARKING_SUBJECTS: Record<Marking, 'case' | 'record'> = {
  'pre-notification': 'case',
  tsfd: 'record',
  'fad-pairing': 'record',
};

/** The markings cases carry, each kept current by an area's case marker. */
export const CASE_MARKINGS = MARKINGS.filter((m) => MARKING_SUBJECTS[m] === 'case');

/** The capability an area must provide for the marking to be kept (src/areas/area-module.ts): nothing starts without it. */
export const markingKeeper = (marking: Marking) =>
  MARKING_SUBJECTS[marking] === 'case' ? `case-marker:${marking}` : `marked-records:${marking}`;

/**
 * Need-to-know by role: whose work is the marked record itself. Anyone else needs an explicit, audited grant.
 * `tsfd`: the Weapons directorate synchronizes the inter-agency TSFD effort (shared/domain.md §10), so its analysts hold
 * it, as do administrators (who keep the lists the reviews use); case writers, reviewers and portfolio directors do
 * not: the TSFD gate tells them a review is outstanding without showing it, and a grant is given one user at a time.
 */
export const ROLE_NEED_TO_KNOW: Record<Role, readonly Marking[]> = {
  administrator: ['pre-notification', 'tsfd'],
  country_portfolio_director: ['pre-notification'],
  case_writer: ['pre-notification'],
  case_reviewer: ['pre-notification'],
  notification_analyst: ['pre-notification'],
  eum_specialist: [],
  program_analyst: [],
  capacity_building_pm: ['fad-pairing'],
  weapons_analyst: ['tsfd'],
  auditor: [],
};

export function needToKnowOf(roles: readonly Role[], granted: readonly string[]): Marking[] {
  const held = new Set<Marking>(roles.flatMap((role) => ROLE_NEED_TO_KNOW[role]));
  for (const marking of granted) if ((MARKINGS as readonly string[]).includes(marking)) held.add(marking as Marking);
  return MARKINGS.filter((m) => held.has(m));
}

/** The markings of a record the principal does not hold need-to-know for. */
export const unheldMarkings = (needToKnow: readonly Marking[], markings: readonly string[]) =>
  markings.filter((m) => !(needToKnow as readonly string[]).includes(m));
