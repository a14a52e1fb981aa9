import type { Role } from './roles.ts';

/**
 * Markings a record can carry that narrow who may see it beyond role and scope (shared/design.md, Access).
 * `pre-notification`: a case whose AECA 36(b) notice is required and not yet formally made; before formal notice the
 * pairing of purchaser and items is withheld from users without need-to-know (DSCA memo I-99-013285).
 */
export const MARKINGS = ['pre-notification'] as const;
export type Marking = (typeof MARKINGS)[number];

export const MARKING_LABELS: Record<Marking, string> = {
  'pre-notification': 'pending congressional notification',
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
  capacity_building_pm: [],
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
