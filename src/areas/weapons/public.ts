// What other areas may use of weapons.
export { TECHNOLOGY_AREA_LABELS, TECHNOLOGY_AREAS, type TechnologyArea } from './rules/technology-areas.ts';
/** For foreign keys and joins only (never written elsewhere). */
export { weaponSystems } from './schema.ts';
/** Checks a system reference inside a writer's transaction: 400 naming the field when unknown. */
export { requireSystem } from './shared.ts';
/** A weapons system's records in the reader's scope (inquiries, advocacy, competitions, forecast, linked cases). */
export { recordsConcerningSystem } from './systems-service.ts';
