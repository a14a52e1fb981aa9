import type { Role } from './roles.ts';

/**
 * Markings a record can carry that narrow who may see it beyond role and scope (shared/design.md, Access).
 * `pre-notification`: a case whose AECA 36(b) notice is required and not yet formally made; before formal notice the
 * pairing of purchaser and items is withheld from users without need-to-know (DSCA memo I-99-013285).
 * `fad-pairing`: a shipment's force/activity designator, whose pairing with the country code is classified (DSCA 00-09);
 * it is a record of its own (the deliveries area), never a case's marking.
 */
export const MARKINGS = ['pre-notification', 'fad-pairing'] as const;
export type Marking = (typeof MARKINGS)[number];

/** The markings cases carry, each kept current by an area's case marker (area-module.ts requires one for each). */
export const CASE_MARKINGS = ['pre-notification'] as const satisfies readonly Marking[];

export const MARKING_LABELS: Record<Marking, string> = {
  'pre-notification': 'pending congressional notification',
  'fad-pairing': 'force/activity designator (its pairing with the country is classified)',
};

/** Need-to-know by role: whose work is the marked record itself. Anyone else needs an explicit, audited grant. */
export const ROLE_NEED_TO_KNOW: Record<Role, readonly Marking[]> = {
  administrator: ['pre-notification'],
  country_portfolio_director: ['pre-notification'],
  case_writer: ['pre-notification'],
  case_reviewer: ['pre-notification'],
  notification_analyst: ['pre-notification'],
  eum_specialist: [],
  program_analyst: [],
  capacity_building_pm: ['fad-pairing'],
  weapons_analyst: [],
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
